import { describe, expect, it } from 'vitest';
import { KON_TUM_DVCQG } from '../profiles/kon-tum-dvcqg';
import { createReport } from './create-report';
import { ACTORS, AGENCY_A, AGENCY_B, context, show, startScenario, vn } from './test-support';

const P = KON_TUM_DVCQG;
const received = { at: '2026-05-08 16:00', contactKind: 'feedback', fieldCode: 'tthc' };
const due = (d: { dueAt: Date } | undefined) => (d ? show(d.dueAt) : 'none');

function distributed() {
  const s = startScenario(P, received);
  s.act(
    'operator',
    'distribute',
    { leadAgencyId: AGENCY_A, coordinatingAgencyIds: [AGENCY_B] },
    '2026-05-12 10:00',
  );
  return { s, a1: s.assignment(1), a2: s.assignment(2) };
}

describe('Kon Tum (DVCQG) — main path', () => {
  it('mục I.2: takes feedback and recommendations on procedures, not a generic report', () => {
    const input = {
      reportId: 'r',
      intakeCenterId: 'ioc',
      receivedAt: vn('2026-05-08 16:00'),
      contactKind: 'report',
    };
    const result = createReport(input, ACTORS.reporter, context(P, vn('2026-05-08 16:00')));
    expect(result.ok ? 'ok' : result.refusal.code).toBe('contact_kind_not_in_profile');
  });

  it('mục I.6–I.9: the Office names the coordinators, agencies handle in 15 wd, the Office publishes; SMS/e-mail at each step', () => {
    const s = startScenario(P, received);
    expect(due(s.deadline('intake'))).toBe('2026-05-15T17:00:00+07:00');
    const d = s.act(
      'operator',
      'distribute',
      { leadAgencyId: AGENCY_A, coordinatingAgencyIds: [AGENCY_B] },
      '2026-05-12 10:00',
    );
    // mục I.1: the reporter hears of the receipt by SMS and e-mail.
    expect(d.notifications).toContainEqual({
      event: 'report.intake_accepted',
      reportId: 'r',
      assignmentId: null,
      to: { kind: 'reporter' },
      channels: ['sms', 'email'],
    });
    expect(d.deadlines.stop.map((x) => [x.step, x.outcome])).toEqual([
      ['intake', 'met'],
      ['intake_reject', 'cancelled'],
    ]);
    const [a1, a2] = [s.assignment(1), s.assignment(2)];
    // No accept step: both agencies handle from receipt, 15 wd (W7).
    expect(s.snapshot.assignments.map((a) => a.state)).toEqual(['handling', 'handling']);
    expect(due(s.deadline('handling', a1))).toBe('2026-06-02T17:00:00+07:00');
    expect(due(s.deadline('handling', a2))).toBe('2026-06-02T17:00:00+07:00');
    expect(s.attempt('leadSpecialist', 'accept', { assignmentId: a1 }, '2026-05-12 11:00')).toBe(
      'not_in_profile',
    );

    s.act(
      'coordSpecialist',
      'submit_answer',
      { assignmentId: a2, summary: 'Ý kiến sở B.', resultAt: '2026-05-20T09:00:00+07:00' },
      '2026-05-20 10:00',
    );
    expect(s.snapshot.assignments[1]?.state).toBe('completed');
    const lead = s.act(
      'leadSpecialist',
      'submit_answer',
      {
        assignmentId: a1,
        summary: 'Đã công khai đúng TTHC.',
        resultAt: '2026-06-01T10:00:00+07:00',
      },
      '2026-06-02 09:00',
    );
    // No leader approval in this profile: the answer goes to the Office at once.
    expect(lead.snapshot.state).toBe('answer_ready');
    expect(lead.deadlines.start).toContainEqual(
      expect.objectContaining({
        step: 'result_entry',
        dueAt: new Date('2026-06-03T17:00:00+07:00'),
      }),
    );
    expect(lead.deadlines.stop).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ step: 'handling', outcome: 'met' }),
        expect.objectContaining({ step: 'result_entry', outcome: 'met' }),
      ]),
    );
    const p = s.act('operator', 'publish', {}, '2026-06-02 10:00');
    expect(p.notifications).toContainEqual(
      expect.objectContaining({ event: 'report.published', channels: ['sms', 'email'] }),
    );
  });
});

describe('Kon Tum (DVCQG) — branches', () => {
  it('mục I.6: a refusal within 2 wd is on time; on day 3 it is late though the 5-wd transfer limit still runs', () => {
    const s1 = startScenario(P, received);
    const onTime = s1.act(
      'operator',
      'reject',
      { reason: 'out_of_scope', outOfScopeKind: 'complaint', explanation: 'Khiếu nại.' },
      '2026-05-12 16:00',
    );
    expect(onTime.deadlines.stop).toContainEqual(
      expect.objectContaining({ step: 'intake_reject', outcome: 'met' }),
    );
    const s2 = startScenario(P, received);
    const late = s2.act(
      'operator',
      'reject',
      { reason: 'incomplete', explanation: 'Thiếu nội dung.' },
      '2026-05-13 08:00',
    );
    expect(late.deadlines.stop).toEqual([
      expect.objectContaining({ step: 'intake', outcome: 'cancelled' }),
      expect.objectContaining({ step: 'intake_reject', outcome: 'late' }),
    ]);
  });

  it('mục I.6: asking for clarification within 5 wd', () => {
    const s = startScenario(P, received);
    const r = s.act(
      'operator',
      'request_information',
      { message: 'Nêu rõ thủ tục.' },
      '2026-05-14 09:00',
    );
    expect(r.deadlines.stop).toContainEqual(
      expect.objectContaining({ step: 'intake', outcome: 'met' }),
    );
    expect(r.notifications).toContainEqual(
      expect.objectContaining({ event: 'report.information_requested', to: { kind: 'reporter' } }),
    );
  });

  it('mục I.8: the result date is required, and entering it 3 wd later is late', () => {
    const { s, a1, a2 } = distributed();
    s.act(
      'coordSpecialist',
      'submit_answer',
      { assignmentId: a2, summary: 'x', resultAt: '2026-05-13T09:00:00+07:00' },
      '2026-05-13 10:00',
    );
    expect(
      s.attempt(
        'leadSpecialist',
        'submit_answer',
        { assignmentId: a1, summary: 'x' },
        '2026-06-04 09:00',
      ),
    ).toBe('instant_required');
    expect(
      s.attempt(
        'leadSpecialist',
        'submit_answer',
        { assignmentId: a1, summary: 'x', resultAt: '2026-06-05T09:00:00+07:00' },
        '2026-06-04 09:00',
      ),
    ).toBe('instant_in_future');
    const r = s.act(
      'leadSpecialist',
      'submit_answer',
      { assignmentId: a1, summary: 'x', resultAt: '2026-06-01T10:00:00+07:00' },
      '2026-06-04 09:00',
    );
    expect(r.deadlines.stop).toContainEqual(
      expect.objectContaining({ step: 'result_entry', outcome: 'late' }),
    );
  });

  it('mục I.9: the Office sends an unfit answer back to the agency to handle again', () => {
    const { s, a1, a2 } = distributed();
    s.act(
      'coordSpecialist',
      'submit_answer',
      { assignmentId: a2, summary: 'x', resultAt: '2026-05-13T09:00:00+07:00' },
      '2026-05-13 10:00',
    );
    s.act(
      'leadSpecialist',
      'submit_answer',
      { assignmentId: a1, summary: 'x', resultAt: '2026-05-14T09:00:00+07:00' },
      '2026-05-14 10:00',
    );
    const r = s.act(
      'operator',
      'return_answer',
      { reason: 'Trả lời không đúng nội dung phản ánh.' },
      '2026-05-14 11:00',
    );
    expect(r.snapshot.state).toBe('in_progress');
    expect(r.snapshot.assignments[0]?.state).toBe('handling');
    expect(r.events[0]?.assignmentTransition).toEqual({ from: 'completed', to: 'handling' });
  });

  it('mục II.1: agencies that cannot agree, and a reporter who disagrees with the answer, go to the Province', () => {
    const { s, a1, a2 } = distributed();
    expect(
      s.attempt(
        'operator',
        'escalate',
        { reason: 'unresolved_after_deadline', explanation: 'x' },
        '2026-05-14 09:00',
      ),
    ).toBe('reason_not_in_profile');
    expect(
      s.attempt(
        'operator',
        'escalate',
        { reason: 'reporter_disagrees', explanation: 'x' },
        '2026-05-14 09:00',
      ),
    ).toBe('invalid_state');
    s.act(
      'operator',
      'escalate',
      { reason: 'agencies_disagree', explanation: 'Hai sở không thống nhất phương án.' },
      '2026-05-14 09:00',
    );
    s.act('operator', 'resolve_escalation', { decisionRef: 'CV 88/UBND-NC' }, '2026-05-18 09:00');
    s.act(
      'coordSpecialist',
      'submit_answer',
      { assignmentId: a2, summary: 'x', resultAt: '2026-05-19T09:00:00+07:00' },
      '2026-05-19 10:00',
    );
    s.act(
      'leadSpecialist',
      'submit_answer',
      { assignmentId: a1, summary: 'x', resultAt: '2026-05-19T09:00:00+07:00' },
      '2026-05-19 10:00',
    );
    s.act('operator', 'publish', {}, '2026-05-19 11:00');
    s.act(
      'operator',
      'escalate',
      { reason: 'reporter_disagrees', explanation: 'Người dân tiếp tục phản ánh.' },
      '2026-05-25 09:00',
    );
    expect(s.snapshot.escalation?.reason).toBe('reporter_disagrees');
  });
});

describe('Kon Tum (DVCQG) — W8 progress updates (mục I.8)', () => {
  it('W8: every 5 wd after the missed 15-wd deadline, first at deadline + 5 wd, on a fixed grid, until the result is in', () => {
    const { s, a1, a2 } = distributed();
    expect(
      s.attempt(
        'leadSpecialist',
        'post_progress_update',
        { assignmentId: a1, note: 'Đang xử lý.' },
        '2026-06-01 09:00',
      ),
    ).toBe('progress_update_not_due');
    const handling = s.deadline('handling', a1)?.id ?? '';
    const overdue = s.act('system', 'mark_overdue', { deadlineId: handling }, '2026-06-02 17:00');
    expect(overdue.deadlines.start).toEqual([
      expect.objectContaining({
        step: 'progress_update',
        assignmentId: a1,
        dueAt: new Date('2026-06-09T17:00:00+07:00'),
      }),
    ]);
    // Posted early: the next one stays on the grid (Tue 16 Jun), not 5 wd after the posting.
    const early = s.act(
      'leadSpecialist',
      'post_progress_update',
      { assignmentId: a1, note: 'Đang lấy ý kiến.' },
      '2026-06-08 10:00',
    );
    expect(early.deadlines.stop).toEqual([
      expect.objectContaining({ step: 'progress_update', outcome: 'met' }),
    ]);
    expect(due(s.deadline('progress_update', a1))).toBe('2026-06-16T17:00:00+07:00');
    expect(early.notifications).toContainEqual(
      expect.objectContaining({ event: 'assignment.progress_updated', to: { kind: 'reporter' } }),
    );
    // Missed: marked overdue, then posted late; the grid still holds (Tue 23 Jun).
    s.act(
      'system',
      'mark_overdue',
      { deadlineId: s.deadline('progress_update', a1)?.id ?? '' },
      '2026-06-16 17:00',
    );
    const late = s.act(
      'leadLeader',
      'post_progress_update',
      { assignmentId: a1, note: 'Chậm do chờ Bộ.' },
      '2026-06-17 09:00',
    );
    expect(late.deadlines.stop).toEqual([
      expect.objectContaining({ step: 'progress_update', outcome: 'late' }),
    ]);
    expect(due(s.deadline('progress_update', a1))).toBe('2026-06-23T17:00:00+07:00');
    // The result ends the updates.
    s.act(
      'coordSpecialist',
      'submit_answer',
      { assignmentId: a2, summary: 'x', resultAt: '2026-06-10T08:00:00+07:00' },
      '2026-06-10 09:00',
    );
    const done = s.act(
      'leadSpecialist',
      'submit_answer',
      { assignmentId: a1, summary: 'x', resultAt: '2026-06-18T08:00:00+07:00' },
      '2026-06-18 09:00',
    );
    expect(done.deadlines.stop).toContainEqual(
      expect.objectContaining({ step: 'progress_update', outcome: 'cancelled' }),
    );
  });
});
