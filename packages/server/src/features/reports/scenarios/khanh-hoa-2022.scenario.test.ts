/**
 * Khánh Hòa, QĐ 18/2022/QĐ-UBND, through HTTP on a tenant with the official 2026 calendar: the
 * main path across Tết (16–20/2/2026 off), return and re-route, the leader returning the draft,
 * publication by the agency's leader, follow-up and rating; a duplicate refused with the original
 * (Điều 12.1); the complex multi-agency case with its coordinator, overdue and escalated (Điều 2.3,
 * 7.3, 3.5) across 27/4 and 30/4–1/5; an extension (Phụ lục II Bước 3); a confidential report
 * answered privately (Điều 9.2) across 31/8–2/9.
 *
 * Times in test names are Vietnam time (UTC+7); expected instants are written in UTC.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openScenario, staffEmail } from './scenario-support';
import type { PrivateView, PublicView, Scenario } from './scenario-support';

let s: Scenario;

beforeAll(async () => {
  s = await openScenario('khanh-hoa-2022', '2026-02-13 07:00');
});
afterAll(async () => s?.close());

const REPORTER = {
  name: 'Nguyễn Văn An',
  phone: '0912 345 678',
  address: '12 Trần Phú, Nha Trang',
  email: 'an.nguyen@example.vn',
};
const PHONE = '0912345678';

function report(overrides: Record<string, unknown> = {}) {
  return {
    reporter: REPORTER,
    title: 'Đèn đường hỏng trên đường Trần Phú',
    content: 'Ba cột đèn trước số 12 Trần Phú không sáng từ tối thứ Năm, đoạn đường rất tối.',
    location: { latitude: 12.2388, longitude: 109.1967, address: '12 Trần Phú, Nha Trang' },
    incidentAt: '2026-02-12T12:00:00Z',
    ...overrides,
  };
}

describe('Khánh Hòa 2022 — main path across Tết, with return, re-route and the leader’s return', () => {
  let id: string;
  let code: string;
  let duplicate: { id: string; trackingCode: string };
  let bAssignment: string;

  it('Điều 5, 6.3: a report sent Fri 13/2 16:00 must be handled at intake by Mon 23/2 10:30 (0.5 wd, Tết off)', async () => {
    s.at('2026-02-13 16:00');
    ({ id, trackingCode: code } = await s.submit(report(), 'kh-main-0001'));
    const submitted = await s.view('operator', id);
    expect(submitted.state).toBe('submitted');
    // 16:00–17:00 on Friday, then Mon 23/2 07:30 + 3 h (16–20/2 Tết, weekends).
    expect(s.due(submitted, 'intake')).toBe('2026-02-23T03:30:00.000Z');
    expect(submitted.availableActions.map((a) => a.action)).toEqual(
      expect.arrayContaining(['distribute', 'request_information', 'reject']),
    );
    expect(await s.eventTypes(id)).toEqual(['report.submitted']);
    const view = (await s.publicView(code)).json<PublicView>();
    expect(view).toMatchObject({ state: 'submitted', answer: null, reporterName: null });
    // The receipt with the tracking code, by e-mail since the reporter gave one (web channel).
    expect(await s.jobs(id, 'report.submitted')).toEqual([
      { kind: 'email', to: 'an.nguyen@example.vn', tag: 'report.submitted' },
    ]);
    await s.deliver();
    const [receipt] = s.mailTo('an.nguyen@example.vn', 'report.submitted');
    expect(receipt?.subject).toBe(`Đã tiếp nhận phản ánh ${code}`);
    expect(receipt?.text).toContain(`/t/tinh/tra-cuu/${code}`);
  });

  it('Điều 12.1: a second report of the same lamp is refused as a duplicate with the original; its reporter is told', async () => {
    s.at('2026-02-17 20:00');
    duplicate = await s.submit(
      report({
        reporter: {
          ...REPORTER,
          name: 'Trần Thị Bình',
          phone: '0903 111 222',
          email: 'binh@example.vn',
        },
        title: 'Đèn đường trước số 12 Trần Phú không sáng',
        content:
          'Đèn đường trước nhà số 12 Trần Phú tắt mấy hôm nay, đi lại buổi tối rất nguy hiểm.',
      }),
    );
    s.at('2026-02-23 08:00');
    const missing = await s.refuse('operator', duplicate.id, 'reject', {
      reason: 'duplicate',
      explanation: 'Trùng phản ánh đã tiếp nhận.',
    });
    expect(missing).toMatchObject({ status: 400, refusal: 'invalid_input' });
    const rejected = await s.act('operator', duplicate.id, 'reject', {
      reason: 'duplicate',
      duplicateOf: id,
      explanation: `Trùng phản ánh ${code} đã tiếp nhận ngày 13/02/2026.`,
    });
    expect(rejected).toMatchObject({ state: 'rejected', duplicateOfId: id, deadlines: [] });
    expect(await s.eventTypes(duplicate.id)).toEqual(['report.submitted', 'report.rejected']);
    const subscription = await s.db
      .selectFrom('report_subscriptions')
      .select(['report_id', 'source_report_id'])
      .execute();
    expect(subscription).toEqual([{ report_id: id, source_report_id: duplicate.id }]);
    expect(await s.jobs(duplicate.id, 'report.rejected')).toEqual([
      { kind: 'email', to: 'binh@example.vn', tag: 'report.rejected' },
    ]);
    await s.deliver();
    const [mail] = s.mailTo('binh@example.vn', 'report.rejected');
    expect(mail?.subject).toBe(`Phản ánh ${duplicate.trackingCode} không được tiếp nhận xử lý`);
    expect(mail?.text).toContain(`Trùng phản ánh ${code}`);
    const publicDuplicate = (await s.publicView(duplicate.trackingCode)).json<PublicView>();
    expect(publicDuplicate).toMatchObject({ state: 'rejected', reporterName: null });
    expect(publicDuplicate.timeline.map((e) => e.type)).toEqual([
      'report.submitted',
      'report.rejected',
    ]);
  });

  it('Điều 7.2.a, 7.3: agency A returns within its half day; the center re-routes to agency B, whose half day starts anew', async () => {
    s.at('2026-02-23 09:00');
    const distributed = await s.act('operator', id, 'distribute', { leadAgencyId: s.units.a.id });
    const [a1] = distributed.assignments;
    expect(distributed.state).toBe('in_progress');
    expect(a1).toMatchObject({ agencyId: s.units.a.id, role: 'lead', state: 'pending' });
    // 09:00 + 4 working hours: 2.5 h before lunch, 1.5 h after.
    expect(s.due(distributed, 'agency_accept', a1?.id)).toBe('2026-02-23T07:30:00.000Z');
    expect(s.due(distributed, 'intake')).toBeUndefined();
    // Agency B was not assigned: the report does not exist for it.
    const hidden = await s.sessions.bSpecialist.request({
      method: 'GET',
      url: `/t/tinh/api/reports/${id}`,
    });
    expect(hidden.statusCode).toBe(404);

    s.at('2026-02-23 10:00');
    const returned = await s.act('aSpecialist', id, 'return', {
      assignmentId: a1?.id,
      reason: 'Đèn chiếu sáng thuộc UBND phường Lộc Thọ quản lý.',
      suggestedAgencyId: s.units.b.id,
    });
    expect(returned.state).toBe('returned_to_intake');
    expect(returned.assignments.map((a) => a.state)).toEqual(['returned']);

    s.at('2026-02-23 10:30');
    const rerouted = await s.act('operator', id, 'distribute', { leadAgencyId: s.units.b.id });
    bAssignment = rerouted.assignments[1]?.id ?? '';
    expect(rerouted.assignments.map((a) => [a.agencyId, a.state])).toEqual([
      [s.units.a.id, 'returned'],
      [s.units.b.id, 'pending'],
    ]);
    // 10:30 + 4 working hours = 16:00.
    expect(s.due(rerouted, 'agency_accept', bAssignment)).toBe('2026-02-23T09:00:00.000Z');
    expect(await s.jobs(id, 'assignment.received')).toEqual([
      { kind: 'email', to: staffEmail('aSpecialist'), tag: 'assignment.received' },
      { kind: 'email', to: staffEmail('aLeader'), tag: 'assignment.received' },
      { kind: 'email', to: staffEmail('bSpecialist'), tag: 'assignment.received' },
      { kind: 'email', to: staffEmail('bLeader'), tag: 'assignment.received' },
    ]);
    expect(await s.jobs(id, 'assignment.returned')).toEqual([
      { kind: 'email', to: staffEmail('operator'), tag: 'assignment.returned' },
    ]);
  });

  it('Điều 7.3, 8.2: B accepts (5 wd to Mon 2/3 17:00); its leader returns the draft and approves the second one', async () => {
    s.at('2026-02-23 11:00');
    const accepted = await s.act('bSpecialist', id, 'accept', { assignmentId: bAssignment });
    // W7: 5 wd from the acceptance, Tue 24/2 … Mon 2/3.
    expect(s.due(accepted, 'handling', bAssignment)).toBe('2026-03-02T10:00:00.000Z');

    s.at('2026-02-26 10:00');
    const draft = await s.act('bSpecialist', id, 'submit_answer', {
      assignmentId: bAssignment,
      summary: 'Đã thay bóng đèn.',
    });
    expect(draft.assignments[1]?.state).toBe('awaiting_approval');
    // Điều 8.3: 0.5 wd for the leader, 10:00 → 15:30.
    expect(s.due(draft, 'approval', bAssignment)).toBe('2026-02-26T08:30:00.000Z');

    s.at('2026-02-26 11:00');
    const back = await s.act('bLeader', id, 'return_to_specialist', {
      assignmentId: bAssignment,
      reason: 'Bổ sung thời gian sửa và ảnh sau khi sửa.',
    });
    expect(back.assignments[1]?.state).toBe('handling');
    expect(s.due(back, 'approval', bAssignment)).toBeUndefined();

    s.at('2026-02-26 14:00');
    const second = await s.act('bSpecialist', id, 'submit_answer', {
      assignmentId: bAssignment,
      summary: 'Ngày 26/02/2026 Công ty Chiếu sáng đã thay bóng ba cột đèn trước số 12 Trần Phú.',
    });
    // 14:00 + 4 working hours: 3 h on Thursday, then Fri 27/2 07:30 + 1 h.
    expect(s.due(second, 'approval', bAssignment)).toBe('2026-02-27T01:30:00.000Z');

    s.at('2026-02-27 08:00');
    const approved = await s.act('bLeader', id, 'approve', { assignmentId: bAssignment });
    expect(approved.state).toBe('answer_ready');
    expect(approved.answer).toContain('thay bóng ba cột đèn');
  });

  it('Phụ lục II Bước 4, Điều 9: only the lead agency’s leader publishes; the public view shows the answer, never the reporter', async () => {
    s.at('2026-02-27 08:30');
    expect(await s.refuse('operator', id, 'publish')).toMatchObject({
      status: 403,
      refusal: 'role_not_allowed',
    });
    expect(await s.refuse('bSpecialist', id, 'publish')).toMatchObject({
      status: 403,
      refusal: 'role_not_allowed',
    });
    // Khánh Hòa has no publication check that sends an answer back (only Sóc Trăng, Kon Tum).
    expect(
      await s.refuse('operator', id, 'return_answer', { reason: 'Chưa có nội dung.' }),
    ).toMatchObject({ status: 409, refusal: 'not_in_profile' });
    const published = await s.act('bLeader', id, 'publish');
    expect(published).toMatchObject({ state: 'answered', publication: 'public' });

    const response = await s.publicView(code);
    expect(response.statusCode).toBe(200);
    const view = response.json<PublicView>();
    expect(view.answer).toContain('thay bóng ba cột đèn');
    expect(view.publishedAt).toBe('2026-02-27T01:30:00.000Z');
    expect(view.reporterName).toBeNull();
    expect(response.body).not.toContain(PHONE);
    expect(response.body).not.toContain('an.nguyen@example.vn');
    expect(view.timeline.map((e) => e.type)).toEqual([
      'report.submitted',
      'report.intake_accepted',
      'report.distributed',
      'report.distributed',
      'assignment.accepted',
      'report.published',
    ]);

    const mine = (await s.privateView(code, '+84 912 345 678')).json<PrivateView>();
    expect(mine.answer).toContain('thay bóng ba cột đèn');
    expect(mine.availableActions).toEqual(expect.arrayContaining(['ask_follow_up', 'rate']));
    expect((await s.privateView(code, '0987 654 321')).statusCode).toBe(404);

    await s.deliver();
    const [answer] = s.mailTo('an.nguyen@example.vn', 'report.published');
    expect(answer?.subject).toBe(`Đã có kết quả trả lời phản ánh ${code}`);
    expect(answer?.text).toContain('thay bóng ba cột đèn');
    expect(answer?.text).toContain(`/t/tinh/tra-cuu/${code}`);
    // Điều 12.1: the duplicate's reporter follows the original's answer.
    expect(s.mailTo('binh@example.vn', 'report.published').map((m) => m.subject)).toEqual([
      `Đã có kết quả trả lời phản ánh ${duplicate.trackingCode}`,
    ]);
    // Agency B's staff heard of the assignment, each draft waiting for approval, the draft sent
    // back, and the answer ready to publish.
    const tags = s.mailTo(staffEmail('bLeader')).map((m) => m.tag);
    expect(tags.filter((tag) => tag === 'answer.submitted')).toHaveLength(2);
    expect(tags).toEqual(
      expect.arrayContaining(['assignment.received', 'answer.returned', 'report.answer_ready']),
    );
  });

  it('Điều 11.1–11.2: the reporter asks a follow-up question; the lead agency answers it', async () => {
    s.at('2026-02-28 09:00');
    const asked = await s.reporterAct(code, PHONE, 'ask_follow_up', {
      question: 'Đèn có được kiểm tra định kỳ không?',
    });
    expect(asked.statusCode, asked.body).toBe(200);
    expect(asked.json<PrivateView>().state).toBe('follow_up_open');
    const open = await s.view('bLeader', id);
    // The regulation sets no time for the answer to a follow-up.
    expect(open.deadlines).toEqual([]);

    s.at('2026-03-02 09:00');
    expect(
      await s.refuse('operator', id, 'answer_follow_up', { answer: 'Hằng tháng.' }),
    ).toMatchObject({ status: 403, refusal: 'role_not_allowed' });
    const answered = await s.act('bLeader', id, 'answer_follow_up', {
      answer: 'Công ty Chiếu sáng kiểm tra toàn tuyến hằng tháng.',
    });
    expect(answered.state).toBe('answered');
    await s.deliver();
    expect(s.mailTo('an.nguyen@example.vn', 'follow_up.answered').map((m) => m.subject)).toEqual([
      `Trả lời ý kiến của Ông/Bà về phản ánh ${code}`,
    ]);
    expect(s.mailTo(staffEmail('bSpecialist')).map((m) => m.tag)).toContain('follow_up.asked');
  });

  it('Điều 11.3: the reporter rates on the three-level scale, may change it within 7 days, not after', async () => {
    s.at('2026-03-02 10:00');
    const wrong = await s.reporterAct(code, PHONE, 'rate', { level: 'acceptable' });
    expect(s.refused(wrong)).toMatchObject({ status: 409, refusal: 'rating_level_not_in_scale' });
    const rated = await s.reporterAct(code, PHONE, 'rate', { level: 'very_satisfied' });
    expect(rated.statusCode, rated.body).toBe(200);
    expect(rated.json<PrivateView>().rating).toBe('very_satisfied');

    s.at('2026-03-03 10:00');
    const changed = await s.reporterAct(code, PHONE, 'rate', { level: 'satisfied' });
    expect(changed.json<PrivateView>().rating).toBe('satisfied');
    expect((await s.publicView(code)).json<PublicView>().rating).toBe('satisfied');

    // The window closes 7 × 24 clock hours after the first rating, Mon 9/3 10:00.
    s.at('2026-03-09 10:01');
    const late = await s.reporterAct(code, PHONE, 'rate', { level: 'dissatisfied' });
    expect(s.refused(late)).toMatchObject({ status: 409, refusal: 'rating_window_closed' });

    expect(await s.eventTypes(id)).toEqual([
      'report.submitted',
      'report.intake_accepted',
      'report.distributed',
      'assignment.received',
      'assignment.returned',
      'report.returned_to_intake',
      'report.distributed',
      'assignment.received',
      'assignment.accepted',
      'answer.submitted',
      'answer.returned',
      'answer.submitted',
      'answer.approved',
      'assignment.completed',
      'report.answer_ready',
      'report.published',
      'follow_up.asked',
      'follow_up.answered',
      'rating.given',
      'rating.changed',
    ]);
  });
});

describe('Khánh Hòa 2022 — complex multi-agency case across 27/4 and 30/4–1/5: coordination, overdue, escalation (Điều 2.3, 7.2.b, 7.3, 3.5)', () => {
  let id: string;
  let code: string;
  let lead: string;
  let coordinator: string;

  it('Điều 7.3: the lead names agency B when accepting; 10 wd from the acceptance end Tue 12/5 17:00', async () => {
    s.at('2026-04-22 14:00');
    ({ id, trackingCode: code } = await s.submit(
      report({
        title: 'Rác thải và nước đọng ở chợ Xóm Mới',
        content: 'Rác thải và nước thải ứ đọng quanh chợ Xóm Mới nhiều ngày, bốc mùi hôi thối.',
        incidentAt: '2026-04-22T01:00:00Z',
      }),
    ));
    const submitted = await s.view('operator', id);
    // 14:00–17:00, then Thu 23/4 07:30 + 1 h.
    expect(s.due(submitted, 'intake')).toBe('2026-04-23T01:30:00.000Z');

    s.at('2026-04-23 08:00');
    const distributed = await s.act('operator', id, 'distribute', { leadAgencyId: s.units.a.id });
    lead = distributed.assignments[0]?.id ?? '';
    // 08:00 + 4 wh: 3.5 h before lunch, 0.5 h after.
    expect(s.due(distributed, 'agency_accept', lead)).toBe('2026-04-23T06:30:00.000Z');

    s.at('2026-04-23 09:00');
    const accepted = await s.act('aSpecialist', id, 'accept', {
      assignmentId: lead,
      coordinatingAgencyIds: [s.units.b.id],
    });
    coordinator = accepted.assignments[1]?.id ?? '';
    expect(accepted.assignments[1]).toMatchObject({
      agencyId: s.units.b.id,
      role: 'coordinating',
      state: 'pending',
    });
    expect(s.due(accepted, 'handling', lead)).toBeUndefined();
    // Fri 24/4, Tue 28/4, Wed 29/4, Mon 4/5 … Tue 12/5 (27/4 make-up day, 30/4, 1/5 off).
    expect(s.due(accepted, 'handling_complex', lead)).toBe('2026-05-12T10:00:00.000Z');
    // B's own half day to accept, 09:00 → 14:30.
    expect(s.due(accepted, 'agency_accept', coordinator)).toBe('2026-04-23T07:30:00.000Z');
    const types = await s.eventTypes(id);
    expect(types.slice(-3)).toEqual([
      'assignment.accepted',
      'assignment.coordination_requested',
      'assignment.received',
    ]);
  });

  it('Điều 7.2.b, 8: the coordinating agency accepts, answers, and its own leader approves its part', async () => {
    s.at('2026-04-23 10:00');
    await s.act('bSpecialist', id, 'accept', { assignmentId: coordinator });
    s.at('2026-04-28 09:00');
    const part = await s.act('bSpecialist', id, 'submit_answer', {
      assignmentId: coordinator,
      summary: 'Sở B đã khơi thông cống thoát nước quanh chợ.',
    });
    // 09:00 + 4 wh → 14:30.
    expect(s.due(part, 'approval', coordinator)).toBe('2026-04-28T07:30:00.000Z');
    s.at('2026-04-28 10:00');
    const approved = await s.act('bLeader', id, 'approve', { assignmentId: coordinator });
    expect(approved.assignments.map((a) => [a.role, a.state])).toEqual([
      ['lead', 'handling'],
      ['coordinating', 'completed'],
    ]);
    expect((await s.eventTypes(id)).slice(-3)).toEqual([
      'answer.approved',
      'assignment.completed',
      'coordination.completed',
    ]);
    expect(s.due(approved, 'handling_complex', lead)).toBe('2026-05-12T10:00:00.000Z');
  });

  it('the sweeper marks the 10-wd deadline overdue once, after Tue 12/5 17:00, and tells agency A', async () => {
    s.at('2026-05-12 16:59');
    expect(await s.sweepOverdue(id)).toBe(0);
    s.at('2026-05-13 08:00');
    expect(await s.sweepOverdue(id)).toBe(1);
    expect(await s.sweepOverdue(id)).toBe(0);
    const overdue = await s.view('aLeader', id);
    expect(overdue.isOverdue).toBe(true);
    expect(overdue.deadlines.find((d) => d.step === 'handling_complex')?.overdueAt).toBe(
      '2026-05-13T01:00:00.000Z',
    );
    expect((await s.eventTypes(id)).at(-1)).toBe('deadline.overdue');
    expect(await s.jobs(id, 'deadline.overdue')).toEqual([
      { kind: 'email', to: staffEmail('aSpecialist'), tag: 'deadline.overdue' },
      { kind: 'email', to: staffEmail('aLeader'), tag: 'deadline.overdue' },
    ]);
    // Điều 3.5: the lead agency is told the case is now to be reported to the Province.
    expect(await s.jobs(id, 'escalation.due')).toEqual([
      { kind: 'email', to: staffEmail('aSpecialist'), tag: 'escalation.due' },
      { kind: 'email', to: staffEmail('aLeader'), tag: 'escalation.due' },
    ]);
  });

  it('Điều 3.5: the lead’s leader reports the unresolved case to the Province with a notice for the reporter', async () => {
    s.at('2026-05-13 08:30');
    const input = {
      reason: 'unresolved_after_deadline',
      explanation: 'Chờ kinh phí nạo vét của UBND thành phố.',
      noticeToReporter: 'Đang chờ bố trí kinh phí nạo vét, dự kiến xong trong tháng 5.',
    };
    expect(await s.refuse('operator', id, 'escalate', input)).toMatchObject({
      status: 403,
      refusal: 'role_not_allowed',
    });
    const escalated = await s.act('aLeader', id, 'escalate', input);
    expect(escalated.state).toBe('in_progress');
    expect((await s.eventTypes(id)).at(-1)).toBe('report.escalated');
    expect(await s.jobs(id, 'report.escalated')).toEqual(
      expect.arrayContaining([
        { kind: 'email', to: staffEmail('operator'), tag: 'report.escalated' },
        { kind: 'email', to: 'an.nguyen@example.vn', tag: 'report.escalated' },
      ]),
    );
    const mine = (await s.privateView(code, PHONE)).json<PrivateView>();
    // The reporter reads the notice of delay, not the report to the Province.
    expect(mine.timeline.at(-1)).toMatchObject({
      type: 'report.escalated',
      details: { reason: 'unresolved_after_deadline', noticeToReporter: input.noticeToReporter },
    });
    expect(JSON.stringify(mine)).not.toContain(input.explanation);
    await s.deliver();
    const [notice] = s.mailTo('an.nguyen@example.vn', 'report.escalated');
    expect(notice?.text).toContain(input.noticeToReporter);
    expect(notice?.text).not.toContain(input.explanation);

    s.at('2026-05-14 09:00');
    await s.act('operator', id, 'resolve_escalation', { decisionRef: 'CV 88/UBND-KT' });
  });

  it('the late answer is approved; the 10-wd deadline is recorded as late, every other step as met', async () => {
    s.at('2026-05-14 10:00');
    await s.act('aSpecialist', id, 'submit_answer', {
      assignmentId: lead,
      summary: 'Đã nạo vét, thu gom rác và khơi thông cống quanh chợ Xóm Mới.',
    });
    s.at('2026-05-14 11:00');
    const approved = await s.act('aLeader', id, 'approve', { assignmentId: lead });
    expect(approved.state).toBe('answer_ready');
    const rows = await s.deadlineRows(id);
    expect(rows.map((r) => [r.step, r.outcome])).toEqual([
      ['intake', 'met'],
      ['agency_accept', 'met'],
      ['coordination_forward', 'met'],
      // B's half day and A's 5 wd both started at A's acceptance.
      ['agency_accept', 'met'],
      ['handling', 'cancelled'],
      ['handling_complex', 'late'],
      ['approval', 'met'],
      ['approval', 'met'],
    ]);
    expect(rows.find((r) => r.step === 'handling_complex')?.overdue_at).not.toBeNull();
  });
});

describe('Khánh Hòa 2022 — extension (Phụ lục II Bước 3, W10) across 27/4 and 30/4–1/5', () => {
  let id: string;
  let lead: string;

  it('the lead’s leader extends once, for a complex case, up to 10 wd from the acceptance (Wed 13/5 17:00)', async () => {
    s.at('2026-04-24 10:00');
    ({ id } = await s.submit(
      report({
        title: 'Cây xanh nghiêng sắp đổ đường Lê Thánh Tôn',
        content: 'Cây xà cừ trước số 40 Lê Thánh Tôn nghiêng mạnh sau mưa, có nguy cơ đổ vào nhà.',
        incidentAt: '2026-04-24T00:00:00Z',
      }),
    ));
    // 10:00 + 4 wh → 15:30.
    expect(s.due(await s.view('operator', id), 'intake')).toBe('2026-04-24T08:30:00.000Z');
    s.at('2026-04-24 11:00');
    const distributed = await s.act('operator', id, 'distribute', { leadAgencyId: s.units.a.id });
    lead = distributed.assignments[0]?.id ?? '';
    // 11:00 + 4 wh: 0.5 h before lunch, 3.5 h after → 16:30.
    expect(s.due(distributed, 'agency_accept', lead)).toBe('2026-04-24T09:30:00.000Z');
    s.at('2026-04-24 13:00');
    const accepted = await s.act('aSpecialist', id, 'accept', { assignmentId: lead });
    // Tue 28/4, Wed 29/4, Mon 4/5, Tue 5/5, Wed 6/5.
    expect(s.due(accepted, 'handling', lead)).toBe('2026-05-06T10:00:00.000Z');

    s.at('2026-05-05 09:00');
    const ask = {
      assignmentId: lead,
      committedDue: '2026-05-13T17:00:00+07:00',
      reason: 'Cần đoàn liên ngành khảo sát, đánh giá cây.',
      complexCase: true,
    };
    expect(await s.refuse('aSpecialist', id, 'extend_deadline', ask)).toMatchObject({
      status: 403,
      refusal: 'role_not_allowed',
    });
    expect(
      await s.refuse('aLeader', id, 'extend_deadline', { ...ask, complexCase: false }),
    ).toMatchObject({ status: 409, refusal: 'complex_case_required' });
    expect(
      await s.refuse('aLeader', id, 'extend_deadline', {
        ...ask,
        committedDue: '2026-05-14T17:00:00+07:00',
      }),
    ).toMatchObject({ status: 409, refusal: 'extension_beyond_cap' });
    const extended = await s.act('aLeader', id, 'extend_deadline', ask);
    expect(s.due(extended, 'handling', lead)).toBe('2026-05-13T10:00:00.000Z');
    expect(extended.deadlines.find((d) => d.step === 'handling')?.isExtended).toBe(true);
    expect(
      await s.refuse('aLeader', id, 'extend_deadline', {
        ...ask,
        committedDue: '2026-05-12T17:00:00+07:00',
      }),
    ).toMatchObject({ status: 409, refusal: 'extension_used' });
    expect((await s.eventTypes(id)).at(-1)).toBe('assignment.extended');
    const rows = await s.deadlineRows(id);
    expect(rows.find((r) => r.step === 'handling')).toMatchObject({
      extended: true,
      due_at: new Date('2026-05-13T10:00:00.000Z'),
    });
    // The center and the reporter hear of the new date.
    expect(await s.jobs(id, 'assignment.extended')).toEqual(
      expect.arrayContaining([
        { kind: 'email', to: staffEmail('operator'), tag: 'assignment.extended' },
        { kind: 'email', to: 'an.nguyen@example.vn', tag: 'assignment.extended' },
      ]),
    );
  });
});

describe('Khánh Hòa 2022 — confidential report across 31/8–2/9 (Điều 9.2)', () => {
  let id: string;
  let code: string;
  let lead: string;

  it('never shows publicly; intake by Thu 3/9 09:30 after the National Day break', async () => {
    s.at('2026-08-28 15:00');
    ({ id, trackingCode: code } = await s.submit(
      report({
        title: 'Cơ sở xả thải ra kênh Cầu Dứa',
        content: 'Một cơ sở chế biến xả nước thải chưa xử lý ra kênh Cầu Dứa vào ban đêm.',
        incidentAt: '2026-08-27T15:00:00Z',
        isConfidential: true,
      }),
    ));
    const submitted = await s.view('operator', id);
    expect(submitted.isConfidential).toBe(true);
    // 15:00–17:00 Fri 28/8, then Thu 3/9 07:30 + 2 h (31/8 swapped off, 1–2/9 National Day).
    expect(s.due(submitted, 'intake')).toBe('2026-09-03T02:30:00.000Z');
    expect((await s.publicView(code)).statusCode).toBe(404);

    s.at('2026-09-03 08:00');
    const distributed = await s.act('operator', id, 'distribute', { leadAgencyId: s.units.a.id });
    lead = distributed.assignments[0]?.id ?? '';
    expect(s.due(distributed, 'agency_accept', lead)).toBe('2026-09-03T06:30:00.000Z');
    s.at('2026-09-03 09:00');
    const accepted = await s.act('aSpecialist', id, 'accept', { assignmentId: lead });
    // Fri 4/9 … Thu 10/9.
    expect(s.due(accepted, 'handling', lead)).toBe('2026-09-10T10:00:00.000Z');
  });

  it('the answer goes to the reporter only: publishing is refused, sending privately is not', async () => {
    s.at('2026-09-04 09:00');
    await s.act('aSpecialist', id, 'submit_answer', {
      assignmentId: lead,
      summary: 'Đoàn kiểm tra đã lập biên bản, xử phạt và buộc cơ sở dừng xả thải.',
    });
    s.at('2026-09-04 10:00');
    await s.act('aLeader', id, 'approve', { assignmentId: lead });
    expect(await s.refuse('aLeader', id, 'publish')).toMatchObject({
      status: 409,
      refusal: 'confidential',
    });
    const sent = await s.act('aLeader', id, 'send_privately');
    expect(sent).toMatchObject({ state: 'answered', publication: 'private' });
    expect((await s.publicView(code)).statusCode).toBe(404);
    const mine = (await s.privateView(code, PHONE)).json<PrivateView>();
    expect(mine).toMatchObject({ state: 'answered', isConfidential: true });
    expect(mine.answer).toContain('buộc cơ sở dừng xả thải');
    expect(mine.timeline.map((e) => e.type)).toContain('report.sent_privately');
    await s.deliver();
    const [last] = s.mailTo('an.nguyen@example.vn', 'report.sent_privately');
    expect(last?.subject).toBe(`Kết quả trả lời phản ánh ${code}`);
    expect(last?.text).toContain('buộc cơ sở dừng xả thải');
  });
});
