/**
 * Vĩnh Long 2020 through HTTP on a tenant with the official 2026 calendar: the main path across
 * Tết — intake and forwarding on one 2-wh clock (Điều 6.2, 7.2), return and re-route (Điều 8 Bước
 * 2), 6 wd from the receipt (Bước 3), the leader returning the draft and then editing and
 * approving it (Điều 9.1), publication by the agency within 4 wh (Điều 10.1, 10.4) with the name
 * shown (Điều 5.4), follow-up through the intake center (Điều 11.3), rating on its own scale
 * (Điều 11.2); a duplicate whose reporter asked to hide the name; a confidential report, overdue
 * at the agency's acceptance, answered privately (Điều 10.2) across 31/8–2/9. No coordination or
 * extension in this profile.
 *
 * Times in test names are Vietnam time (UTC+7); expected instants are written in UTC.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openScenario, staffEmail } from './scenario-support';
import type { PrivateView, PublicView, Scenario } from './scenario-support';

let s: Scenario;

beforeAll(async () => {
  s = await openScenario('vinh-long-2020', '2026-02-13 07:00');
});
afterAll(async () => s?.close());

const REPORTER = { name: 'Phạm Thị Lan', phone: '0270 3822 999', email: 'lan.pham@example.vn' };
const PHONE = '02703822999';

function report(overrides: Record<string, unknown> = {}) {
  return {
    reporter: REPORTER,
    title: 'Rác thải ứ đọng ở chợ Vĩnh Long',
    content: 'Rác thải ứ đọng ở góc chợ Vĩnh Long cạnh đường Ba Tháng Hai mấy ngày chưa thu gom.',
    location: { latitude: 10.2537, longitude: 105.9722, address: 'Chợ Vĩnh Long, Phường 1' },
    incidentAt: '2026-02-13T01:00:00Z',
    ...overrides,
  };
}

describe('Vĩnh Long 2020 — main path across Tết', () => {
  let id: string;
  let code: string;
  let lead: string;

  it('Điều 6.2, 7.2, W7: intake and forwarding both run 2 wh from the arrival (Fri 13/2 16:00 → Mon 23/2 08:30)', async () => {
    s.at('2026-02-13 16:00');
    ({ id, trackingCode: code } = await s.submit(report(), 'vl-main-0001'));
    const submitted = await s.view('operator', id);
    expect(s.due(submitted, 'intake')).toBe('2026-02-23T01:30:00.000Z');
    expect(s.due(submitted, 'distribution')).toBe('2026-02-23T01:30:00.000Z');
  });

  it('Điều 5.4: a duplicate whose reporter asked to hide the name is refused; its public view hides the name', async () => {
    s.at('2026-02-23 07:00');
    const duplicate = await s.submit(
      report({
        reporter: { name: 'Trương Văn Tư', phone: '0939 444 555', email: 'tu.truong@example.vn' },
        content: 'Góc chợ Vĩnh Long phía đường Ba Tháng Hai có nhiều rác, bốc mùi rất khó chịu.',
        isIdentityHidden: true,
      }),
    );
    s.at('2026-02-23 07:45');
    const rejected = await s.act('operator', duplicate.id, 'reject', {
      reason: 'duplicate',
      duplicateOf: id,
      explanation: `Trùng phản ánh ${code}.`,
    });
    expect(rejected).toMatchObject({ state: 'rejected', duplicateOfId: id });
    const view = (await s.publicView(duplicate.trackingCode)).json<PublicView>();
    expect(view).toMatchObject({ state: 'rejected', reporterName: null });
    expect(await s.jobs(duplicate.id, 'report.rejected')).toEqual([
      { kind: 'email', to: 'tu.truong@example.vn', tag: 'report.rejected' },
    ]);
  });

  it('Điều 8 Bước 1–3: A returns within its 1 wd; the center re-routes to B; 6 wd counted from each receipt', async () => {
    s.at('2026-02-23 08:00');
    const accepted = await s.act('operator', id, 'accept_intake');
    // Accepting does not restart the forwarding clock.
    expect(s.due(accepted, 'distribution')).toBe('2026-02-23T01:30:00.000Z');
    expect(s.due(accepted, 'intake')).toBeUndefined();

    s.at('2026-02-23 08:20');
    const distributed = await s.act('operator', id, 'distribute', { leadAgencyId: s.units.a.id });
    const first = distributed.assignments[0]?.id ?? '';
    // 1 wd to accept or return: Tue 24/2 17:00; 6 wd to handle: Tue 3/3 17:00.
    expect(s.due(distributed, 'agency_accept', first)).toBe('2026-02-24T10:00:00.000Z');
    expect(s.due(distributed, 'handling', first)).toBe('2026-03-03T10:00:00.000Z');

    s.at('2026-02-23 10:00');
    await s.act('aSpecialist', id, 'return', {
      assignmentId: first,
      reason: 'Chợ do UBND Phường 1 quản lý.',
      suggestedAgencyId: s.units.b.id,
    });
    s.at('2026-02-23 10:30');
    expect(
      await s.refuse('operator', id, 'distribute', {
        leadAgencyId: s.units.b.id,
        coordinatingAgencyIds: [s.units.c.id],
      }),
    ).toMatchObject({ status: 409, refusal: 'coordinators_not_allowed_here' });
    const rerouted = await s.act('operator', id, 'distribute', { leadAgencyId: s.units.b.id });
    lead = rerouted.assignments[1]?.id ?? '';
    expect(s.due(rerouted, 'agency_accept', lead)).toBe('2026-02-24T10:00:00.000Z');
    expect(s.due(rerouted, 'handling', lead)).toBe('2026-03-03T10:00:00.000Z');
    const rows = await s.deadlineRows(id);
    expect(rows.filter((r) => r.step === 'distribution').map((r) => r.outcome)).toEqual(['met']);

    s.at('2026-02-23 14:00');
    const handling = await s.act('bSpecialist', id, 'accept', { assignmentId: lead });
    // W7: still counted from the receipt.
    expect(s.due(handling, 'handling', lead)).toBe('2026-03-03T10:00:00.000Z');
    expect(
      await s.refuse('bLeader', id, 'extend_deadline', {
        assignmentId: lead,
        committedDue: '2026-03-10T17:00:00+07:00',
        reason: 'Cần thêm thời gian.',
      }),
    ).toMatchObject({ status: 409, refusal: 'not_in_profile' });
  });

  it('Điều 9.1–9.2: the leader returns the first draft, then edits the second and approves it himself', async () => {
    s.at('2026-02-26 10:00');
    const draft = await s.act('bSpecialist', id, 'submit_answer', {
      assignmentId: lead,
      summary: 'Đã thu gom rác.',
    });
    // 1 wd for the leader: Fri 27/2 17:00.
    expect(s.due(draft, 'approval', lead)).toBe('2026-02-27T10:00:00.000Z');
    s.at('2026-02-26 11:00');
    await s.act('bLeader', id, 'return_to_specialist', {
      assignmentId: lead,
      reason: 'Nêu rõ thời gian và biện pháp thu gom định kỳ.',
    });
    s.at('2026-02-27 09:00');
    const second = await s.act('bSpecialist', id, 'submit_answer', {
      assignmentId: lead,
      summary: 'Ngày 27/02 đã thu gom hết rác ở góc chợ.',
    });
    expect(s.due(second, 'approval', lead)).toBe('2026-03-02T10:00:00.000Z');
    s.at('2026-02-27 10:00');
    const ready = await s.act('bLeader', id, 'edit_and_approve', {
      assignmentId: lead,
      summary:
        'Ngày 27/02/2026 UBND Phường 1 đã thu gom hết rác ở góc chợ và bố trí thu gom hằng ngày.',
      edits: 'Bổ sung biện pháp thu gom hằng ngày.',
    });
    expect(ready.state).toBe('answer_ready');
    expect(ready.answer).toContain('bố trí thu gom hằng ngày');
    // Điều 10.1, 10.4, W6: the agency publishes within 4 wh on its own calendar, 10:00 → 15:30.
    expect(s.due(ready, 'publication')).toBe('2026-02-27T08:30:00.000Z');
    expect((await s.eventTypes(id)).slice(-3)).toEqual([
      'answer.edited_and_approved',
      'assignment.completed',
      'report.answer_ready',
    ]);
    expect(await s.jobs(id, 'report.answer_ready')).toEqual([
      { kind: 'email', to: staffEmail('bSpecialist'), tag: 'report.answer_ready' },
      { kind: 'email', to: staffEmail('bLeader'), tag: 'report.answer_ready' },
    ]);
  });

  it('Điều 10.1, 10.4, 5.4: the agency publishes, not the center; the public view shows the reporter’s name', async () => {
    s.at('2026-02-27 14:00');
    expect(await s.refuse('operator', id, 'publish')).toMatchObject({
      status: 403,
      refusal: 'role_not_allowed',
    });
    expect(
      await s.refuse('operator', id, 'return_answer', { reason: 'Chưa có nội dung.' }),
    ).toMatchObject({ status: 409, refusal: 'not_in_profile' });
    const published = await s.act('bSpecialist', id, 'publish');
    expect(published).toMatchObject({ state: 'answered', publication: 'public', deadlines: [] });
    const response = await s.publicView(code);
    const view = response.json<PublicView>();
    expect(view.reporterName).toBe('Phạm Thị Lan');
    expect(view.answer).toContain('bố trí thu gom hằng ngày');
    expect(response.body).not.toContain(PHONE);
    expect(response.body).not.toContain('lan.pham@example.vn');
    await s.deliver();
    expect(s.mailTo('lan.pham@example.vn', 'report.published').map((m) => m.subject)).toEqual([
      `Đã có kết quả trả lời phản ánh ${code}`,
    ]);
  });

  it('Điều 11.3: a follow-up reaches the intake center, which forwards it to the agency that answers', async () => {
    s.at('2026-02-28 09:00');
    const asked = await s.reporterAct(code, PHONE, 'ask_follow_up', {
      question: 'Có bố trí thùng rác cố định ở góc chợ không?',
    });
    expect(asked.statusCode, asked.body).toBe(200);
    expect(await s.jobs(id, 'follow_up.asked')).toEqual([
      { kind: 'email', to: staffEmail('operator'), tag: 'follow_up.asked' },
    ]);
    s.at('2026-03-02 08:00');
    expect(await s.refuse('bSpecialist', id, 'answer_follow_up', { answer: 'Có.' })).toMatchObject({
      status: 409,
      refusal: 'follow_up_wrong_stage',
    });
    await s.act('operator', id, 'forward_follow_up', { note: 'Đề nghị Phường 1 trả lời.' });
    expect(await s.jobs(id, 'follow_up.forwarded')).toEqual([
      { kind: 'email', to: staffEmail('bSpecialist'), tag: 'follow_up.forwarded' },
      { kind: 'email', to: staffEmail('bLeader'), tag: 'follow_up.forwarded' },
    ]);
    s.at('2026-03-02 09:00');
    const answered = await s.act('bSpecialist', id, 'answer_follow_up', {
      answer: 'Phường 1 đã đặt hai thùng rác cố định ở góc chợ.',
    });
    expect(answered.state).toBe('answered');
    await s.deliver();
    expect(s.mailTo('lan.pham@example.vn', 'follow_up.answered')).toHaveLength(1);
  });

  it('Điều 11.2: rated on Hài lòng / Chấp nhận được / Không hài lòng', async () => {
    s.at('2026-03-02 10:00');
    const wrong = await s.reporterAct(code, PHONE, 'rate', { level: 'very_satisfied' });
    expect(s.refused(wrong)).toMatchObject({ status: 409, refusal: 'rating_level_not_in_scale' });
    const rated = await s.reporterAct(code, PHONE, 'rate', { level: 'acceptable' });
    expect(rated.json<PrivateView>().rating).toBe('acceptable');
    expect((await s.publicView(code)).json<PublicView>().rating).toBe('acceptable');
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
      'answer.edited_and_approved',
      'assignment.completed',
      'report.answer_ready',
      'report.published',
      'follow_up.asked',
      'follow_up.forwarded',
      'follow_up.answered',
      'rating.given',
    ]);
  });
});

describe('Vĩnh Long 2020 — confidential report, overdue at the agency, across 31/8–2/9 (Điều 8, 10.2)', () => {
  let id: string;
  let code: string;
  let lead: string;

  it('the agency’s 1 wd to accept ends Thu 3/9 17:00 after the National Day break; then it is overdue, once', async () => {
    s.at('2026-08-27 16:00');
    ({ id, trackingCode: code } = await s.submit(
      report({
        title: 'Quán karaoke gây ồn sau 22 giờ',
        content: 'Quán karaoke ở hẻm 12 đường Phạm Thái Bường mở nhạc rất lớn sau 22 giờ mỗi đêm.',
        incidentAt: '2026-08-26T16:00:00Z',
        isConfidential: true,
      }),
    ));
    // 16:00–17:00, then Fri 28/8 07:30 + 1 h.
    expect(s.due(await s.view('operator', id), 'intake')).toBe('2026-08-28T01:30:00.000Z');
    expect((await s.publicView(code)).statusCode).toBe(404);
    s.at('2026-08-28 08:00');
    const distributed = await s.act('operator', id, 'distribute', { leadAgencyId: s.units.a.id });
    lead = distributed.assignments[0]?.id ?? '';
    // Next working day after Fri 28/8: Thu 3/9 (31/8 swapped off, 1–2/9 National Day).
    expect(s.due(distributed, 'agency_accept', lead)).toBe('2026-09-03T10:00:00.000Z');
    // Thu 3/9 … Thu 10/9.
    expect(s.due(distributed, 'handling', lead)).toBe('2026-09-10T10:00:00.000Z');

    s.at('2026-09-03 16:59');
    expect(await s.sweepOverdue(id)).toBe(0);
    s.at('2026-09-04 08:00');
    expect(await s.sweepOverdue(id)).toBe(1);
    expect((await s.view('aSpecialist', id)).isOverdue).toBe(true);
    expect(await s.jobs(id, 'deadline.overdue')).toEqual([
      { kind: 'email', to: staffEmail('aSpecialist'), tag: 'deadline.overdue' },
      { kind: 'email', to: staffEmail('aLeader'), tag: 'deadline.overdue' },
    ]);
  });

  it('Điều 10.2: accepted late, answered, and sent to the reporter only', async () => {
    s.at('2026-09-04 08:30');
    await s.act('aSpecialist', id, 'accept', { assignmentId: lead });
    s.at('2026-09-04 09:00');
    await s.act('aSpecialist', id, 'submit_answer', {
      assignmentId: lead,
      summary: 'Công an phường đã lập biên bản, yêu cầu quán dừng hoạt động sau 22 giờ.',
    });
    s.at('2026-09-04 10:00');
    const ready = await s.act('aLeader', id, 'approve', { assignmentId: lead });
    expect(s.due(ready, 'publication')).toBe('2026-09-04T08:30:00.000Z');
    expect(await s.refuse('aLeader', id, 'publish')).toMatchObject({
      status: 409,
      refusal: 'confidential',
    });
    await s.act('aLeader', id, 'send_privately');
    expect((await s.publicView(code)).statusCode).toBe(404);
    const mine = (await s.privateView(code, PHONE)).json<PrivateView>();
    expect(mine).toMatchObject({ state: 'answered', isConfidential: true });
    expect(mine.answer).toContain('dừng hoạt động sau 22 giờ');
    const rows = await s.deadlineRows(id);
    expect(rows.map((r) => [r.step, r.outcome])).toEqual([
      // Distributing straight away also accepts the report at intake.
      ['distribution', 'met'],
      ['intake', 'met'],
      ['agency_accept', 'late'],
      ['handling', 'met'],
      ['approval', 'met'],
      ['publication', 'met'],
    ]);
  });
});
