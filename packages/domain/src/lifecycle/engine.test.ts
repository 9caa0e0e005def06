import { afterEach, describe, expect, it, vi } from 'vitest';
import { SOC_TRANG_2024 } from '../profiles/soc-trang-2024';
import { VINH_LONG_2020 } from '../profiles/vinh-long-2020';
import { dueForOverdue } from './actions/overdue';
import { createReport } from './create-report';
import { applyAction, availableActions, checkAction } from './engine';
import { REFUSAL_CODES, REFUSAL_MESSAGES } from './refusals';
import { ACTORS, AGENCY_A, context, startScenario, vn } from './test-support';

const P = SOC_TRANG_2024;

describe('purity', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('the same call gives the same result whatever the host clock: `now` comes from the context', () => {
    const run = (hostTime: string) => {
      vi.useFakeTimers();
      vi.setSystemTime(new Date(hostTime));
      const s = startScenario(P, { at: '2026-05-08 16:00' });
      s.act('operator', 'distribute', { leadAgencyId: AGENCY_A }, '2026-05-11 09:00');
      const a1 = s.assignment(1);
      s.act(
        'leadSpecialist',
        'submit_answer',
        { assignmentId: a1, summary: 'x' },
        '2026-05-12 09:00',
      );
      s.act('leadLeader', 'approve', { assignmentId: a1 }, '2026-05-12 10:00');
      vi.useRealTimers();
      return s.steps;
    };
    expect(run('1999-12-31T23:59:59Z')).toEqual(run('2041-06-30T05:00:00Z'));
  });
});

describe('applyAction', () => {
  it('never changes the snapshot it was given, and records who, when and the state change', () => {
    const s = startScenario(P, { at: '2026-05-08 16:00' });
    const before = s.snapshot;
    const frozen = JSON.stringify(before);
    const r = applyAction(
      before,
      ACTORS.operator,
      'distribute',
      { leadAgencyId: AGENCY_A },
      context(P, vn('2026-05-11 09:00')),
    );
    expect(JSON.stringify(before)).toBe(frozen);
    expect(r.ok && r.events[0]).toMatchObject({
      type: 'report.intake_accepted',
      at: vn('2026-05-11 09:00'),
      actor: ACTORS.operator,
      reportTransition: { from: 'submitted', to: 'intake_accepted' },
      payload: { implied: true },
    });
    expect(r.ok && r.snapshot.assignments[0]?.id).toBe('r/a2');
  });

  it('validates input with typed refusals that list every field at fault', () => {
    const s = startScenario(P, { at: '2026-05-08 16:00' });
    const r = applyAction(
      s.snapshot,
      ACTORS.operator,
      'reject',
      { reason: 'rude', extra: 1 },
      context(P, vn('2026-05-11 09:00')),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.refusal.code).toBe('invalid_input');
      expect(r.refusal.message).toEqual(REFUSAL_MESSAGES.invalid_input);
      expect(r.refusal.issues.map((i) => i.path).sort()).toEqual(['', 'explanation', 'reason']);
    }
  });

  it('an assignment action without an assignment id is invalid input', () => {
    const s = startScenario(P, { at: '2026-05-08 16:00' });
    s.act('operator', 'distribute', { leadAgencyId: AGENCY_A }, '2026-05-11 09:00');
    const r = applyAction(
      s.snapshot,
      ACTORS.leadSpecialist,
      'submit_answer',
      { summary: 'x' },
      context(P, vn('2026-05-11 10:00')),
    );
    expect(r.ok ? 'ok' : r.refusal.code).toBe('invalid_input');
  });

  it('every refusal code has a Vietnamese and an English message', () => {
    for (const code of REFUSAL_CODES) {
      expect(REFUSAL_MESSAGES[code].vi.length).toBeGreaterThan(0);
      expect(REFUSAL_MESSAGES[code].en.length).toBeGreaterThan(0);
    }
  });
});

describe('availableActions — what a screen offers', () => {
  it('offers the operator the intake choices of the profile, and the reporter nothing yet', () => {
    const s = startScenario(P, { at: '2026-05-08 16:00' });
    const ctx = context(P, vn('2026-05-11 09:00'));
    expect(availableActions(s.snapshot, ACTORS.operator, ctx).map((a) => a.action)).toEqual([
      'request_information',
      'reject',
      'refer',
      'accept_intake',
      'distribute',
      'forward_emergency',
      'request_lead_designation',
      'mark_state_secret',
    ]);
    expect(availableActions(s.snapshot, ACTORS.reporter, ctx)).toEqual([]);
  });

  it('offers assignment actions per assignment, and only the publication the report allows', () => {
    const s = startScenario(P, { at: '2026-05-08 16:00', confidential: true });
    s.act('operator', 'distribute', { leadAgencyId: AGENCY_A }, '2026-05-11 09:00');
    const a1 = s.assignment(1);
    const ctx = context(P, vn('2026-05-11 10:00'));
    expect(availableActions(s.snapshot, ACTORS.leadSpecialist, ctx)).toEqual([
      { action: 'return', assignmentId: a1 },
      { action: 'forward_to_coordinators', assignmentId: a1 },
      { action: 'extend_deadline', assignmentId: a1 },
      { action: 'submit_answer', assignmentId: a1 },
    ]);
    s.act(
      'leadSpecialist',
      'submit_answer',
      { assignmentId: a1, summary: 'x' },
      '2026-05-11 11:00',
    );
    s.act('leadLeader', 'approve', { assignmentId: a1 }, '2026-05-11 13:00');
    const offered = availableActions(s.snapshot, ACTORS.operator, ctx).map((a) => a.action);
    expect(offered).toEqual(['mark_state_secret', 'send_privately', 'return_answer']);
    expect(checkAction(s.snapshot, ACTORS.operator, 'publish', ctx)?.code).toBe('confidential');
  });
});

describe('createReport', () => {
  const base = { reportId: 'r', intakeCenterId: 'ioc', receivedAt: '2026-05-08T16:00:00+07:00' };

  it('an operator enters a hotline call with the time it came in; the clock starts then (W7)', () => {
    const r = createReport(base, ACTORS.operator, context(P, vn('2026-05-11 08:00')));
    expect(r.ok && r.deadlines.start.map((d) => [d.step, d.startedAt])).toEqual([
      ['intake', vn('2026-05-08 16:00')],
    ]);
  });

  it('only an operator of the report’s own intake center enters a report by hand', () => {
    expect(
      createReport(base, ACTORS.otherOperator, context(P, vn('2026-05-11 08:00'))),
    ).toMatchObject({
      ok: false,
      refusal: { code: 'unit_not_allowed' },
    });
    expect(
      createReport(base, ACTORS.leadSpecialist, context(P, vn('2026-05-11 08:00'))),
    ).toMatchObject({
      ok: false,
      refusal: { code: 'role_not_allowed' },
    });
  });

  it('Vĩnh Long Điều 5.4: keeps the request to hide the name for the public view', () => {
    const r = createReport(
      { ...base, hideIdentity: true },
      ACTORS.reporter,
      context(VINH_LONG_2020, vn('2026-05-08 16:00')),
    );
    expect(r.ok && r.snapshot.hideIdentity).toBe(true);
  });
});

describe('dueForOverdue — the sweeper’s query', () => {
  it('lists passed, unmarked deadlines that bind on their own, and skips outcome-only limits', () => {
    const s = startScenario(P, { at: '2026-05-08 16:00' });
    s.act('operator', 'distribute', { leadAgencyId: AGENCY_A }, '2026-05-11 09:00');
    const steps = (at: string) => dueForOverdue(s.snapshot.deadlines, vn(at)).map((d) => d.step);
    expect(steps('2026-05-13 08:00')).toEqual([]);
    // agency_return and coordination_forward (1 wd) have passed but bind only if they happen.
    expect(steps('2026-05-19 17:00')).toEqual(['handling']);
  });
});
