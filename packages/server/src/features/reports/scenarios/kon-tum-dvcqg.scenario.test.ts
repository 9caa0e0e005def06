/**
 * Kon Tum (feedback on administrative procedures through the National Public Service Portal,
 * Phụ lục mục I–II) through HTTP on a tenant with the official 2026 calendar: the Office names
 * the lead and the coordinating agency (mục I.7), both handle for 15 wd (mục I.8) across Tết; the
 * lead misses it and posts progress updates every 5 wd on a fixed grid; the Office sends an unfit
 * answer back (mục I.9) and publishes the second; the reporter hears by SMS and e-mail (mục I.1);
 * a duplicate refused within 2 wd (mục I.6); a confidential case, returned and re-routed across
 * 30/4–1/5, answered privately. No approval, follow-up, rating or extension in this profile.
 *
 * Times in test names are Vietnam time (UTC+7); expected instants are written in UTC.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openScenario, staffEmail } from './scenario-support';
import type { PrivateView, PublicView, Scenario } from './scenario-support';

let s: Scenario;

beforeAll(async () => {
  s = await openScenario('kon-tum-dvcqg', '2026-02-11 07:00');
});
afterAll(async () => s?.close());

const REPORTER = {
  name: 'A Thị Hoa',
  phone: '0260 3862 555',
  email: 'hoa.a@example.vn',
  address: '102 Bà Triệu, Kon Tum',
};
const PHONE = '02603862555';

function feedback(overrides: Record<string, unknown> = {}) {
  return {
    reporter: REPORTER,
    kind: 'feedback',
    title: 'Thủ tục cấp phép xây dựng chưa công khai đủ hồ sơ',
    content:
      'Trang thủ tục cấp giấy phép xây dựng nhà ở riêng lẻ không ghi đủ thành phần hồ sơ như quy định.',
    ...overrides,
  };
}

describe('Kon Tum (DVCQG) — main path across Tết with coordination, overdue and progress updates', () => {
  let id: string;
  let code: string;
  let lead: string;
  let coordinator: string;

  it('mục I.2: takes feedback and recommendations, not a generic field report', async () => {
    s.at('2026-02-11 09:00');
    const response = await s.t.app.inject({
      method: 'POST',
      url: '/t/tinh/api/reports',
      payload: feedback({ kind: 'report' }),
      remoteAddress: '10.98.0.1',
    });
    expect(s.refused(response)).toMatchObject({
      status: 409,
      refusal: 'contact_kind_not_in_profile',
    });
    expect(await s.db.selectFrom('reports').select('id').execute()).toEqual([]);
  });

  it('mục I.6: feedback sent Wed 11/2 10:00 must be transferred within 5 wd (Wed 25/2 17:00, Tết off), refused within 2 wd', async () => {
    s.at('2026-02-11 10:00');
    ({ id, trackingCode: code } = await s.submit(feedback(), 'kt-main-0001'));
    const submitted = await s.view('operator', id);
    // Thu 12/2, Fri 13/2, Mon 23/2, Tue 24/2, Wed 25/2.
    expect(s.due(submitted, 'intake')).toBe('2026-02-25T10:00:00.000Z');
    // Thu 12/2, Fri 13/2.
    expect(s.due(submitted, 'intake_reject')).toBe('2026-02-13T10:00:00.000Z');
  });

  it('mục I.7–I.8: the Office names lead A and coordinating B; both handle at once for 15 wd (Thu 12/3 17:00)', async () => {
    s.at('2026-02-12 09:00');
    const distributed = await s.act('operator', id, 'distribute', {
      leadAgencyId: s.units.a.id,
      coordinatingAgencyIds: [s.units.b.id],
    });
    [lead, coordinator] = distributed.assignments.map((a) => a.id) as [string, string];
    expect(distributed.assignments.map((a) => [a.agencyId, a.role, a.state])).toEqual([
      [s.units.a.id, 'lead', 'handling'],
      [s.units.b.id, 'coordinating', 'handling'],
    ]);
    // Fri 13/2, Mon 23/2 … Thu 12/3: 15 wd after the receipt, 16–20/2 Tết.
    expect(s.due(distributed, 'handling', lead)).toBe('2026-03-12T10:00:00.000Z');
    expect(s.due(distributed, 'handling', coordinator)).toBe('2026-03-12T10:00:00.000Z');
    expect(s.due(distributed, 'intake')).toBeUndefined();
    expect(await s.refuse('aSpecialist', id, 'accept', { assignmentId: lead })).toMatchObject({
      status: 409,
      refusal: 'not_in_profile',
    });
    // mục I.1: the reporter hears of the acceptance by SMS and e-mail.
    expect(await s.jobs(id, 'report.intake_accepted')).toEqual([
      { kind: 'email', to: 'hoa.a@example.vn', tag: 'report.intake_accepted' },
      { kind: 'sms', to: PHONE, tag: 'report.intake_accepted' },
    ]);
    expect(await s.jobs(id, 'assignment.received')).toEqual([
      { kind: 'email', to: staffEmail('aSpecialist'), tag: 'assignment.received' },
      { kind: 'email', to: staffEmail('aLeader'), tag: 'assignment.received' },
      { kind: 'email', to: staffEmail('bSpecialist'), tag: 'assignment.received' },
      { kind: 'email', to: staffEmail('bLeader'), tag: 'assignment.received' },
    ]);
  });

  it('mục I.6: a duplicate is refused within the 2 wd, and its reporter hears by SMS and e-mail (mục I.1)', async () => {
    s.at('2026-02-23 08:00');
    const duplicate = await s.submit(
      feedback({
        reporter: {
          ...REPORTER,
          name: 'Y Điêng',
          phone: '0935 222 333',
          email: 'ydieng@example.vn',
        },
        content: 'Hồ sơ cấp phép xây dựng trên cổng thiếu thành phần, đề nghị công khai đầy đủ.',
      }),
    );
    s.at('2026-02-24 09:00');
    const rejected = await s.act('operator', duplicate.id, 'reject', {
      reason: 'duplicate',
      duplicateOf: id,
      explanation: `Trùng phản ánh ${code} đang được xử lý.`,
    });
    expect(rejected).toMatchObject({ state: 'rejected', duplicateOfId: id });
    const rows = await s.deadlineRows(duplicate.id);
    expect(rows.map((r) => [r.step, r.outcome])).toEqual([
      ['intake', 'cancelled'],
      ['intake_reject', 'met'],
    ]);
    expect(await s.jobs(duplicate.id, 'report.rejected')).toEqual([
      { kind: 'email', to: 'ydieng@example.vn', tag: 'report.rejected' },
      { kind: 'sms', to: '0935222333', tag: 'report.rejected' },
    ]);
    await s.deliver();
    expect(s.sms).toContainEqual({
      to: '0935222333',
      text: expect.stringContaining(duplicate.trackingCode) as string,
    });
    expect(s.mailTo('ydieng@example.vn', 'report.rejected').map((m) => m.subject)).toEqual([
      `Phản ánh ${duplicate.trackingCode} không được tiếp nhận xử lý`,
    ]);
  });

  it('mục I.8: the coordinating agency enters its result with the result’s date; no leader approval', async () => {
    s.at('2026-03-04 10:00');
    const part = await s.act('bSpecialist', id, 'submit_answer', {
      assignmentId: coordinator,
      summary: 'Sở B đã cập nhật thành phần hồ sơ trên Cổng.',
      resultAt: '2026-03-04T09:00:00+07:00',
    });
    expect(part.assignments[1]?.state).toBe('completed');
    expect(part.state).toBe('in_progress');
  });

  it('mục I.8, W8: past the 15 wd the lead is overdue and owes a progress update every 5 wd on a fixed grid', async () => {
    s.at('2026-03-12 16:59');
    expect(await s.sweepOverdue(id)).toBe(0);
    s.at('2026-03-13 08:00');
    expect(await s.sweepOverdue(id)).toBe(1);
    const overdue = await s.view('aSpecialist', id);
    expect(overdue.isOverdue).toBe(true);
    // Thu 12/3 17:00 + 5 wd: Fri 13/3 … Thu 19/3.
    expect(s.due(overdue, 'progress_update', lead)).toBe('2026-03-19T10:00:00.000Z');
    expect(await s.jobs(id, 'deadline.overdue')).toEqual([
      { kind: 'email', to: staffEmail('aSpecialist'), tag: 'deadline.overdue' },
      { kind: 'email', to: staffEmail('aLeader'), tag: 'deadline.overdue' },
    ]);

    // The sweeper reminds agency A at 75 % of the 5 wd (30 wh after Thu 12/3 17:00: Wed 18/3 15:00).
    s.at('2026-03-18 14:59');
    await s.sweep();
    expect(await s.jobs(id, 'progress.reminder')).toEqual([]);
    s.at('2026-03-18 15:00');
    await s.sweep();
    await s.sweep();
    expect(await s.jobs(id, 'progress.reminder')).toEqual([
      { kind: 'email', to: staffEmail('aSpecialist'), tag: 'progress.reminder' },
      { kind: 'email', to: staffEmail('aLeader'), tag: 'progress.reminder' },
    ]);

    s.at('2026-03-19 10:00');
    const updated = await s.act('aSpecialist', id, 'post_progress_update', {
      assignmentId: lead,
      note: 'Đang lấy ý kiến Sở Tư pháp về thành phần hồ sơ.',
    });
    // The next stays on the grid: Thu 19/3 17:00 + 5 wd = Thu 26/3 17:00.
    expect(s.due(updated, 'progress_update', lead)).toBe('2026-03-26T10:00:00.000Z');
    const mine = (await s.privateView(code, PHONE)).json<PrivateView>();
    expect(mine.timeline.at(-1)).toMatchObject({
      type: 'assignment.progress_updated',
      details: { note: 'Đang lấy ý kiến Sở Tư pháp về thành phần hồ sơ.' },
    });
    // mục I.8: the reporter (and the duplicate's, who follows this report) hears of it.
    expect(await s.jobs(id, 'assignment.progress_updated')).toEqual(
      expect.arrayContaining([
        { kind: 'email', to: 'hoa.a@example.vn', tag: 'assignment.progress_updated' },
        { kind: 'sms', to: PHONE, tag: 'assignment.progress_updated' },
      ]),
    );
    await s.deliver();
    const [progress] = s.mailTo('hoa.a@example.vn', 'assignment.progress_updated');
    expect(progress?.text).toContain('Đang lấy ý kiến Sở Tư pháp');
  });

  it('mục I.8–I.9: the Office sends the unfit answer back to the agency, then publishes the second; SMS and e-mail to the reporter', async () => {
    s.at('2026-03-20 09:00');
    const first = await s.act('aSpecialist', id, 'submit_answer', {
      assignmentId: lead,
      summary: 'Đã tiếp thu.',
      resultAt: '2026-03-19T15:00:00+07:00',
    });
    expect(first.state).toBe('answer_ready');
    expect(s.due(first, 'progress_update', lead)).toBeUndefined();
    const resultEntry = (await s.deadlineRows(id)).filter((r) => r.step === 'result_entry');
    // 2 wd from each result's date, entered on time: B's Wed 4/3 09:00 → Fri 6/3 17:00, A's
    // Thu 19/3 15:00 → Mon 23/3 17:00.
    expect(resultEntry.map((r) => [r.org_unit_id, r.due_at.toISOString(), r.outcome])).toEqual([
      [s.units.b.id, '2026-03-06T10:00:00.000Z', 'met'],
      [s.units.a.id, '2026-03-23T10:00:00.000Z', 'met'],
    ]);

    s.at('2026-03-20 10:00');
    expect(await s.refuse('aLeader', id, 'return_answer', { reason: 'x' })).toMatchObject({
      status: 403,
      refusal: 'role_not_allowed',
    });
    const returned = await s.act('operator', id, 'return_answer', {
      reason: 'Trả lời chưa nêu thành phần hồ sơ đã bổ sung.',
    });
    expect(returned.state).toBe('in_progress');
    expect(returned.assignments[0]?.state).toBe('handling');
    expect(returned.answer).toBeNull();

    s.at('2026-03-23 09:00');
    await s.act('aSpecialist', id, 'submit_answer', {
      assignmentId: lead,
      summary: 'Đã công khai đủ 05 thành phần hồ sơ cấp phép xây dựng trên Cổng ngày 23/3/2026.',
      resultAt: '2026-03-23T08:00:00+07:00',
    });
    s.at('2026-03-23 10:00');
    const done = await s.act('operator', id, 'publish');
    expect(done).toMatchObject({ state: 'answered', publication: 'public' });

    const view = (await s.publicView(code)).json<PublicView>();
    expect(view.answer).toContain('05 thành phần hồ sơ');
    expect(view.reporterName).toBeNull();
    // The reporter, and the duplicate's reporter who follows this report, by SMS and e-mail.
    const published = await s.jobs(id, 'report.published');
    expect(published).toHaveLength(4);
    expect(published).toEqual(
      expect.arrayContaining([
        { kind: 'email', to: 'hoa.a@example.vn', tag: 'report.published' },
        { kind: 'sms', to: PHONE, tag: 'report.published' },
        { kind: 'email', to: 'ydieng@example.vn', tag: 'report.published' },
        { kind: 'sms', to: '0935222333', tag: 'report.published' },
      ]),
    );
    await s.deliver();
    expect(s.sms.filter((m) => m.to === PHONE).at(-1)?.text).toContain(code);
    expect(s.mailTo('hoa.a@example.vn', 'report.published').map((m) => m.subject)).toEqual([
      `Đã có kết quả trả lời phản ánh ${code}`,
    ]);
  });

  it('mục II.1: no follow-up or rating here; a reporter who disagrees is escalated by the Office', async () => {
    s.at('2026-03-25 09:00');
    const mine = (await s.privateView(code, PHONE)).json<PrivateView>();
    expect(mine.availableActions).toEqual([]);
    const asked = await s.reporterAct(code, PHONE, 'ask_follow_up', { question: 'Vì sao chậm?' });
    expect(s.refused(asked)).toMatchObject({ status: 409, refusal: 'not_in_profile' });
    const rated = await s.reporterAct(code, PHONE, 'rate', { level: 'satisfied' });
    expect(s.refused(rated)).toMatchObject({ status: 409, refusal: 'not_in_profile' });
    await s.act('operator', id, 'escalate', {
      reason: 'reporter_disagrees',
      explanation: 'Người dân tiếp tục phản ánh về thời gian xử lý.',
    });
    expect(await s.eventTypes(id)).toEqual([
      'report.submitted',
      'report.intake_accepted',
      'report.distributed',
      'assignment.received',
      'assignment.received',
      'answer.submitted',
      'assignment.completed',
      'coordination.completed',
      'deadline.overdue',
      'assignment.progress_updated',
      'answer.submitted',
      'assignment.completed',
      'report.answer_ready',
      'report.answer_returned',
      'answer.submitted',
      'assignment.completed',
      'report.answer_ready',
      'report.published',
      'report.escalated',
    ]);
  });
});

describe('Kon Tum (DVCQG) — confidential case returned and re-routed across 30/4–1/5', () => {
  let id: string;
  let code: string;
  let second: string;

  it('mục I.6–I.8: agency A returns it; the Office re-routes to agency C, whose 15 wd start at its receipt', async () => {
    s.at('2026-04-28 10:00');
    ({ id, trackingCode: code } = await s.submit(
      feedback({
        kind: 'recommendation',
        title: 'Cán bộ một cửa yêu cầu giấy tờ ngoài quy định',
        content:
          'Cán bộ bộ phận một cửa yêu cầu nộp thêm bản sao sổ hộ khẩu dù thủ tục không quy định.',
        isConfidential: true,
      }),
    ));
    // Wed 29/4, Mon 4/5 … Thu 7/5 (30/4, 1/5 off).
    expect(s.due(await s.view('operator', id), 'intake')).toBe('2026-05-07T10:00:00.000Z');
    expect((await s.publicView(code)).statusCode).toBe(404);

    s.at('2026-04-28 11:00');
    const routed = await s.act('operator', id, 'distribute', { leadAgencyId: s.units.a.id });
    const first = routed.assignments[0]?.id ?? '';
    // Wed 29/4, Mon 4/5 … Thu 21/5.
    expect(s.due(routed, 'handling', first)).toBe('2026-05-21T10:00:00.000Z');
    s.at('2026-04-29 09:00');
    const returned = await s.act('aSpecialist', id, 'return', {
      assignmentId: first,
      reason: 'Bộ phận một cửa thuộc UBND huyện.',
      suggestedAgencyId: s.units.c.id,
    });
    expect(returned.state).toBe('returned_to_intake');
    s.at('2026-05-04 08:00');
    const rerouted = await s.act('operator', id, 'distribute', { leadAgencyId: s.units.c.id });
    second = rerouted.assignments[1]?.id ?? '';
    // Tue 5/5 … Mon 25/5.
    expect(s.due(rerouted, 'handling', second)).toBe('2026-05-25T10:00:00.000Z');
    expect(
      await s.refuse('cLeader', id, 'extend_deadline', {
        assignmentId: second,
        committedDue: '2026-06-05T17:00:00+07:00',
        reason: 'Cần xác minh.',
      }),
    ).toMatchObject({ status: 409, refusal: 'not_in_profile' });
  });

  it('the answer goes to the reporter only, by SMS and e-mail', async () => {
    s.at('2026-05-05 09:00');
    const ready = await s.act('cSpecialist', id, 'submit_answer', {
      assignmentId: second,
      summary: 'UBND huyện đã chấn chỉnh cán bộ một cửa, không yêu cầu giấy tờ ngoài quy định.',
      resultAt: '2026-05-05T08:00:00+07:00',
    });
    expect(ready.state).toBe('answer_ready');
    s.at('2026-05-05 10:00');
    expect(await s.refuse('operator', id, 'publish')).toMatchObject({
      status: 409,
      refusal: 'confidential',
    });
    await s.act('operator', id, 'send_privately');
    expect((await s.publicView(code)).statusCode).toBe(404);
    const mine = (await s.privateView(code, PHONE)).json<PrivateView>();
    expect(mine).toMatchObject({ state: 'answered', isConfidential: true });
    expect(mine.answer).toContain('chấn chỉnh cán bộ một cửa');
    expect(await s.jobs(id, 'report.sent_privately')).toEqual([
      { kind: 'email', to: 'hoa.a@example.vn', tag: 'report.sent_privately' },
      { kind: 'sms', to: PHONE, tag: 'report.sent_privately' },
    ]);
  });
});
