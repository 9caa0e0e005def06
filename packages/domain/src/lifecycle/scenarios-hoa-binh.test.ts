import { describe, expect, it } from 'vitest';
import { HOA_BINH_1022 } from '../profiles/hoa-binh-1022';
import { AGENCY_A, AGENCY_B, show, startScenario } from './test-support';

const P = HOA_BINH_1022;
const due = (d: { dueAt: Date } | undefined) => (d ? show(d.dueAt) : 'none');

describe('Hòa Bình 1022 — contacts at the call center', () => {
  it('Điều 8.1.a: the operator answers an inquiry at first contact; the answer is posted on the 1022 portal', () => {
    const s = startScenario(
      P,
      { at: '2026-05-08 09:00', contactKind: 'inquiry' },
      { by: 'operator' },
    );
    // In office hours there is no clock: the operator answers or transfers at once.
    expect(s.snapshot.deadlines).toEqual([]);
    const r = s.act(
      'operator',
      'answer_at_intake',
      { summary: 'Hồ sơ gồm 02 bản…' },
      '2026-05-08 09:05',
    );
    expect(r.events.map((e) => e.type)).toEqual(['report.answered_at_intake', 'report.published']);
    expect(r.snapshot).toMatchObject({ state: 'answered', publication: 'public' });
  });

  it('Điều 3.2, W9: an out-of-hours call is answered by the end of the next office session', () => {
    const s = startScenario(
      P,
      { at: '2026-05-09 10:00', contactKind: 'inquiry' },
      { by: 'operator' },
    );
    expect(due(s.deadline('first_response'))).toBe('2026-05-11T11:30:00+07:00');
    const r = s.act(
      'operator',
      'answer_at_intake',
      { summary: 'Lệ phí 50.000 đồng.' },
      '2026-05-11 08:00',
    );
    expect(r.deadlines.stop).toEqual([
      expect.objectContaining({ step: 'first_response', outcome: 'met' }),
    ]);
  });

  it('Điều 3.2, W9: a contact left in the lunch break and taken up after the afternoon session is late', () => {
    const s = startScenario(P, { at: '2026-05-08 12:00', contactKind: 'feedback' });
    expect(due(s.deadline('first_response'))).toBe('2026-05-08T17:00:00+07:00');
    const r = s.act('operator', 'distribute', { leadAgencyId: AGENCY_A }, '2026-05-11 07:45');
    expect(r.deadlines.stop).toContainEqual(
      expect.objectContaining({ step: 'first_response', outcome: 'late' }),
    );
  });

  it('Điều 7.2, 8.3: an out-of-competence contact is refused with guidance on where to go', () => {
    const s = startScenario(P, { at: '2026-05-08 09:00', contactKind: 'feedback' });
    expect(
      s.attempt(
        'operator',
        'reject',
        { reason: 'duplicate', duplicateOf: 'x', explanation: 'x' },
        '2026-05-08 09:10',
      ),
    ).toBe('reason_not_in_profile');
    const r = s.act(
      'operator',
      'reject',
      {
        reason: 'not_competent',
        explanation: 'Lãnh đạo Trung tâm xác định không thuộc thẩm quyền.',
        guidance: 'Liên hệ UBND xã.',
      },
      '2026-05-08 09:10',
    );
    expect(r.events[0]?.payload).toMatchObject({
      reason: 'not_competent',
      guidance: 'Liên hệ UBND xã.',
    });
  });
});

describe('Hòa Bình 1022 — one-stop desk and agency (Điều 8.1.b–c, 9)', () => {
  function transferred() {
    const s = startScenario(
      P,
      { at: '2026-05-11 08:00', contactKind: 'feedback' },
      { by: 'operator' },
    );
    s.act('operator', 'distribute', { leadAgencyId: AGENCY_A }, '2026-05-11 08:00');
    return { s, a1: s.assignment(1) };
  }

  it('Điều 9.1: the one-stop desk answers within 5 wh of the transfer; no approval step; the operator posts it', () => {
    const { s, a1 } = transferred();
    expect(s.snapshot.assignments[0]?.state).toBe('handling');
    expect(due(s.deadline('one_stop_answer', a1))).toBe('2026-05-11T14:30:00+07:00');
    const r = s.act(
      'leadSpecialist',
      'submit_answer',
      { assignmentId: a1, summary: 'Đã hướng dẫn.' },
      '2026-05-11 10:00',
    );
    expect(r.snapshot.state).toBe('answer_ready');
    expect(r.deadlines.stop).toContainEqual(
      expect.objectContaining({ step: 'one_stop_answer', outcome: 'met' }),
    );
    s.act('operator', 'publish', {}, '2026-05-11 10:30');
    expect(s.attempt('reporter', 'rate', { level: 'satisfied' }, '2026-05-11 11:00')).toBe(
      'not_in_profile',
    );
    expect(s.attempt('reporter', 'ask_follow_up', { question: 'x' }, '2026-05-11 11:00')).toBe(
      'not_in_profile',
    );
  });

  it('Điều 8.1.c, 9.2: needing verification, the desk gives an appointment and the agency has 8 wh from the hand-over', () => {
    const { s, a1 } = transferred();
    expect(
      s.attempt(
        'leadSpecialist',
        'forward_to_back_office',
        { assignmentId: a1, appointmentAt: '2026-05-11T09:00:00+07:00' },
        '2026-05-11 10:00',
      ),
    ).toBe('instant_not_in_future');
    const r = s.act(
      'leadSpecialist',
      'forward_to_back_office',
      { assignmentId: a1, appointmentAt: '2026-05-12T10:00:00+07:00' },
      '2026-05-11 10:00',
    );
    expect(r.deadlines.stop).toEqual([
      expect.objectContaining({ step: 'one_stop_answer', outcome: 'met' }),
    ]);
    expect(due(s.deadline('agency_answer', a1))).toBe('2026-05-12T10:00:00+07:00');
    expect(r.notifications).toContainEqual(
      expect.objectContaining({
        event: 'assignment.forwarded_to_back_office',
        to: { kind: 'reporter' },
      }),
    );
    expect(
      s.attempt(
        'leadSpecialist',
        'forward_to_back_office',
        { assignmentId: a1, appointmentAt: '2026-05-13T10:00:00+07:00' },
        '2026-05-11 10:30',
      ),
    ).toBe('already_recorded');
  });

  it('Điều 9.3: one re-appointment moves the deadline; a second is refused; Điều 9.2: then it shows as overdue', () => {
    const { s, a1 } = transferred();
    s.act(
      'leadSpecialist',
      'forward_to_back_office',
      { assignmentId: a1, appointmentAt: '2026-05-12T10:00:00+07:00' },
      '2026-05-11 10:00',
    );
    const id = s.deadline('agency_answer', a1)?.id ?? '';
    const r = s.act(
      'leadSpecialist',
      'reappoint',
      { assignmentId: a1, newAppointmentAt: '2026-05-13T10:00:00+07:00', reason: 'Chờ xác minh.' },
      '2026-05-12 09:00',
    );
    expect(r.deadlines.move).toEqual([
      {
        deadlineId: id,
        step: 'agency_answer',
        from: new Date('2026-05-12T10:00:00+07:00'),
        to: new Date('2026-05-13T10:00:00+07:00'),
        reason: 'reappointment',
      },
    ]);
    expect(
      s.attempt(
        'leadSpecialist',
        'reappoint',
        { assignmentId: a1, newAppointmentAt: '2026-05-14T10:00:00+07:00', reason: 'x' },
        '2026-05-12 10:00',
      ),
    ).toBe('reappointment_used');
    expect(s.attempt('system', 'mark_overdue', { deadlineId: id }, '2026-05-13 09:59')).toBe(
      'not_yet_due',
    );
    const o = s.act('system', 'mark_overdue', { deadlineId: id }, '2026-05-13 10:00');
    expect(o.notifications).toContainEqual(
      expect.objectContaining({
        event: 'deadline.overdue',
        to: { kind: 'unit', unitId: AGENCY_A },
      }),
    );
  });

  it('Điều 8.1.c (second): feedback on an official’s conduct reaches the agency, which must replace the official', () => {
    const s = startScenario(P, { at: '2026-05-11 08:00', contactKind: 'feedback' });
    const r = s.act(
      'operator',
      'distribute',
      { leadAgencyId: AGENCY_A, concernsOfficialConduct: true },
      '2026-05-11 08:10',
    );
    expect(r.events.find((e) => e.type === 'report.distributed')?.payload).toMatchObject({
      concernsOfficialConduct: true,
    });
  });
});

describe('Hòa Bình 1022 — postal delivery requests (Điều 8.2)', () => {
  it('go at once to the post office, which updates the status; the result goes to the requester only', () => {
    const s = startScenario(
      P,
      { at: '2026-05-11 08:00', contactKind: 'delivery_request' },
      { by: 'operator' },
    );
    s.act('operator', 'distribute', { leadAgencyId: AGENCY_B }, '2026-05-11 08:05');
    const a1 = s.assignment(1);
    expect(s.snapshot.deadlines).toEqual([]);
    s.act(
      'coordSpecialist',
      'submit_answer',
      { assignmentId: a1, summary: 'Đã phát kết quả.' },
      '2026-05-12 15:00',
    );
    expect(s.attempt('operator', 'publish', {}, '2026-05-12 15:10')).toBe('not_publishable');
    s.act('operator', 'send_privately', {}, '2026-05-12 15:10');
    expect(s.snapshot.publication).toBe('private');
  });
});
