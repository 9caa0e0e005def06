import { describe, expect, it } from 'vitest';
import { SOC_TRANG_2024 } from '../profiles/soc-trang-2024';
import { AGENCY_A, AGENCY_B, AGENCY_C, show, startScenario, stops } from './test-support';

const P = SOC_TRANG_2024;
const received = { at: '2026-05-08 16:00', fieldCode: 'traffic' };

describe('Sóc Trăng 2024 — main path (single agency)', () => {
  it('runs intake → distribution → handling → approval → publication → follow-up → rating, each on its own clock', () => {
    const s = startScenario(P, received);
    // Phụ lục II Bước 1: 4 wh from receipt.
    expect(show(s.deadline('intake')?.dueAt ?? new Date(0))).toBe('2026-05-11T10:30:00+07:00');

    s.act('operator', 'accept_intake', { editedForClarity: true }, '2026-05-11 09:00');
    // Điều 7.3, W7: distribution counts from the intake acceptance, 4 wh.
    expect(show(s.deadline('distribution')?.dueAt ?? new Date(0))).toBe(
      '2026-05-11T14:30:00+07:00',
    );
    expect(stops(s).at(-1)).toMatchObject({ step: 'intake', outcome: 'met' });

    const distributed = s.act(
      'operator',
      'distribute',
      { leadAgencyId: AGENCY_A },
      '2026-05-11 10:00',
    );
    expect(distributed.events.map((e) => e.type)).toEqual([
      'report.distributed',
      'assignment.received',
    ]);
    const a1 = s.assignment(1);
    // No accept step in Sóc Trăng: the agency handles from receipt.
    expect(s.snapshot.assignments[0]?.state).toBe('handling');
    // Điều 8.1, W7: 6 wd from the agency's receipt, the leader's day included.
    expect(show(s.deadline('handling', a1)?.dueAt ?? new Date(0))).toBe(
      '2026-05-19T17:00:00+07:00',
    );

    s.act(
      'leadSpecialist',
      'submit_answer',
      { assignmentId: a1, summary: 'Đã sửa đèn.' },
      '2026-05-14 10:00',
    );
    expect(show(s.deadline('approval', a1)?.dueAt ?? new Date(0))).toBe(
      '2026-05-15T17:00:00+07:00',
    );

    const approved = s.act('leadLeader', 'approve', { assignmentId: a1 }, '2026-05-15 09:00');
    expect(approved.snapshot.state).toBe('answer_ready');
    expect(approved.deadlines.stop.map((x) => [x.step, x.outcome])).toEqual(
      expect.arrayContaining([
        ['handling', 'met'],
        ['approval', 'met'],
      ]),
    );
    // Điều 9.2: publication 4 wh after approval, on the IOC's calendar.
    expect(show(s.deadline('publication')?.dueAt ?? new Date(0))).toBe('2026-05-15T14:30:00+07:00');

    const published = s.act('operator', 'publish', {}, '2026-05-15 11:00');
    expect(published.snapshot.publication).toBe('public');
    expect(published.notifications).toContainEqual(
      expect.objectContaining({ event: 'report.published', to: { kind: 'reporter' } }),
    );
    expect(published.deadlines.stop.map((x) => [x.step, x.outcome])).toEqual(
      expect.arrayContaining([
        ['publication', 'met'],
        ['publication_return', 'cancelled'],
      ]),
    );

    s.act('reporter', 'ask_follow_up', { question: 'Khi nào sửa xong hẳn?' }, '2026-05-18 10:00');
    // Điều 10.2: the agency clarifies within 2 wd.
    expect(show(s.deadline('follow_up_answer')?.dueAt ?? new Date(0))).toBe(
      '2026-05-20T17:00:00+07:00',
    );
    s.act('leadSpecialist', 'answer_follow_up', { answer: 'Trong tuần này.' }, '2026-05-19 09:00');
    expect(s.snapshot.state).toBe('answered');

    // Điều 10.3: three levels; once, changeable within the window (7 days by default).
    s.act('reporter', 'rate', { level: 'very_satisfied' }, '2026-05-19 12:00');
    expect(s.attempt('reporter', 'rate', { level: 'acceptable' }, '2026-05-20 08:00')).toBe(
      'rating_level_not_in_scale',
    );
    expect(s.attempt('reporter', 'rate', { level: 'satisfied' }, '2026-05-20 08:00')).toBe('ok');
    expect(s.attempt('reporter', 'rate', { level: 'dissatisfied' }, '2026-05-27 08:00')).toBe(
      'rating_window_closed',
    );
  });
});

describe('Sóc Trăng 2024 — branches', () => {
  it('Điều 7.1: asks the reporter for more; the supplement restarts the 4-wh intake clock', () => {
    const s = startScenario(P, received);
    s.act('operator', 'request_information', { message: 'Bổ sung số CCCD.' }, '2026-05-11 08:00');
    expect(s.snapshot.state).toBe('awaiting_information');
    expect(s.deadline('intake')).toBeUndefined();
    s.act('reporter', 'supplement_information', { note: 'CCCD 0940…' }, '2026-05-11 20:00');
    expect(show(s.deadline('intake')?.dueAt ?? new Date(0))).toBe('2026-05-12T11:30:00+07:00');
  });

  it('Điều 3.9: a denunciation is rejected as out of scope', () => {
    const s = startScenario(P, received);
    expect(
      s.attempt(
        'operator',
        'reject',
        { reason: 'out_of_scope', explanation: 'Tố cáo' },
        '2026-05-11 08:00',
      ),
    ).toBe('invalid_input');
    const r = s.act(
      'operator',
      'reject',
      { reason: 'out_of_scope', outOfScopeKind: 'denunciation', explanation: 'Nội dung tố cáo.' },
      '2026-05-11 08:00',
    );
    expect(r.snapshot.state).toBe('rejected');
    expect(r.deadlines.stop).toEqual([expect.objectContaining({ step: 'intake', outcome: 'met' })]);
  });

  it('Điều 7.4: a past theft is referred to the authorities for monitoring', () => {
    const s = startScenario(P, received);
    const r = s.act(
      'operator',
      'refer',
      {
        kind: 'authorities_monitoring',
        unitId: 'cong-an',
        explanation: 'Đã quá thời điểm xảy ra.',
      },
      '2026-05-11 08:00',
    );
    expect(r.snapshot.state).toBe('referred');
  });

  it('Điều 3.8: no clear lead agency — the Province names one, and distribution needs its decision', () => {
    const s = startScenario(P, received);
    s.act(
      'operator',
      'request_lead_designation',
      { explanation: 'Liên quan 3 sở.' },
      '2026-05-11 08:00',
    );
    expect(s.snapshot.state).toBe('awaiting_lead_designation');
    expect(
      s.attempt('operator', 'distribute', { leadAgencyId: AGENCY_A }, '2026-05-13 08:00'),
    ).toBe('province_decision_required');
    s.act(
      'operator',
      'distribute',
      { leadAgencyId: AGENCY_A, provinceDecisionRef: 'CV 123/UBND' },
      '2026-05-13 08:00',
    );
    expect(s.snapshot.state).toBe('in_progress');
  });

  it('Điều 8.1: the agency returns a wrongly routed case; intake re-distributes', () => {
    const s = startScenario(P, received);
    s.act('operator', 'distribute', { leadAgencyId: AGENCY_A }, '2026-05-11 08:00');
    const a1 = s.assignment(1);
    const r = s.act(
      'leadSpecialist',
      'return',
      { assignmentId: a1, reason: 'Không đúng thẩm quyền', suggestedAgencyId: AGENCY_C },
      '2026-05-12 09:00',
    );
    expect(r.snapshot.state).toBe('returned_to_intake');
    // The 1-wd return limit binds only a return, and this one is on time.
    expect(r.deadlines.stop).toContainEqual(
      expect.objectContaining({ step: 'agency_return', outcome: 'met' }),
    );
    expect(r.notifications).toContainEqual(
      expect.objectContaining({ to: { kind: 'unit', unitId: 'ioc' } }),
    );
    s.act('operator', 'distribute', { leadAgencyId: AGENCY_C }, '2026-05-12 10:00');
    expect(s.snapshot.assignments.map((a) => [a.agencyId, a.state])).toEqual([
      [AGENCY_A, 'returned'],
      [AGENCY_C, 'handling'],
    ]);
  });

  it('Điều 8.2: the lead forwards ≤ 1 wd; the coordinator results ≤ 4 wd; the lead answers ≤ 2 wd after', () => {
    const s = startScenario(P, received);
    s.act('operator', 'distribute', { leadAgencyId: AGENCY_A }, '2026-05-11 08:00');
    const a1 = s.assignment(1);
    expect(
      s.attempt('operator', 'distribute', { leadAgencyId: AGENCY_B }, '2026-05-11 08:00'),
    ).toBe('invalid_state');
    const fwd = s.act(
      'leadSpecialist',
      'forward_to_coordinators',
      { assignmentId: a1, agencyIds: [AGENCY_B] },
      '2026-05-11 15:00',
    );
    expect(fwd.deadlines.stop.map((x) => [x.step, x.outcome])).toEqual([
      ['handling', 'cancelled'],
      ['coordination_forward', 'met'],
    ]);
    const a2 = s.assignment(2);
    expect(show(s.deadline('coordination_result', a2)?.dueAt ?? new Date(0))).toBe(
      '2026-05-15T17:00:00+07:00',
    );
    // The lead cannot answer before its coordinators.
    expect(
      s.attempt(
        'leadSpecialist',
        'submit_answer',
        { assignmentId: a1, summary: 'x' },
        '2026-05-12 08:00',
      ),
    ).toBe('coordination_pending');
    s.act(
      'coordSpecialist',
      'submit_answer',
      { assignmentId: a2, summary: 'Phần việc của sở B.' },
      '2026-05-13 10:00',
    );
    // Phụ lục II Bước 3: the coordinator's own leader approves its partial result.
    const partial = s.act('coordLeader', 'approve', { assignmentId: a2 }, '2026-05-14 09:00');
    expect(partial.events.map((e) => e.type)).toEqual([
      'answer.approved',
      'assignment.completed',
      'coordination.completed',
    ]);
    expect(show(s.deadline('aggregation', a1)?.dueAt ?? new Date(0))).toBe(
      '2026-05-18T17:00:00+07:00',
    );
    s.act(
      'leadSpecialist',
      'submit_answer',
      { assignmentId: a1, summary: 'Tổng hợp.' },
      '2026-05-15 09:00',
    );
    const done = s.act('leadLeader', 'approve', { assignmentId: a1 }, '2026-05-15 14:00');
    expect(done.deadlines.stop).toContainEqual(
      expect.objectContaining({ step: 'aggregation', outcome: 'met' }),
    );
    expect(done.snapshot.state).toBe('answer_ready');
  });

  it('Điều 8.2 Bước 2: a coordinator returns to the lead, which is notified', () => {
    const s = startScenario(P, received);
    s.act('operator', 'distribute', { leadAgencyId: AGENCY_A }, '2026-05-11 08:00');
    s.act(
      'leadSpecialist',
      'forward_to_coordinators',
      { assignmentId: s.assignment(1), agencyIds: [AGENCY_B] },
      '2026-05-11 09:00',
    );
    const r = s.act(
      'coordSpecialist',
      'return',
      { assignmentId: s.assignment(2), reason: 'Không thuộc sở B', suggestedAgencyId: AGENCY_C },
      '2026-05-11 10:00',
    );
    expect(r.notifications).toContainEqual(
      expect.objectContaining({
        event: 'assignment.returned',
        to: { kind: 'unit', unitId: AGENCY_A },
      }),
    );
    expect(r.snapshot.state).toBe('in_progress');
  });

  it('Điều 8.3, W10: one extension, for a complex case, asked before the deadline, with a written notice and a committed date', () => {
    const s = startScenario(P, received);
    s.act('operator', 'distribute', { leadAgencyId: AGENCY_A }, '2026-05-11 08:00');
    const a1 = s.assignment(1);
    const due = s.deadline('handling', a1)?.dueAt;
    expect(show(due ?? new Date(0))).toBe('2026-05-19T17:00:00+07:00');
    const ask = {
      assignmentId: a1,
      committedDue: '2026-05-26T17:00:00+07:00',
      reason: 'Cần xác minh thực địa',
      complexCase: true,
    };
    expect(s.attempt('leadSpecialist', 'extend_deadline', ask, '2026-05-18 09:00')).toBe(
      'written_notice_required',
    );
    expect(
      s.attempt(
        'leadSpecialist',
        'extend_deadline',
        { ...ask, noticeRef: 'CV 45', complexCase: false },
        '2026-05-18 09:00',
      ),
    ).toBe('complex_case_required');
    const { committedDue: _date, ...undated } = ask;
    expect(
      s.attempt(
        'leadSpecialist',
        'extend_deadline',
        { ...undated, noticeRef: 'CV 45' },
        '2026-05-18 09:00',
      ),
    ).toBe('invalid_input');
    expect(
      s.attempt(
        'leadSpecialist',
        'extend_deadline',
        { ...ask, noticeRef: 'CV 45' },
        '2026-05-19 17:00',
      ),
    ).toBe('extension_too_late');
    const ok = s.act(
      'leadSpecialist',
      'extend_deadline',
      { ...ask, noticeRef: 'CV 45' },
      '2026-05-19 16:59',
    );
    expect(ok.deadlines.move).toEqual([
      expect.objectContaining({
        step: 'handling',
        to: new Date('2026-05-26T17:00:00+07:00'),
        reason: 'extension',
      }),
    ]);
    expect(ok.notifications.map((n) => n.to)).toEqual([
      { kind: 'reporter' },
      { kind: 'unit', unitId: 'ioc' },
    ]);
    expect(
      s.attempt(
        'leadSpecialist',
        'extend_deadline',
        { ...ask, noticeRef: 'CV 46' },
        '2026-05-20 09:00',
      ),
    ).toBe('extension_used');
  });

  it('Điều 8.5: the sweeper marks the handling deadline overdue once it has passed', () => {
    const s = startScenario(P, received);
    s.act('operator', 'distribute', { leadAgencyId: AGENCY_A }, '2026-05-11 08:00');
    const id = s.deadline('handling', s.assignment(1))?.id ?? '';
    expect(s.attempt('system', 'mark_overdue', { deadlineId: id }, '2026-05-19 16:59')).toBe(
      'not_yet_due',
    );
    const r = s.act('system', 'mark_overdue', { deadlineId: id }, '2026-05-19 17:00');
    expect(r.deadlines.overdue).toEqual([
      { deadlineId: id, step: 'handling', at: new Date('2026-05-19T17:00:00+07:00') },
    ]);
    expect(s.attempt('system', 'mark_overdue', { deadlineId: id }, '2026-05-20 08:00')).toBe(
      'already_overdue',
    );
    s.act(
      'leadSpecialist',
      'submit_answer',
      { assignmentId: s.assignment(1), summary: 'x' },
      '2026-05-20 09:00',
    );
    const late = s.act(
      'leadLeader',
      'approve',
      { assignmentId: s.assignment(1) },
      '2026-05-20 10:00',
    );
    expect(late.deadlines.stop).toContainEqual(
      expect.objectContaining({ step: 'handling', outcome: 'late' }),
    );
  });

  it('Điều 9.4: an empty answer goes back to the agency leader within 4 wh, whose 1 wd runs again', () => {
    const s = startScenario(P, received);
    s.act('operator', 'distribute', { leadAgencyId: AGENCY_A }, '2026-05-11 08:00');
    const a1 = s.assignment(1);
    s.act(
      'leadSpecialist',
      'submit_answer',
      { assignmentId: a1, summary: '.' },
      '2026-05-12 08:00',
    );
    s.act('leadLeader', 'approve', { assignmentId: a1 }, '2026-05-12 09:00');
    const r = s.act(
      'operator',
      'return_answer',
      { reason: 'Chưa có nội dung trả lời.' },
      '2026-05-12 10:00',
    );
    expect(r.snapshot.state).toBe('in_progress');
    expect(r.snapshot.assignments[0]?.state).toBe('awaiting_approval');
    expect(r.deadlines.stop).toContainEqual(
      expect.objectContaining({ step: 'publication_return', outcome: 'met' }),
    );
    expect(show(s.deadline('approval', a1)?.dueAt ?? new Date(0))).toBe(
      '2026-05-13T17:00:00+07:00',
    );
    s.act(
      'leadLeader',
      'return_to_specialist',
      { assignmentId: a1, reason: 'Bổ sung nội dung.' },
      '2026-05-12 11:00',
    );
    expect(s.snapshot.assignments[0]?.state).toBe('handling');
  });

  it('Điều 9.3.b and 4.5: a confidential report is sent privately, never published', () => {
    const s = startScenario(P, { ...received, confidential: true });
    s.act('operator', 'distribute', { leadAgencyId: AGENCY_A }, '2026-05-11 08:00');
    s.act(
      'leadSpecialist',
      'submit_answer',
      { assignmentId: s.assignment(1), summary: 'x' },
      '2026-05-12 08:00',
    );
    s.act('leadLeader', 'approve', { assignmentId: s.assignment(1) }, '2026-05-12 09:00');
    expect(s.attempt('operator', 'publish', {}, '2026-05-12 10:00')).toBe('confidential');
    expect(s.attempt('operator', 'withhold', {}, '2026-05-12 10:00')).toBe('not_state_secret');
    expect(s.attempt('operator', 'send_privately', {}, '2026-05-12 10:00')).toBe('ok');
    expect(s.snapshot.publication).toBe('private');
  });

  it('Điều 9.3.c: a state secret found during handling is withheld', () => {
    const s = startScenario(P, received);
    s.act('operator', 'distribute', { leadAgencyId: AGENCY_A }, '2026-05-11 08:00');
    s.act(
      'leadLeader',
      'mark_state_secret',
      { basis: 'Luật Bảo vệ bí mật nhà nước' },
      '2026-05-11 09:00',
    );
    s.act(
      'leadSpecialist',
      'submit_answer',
      { assignmentId: s.assignment(1), summary: 'x' },
      '2026-05-12 08:00',
    );
    s.act('leadLeader', 'approve', { assignmentId: s.assignment(1) }, '2026-05-12 09:00');
    expect(s.attempt('operator', 'publish', {}, '2026-05-12 10:00')).toBe('state_secret');
    expect(s.attempt('operator', 'send_privately', {}, '2026-05-12 10:00')).toBe('state_secret');
    const r = s.act('operator', 'withhold', {}, '2026-05-12 10:00');
    expect(r.notifications.filter((n) => n.to.kind === 'reporter')).toEqual([]);
    expect(s.attempt('reporter', 'rate', { level: 'satisfied' }, '2026-05-12 11:00')).toBe(
      'state_secret',
    );
  });

  it('Điều 3.7: agencies that disagree are escalated by the IOC, and the Province’s direction is recorded', () => {
    const s = startScenario(P, received);
    s.act('operator', 'distribute', { leadAgencyId: AGENCY_A }, '2026-05-11 08:00');
    const input = { reason: 'agencies_disagree', explanation: 'Hai sở không thống nhất.' };
    expect(s.attempt('operator', 'escalate', input, '2026-05-12 08:00')).toBe('single_agency');
    s.act(
      'leadSpecialist',
      'forward_to_coordinators',
      { assignmentId: s.assignment(1), agencyIds: [AGENCY_B] },
      '2026-05-11 09:00',
    );
    expect(s.attempt('leadLeader', 'escalate', input, '2026-05-12 08:00')).toBe('role_not_allowed');
    s.act('operator', 'escalate', input, '2026-05-12 08:00');
    expect(s.attempt('operator', 'escalate', input, '2026-05-12 09:00')).toBe('already_escalated');
    s.act('supervisor', 'resolve_escalation', { decisionRef: 'VB 77/UBND-KT' }, '2026-05-14 08:00');
    expect(s.snapshot.escalation).toBeNull();
  });
});

describe('Sóc Trăng 2024 — emergency track (Điều 8.6)', () => {
  const night = { at: '2026-05-09 22:10', fieldCode: 'fire', isIncident: true };

  it('Bước 1: the IOC forwards the call at once, without the intake clocks', () => {
    const s = startScenario(P, night, { by: 'operator' });
    expect(s.snapshot.track).toBe('emergency');
    expect(s.snapshot.deadlines).toEqual([]);
    s.act('operator', 'forward_emergency', { agencyId: AGENCY_A }, '2026-05-09 22:12');
    expect(s.snapshot.state).toBe('in_progress');
    expect(s.snapshot.assignments[0]?.state).toBe('handling');
  });

  it('Bước 3, W4: the update is due 4 clock hours after completion, night and weekend included', () => {
    const s = startScenario(P, night, { by: 'operator' });
    s.act('operator', 'forward_emergency', { agencyId: AGENCY_A }, '2026-05-09 22:12');
    const a1 = s.assignment(1);
    expect(
      s.attempt(
        'leadSpecialist',
        'submit_answer',
        { assignmentId: a1, summary: 'Đã dập lửa.' },
        '2026-05-10 04:30',
      ),
    ).toBe('instant_required');
    const r = s.act(
      'leadSpecialist',
      'submit_answer',
      { assignmentId: a1, summary: 'Đã dập lửa.', resultAt: '2026-05-10T01:00:00+07:00' },
      '2026-05-10 04:30',
    );
    expect(r.deadlines.start).toContainEqual(
      expect.objectContaining({
        step: 'emergency_update',
        dueAt: new Date('2026-05-10T05:00:00+07:00'),
      }),
    );
    expect(r.deadlines.stop).toContainEqual(
      expect.objectContaining({ step: 'emergency_update', outcome: 'met' }),
    );
    // The update goes to the IOC for publication without a leader's approval, so no approval
    // clock starts.
    expect(r.snapshot.state).toBe('answer_ready');
    expect(r.deadlines.start.map((d) => d.step)).toEqual([
      'emergency_update',
      'publication',
      'publication_return',
    ]);
  });

  it('Bước 3, W4: an update 4.5 hours after completion is late', () => {
    const s = startScenario(P, night, { by: 'operator' });
    s.act('operator', 'forward_emergency', { agencyId: AGENCY_A }, '2026-05-09 22:12');
    const r = s.act(
      'leadSpecialist',
      'submit_answer',
      { assignmentId: s.assignment(1), summary: 'x', resultAt: '2026-05-10T01:00:00+07:00' },
      '2026-05-10 05:30',
    );
    expect(r.deadlines.stop).toContainEqual(
      expect.objectContaining({ step: 'emergency_update', outcome: 'late' }),
    );
  });
});
