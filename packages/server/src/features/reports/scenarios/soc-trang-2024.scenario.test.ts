/**
 * Sóc Trăng 2024 (IOC and the 1022 switchboard) through HTTP on a tenant with the official 2026
 * calendar: a confidential report across Tết answered privately (Điều 9.3.b); the main path across
 * 27/4 and 30/4–1/5 with the operator's spelling fix, coordination (Điều 8.2), an empty answer sent
 * back at the publication check (Điều 9.4), the leader returning the draft, publication with the
 * reporter's consent (Điều 4.5), follow-up (Điều 10.2) and rating (Điều 10.3); a duplicate; return
 * and re-route (Điều 8.1), an extension with a written notice (Điều 8.3) and the overdue mark
 * (Điều 8.5) across 31/8–2/9.
 *
 * Times in test names are Vietnam time (UTC+7); expected instants are written in UTC.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openScenario, staffEmail } from './scenario-support';
import type { PrivateView, PublicView, Scenario, StaffView } from './scenario-support';

let s: Scenario;

beforeAll(async () => {
  s = await openScenario('soc-trang-2024', '2026-02-12 07:00');
});
afterAll(async () => s?.close());

const REPORTER = {
  name: 'Lê Văn Cường',
  phone: '0299 3822 123',
  address: '25 Hai Bà Trưng, Phường 1, Sóc Trăng',
  citizenId: '094190012345',
  email: 'cuong.le@example.vn',
};
const PHONE = '02993822123';

function report(overrides: Record<string, unknown> = {}) {
  return {
    reporter: REPORTER,
    // Điều 4.5: using the reporter's personal data to handle the report needs consent.
    consent: { dataProcessing: true, publicIdentity: false },
    title: 'Ổ gà lớn trên đường Lê Hồng Phong',
    content: 'Đoạn đường trước số 80 Lê Hồng Phong có ổ gà lớn, xe máy đã té ngã nhiều lần.',
    location: { latitude: 9.6025, longitude: 105.9739, address: '80 Lê Hồng Phong, Sóc Trăng' },
    ...overrides,
  };
}

describe('Sóc Trăng 2024 — submission rules (Điều 4)', () => {
  it('Điều 4.3, 4.5: refuses a report without the citizen ID or the consent to use personal data', async () => {
    s.at('2026-02-12 08:00');
    const { citizenId: _id, ...withoutId } = REPORTER;
    const response = await s.t.app.inject({
      method: 'POST',
      url: '/t/tinh/api/reports',
      payload: report({ reporter: withoutId, consent: { dataProcessing: false } }),
      remoteAddress: '10.99.0.1',
    });
    expect(response.statusCode).toBe(400);
    const paths = response.json<{ errors: { path: string }[] }>().errors.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining(['body.reporter.citizenId', 'body.consent.dataProcessing']),
    );
  });
});

describe('Sóc Trăng 2024 — confidential report across Tết (Điều 9.3.b, 4.5)', () => {
  let id: string;
  let code: string;
  let lead: string;

  it('Phụ lục II Bước 1, Điều 8.1: 4 wh for intake; 6 wd for the agency, Tết not counted (Mon 2/3 17:00)', async () => {
    s.at('2026-02-12 15:00');
    ({ id, trackingCode: code } = await s.submit(
      report({
        title: 'Điểm tập kết cát lấn chiếm lòng sông',
        content:
          'Bãi cát trái phép lấn chiếm lòng sông Maspero gần cầu Kinh Xáng, đề nghị kiểm tra.',
        isConfidential: true,
      }),
    ));
    // 15:00–17:00, then Fri 13/2 07:30 + 2 h.
    expect(s.due(await s.view('operator', id), 'intake')).toBe('2026-02-13T02:30:00.000Z');
    expect((await s.publicView(code)).statusCode).toBe(404);

    s.at('2026-02-13 09:00');
    const distributed = await s.act('operator', id, 'distribute', { leadAgencyId: s.units.a.id });
    lead = distributed.assignments[0]?.id ?? '';
    // No accept step in Sóc Trăng: the agency handles from its receipt.
    expect(distributed.assignments[0]?.state).toBe('handling');
    // Mon 23/2 … Mon 2/3: 16–20/2 are Tết.
    expect(s.due(distributed, 'handling', lead)).toBe('2026-03-02T10:00:00.000Z');
  });

  it('publication is refused, withholding too (no state secret); the answer goes to the reporter privately', async () => {
    s.at('2026-02-23 09:00');
    await s.act('aSpecialist', id, 'submit_answer', {
      assignmentId: lead,
      summary: 'Đoàn kiểm tra liên ngành đã buộc tháo dỡ bãi cát, khôi phục lòng sông.',
    });
    s.at('2026-02-23 10:00');
    const approved = await s.act('aLeader', id, 'approve', { assignmentId: lead });
    expect(approved.state).toBe('answer_ready');
    // Điều 9.2: the IOC publishes within 4 wh, 10:00 → 15:30.
    expect(s.due(approved, 'publication')).toBe('2026-02-23T08:30:00.000Z');
    expect(await s.refuse('operator', id, 'publish')).toMatchObject({
      status: 409,
      refusal: 'confidential',
    });
    expect(await s.refuse('operator', id, 'withhold')).toMatchObject({
      status: 409,
      refusal: 'not_state_secret',
    });
    const sent = await s.act('operator', id, 'send_privately');
    expect(sent).toMatchObject({ state: 'answered', publication: 'private' });
    expect((await s.publicView(code)).statusCode).toBe(404);
    const mine = (await s.privateView(code, PHONE)).json<PrivateView>();
    expect(mine.answer).toContain('buộc tháo dỡ bãi cát');
    expect(mine.timeline.map((e) => e.type)).toEqual([
      'report.submitted',
      'report.intake_accepted',
      'report.distributed',
      'report.answer_ready',
      'report.sent_privately',
    ]);
    await s.deliver();
    const [mail] = s.mailTo('cuong.le@example.vn', 'report.sent_privately');
    expect(mail?.subject).toBe(`Kết quả trả lời phản ánh ${code}`);
    expect(mail?.text).toContain('buộc tháo dỡ bãi cát');
  });
});

describe('Sóc Trăng 2024 — main path across 27/4 and 30/4–1/5', () => {
  let id: string;
  let code: string;
  let lead: string;
  let coordinator: string;
  let duplicate: { id: string; trackingCode: string };

  it('Phụ lục II Bước 1: a report sent Tue 28/4 15:00 is due at intake Wed 29/4 09:30 (4 wh)', async () => {
    s.at('2026-04-28 15:00');
    ({ id, trackingCode: code } = await s.submit(
      report({ consent: { dataProcessing: true, publicIdentity: true } }),
    ));
    const submitted = await s.view('operator', id);
    expect(s.due(submitted, 'intake')).toBe('2026-04-29T02:30:00.000Z');
  });

  it('a second report of the same pothole is refused as a duplicate and its reporter subscribed', async () => {
    s.at('2026-04-28 16:00');
    duplicate = await s.submit(
      report({
        reporter: {
          ...REPORTER,
          name: 'Thạch Thị Sa Rây',
          phone: '0918 765 432',
          citizenId: '094301234567',
          email: 'saray@example.vn',
        },
        content: 'Ổ gà trước số 80 Lê Hồng Phong rất sâu, trời mưa đọng nước không nhìn thấy.',
      }),
    );
    s.at('2026-04-29 07:45');
    const rejected = await s.act('operator', duplicate.id, 'reject', {
      reason: 'duplicate',
      duplicateOf: id,
      explanation: `Trùng phản ánh ${code}; kết quả xử lý sẽ được gửi đến Ông/Bà.`,
    });
    expect(rejected).toMatchObject({ state: 'rejected', duplicateOfId: id });
    expect((await s.deadlineRows(duplicate.id)).map((r) => [r.step, r.outcome])).toEqual([
      ['intake', 'met'],
    ]);
    const view = (await s.publicView(duplicate.trackingCode)).json<PublicView>();
    // Điều 4.5: no consent to publish the name.
    expect(view).toMatchObject({ state: 'rejected', reporterName: null });
  });

  it('Điều 7.2–7.3: the operator fixes the spelling (original kept), accepts, and has 4 wh to distribute', async () => {
    s.at('2026-04-29 07:50');
    const before = await s.view('operator', id);
    const edited = await s.sessions.operator.request({
      method: 'PATCH',
      url: `/t/tinh/api/reports/${id}/content`,
      payload: {
        version: before.version,
        content: 'Đoạn đường trước số 80 Lê Hồng Phong có ổ gà lớn; xe máy đã té ngã nhiều lần.',
      },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({
      isContentEdited: true,
      contentOriginal:
        'Đoạn đường trước số 80 Lê Hồng Phong có ổ gà lớn, xe máy đã té ngã nhiều lần.',
    });

    s.at('2026-04-29 08:00');
    const accepted = await s.act('operator', id, 'accept_intake', { editedForClarity: true });
    expect(accepted.state).toBe('intake_accepted');
    // W7: from the intake acceptance, 08:00 + 4 wh → 13:30.
    expect(s.due(accepted, 'distribution')).toBe('2026-04-29T06:30:00.000Z');
    expect(s.due(accepted, 'intake')).toBeUndefined();

    s.at('2026-04-29 10:00');
    const distributed = await s.act('operator', id, 'distribute', { leadAgencyId: s.units.a.id });
    lead = distributed.assignments[0]?.id ?? '';
    expect(distributed.assignments[0]?.state).toBe('handling');
    // Điều 8.1: 6 wd from the receipt: Mon 4/5 … Mon 11/5 (30/4, 1/5 off).
    expect(s.due(distributed, 'handling', lead)).toBe('2026-05-11T10:00:00.000Z');
    // 1 wd to return a wrongly routed case or to forward to coordinators: Mon 4/5 17:00.
    expect(s.due(distributed, 'agency_return', lead)).toBe('2026-05-04T10:00:00.000Z');
    expect(s.due(distributed, 'coordination_forward', lead)).toBe('2026-05-04T10:00:00.000Z');
  });

  it('Điều 8.2: the lead forwards to agency B (≤ 4 wd), whose leader approves its part; the lead then has 2 wd', async () => {
    s.at('2026-05-04 09:00');
    const forwarded = await s.act('aSpecialist', id, 'forward_to_coordinators', {
      assignmentId: lead,
      agencyIds: [s.units.b.id],
    });
    coordinator = forwarded.assignments[1]?.id ?? '';
    expect(s.due(forwarded, 'handling', lead)).toBeUndefined();
    // Tue 5/5 … Fri 8/5.
    expect(s.due(forwarded, 'coordination_result', coordinator)).toBe('2026-05-08T10:00:00.000Z');
    expect(
      await s.refuse('aSpecialist', id, 'submit_answer', { assignmentId: lead, summary: 'x' }),
    ).toMatchObject({ status: 409, refusal: 'coordination_pending' });

    s.at('2026-05-06 10:00');
    const part = await s.act('bSpecialist', id, 'submit_answer', {
      assignmentId: coordinator,
      summary: 'Sở B đã cắm biển cảnh báo tại vị trí ổ gà.',
    });
    // Phụ lục II Bước 3: 1 wd for the coordinator's leader, Thu 7/5 17:00.
    expect(s.due(part, 'approval', coordinator)).toBe('2026-05-07T10:00:00.000Z');
    s.at('2026-05-07 09:00');
    const approved = await s.act('bLeader', id, 'approve', { assignmentId: coordinator });
    // Điều 8.2 Bước 3: Fri 8/5, Mon 11/5.
    expect(s.due(approved, 'aggregation', lead)).toBe('2026-05-11T10:00:00.000Z');
    expect((await s.eventTypes(id)).slice(-3)).toEqual([
      'answer.approved',
      'assignment.completed',
      'coordination.completed',
    ]);
  });

  it('Điều 9.4: an empty answer is sent back to the agency’s leader, whose 1 wd runs again; the leader returns it to the specialist', async () => {
    s.at('2026-05-07 14:00');
    const empty = await s.act('aSpecialist', id, 'submit_answer', {
      assignmentId: lead,
      summary: '.',
    });
    expect(s.due(empty, 'approval', lead)).toBe('2026-05-08T10:00:00.000Z');
    s.at('2026-05-08 08:00');
    const ready = await s.act('aLeader', id, 'approve', { assignmentId: lead });
    expect(ready.state).toBe('answer_ready');
    // Điều 9.2, 9.4: 4 wh on the IOC's calendar, 08:00 → 13:30.
    expect(s.due(ready, 'publication')).toBe('2026-05-08T06:30:00.000Z');
    expect(s.due(ready, 'publication_return')).toBe('2026-05-08T06:30:00.000Z');

    s.at('2026-05-08 10:00');
    const returned = await s.act('operator', id, 'return_answer', {
      reason: 'Kết quả xử lý chưa có nội dung trả lời.',
    });
    expect(returned.state).toBe('in_progress');
    expect(returned.assignments[0]?.state).toBe('awaiting_approval');
    expect(returned.answer).toBeNull();
    // The leader's 1 wd again, from the return: Mon 11/5 17:00.
    expect(s.due(returned, 'approval', lead)).toBe('2026-05-11T10:00:00.000Z');
    expect(s.due(returned, 'publication')).toBeUndefined();
    expect(await s.jobs(id, 'report.answer_returned')).toEqual([
      { kind: 'email', to: staffEmail('aSpecialist'), tag: 'report.answer_returned' },
      { kind: 'email', to: staffEmail('aLeader'), tag: 'report.answer_returned' },
    ]);

    s.at('2026-05-08 11:00');
    const back = await s.act('aLeader', id, 'return_to_specialist', {
      assignmentId: lead,
      reason: 'Bổ sung nội dung và thời gian sửa chữa.',
    });
    expect(back.assignments[0]?.state).toBe('handling');
  });

  it('Điều 9.1–9.2: the answer approved again is published by the IOC; the name shows because the reporter consented', async () => {
    s.at('2026-05-11 08:00');
    const answered = await s.act('aSpecialist', id, 'submit_answer', {
      assignmentId: lead,
      summary: 'Ngày 09/5/2026 Sở A đã vá ổ gà trước số 80 Lê Hồng Phong bằng bê tông nhựa.',
    });
    expect(s.due(answered, 'approval', lead)).toBe('2026-05-12T10:00:00.000Z');
    s.at('2026-05-11 09:00');
    const ready = await s.act('aLeader', id, 'approve', { assignmentId: lead });
    expect(s.due(ready, 'publication')).toBe('2026-05-11T07:30:00.000Z');
    s.at('2026-05-11 10:00');
    const published = await s.act('operator', id, 'publish');
    expect(published).toMatchObject({ state: 'answered', publication: 'public', deadlines: [] });

    const view = (await s.publicView(code)).json<PublicView>();
    expect(view.answer).toContain('đã vá ổ gà');
    expect(view.reporterName).toBe('Lê Văn Cường');
    const rows = await s.deadlineRows(id);
    const outcome = (step: string) => rows.filter((r) => r.step === step).map((r) => r.outcome);
    expect(outcome('intake')).toEqual(['met']);
    expect(outcome('distribution')).toEqual(['met']);
    expect(outcome('handling')).toEqual(['cancelled']);
    expect(outcome('coordination_result')).toEqual(['met']);
    expect(outcome('aggregation')).toEqual(['met']);
    expect(outcome('publication')).toEqual(['cancelled', 'met']);
    expect(outcome('publication_return')).toEqual(['met', 'cancelled']);

    await s.deliver();
    expect(s.mailTo('cuong.le@example.vn', 'report.published').map((m) => m.subject)).toEqual([
      `Đã có kết quả trả lời phản ánh ${code}`,
    ]);
    // The duplicate's reporter: the refusal, then the original's answer.
    expect(s.mailTo('saray@example.vn', 'report.rejected').map((m) => m.subject)).toEqual([
      `Phản ánh ${duplicate.trackingCode} không được tiếp nhận xử lý`,
    ]);
    expect(s.mailTo('saray@example.vn', 'report.published').map((m) => m.subject)).toEqual([
      `Đã có kết quả trả lời phản ánh ${duplicate.trackingCode}`,
    ]);
  });

  it('Điều 10.2: the agency answers a follow-up within 2 wd (Thu 14/5 17:00)', async () => {
    s.at('2026-05-12 09:00');
    const asked = await s.reporterAct(code, PHONE, 'ask_follow_up', {
      question: 'Đoạn đường phía trước số 90 cũng có ổ gà, có vá luôn không?',
    });
    expect(asked.statusCode, asked.body).toBe(200);
    const open = await s.view('aSpecialist', id);
    expect(open.state).toBe('follow_up_open');
    expect(s.due(open, 'follow_up_answer')).toBe('2026-05-14T10:00:00.000Z');
    s.at('2026-05-13 09:00');
    const answered = await s.act('aSpecialist', id, 'answer_follow_up', {
      answer: 'Sở A sẽ vá đoạn trước số 90 trong tuần này.',
    });
    expect(answered).toMatchObject({ state: 'answered', deadlines: [] });
    const mine = (await s.privateView(code, PHONE)).json<PrivateView>();
    expect(mine.timeline.map((e) => e.type).slice(-2)).toEqual([
      'follow_up.asked',
      'follow_up.answered',
    ]);
  });

  it('Điều 10.3: rated once on three levels, changeable for 7 days', async () => {
    s.at('2026-05-13 10:00');
    const rated = await s.reporterAct(code, PHONE, 'rate', { level: 'very_satisfied' });
    expect(rated.statusCode, rated.body).toBe(200);
    s.at('2026-05-14 08:00');
    const wrong = await s.reporterAct(code, PHONE, 'rate', { level: 'acceptable' });
    expect(s.refused(wrong)).toMatchObject({ status: 409, refusal: 'rating_level_not_in_scale' });
    const changed = await s.reporterAct(code, PHONE, 'rate', { level: 'satisfied' });
    expect(changed.json<PrivateView>().rating).toBe('satisfied');
    s.at('2026-05-21 08:00');
    const late = await s.reporterAct(code, PHONE, 'rate', { level: 'dissatisfied' });
    expect(s.refused(late)).toMatchObject({ status: 409, refusal: 'rating_window_closed' });
    expect(await s.eventTypes(id)).toEqual([
      'report.submitted',
      'report.content_edited',
      'report.intake_accepted',
      'report.distributed',
      'assignment.received',
      'assignment.coordination_requested',
      'assignment.received',
      'answer.submitted',
      'answer.approved',
      'assignment.completed',
      'coordination.completed',
      'answer.submitted',
      'answer.approved',
      'assignment.completed',
      'report.answer_ready',
      'report.answer_returned',
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

describe('Sóc Trăng 2024 — return and re-route, extension and overdue across 31/8–2/9 (Điều 8.1, 8.3, 8.5)', () => {
  let id: string;
  let code: string;
  let routed: StaffView;
  let second: string;

  it('Điều 8.1: agency A returns within 1 wd; the IOC re-routes to agency C, whose 6 wd start anew', async () => {
    s.at('2026-08-28 14:00');
    ({ id, trackingCode: code } = await s.submit(
      report({
        title: 'Cống thoát nước bị vỡ đường Phú Lợi',
        content: 'Nắp cống trước số 15 Phú Lợi bị vỡ, nước thải tràn lên mặt đường gây mùi hôi.',
        location: { latitude: 9.599, longitude: 105.97, address: '15 Phú Lợi, Sóc Trăng' },
      }),
    ));
    // 14:00–17:00, then Thu 3/9 07:30 + 1 h.
    expect(s.due(await s.view('operator', id), 'intake')).toBe('2026-09-03T01:30:00.000Z');
    s.at('2026-08-28 15:00');
    routed = await s.act('operator', id, 'distribute', { leadAgencyId: s.units.a.id });
    const first = routed.assignments[0]?.id ?? '';
    // Thu 3/9 … Thu 10/9 (31/8 swapped off, 1–2/9 National Day).
    expect(s.due(routed, 'handling', first)).toBe('2026-09-10T10:00:00.000Z');
    expect(s.due(routed, 'agency_return', first)).toBe('2026-09-03T10:00:00.000Z');

    s.at('2026-09-03 09:00');
    const returned = await s.act('aSpecialist', id, 'return', {
      assignmentId: first,
      reason: 'Không đúng thẩm quyền: cống do Công ty Cấp thoát nước quản lý.',
      suggestedAgencyId: s.units.c.id,
    });
    expect(returned.state).toBe('returned_to_intake');
    s.at('2026-09-03 10:00');
    routed = await s.act('operator', id, 'distribute', { leadAgencyId: s.units.c.id });
    second = routed.assignments[1]?.id ?? '';
    // Fri 4/9 … Fri 11/9.
    expect(s.due(routed, 'handling', second)).toBe('2026-09-11T10:00:00.000Z');
    const rows = await s.deadlineRows(id);
    expect(rows.filter((r) => r.step === 'agency_return').map((r) => r.outcome)).toEqual([
      'met',
      null,
    ]);
    expect(await s.jobs(id, 'assignment.returned')).toEqual([
      { kind: 'email', to: staffEmail('operator'), tag: 'assignment.returned' },
    ]);
  });

  it('Điều 8.3: one extension, before the deadline, with a written notice and a committed date', async () => {
    s.at('2026-09-10 09:00');
    const ask = {
      assignmentId: second,
      committedDue: '2026-09-18T17:00:00+07:00',
      reason: 'Cần đặt nắp cống mới theo kích thước riêng.',
      complexCase: true,
    };
    expect(await s.refuse('cSpecialist', id, 'extend_deadline', ask)).toMatchObject({
      status: 409,
      refusal: 'written_notice_required',
    });
    const extended = await s.act('cSpecialist', id, 'extend_deadline', {
      ...ask,
      noticeRef: 'CV 45/CTN-KT',
    });
    expect(s.due(extended, 'handling', second)).toBe('2026-09-18T10:00:00.000Z');
    expect(
      await s.refuse('cLeader', id, 'extend_deadline', { ...ask, noticeRef: 'CV 46/CTN-KT' }),
    ).toMatchObject({ status: 409, refusal: 'extension_used' });
    // Điều 8.3: the reporter and the IOC are told, with the committed date.
    expect(await s.jobs(id, 'assignment.extended')).toEqual(
      expect.arrayContaining([
        { kind: 'email', to: staffEmail('operator'), tag: 'assignment.extended' },
        { kind: 'email', to: 'cuong.le@example.vn', tag: 'assignment.extended' },
      ]),
    );
    const mine = (await s.privateView(code, PHONE)).json<PrivateView>();
    expect(mine.timeline.at(-1)).toMatchObject({
      type: 'assignment.extended',
      details: { to: '2026-09-18T10:00:00.000Z' },
    });
  });

  it('Điều 8.5: past the committed date the report is marked overdue, once, and the late answer is recorded as late', async () => {
    s.at('2026-09-18 16:59');
    expect(await s.sweepOverdue(id)).toBe(0);
    s.at('2026-09-21 08:00');
    expect(await s.sweepOverdue(id)).toBe(1);
    const overdue = await s.view('cSpecialist', id);
    expect(overdue.isOverdue).toBe(true);
    expect(await s.jobs(id, 'deadline.overdue')).toEqual([
      { kind: 'email', to: staffEmail('cSpecialist'), tag: 'deadline.overdue' },
      { kind: 'email', to: staffEmail('cLeader'), tag: 'deadline.overdue' },
    ]);
    s.at('2026-09-21 09:00');
    await s.act('cSpecialist', id, 'submit_answer', {
      assignmentId: second,
      summary: 'Đã thay nắp cống mới trước số 15 Phú Lợi.',
    });
    s.at('2026-09-21 10:00');
    await s.act('cLeader', id, 'approve', { assignmentId: second });
    const handling = (await s.deadlineRows(id)).filter((r) => r.step === 'handling');
    expect(handling.map((r) => [r.outcome, r.extended])).toEqual([
      ['cancelled', false],
      ['late', true],
    ]);
    s.at('2026-09-21 11:00');
    await s.act('operator', id, 'publish');
    const view = (await s.publicView(code)).json<PublicView>();
    expect(view.answer).toContain('Đã thay nắp cống');
    expect(view.reporterName).toBeNull();
    await s.deliver();
    expect(s.mailTo(staffEmail('cLeader')).map((m) => m.subject)).toContainEqual(
      expect.stringContaining(code),
    );
  });
});
