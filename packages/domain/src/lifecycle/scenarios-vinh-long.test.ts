import { describe, expect, it } from 'vitest';
import { buildCalendar, defaultCalendarData, excludeSwaps } from '../calendar';
import { VINH_LONG_2020 } from '../profiles/vinh-long-2020';
import { AGENCY_A, AGENCY_B, AGENCY_C, CALENDAR, show, startScenario } from './test-support';
import type { UnitRef } from './types';

const P = VINH_LONG_2020;
const received = { at: '2026-05-08 16:00', fieldCode: 'environment' };
const due = (d: { dueAt: Date } | undefined) => (d ? show(d.dueAt) : 'none');

function answered() {
  const s = startScenario(P, received);
  s.act('operator', 'distribute', { leadAgencyId: AGENCY_A }, '2026-05-11 08:20');
  const a1 = s.assignment(1);
  s.act('leadSpecialist', 'accept', { assignmentId: a1 }, '2026-05-11 10:00');
  s.act(
    'leadSpecialist',
    'submit_answer',
    { assignmentId: a1, summary: 'Đã thu gom.' },
    '2026-05-14 10:00',
  );
  s.act('leadLeader', 'approve', { assignmentId: a1 }, '2026-05-15 09:00');
  s.act('leadSpecialist', 'publish', {}, '2026-05-15 10:00');
  return { s, a1 };
}

describe('Vĩnh Long 2020 — main path', () => {
  it('W7: intake (Điều 6.2) and forwarding (Điều 7.2) both run 2 wh from the arrival', () => {
    const s = startScenario(P, received);
    expect(due(s.deadline('intake'))).toBe('2026-05-11T08:30:00+07:00');
    expect(due(s.deadline('distribution'))).toBe('2026-05-11T08:30:00+07:00');
    const accepted = s.act('operator', 'accept_intake', {}, '2026-05-11 08:00');
    // Accepting does not restart the forwarding clock.
    expect(accepted.deadlines.start).toEqual([]);
    expect(due(s.deadline('distribution'))).toBe('2026-05-11T08:30:00+07:00');
    const d = s.act('operator', 'distribute', { leadAgencyId: AGENCY_A }, '2026-05-11 08:20');
    expect(d.deadlines.stop).toEqual([
      expect.objectContaining({ step: 'distribution', outcome: 'met' }),
    ]);
  });

  it('Điều 8–10: accept ≤ 1 wd, handle ≤ 6 wd from receipt, leader edits and approves, the agency publishes ≤ 4 wh', () => {
    const s = startScenario(P, received);
    s.act('operator', 'distribute', { leadAgencyId: AGENCY_A }, '2026-05-11 08:20');
    const a1 = s.assignment(1);
    expect(due(s.deadline('agency_accept', a1))).toBe('2026-05-12T17:00:00+07:00');
    expect(due(s.deadline('handling', a1))).toBe('2026-05-19T17:00:00+07:00');
    s.act('leadSpecialist', 'accept', { assignmentId: a1 }, '2026-05-11 10:00');
    // W7: still counted from the receipt.
    expect(due(s.deadline('handling', a1))).toBe('2026-05-19T17:00:00+07:00');
    s.act(
      'leadSpecialist',
      'submit_answer',
      { assignmentId: a1, summary: 'Đã thu gom.' },
      '2026-05-14 10:00',
    );
    expect(due(s.deadline('approval', a1))).toBe('2026-05-15T17:00:00+07:00');
    // Điều 9.1: the leader may edit the answer and approve it without sending it back.
    const edited = s.act(
      'leadLeader',
      'edit_and_approve',
      { assignmentId: a1, summary: 'Đã thu gom, vệ sinh.', edits: 'Bổ sung.' },
      '2026-05-15 14:00',
    );
    expect(edited.events.map((e) => e.type)).toEqual([
      'answer.edited_and_approved',
      'assignment.completed',
      'report.answer_ready',
    ]);
    // Điều 10.1, 10.4, W6: the agency checks and publishes within 4 wh, on its own calendar.
    expect(s.deadline('publication')).toMatchObject({ unit: { kind: 'agency', unitId: AGENCY_A } });
    expect(due(s.deadline('publication'))).toBe('2026-05-18T08:30:00+07:00');
    expect(edited.notifications).toContainEqual(
      expect.objectContaining({
        event: 'report.answer_ready',
        to: { kind: 'unit', unitId: AGENCY_A },
      }),
    );
    expect(s.attempt('operator', 'publish', {}, '2026-05-15 16:00')).toBe('role_not_allowed');
    expect(s.attempt('operator', 'return_answer', { reason: 'x' }, '2026-05-15 16:00')).toBe(
      'not_in_profile',
    );
    s.act('leadSpecialist', 'publish', {}, '2026-05-15 16:00');
    expect(s.snapshot.state).toBe('answered');
  });
});

describe('Vĩnh Long 2020 — branches', () => {
  it('Điều 8 Bước 2: the agency returns a report outside its field within 1 wd', () => {
    const s = startScenario(P, received);
    s.act('operator', 'distribute', { leadAgencyId: AGENCY_A }, '2026-05-11 08:20');
    const r = s.act(
      'leadSpecialist',
      'return',
      { assignmentId: s.assignment(1), reason: 'Thuộc UBND huyện.', suggestedAgencyId: AGENCY_C },
      '2026-05-12 16:00',
    );
    expect(r.deadlines.stop).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ step: 'agency_accept', outcome: 'met' }),
        expect.objectContaining({ step: 'handling', outcome: 'cancelled' }),
      ]),
    );
  });

  it('Điều 3.8: after two agencies disagree on competence, the intake center escalates', () => {
    const s = startScenario(P, received);
    s.act('operator', 'distribute', { leadAgencyId: AGENCY_A }, '2026-05-11 08:20');
    s.act(
      'leadSpecialist',
      'return',
      { assignmentId: s.assignment(1), reason: 'Không thuộc sở.' },
      '2026-05-11 09:00',
    );
    s.act('operator', 'distribute', { leadAgencyId: AGENCY_B }, '2026-05-11 10:00');
    const r = s.act(
      'operator',
      'escalate',
      { reason: 'agencies_disagree', explanation: 'Hai sở cùng từ chối.' },
      '2026-05-11 11:00',
    );
    expect(r.snapshot.escalation?.reason).toBe('agencies_disagree');
  });

  it('Điều 11.3: a follow-up reaches the intake center first, which forwards it to the agency', () => {
    const { s } = answered();
    s.act('reporter', 'ask_follow_up', { question: 'Bao giờ thu gom tiếp?' }, '2026-05-16 08:00');
    expect(s.snapshot.followUp?.status).toBe('awaiting_forward');
    expect(
      s.attempt('leadSpecialist', 'answer_follow_up', { answer: 'x' }, '2026-05-18 08:00'),
    ).toBe('follow_up_wrong_stage');
    const f = s.act('operator', 'forward_follow_up', { note: 'Cần làm rõ.' }, '2026-05-18 08:00');
    expect(f.notifications).toContainEqual(
      expect.objectContaining({
        event: 'follow_up.forwarded',
        to: { kind: 'unit', unitId: AGENCY_A },
      }),
    );
    s.act(
      'leadSpecialist',
      'answer_follow_up',
      { answer: 'Thứ Hai hằng tuần.' },
      '2026-05-18 09:00',
    );
    expect(s.snapshot.state).toBe('answered');
  });

  it('Điều 11.2: rates on Hài lòng / Chấp nhận được / Không hài lòng', () => {
    const { s } = answered();
    expect(s.attempt('reporter', 'rate', { level: 'very_satisfied' }, '2026-05-16 08:00')).toBe(
      'rating_level_not_in_scale',
    );
    s.act('reporter', 'rate', { level: 'acceptable' }, '2026-05-16 08:00');
    expect(s.snapshot.rating?.level).toBe('acceptable');
  });

  it('Điều 8 Bước 3: no extension and no coordinating agencies in this profile', () => {
    const s = startScenario(P, received);
    expect(
      s.attempt(
        'operator',
        'distribute',
        { leadAgencyId: AGENCY_A, coordinatingAgencyIds: [AGENCY_B] },
        '2026-05-11 08:20',
      ),
    ).toBe('coordinators_not_allowed_here');
    s.act('operator', 'distribute', { leadAgencyId: AGENCY_A }, '2026-05-11 08:20');
    const a1 = s.assignment(1);
    expect(
      s.attempt(
        'leadLeader',
        'extend_deadline',
        { assignmentId: a1, committedDue: '2026-05-29T17:00:00+07:00', reason: 'x' },
        '2026-05-12 08:00',
      ),
    ).toBe('not_in_profile');
    expect(
      s.attempt(
        'leadSpecialist',
        'forward_to_coordinators',
        { assignmentId: a1, agencyIds: [AGENCY_B] },
        '2026-05-12 08:00',
      ),
    ).toBe('not_in_profile');
  });
});

describe('Vĩnh Long 2020 — W6: each step on the calendar of the unit whose step it is', () => {
  const data = defaultCalendarData();
  const utility = buildCalendar({ ...data, days: excludeSwaps(data.days) });
  // Agency A is a utility that does not work the civil-service swap Saturday (22/8/2026).
  const calendarFor = (unit: UnitRef) =>
    unit.kind === 'agency' && unit.unitId === AGENCY_A ? utility : CALENDAR;

  it('the intake steps follow the intake center; the agency’s accept step follows the agency', () => {
    const s = startScenario(
      P,
      { at: '2026-08-21 16:00', fieldCode: 'electricity' },
      { calendarFor },
    );
    // The center works the swapped-in Saturday (W5).
    expect(due(s.deadline('intake'))).toBe('2026-08-22T08:30:00+07:00');
    s.act('operator', 'distribute', { leadAgencyId: AGENCY_A }, '2026-08-21 16:30');
    expect(due(s.deadline('agency_accept', s.assignment(1)))).toBe('2026-08-24T17:00:00+07:00');
    s.act(
      'leadSpecialist',
      'return',
      { assignmentId: s.assignment(1), reason: 'Thuộc đơn vị khác.' },
      '2026-08-21 16:40',
    );
    s.act('operator', 'distribute', { leadAgencyId: AGENCY_B }, '2026-08-21 16:45');
    expect(due(s.deadline('agency_accept', s.assignment(2)))).toBe('2026-08-22T17:00:00+07:00');
  });
});
