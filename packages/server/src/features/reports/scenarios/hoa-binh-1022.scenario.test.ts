/**
 * Hòa Bình, the 1022 call center, through HTTP on a tenant with the official 2026 calendar: an
 * out-of-hours inquiry answered at first contact and posted on the portal (Điều 3.2, 8.1.a); a
 * feedback left in the lunch break, returned and re-routed, handed by the one-stop desk to the
 * back office with an appointment, re-appointed once and marked overdue (Điều 8.1.b–c, 9) across
 * 30/4–1/5; a postal delivery request answered to the requester only (Điều 8.2); a confidential
 * contact refused as out of competence with guidance (Điều 7.2, 8.3). No approval, coordination,
 * extension, follow-up, rating or duplicate refusal in this profile.
 *
 * Times in test names are Vietnam time (UTC+7); expected instants are written in UTC.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openScenario, staffEmail } from './scenario-support';
import type { PrivateView, PublicView, Scenario } from './scenario-support';

let s: Scenario;

beforeAll(async () => {
  s = await openScenario('hoa-binh-1022', '2026-04-29 07:00');
});
afterAll(async () => s?.close());

const REPORTER = {
  name: 'Bùi Văn Thắng',
  phone: '0218 3852 444',
  email: 'thang.bui@example.vn',
  address: 'Tổ 5, phường Phương Lâm, Hòa Bình',
};
const PHONE = '02183852444';

function contact(overrides: Record<string, unknown> = {}) {
  return {
    reporter: REPORTER,
    kind: 'feedback',
    title: 'Hồ sơ đăng ký kinh doanh trễ hẹn',
    content:
      'Hồ sơ đăng ký hộ kinh doanh nộp ngày 20/4 đã quá hẹn trả kết quả mà chưa có thông báo.',
    ...overrides,
  };
}

describe('Hòa Bình 1022 — a feedback across 30/4–1/5: one-stop desk, back office, re-appointment, overdue', () => {
  let id: string;
  let code: string;
  let desk: string;

  it('Điều 3.2, W9: a contact left in the lunch break Wed 29/4 12:00 is answered by the end of the afternoon session', async () => {
    s.at('2026-04-29 12:00');
    ({ id, trackingCode: code } = await s.submit(contact(), 'hb-main-0001'));
    const submitted = await s.view('operator', id);
    expect(s.due(submitted, 'first_response')).toBe('2026-04-29T10:00:00.000Z');
    // Điều 7.2, 8.3: refusals are for incompleteness, scope or competence, not duplicates.
    expect(
      await s.refuse('operator', id, 'reject', {
        reason: 'duplicate',
        duplicateOf: id,
        explanation: 'Trùng.',
      }),
    ).toMatchObject({ status: 409, refusal: 'reason_not_in_profile' });
  });

  it('Điều 8.1.b, 9.1: the operator transfers to the one-stop desk (5 wh); the desk returns it and the center re-routes', async () => {
    s.at('2026-04-29 13:30');
    const transferred = await s.act('operator', id, 'distribute', { leadAgencyId: s.units.a.id });
    const first = transferred.assignments[0]?.id ?? '';
    expect(transferred.assignments[0]?.state).toBe('handling');
    // 13:30–17:00, then Mon 4/5 07:30 + 1.5 h (30/4, 1/5 and the weekend off).
    expect(s.due(transferred, 'one_stop_answer', first)).toBe('2026-05-04T02:00:00.000Z');
    expect((await s.deadlineRows(id))[0]).toMatchObject({ step: 'first_response', outcome: 'met' });

    s.at('2026-04-29 14:00');
    await s.act('aSpecialist', id, 'return', {
      assignmentId: first,
      reason: 'Hồ sơ do bộ phận một cửa của Sở B tiếp nhận.',
      suggestedAgencyId: s.units.b.id,
    });
    s.at('2026-04-29 14:30');
    const rerouted = await s.act('operator', id, 'distribute', { leadAgencyId: s.units.b.id });
    desk = rerouted.assignments[1]?.id ?? '';
    // 14:30–17:00, then Mon 4/5 07:30 + 2.5 h.
    expect(s.due(rerouted, 'one_stop_answer', desk)).toBe('2026-05-04T03:00:00.000Z');
    expect(await s.jobs(id, 'assignment.returned')).toEqual([
      { kind: 'email', to: staffEmail('operator'), tag: 'assignment.returned' },
    ]);
  });

  it('Điều 8.1.c, 9.2: needing verification, the desk gives an appointment; the agency has 8 wh (Mon 4/5 15:00)', async () => {
    s.at('2026-04-29 15:00');
    const forwarded = await s.act('bSpecialist', id, 'forward_to_back_office', {
      assignmentId: desk,
      appointmentAt: '2026-05-04T15:00:00+07:00',
    });
    expect(s.due(forwarded, 'one_stop_answer', desk)).toBeUndefined();
    // 15:00–17:00, then Mon 4/5 07:30–11:30 and 13:00–15:00.
    expect(s.due(forwarded, 'agency_answer', desk)).toBe('2026-05-04T08:00:00.000Z');
    const mine = (await s.privateView(code, PHONE)).json<PrivateView>();
    expect(mine.timeline.at(-1)).toMatchObject({
      type: 'assignment.forwarded_to_back_office',
      details: { appointmentAt: '2026-05-04T08:00:00.000Z' },
    });
    // The reporter hears of the appointment through the channel used (web, with an e-mail).
    expect(await s.jobs(id, 'assignment.forwarded_to_back_office')).toContainEqual({
      kind: 'email',
      to: 'thang.bui@example.vn',
      tag: 'assignment.forwarded_to_back_office',
    });
  });

  it('Điều 9.3: one re-appointment moves the deadline; a second is refused', async () => {
    s.at('2026-05-04 09:00');
    const moved = await s.act('bSpecialist', id, 'reappoint', {
      assignmentId: desk,
      newAppointmentAt: '2026-05-05T10:00:00+07:00',
      reason: 'Chờ xác minh của Chi cục Thuế.',
    });
    expect(s.due(moved, 'agency_answer', desk)).toBe('2026-05-05T03:00:00.000Z');
    expect(
      await s.refuse('bSpecialist', id, 'reappoint', {
        assignmentId: desk,
        newAppointmentAt: '2026-05-06T10:00:00+07:00',
        reason: 'Chưa xong.',
      }),
    ).toMatchObject({ status: 409, refusal: 'reappointment_used' });
    const mine = (await s.privateView(code, PHONE)).json<PrivateView>();
    expect(mine.timeline.at(-1)).toMatchObject({
      type: 'assignment.reappointed',
      details: { newAppointmentAt: '2026-05-05T03:00:00.000Z' },
    });
    expect(await s.jobs(id, 'assignment.reappointed')).toContainEqual({
      kind: 'email',
      to: 'thang.bui@example.vn',
      tag: 'assignment.reappointed',
    });
  });

  it('Điều 9.2: past the appointment the case shows as overdue, once; agency B is told', async () => {
    s.at('2026-05-05 09:59');
    expect(await s.sweepOverdue(id)).toBe(0);
    s.at('2026-05-05 10:00');
    expect(await s.sweepOverdue(id)).toBe(1);
    expect(await s.sweepOverdue(id)).toBe(0);
    expect((await s.view('bLeader', id)).isOverdue).toBe(true);
    expect(await s.jobs(id, 'deadline.overdue')).toEqual([
      { kind: 'email', to: staffEmail('bSpecialist'), tag: 'deadline.overdue' },
      { kind: 'email', to: staffEmail('bLeader'), tag: 'deadline.overdue' },
    ]);
  });

  it('Điều 2.2, 10.2.b: the answer needs no approval; the operator posts it; no follow-up or rating', async () => {
    s.at('2026-05-05 14:00');
    const answered = await s.act('bSpecialist', id, 'submit_answer', {
      assignmentId: desk,
      summary: 'Sở B đã trả giấy chứng nhận đăng ký hộ kinh doanh ngày 05/5/2026.',
    });
    expect(answered.state).toBe('answer_ready');
    expect(answered.assignments[1]?.state).toBe('completed');
    expect(await s.refuse('bSpecialist', id, 'publish')).toMatchObject({
      status: 403,
      refusal: 'role_not_allowed',
    });
    s.at('2026-05-05 15:00');
    const published = await s.act('operator', id, 'publish');
    expect(published).toMatchObject({ state: 'answered', publication: 'public' });
    expect((await s.deadlineRows(id)).find((r) => r.step === 'agency_answer')).toMatchObject({
      outcome: 'late',
      extended: true,
    });

    const view = (await s.publicView(code)).json<PublicView>();
    expect(view.answer).toContain('giấy chứng nhận đăng ký hộ kinh doanh');
    expect(view.reporterName).toBeNull();
    const mine = (await s.privateView(code, PHONE)).json<PrivateView>();
    expect(mine.availableActions).toEqual([]);
    const rated = await s.reporterAct(code, PHONE, 'rate', { level: 'satisfied' });
    expect(s.refused(rated)).toMatchObject({ status: 409, refusal: 'not_in_profile' });

    expect(await s.jobs(id, 'report.published')).toEqual([
      { kind: 'email', to: 'thang.bui@example.vn', tag: 'report.published' },
    ]);
    await s.deliver();
    expect(s.mailTo('thang.bui@example.vn', 'report.published').map((m) => m.subject)).toEqual([
      `Đã có kết quả trả lời phản ánh ${code}`,
    ]);
    expect(await s.eventTypes(id)).toEqual([
      'report.submitted',
      'report.intake_accepted',
      'report.distributed',
      'assignment.received',
      'assignment.returned',
      'report.returned_to_intake',
      'report.distributed',
      'assignment.received',
      'assignment.forwarded_to_back_office',
      'assignment.reappointed',
      'deadline.overdue',
      'answer.submitted',
      'assignment.completed',
      'report.answer_ready',
      'report.published',
    ]);
  });
});

describe('Hòa Bình 1022 — an out-of-hours inquiry answered at first contact (Điều 3.2, 8.1.a)', () => {
  it('a call Sat 2/5 10:00, entered by the operator, is due by the end of the next session, Mon 4/5 11:30', async () => {
    s.at('2026-05-04 07:35');
    const { id, trackingCode, view } = await s.enter({
      ...contact({
        kind: 'inquiry',
        title: 'Hỏi thủ tục cấp đổi giấy phép lái xe',
        content:
          'Người gọi hỏi hồ sơ cấp đổi giấy phép lái xe gồm những giấy tờ gì, lệ phí bao nhiêu.',
      }),
      channel: 'hotline',
      receivedAt: '2026-05-02T10:00:00+07:00',
    });
    expect(view.receivedAt).toBe('2026-05-02T03:00:00.000Z');
    expect(s.due(view, 'first_response')).toBe('2026-05-04T04:30:00.000Z');

    s.at('2026-05-04 08:00');
    const answered = await s.act('operator', id, 'answer_at_intake', {
      summary:
        'Hồ sơ gồm đơn đề nghị, giấy khám sức khỏe và bản sao giấy phép; lệ phí 135.000 đồng.',
    });
    expect(answered).toMatchObject({ state: 'answered', publication: 'public', deadlines: [] });
    expect(await s.eventTypes(id)).toEqual([
      'report.submitted',
      'report.answered_at_intake',
      'report.published',
    ]);
    expect((await s.deadlineRows(id)).map((r) => [r.step, r.outcome])).toEqual([
      ['first_response', 'met'],
    ]);
    const view2 = (await s.publicView(trackingCode)).json<PublicView>();
    expect(view2.answer).toContain('lệ phí 135.000 đồng');
    // A hotline caller hears back by SMS.
    expect(await s.jobs(id, 'report.answered_at_intake')).toEqual([
      { kind: 'sms', to: PHONE, tag: 'report.answered_at_intake' },
    ]);
    await s.deliver();
    expect(s.sms.filter((m) => m.to === PHONE).map((m) => m.text)).toContainEqual(
      expect.stringContaining(trackingCode),
    );
  });
});

describe('Hòa Bình 1022 — a postal delivery request (Điều 8.2) and a confidential contact (Điều 8.3)', () => {
  it('Điều 8.2: goes at once to the post office; the result goes to the requester only', async () => {
    s.at('2026-05-11 08:00');
    const { id, trackingCode, view } = await s.enter({
      ...contact({
        kind: 'delivery_request',
        title: 'Chuyển phát kết quả cấp đổi giấy phép lái xe',
        content: 'Đề nghị chuyển phát kết quả cấp đổi giấy phép lái xe về địa chỉ thường trú.',
      }),
      channel: 'walk_in',
      receivedAt: '2026-05-11T07:55:00+07:00',
    });
    // In office hours there is no clock: the operator transfers at once.
    expect(view.deadlines).toEqual([]);
    const sent = await s.act('operator', id, 'distribute', { leadAgencyId: s.units.c.id });
    expect(sent.deadlines).toEqual([]);
    s.at('2026-05-12 15:00');
    await s.act('cSpecialist', id, 'submit_answer', {
      assignmentId: sent.assignments[0]?.id,
      summary: 'Bưu điện đã phát kết quả cho người nhận ngày 12/5/2026.',
    });
    expect(await s.refuse('operator', id, 'publish')).toMatchObject({
      status: 409,
      refusal: 'not_publishable',
    });
    const done = await s.act('operator', id, 'send_privately');
    expect(done).toMatchObject({ state: 'answered', publication: 'private' });
    const open = (await s.publicView(trackingCode)).json<PublicView>();
    expect(open).toMatchObject({ state: 'answered', answer: null });
    const mine = (await s.privateView(trackingCode, PHONE)).json<PrivateView>();
    expect(mine.answer).toContain('Bưu điện đã phát kết quả');
  });

  it('Điều 7.2, 8.3: a confidential contact out of competence is refused with guidance, never shown publicly', async () => {
    s.at('2026-05-12 09:00');
    const { id, trackingCode } = await s.submit(
      contact({
        title: 'Tranh chấp đất với hộ liền kề',
        content: 'Hộ liền kề lấn sang đất nhà tôi khoảng hai mét, đề nghị cơ quan giải quyết giúp.',
        isConfidential: true,
      }),
    );
    expect((await s.publicView(trackingCode)).statusCode).toBe(404);
    s.at('2026-05-12 09:30');
    const rejected = await s.act('operator', id, 'reject', {
      reason: 'not_competent',
      explanation: 'Lãnh đạo Trung tâm xác định tranh chấp đất đai không thuộc thẩm quyền.',
      guidance: 'Đề nghị Ông/Bà liên hệ UBND phường để được hòa giải.',
    });
    expect(rejected.state).toBe('rejected');
    expect((await s.publicView(trackingCode)).statusCode).toBe(404);
    const mine = (await s.privateView(trackingCode, PHONE)).json<PrivateView>();
    expect(mine.timeline.at(-1)).toMatchObject({
      type: 'report.rejected',
      details: {
        reason: 'not_competent',
        guidance: 'Đề nghị Ông/Bà liên hệ UBND phường để được hòa giải.',
      },
    });
    await s.deliver();
    const [mail] = s.mailTo('thang.bui@example.vn', 'report.rejected');
    expect(mail?.subject).toBe(`Phản ánh ${trackingCode} không được tiếp nhận xử lý`);
    expect(mail?.text).toContain('không thuộc thẩm quyền');
  });
});
