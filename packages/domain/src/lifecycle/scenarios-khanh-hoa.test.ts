import { describe, expect, it } from 'vitest';
import { KHANH_HOA_2022 } from '../profiles/khanh-hoa-2022';
import { AGENCY_A, AGENCY_B, AGENCY_C, show, startScenario } from './test-support';

const P = KHANH_HOA_2022;
const received = { at: '2026-05-08 16:00', fieldCode: 'environment' };
const due = (d: { dueAt: Date } | undefined) => (d ? show(d.dueAt) : 'none');

describe('Khánh Hòa 2022 — main path', () => {
  it('intake → accept → handle → approve → the agency’s leader publishes → follow-up → rating', () => {
    const s = startScenario(P, received);
    expect(due(s.deadline('intake'))).toBe('2026-05-11T10:30:00+07:00');
    s.act('operator', 'distribute', { leadAgencyId: AGENCY_A }, '2026-05-11 09:00');
    const a1 = s.assignment(1);
    expect(s.snapshot.assignments[0]?.state).toBe('pending');
    // Điều 7.3: accept or return within 0.5 wd of receipt.
    expect(due(s.deadline('agency_accept', a1))).toBe('2026-05-11T14:30:00+07:00');
    s.act('leadSpecialist', 'accept', { assignmentId: a1 }, '2026-05-11 11:00');
    // W7: 5 wd "tính từ lúc tiếp nhận hồ sơ" — from the acceptance, not the receipt.
    expect(due(s.deadline('handling', a1))).toBe('2026-05-18T17:00:00+07:00');
    s.act(
      'leadSpecialist',
      'submit_answer',
      { assignmentId: a1, summary: 'Đã thu gom rác.' },
      '2026-05-15 10:00',
    );
    expect(due(s.deadline('approval', a1))).toBe('2026-05-15T15:30:00+07:00');
    s.act('leadLeader', 'approve', { assignmentId: a1 }, '2026-05-15 14:00');
    expect(s.snapshot.state).toBe('answer_ready');
    // Phụ lục II Bước 4: the agency's leader publishes, not the intake center.
    expect(s.attempt('operator', 'publish', {}, '2026-05-15 15:00')).toBe('role_not_allowed');
    expect(s.attempt('leadSpecialist', 'publish', {}, '2026-05-15 15:00')).toBe('role_not_allowed');
    expect(s.attempt('otherLeader', 'publish', {}, '2026-05-15 15:00')).toBe('unit_not_allowed');
    s.act('leadLeader', 'publish', {}, '2026-05-15 15:00');
    // Điều 11.2: the agency answers a follow-up (no time limit in the regulation).
    s.act(
      'reporter',
      'ask_follow_up',
      { question: 'Có thu gom định kỳ không?' },
      '2026-05-16 09:00',
    );
    expect(s.snapshot.deadlines).toEqual([]);
    expect(s.attempt('operator', 'answer_follow_up', { answer: 'x' }, '2026-05-18 09:00')).toBe(
      'role_not_allowed',
    );
    s.act('leadLeader', 'answer_follow_up', { answer: 'Hai lần mỗi tuần.' }, '2026-05-18 09:00');
    s.act('reporter', 'rate', { level: 'very_satisfied' }, '2026-05-18 10:00');
    expect(s.snapshot.rating?.level).toBe('very_satisfied');
  });
});

describe('Khánh Hòa 2022 — branches', () => {
  it('Điều 12.1: a duplicate is refused with the existing case, which the reporter is told about', () => {
    const s = startScenario(P, received);
    expect(
      s.attempt(
        'operator',
        'reject',
        { reason: 'duplicate', explanation: 'Trùng' },
        '2026-05-11 08:00',
      ),
    ).toBe('invalid_input');
    const r = s.act(
      'operator',
      'reject',
      { reason: 'duplicate', duplicateOf: 'KH-2026-000123', explanation: 'Trùng.' },
      '2026-05-11 08:00',
    );
    expect(r.events[0]?.payload).toMatchObject({
      reason: 'duplicate',
      duplicateOf: 'KH-2026-000123',
    });
    expect(r.notifications).toEqual([
      expect.objectContaining({
        event: 'report.rejected',
        to: { kind: 'reporter' },
        channels: ['submission_channel'],
      }),
    ]);
  });

  it('Điều 6.2.a: an incomplete report goes back to the reporter for more, within the 0.5 wd', () => {
    const s = startScenario(P, received);
    const r = s.act(
      'operator',
      'request_information',
      { message: 'Bổ sung địa điểm.' },
      '2026-05-11 09:00',
    );
    expect(r.deadlines.stop).toEqual([expect.objectContaining({ step: 'intake', outcome: 'met' })]);
    expect(
      s.attempt(
        'operator',
        'reject',
        { reason: 'not_competent', explanation: 'x' },
        '2026-05-20 09:00',
      ),
    ).toBe('reason_not_in_profile');
  });

  it('Điều 7.2.a: the agency returns with a reason; the center re-distributes', () => {
    const s = startScenario(P, received);
    s.act('operator', 'distribute', { leadAgencyId: AGENCY_A }, '2026-05-11 09:00');
    const r = s.act(
      'leadSpecialist',
      'return',
      { assignmentId: s.assignment(1), reason: 'Thuộc UBND phường.' },
      '2026-05-11 10:00',
    );
    expect(r.deadlines.stop).toContainEqual(
      expect.objectContaining({ step: 'agency_accept', outcome: 'met' }),
    );
    s.act('operator', 'distribute', { leadAgencyId: AGENCY_C }, '2026-05-11 13:30');
    expect(s.snapshot.assignments.map((a) => a.state)).toEqual(['returned', 'pending']);
  });

  it('Điều 8.2: the leader returns the draft to the specialist for revision', () => {
    const s = startScenario(P, received);
    s.act('operator', 'distribute', { leadAgencyId: AGENCY_A }, '2026-05-11 09:00');
    const a1 = s.assignment(1);
    s.act('leadSpecialist', 'accept', { assignmentId: a1 }, '2026-05-11 10:00');
    s.act(
      'leadSpecialist',
      'submit_answer',
      { assignmentId: a1, summary: 'x' },
      '2026-05-12 10:00',
    );
    expect(
      s.attempt(
        'leadLeader',
        'edit_and_approve',
        { assignmentId: a1, summary: 'y', edits: 'z' },
        '2026-05-12 11:00',
      ),
    ).toBe('not_in_profile');
    const r = s.act(
      'leadLeader',
      'return_to_specialist',
      { assignmentId: a1, reason: 'Thiếu hình ảnh.' },
      '2026-05-12 11:00',
    );
    expect(r.snapshot.assignments[0]?.state).toBe('handling');
    expect(r.deadlines.stop).toContainEqual(
      expect.objectContaining({ step: 'approval', outcome: 'met' }),
    );
  });

  it('Điều 9.2: a confidential report goes to the reporter only', () => {
    const s = startScenario(P, { ...received, confidential: true });
    s.act('operator', 'distribute', { leadAgencyId: AGENCY_A }, '2026-05-11 09:00');
    const a1 = s.assignment(1);
    s.act('leadSpecialist', 'accept', { assignmentId: a1 }, '2026-05-11 10:00');
    s.act(
      'leadSpecialist',
      'submit_answer',
      { assignmentId: a1, summary: 'x' },
      '2026-05-12 10:00',
    );
    s.act('leadLeader', 'approve', { assignmentId: a1 }, '2026-05-12 11:00');
    expect(s.attempt('leadLeader', 'publish', {}, '2026-05-12 12:00')).toBe('confidential');
    s.act('leadLeader', 'send_privately', {}, '2026-05-12 12:00');
    expect(s.snapshot.publication).toBe('private');
  });
});

describe('Khánh Hòa 2022 — complex multi-agency case (Điều 2.3, 7.2.b, 7.3) and escalation (Điều 3.5)', () => {
  function complexCase() {
    const s = startScenario(P, received);
    s.act('operator', 'distribute', { leadAgencyId: AGENCY_A }, '2026-05-11 09:00');
    const a1 = s.assignment(1);
    // Accepting includes forwarding to the coordinating agency, inside the same half day.
    const r = s.act(
      'leadSpecialist',
      'accept',
      { assignmentId: a1, coordinatingAgencyIds: [AGENCY_B] },
      '2026-05-11 11:00',
    );
    return { s, a1, a2: s.assignment(2), accepted: r };
  }

  it('the lead names the coordinator when accepting; handling becomes 10 wd from the acceptance', () => {
    const { s, a1, a2, accepted } = complexCase();
    expect(accepted.events.map((e) => e.type)).toEqual([
      'assignment.accepted',
      'assignment.coordination_requested',
      'assignment.received',
    ]);
    expect(accepted.deadlines.stop.map((x) => [x.step, x.outcome])).toEqual(
      expect.arrayContaining([
        ['agency_accept', 'met'],
        ['coordination_forward', 'met'],
        ['handling', 'cancelled'],
      ]),
    );
    expect(due(s.deadline('handling_complex', a1))).toBe('2026-05-25T17:00:00+07:00');
    expect(s.snapshot.assignments[1]).toMatchObject({
      agencyId: AGENCY_B,
      role: 'coordinating',
      state: 'pending',
    });
    expect(due(s.deadline('agency_accept', a2))).toBe('2026-05-11T16:30:00+07:00');
  });

  it('the coordinator accepts, answers, its leader approves; then the lead aggregates', () => {
    const { s, a1, a2 } = complexCase();
    s.act('coordSpecialist', 'accept', { assignmentId: a2 }, '2026-05-11 14:00');
    expect(
      s.attempt(
        'coordSpecialist',
        'forward_to_coordinators',
        { assignmentId: a2, agencyIds: [AGENCY_C] },
        '2026-05-11 15:00',
      ),
    ).toBe('wrong_assignment_role');
    s.act(
      'coordSpecialist',
      'submit_answer',
      { assignmentId: a2, summary: 'Phần sở B.' },
      '2026-05-14 10:00',
    );
    s.act('coordLeader', 'approve', { assignmentId: a2 }, '2026-05-14 11:00');
    s.act(
      'leadSpecialist',
      'submit_answer',
      { assignmentId: a1, summary: 'Tổng hợp.' },
      '2026-05-20 10:00',
    );
    const r = s.act('leadLeader', 'approve', { assignmentId: a1 }, '2026-05-20 11:00');
    expect(r.snapshot.state).toBe('answer_ready');
    expect(s.steps.flatMap((x) => x.deadlines.stop)).toContainEqual(
      expect.objectContaining({ step: 'handling_complex', outcome: 'met' }),
    );
  });

  it('Điều 3.5: unresolved past the handling time, the lead reports to the Province and posts the reason for the reporter', () => {
    const { s } = complexCase();
    const input = {
      reason: 'unresolved_after_deadline',
      explanation: 'Chờ ý kiến sở B.',
      noticeToReporter: 'Đang chờ ý kiến liên ngành.',
    };
    expect(s.attempt('leadLeader', 'escalate', input, '2026-05-25 16:59')).toBe(
      'escalation_not_due',
    );
    expect(s.attempt('operator', 'escalate', input, '2026-05-25 17:00')).toBe('role_not_allowed');
    expect(
      s.attempt(
        'leadLeader',
        'escalate',
        { ...input, reason: 'agencies_disagree' },
        '2026-05-25 17:00',
      ),
    ).toBe('reason_not_in_profile');
    expect(
      s.attempt(
        'leadLeader',
        'escalate',
        { ...input, noticeToReporter: undefined },
        '2026-05-25 17:00',
      ),
    ).toBe('invalid_input');
    const r = s.act('leadLeader', 'escalate', input, '2026-05-25 17:00');
    expect(r.notifications.map((n) => n.to)).toEqual([
      { kind: 'reporter' },
      { kind: 'unit', unitId: 'ioc' },
    ]);
    expect(r.events[0]?.payload).toMatchObject({
      noticeToReporter: 'Đang chờ ý kiến liên ngành.',
      article: 'Khánh Hòa Điều 3.5',
    });
  });

  it('Điều 3.5: a single-agency case is not escalated this way', () => {
    const s = startScenario(P, received);
    s.act('operator', 'distribute', { leadAgencyId: AGENCY_A }, '2026-05-11 09:00');
    s.act('leadSpecialist', 'accept', { assignmentId: s.assignment(1) }, '2026-05-11 10:00');
    const input = { reason: 'unresolved_after_deadline', explanation: 'x', noticeToReporter: 'y' };
    expect(s.attempt('leadLeader', 'escalate', input, '2026-05-19 08:00')).toBe('single_agency');
  });
});

describe('Khánh Hòa 2022 — extension (Phụ lục II Bước 3, W10)', () => {
  function accepted() {
    const s = startScenario(P, received);
    s.act('operator', 'distribute', { leadAgencyId: AGENCY_A }, '2026-05-11 09:00');
    s.act('leadSpecialist', 'accept', { assignmentId: s.assignment(1) }, '2026-05-11 11:00');
    return s;
  }
  const ask = (a1: string, committedDue: string) => ({
    assignmentId: a1,
    committedDue,
    reason: 'Cần đoàn đi thực địa',
    complexCase: true,
  });

  it('W10: the lead’s leader decides, for a complex case, never past 10 wd from the acceptance', () => {
    const s = accepted();
    const a1 = s.assignment(1);
    expect(
      s.attempt(
        'leadSpecialist',
        'extend_deadline',
        ask(a1, '2026-05-22T17:00:00+07:00'),
        '2026-05-15 09:00',
      ),
    ).toBe('role_not_allowed');
    expect(
      s.attempt(
        'leadLeader',
        'extend_deadline',
        { ...ask(a1, '2026-05-22T17:00:00+07:00'), complexCase: false },
        '2026-05-15 09:00',
      ),
    ).toBe('complex_case_required');
    expect(
      s.attempt(
        'leadLeader',
        'extend_deadline',
        ask(a1, '2026-05-26T08:00:00+07:00'),
        '2026-05-15 09:00',
      ),
    ).toBe('extension_beyond_cap');
    expect(
      s.attempt(
        'leadLeader',
        'extend_deadline',
        ask(a1, '2026-05-18T12:00:00+07:00'),
        '2026-05-15 09:00',
      ),
    ).toBe('extension_not_later');
    const r = s.act(
      'leadLeader',
      'extend_deadline',
      ask(a1, '2026-05-25T17:00:00+07:00'),
      '2026-05-15 09:00',
    );
    expect(r.deadlines.move).toEqual([
      expect.objectContaining({
        step: 'handling',
        from: new Date('2026-05-18T17:00:00+07:00'),
        to: new Date('2026-05-25T17:00:00+07:00'),
      }),
    ]);
    expect(s.deadline('handling', a1)?.extended).toBe(true);
  });

  it('W10: not once the deadline has fallen due', () => {
    const s = accepted();
    expect(
      s.attempt(
        'leadLeader',
        'extend_deadline',
        ask(s.assignment(1), '2026-05-22T17:00:00+07:00'),
        '2026-05-18 17:00',
      ),
    ).toBe('extension_too_late');
  });
});

describe('Khánh Hòa 2022 — urgent urban-infrastructure track (Điều 10)', () => {
  it('1 clock hour to accept at intake, 1 to distribute with an SMS, 1 wh to accept, 1 wd for a temporary fix, then the normal 5 wd', () => {
    const s = startScenario(P, { at: '2026-05-09 21:00', fieldCode: 'lighting', isIncident: true });
    expect(s.snapshot.track).toBe('urban_infrastructure');
    expect(due(s.deadline('fast_intake'))).toBe('2026-05-09T22:00:00+07:00');
    expect(s.deadline('intake')).toBeUndefined();
    s.act('operator', 'accept_intake', {}, '2026-05-09 21:30');
    expect(due(s.deadline('fast_distribution'))).toBe('2026-05-09T22:30:00+07:00');
    const d = s.act('operator', 'distribute', { leadAgencyId: AGENCY_A }, '2026-05-09 22:00');
    expect(d.notifications).toContainEqual(
      expect.objectContaining({
        event: 'assignment.received',
        to: { kind: 'unit', unitId: AGENCY_A },
        channels: ['email', 'sms'],
      }),
    );
    const a1 = s.assignment(1);
    expect(due(s.deadline('fast_accept', a1))).toBe('2026-05-11T08:30:00+07:00');
    expect(due(s.deadline('temporary_fix', a1))).toBe('2026-05-12T17:00:00+07:00');
    expect(s.deadline('agency_accept', a1)).toBeUndefined();
    s.act('leadSpecialist', 'accept', { assignmentId: a1 }, '2026-05-11 08:00');
    expect(due(s.deadline('handling', a1))).toBe('2026-05-18T17:00:00+07:00');
    const fix = s.act(
      'leadSpecialist',
      'record_temporary_fix',
      { assignmentId: a1, note: 'Đã cắt điện cột hỏng.' },
      '2026-05-11 15:00',
    );
    expect(fix.deadlines.stop).toEqual([
      expect.objectContaining({ step: 'temporary_fix', outcome: 'met' }),
    ]);
    expect(
      s.attempt(
        'leadSpecialist',
        'record_temporary_fix',
        { assignmentId: a1, note: 'again' },
        '2026-05-11 16:00',
      ),
    ).toBe('already_recorded');
  });

  it('a report outside the urgent fields has no temporary fix to record', () => {
    const s = startScenario(P, received);
    s.act('operator', 'distribute', { leadAgencyId: AGENCY_A }, '2026-05-11 09:00');
    s.act('leadSpecialist', 'accept', { assignmentId: s.assignment(1) }, '2026-05-11 10:00');
    expect(
      s.attempt(
        'leadSpecialist',
        'record_temporary_fix',
        { assignmentId: s.assignment(1), note: 'x' },
        '2026-05-11 11:00',
      ),
    ).toBe('not_fast_track');
  });
});
