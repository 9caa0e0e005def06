/**
 * Business refusals not already shown by the scenarios: each is a typed value with its code and
 * its vi/en message, never a thrown string (docs/lifecycle.md "Refusal codes").
 */
import { describe, expect, it } from 'vitest';
import { HOA_BINH_1022 } from '../profiles/hoa-binh-1022';
import { KHANH_HOA_2022 } from '../profiles/khanh-hoa-2022';
import { KON_TUM_DVCQG } from '../profiles/kon-tum-dvcqg';
import { SOC_TRANG_2024 } from '../profiles/soc-trang-2024';
import { applyAction } from './engine';
import { REFUSAL_MESSAGES } from './refusals';
import { AGENCY_A, AGENCY_B, context, startScenario, vn } from './test-support';
import type { StaffActor } from './types';

function socTrang() {
  const s = startScenario(SOC_TRANG_2024, { at: '2026-05-08 16:00' });
  s.act('operator', 'distribute', { leadAgencyId: AGENCY_A }, '2026-05-11 08:00');
  return s;
}

describe('business refusals', () => {
  it('agency_already_assigned: an agency holds one active assignment on a report', () => {
    const k = startScenario(KON_TUM_DVCQG, { at: '2026-05-08 16:00', contactKind: 'feedback' });
    const same = { leadAgencyId: AGENCY_A, coordinatingAgencyIds: [AGENCY_A] };
    expect(k.attempt('operator', 'distribute', same, '2026-05-11 08:00')).toBe(
      'agency_already_assigned',
    );
    const s = socTrang();
    expect(
      s.attempt(
        'leadSpecialist',
        'forward_to_coordinators',
        { assignmentId: s.assignment(1), agencyIds: [AGENCY_B, AGENCY_A] },
        '2026-05-11 09:00',
      ),
    ).toBe('agency_already_assigned');
  });

  it('no_open_deadline: Khánh Hòa’s handling clock stops at the answer, so there is nothing left to extend', () => {
    const s = startScenario(KHANH_HOA_2022, { at: '2026-05-08 16:00' });
    s.act('operator', 'distribute', { leadAgencyId: AGENCY_A }, '2026-05-11 08:00');
    const a1 = s.assignment(1);
    s.act('leadSpecialist', 'accept', { assignmentId: a1 }, '2026-05-11 09:00');
    s.act(
      'leadSpecialist',
      'submit_answer',
      { assignmentId: a1, summary: 'x' },
      '2026-05-12 09:00',
    );
    const ask = {
      assignmentId: a1,
      committedDue: '2026-05-20T17:00:00+07:00',
      reason: 'x',
      complexCase: true,
    };
    expect(s.attempt('leadLeader', 'extend_deadline', ask, '2026-05-12 10:00')).toBe(
      'no_open_deadline',
    );
  });

  it('no_open_deadline: Hòa Bình’s postal delivery request runs no answer clock to re-appoint', () => {
    const s = startScenario(HOA_BINH_1022, {
      at: '2026-05-11 09:00',
      contactKind: 'delivery_request',
    });
    s.act('operator', 'distribute', { leadAgencyId: 'post-office' }, '2026-05-11 09:05');
    const postOffice: StaffActor = {
      kind: 'staff',
      userId: 'u-post',
      roles: ['specialist'],
      unitId: 'post-office',
      unitKind: 'agency',
    };
    const r = applyAction(
      s.snapshot,
      postOffice,
      'reappoint',
      { assignmentId: s.assignment(1), newAppointmentAt: '2026-05-13T09:00:00+07:00', reason: 'x' },
      context(HOA_BINH_1022, vn('2026-05-11 10:00')),
    );
    expect(r).toEqual({
      ok: false,
      refusal: { code: 'no_open_deadline', message: REFUSAL_MESSAGES.no_open_deadline, issues: [] },
    });
  });

  it('not_confidential, already_state_secret: the publication form follows the report’s flags', () => {
    const s = socTrang();
    const a1 = s.assignment(1);
    s.act(
      'leadSpecialist',
      'submit_answer',
      { assignmentId: a1, summary: 'x' },
      '2026-05-12 09:00',
    );
    s.act('leadLeader', 'approve', { assignmentId: a1 }, '2026-05-12 10:00');
    expect(s.attempt('operator', 'send_privately', {}, '2026-05-12 11:00')).toBe(
      'not_confidential',
    );
    s.act('operator', 'mark_state_secret', { basis: 'x' }, '2026-05-12 11:00');
    expect(s.attempt('operator', 'mark_state_secret', { basis: 'y' }, '2026-05-12 11:05')).toBe(
      'already_state_secret',
    );
    expect(s.attempt('operator', 'publish', {}, '2026-05-12 11:10')).toBe('state_secret');
  });

  it('not_escalated: there is no direction of the Province to record before an escalation', () => {
    const s = socTrang();
    expect(
      s.attempt('supervisor', 'resolve_escalation', { decisionRef: 'CV 1' }, '2026-05-12 09:00'),
    ).toBe('not_escalated');
  });

  it('deadline_not_found: the sweeper marks only running deadlines that bind on their own', () => {
    const s = socTrang();
    const outcomeOnly = s.deadline('agency_return', s.assignment(1))?.id;
    expect(outcomeOnly).toBeDefined();
    for (const deadlineId of [outcomeOnly, 'r/d999']) {
      expect(s.attempt('system', 'mark_overdue', { deadlineId }, '2026-05-20 09:00')).toBe(
        'deadline_not_found',
      );
    }
  });
});
