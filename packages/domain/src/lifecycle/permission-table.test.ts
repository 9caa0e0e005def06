/**
 * The exhaustive permission table (docs/lifecycle.md "Who may act"): for every profile, every
 * state of the report (and of the assignment), every action of both machines and every actor —
 * each role in its own unit and in another unit, the reporter and the system — the engine gives
 * exactly the code of the hand-written table in permission-table.ts, through `checkPermission`,
 * `checkAction`/`availableActions` and `applyAction` alike.
 */
import { describe, expect, it } from 'vitest';
import { PROFILES } from '../profiles/registry';
import { PROFILE_IDS } from '../profiles/types';
import { applyAction, availableActions, checkAction, checkPermission } from './engine';
import { ASSIGNMENT_TABLE, REPORT_TABLE, expectedCode } from './permission-table';
import type { RefusalCode } from './refusals';
import { ACTIONS } from './registry';
import type { ActorName } from './test-support';
import { ACTORS, AGENCY_A, AGENCY_B, INTAKE_CENTER, context, vn } from './test-support';
import type {
  ActionName,
  AssignmentSnapshot,
  AssignmentState,
  ReportSnapshot,
  ReportState,
} from './types';
import { ASSIGNMENT_ACTIONS, ASSIGNMENT_STATES, REPORT_ACTIONS, REPORT_STATES } from './types';

const ACTOR_NAMES = Object.keys(ACTORS) as ActorName[];

/** The codes `checkPermission` decides; anything else comes later (business rules, input). */
const PERMISSION_CODES: readonly RefusalCode[] = [
  'not_in_profile',
  'assignment_not_found',
  'actor_not_allowed',
  'role_not_allowed',
  'unit_not_allowed',
  'invalid_state',
  'wrong_assignment_role',
];

function assignment(
  id: string,
  agencyId: string,
  role: 'lead' | 'coordinating',
  state: AssignmentState,
): AssignmentSnapshot {
  return {
    id,
    agencyId,
    role,
    state,
    receivedAt: vn('2026-05-11 08:00'),
    acceptedAt: null,
    temporaryFixAt: null,
    backOfficeAt: null,
    appointmentAt: null,
    extensionCount: 0,
    reappointmentCount: 0,
  };
}

/** Lead = agency A (a1), coordinating = agency B (a2); agency C has nothing to do with it. */
function fixture(state: ReportState, assignmentState: AssignmentState): ReportSnapshot {
  return {
    reportId: 'r',
    profileId: 'soc-trang-2024',
    intakeCenterId: INTAKE_CENTER,
    state,
    track: 'normal',
    contactKind: 'report',
    fieldCode: null,
    receivedAt: vn('2026-05-08 16:00'),
    confidential: false,
    stateSecret: false,
    hideIdentity: false,
    consentToPublish: false,
    publication: null,
    escalation: null,
    followUp: null,
    followUpCount: 0,
    rating: null,
    assignments: [
      assignment('a1', AGENCY_A, 'lead', assignmentState),
      assignment('a2', AGENCY_B, 'coordinating', assignmentState),
    ],
    deadlines: [],
    seq: 2,
  };
}

const NOW = vn('2026-05-12 09:00');

/**
 * Compares one cell through the three entry points: the permission code itself, the refusal of
 * `checkAction` (a business rule may refuse an allowed cell, never allow a refused one), and the
 * refusal of `applyAction` with an empty input.
 */
function mismatchOf(
  snapshot: ReportSnapshot,
  profileId: (typeof PROFILE_IDS)[number],
  actor: ActorName,
  action: ActionName,
  assignmentId: string | null,
  expected: RefusalCode | 'ok',
): string | null {
  const profile = PROFILES[profileId];
  const ctx = context(profile, NOW);
  const permission =
    checkPermission(snapshot, ACTORS[actor], action, profile, assignmentId) ?? 'ok';
  const checked = checkAction(snapshot, ACTORS[actor], action, ctx, assignmentId)?.code ?? 'ok';
  const input = assignmentId === null ? {} : { assignmentId };
  const applied = applyAction(snapshot, ACTORS[actor], action, input, ctx);
  const appliedCode = applied.ok ? 'ok' : applied.refusal.code;
  const consistent =
    expected === 'ok'
      ? !PERMISSION_CODES.includes(checked as RefusalCode) &&
        !PERMISSION_CODES.includes(appliedCode as RefusalCode)
      : checked === expected && appliedCode === expected;
  if (permission === expected && consistent) {
    return null;
  }
  return `expected ${expected}; checkPermission ${permission}, checkAction ${checked}, applyAction ${appliedCode}`;
}

describe('the hand-written tables cover every action of both machines', () => {
  it('report machine', () => {
    expect(Object.keys(REPORT_TABLE).sort()).toEqual([...REPORT_ACTIONS].sort());
    expect(
      REPORT_ACTIONS.every((a) => ACTIONS[a].machine === 'report' && ACTIONS[a].name === a),
    ).toBe(true);
  });
  it('assignment machine', () => {
    expect(Object.keys(ASSIGNMENT_TABLE).sort()).toEqual([...ASSIGNMENT_ACTIONS].sort());
    expect(
      ASSIGNMENT_ACTIONS.every((a) => ACTIONS[a].machine === 'assignment' && ACTIONS[a].name === a),
    ).toBe(true);
  });
  it('the actors are every role in its own unit and in another, the reporter and the system', () => {
    const units = ACTOR_NAMES.map((name) => {
      const a = ACTORS[name];
      return a.kind === 'staff' ? `${a.roles.join('+')}@${a.unitId}` : a.kind;
    });
    expect(units).toEqual([
      'operator@ioc',
      'leader@ioc',
      'operator@ioc-2',
      'specialist@agency-a',
      'leader@agency-a',
      'specialist@agency-b',
      'leader@agency-b',
      'specialist@agency-c',
      'leader@agency-c',
      'supervisor@province',
      'admin@ioc',
      'reporter',
      'system',
    ]);
  });
});

describe.each(PROFILE_IDS)(
  'report machine, %s: every report state × action × actor, the exact code',
  (profileId) => {
    it.each(REPORT_ACTIONS)('%s', (action) => {
      const mismatches: string[] = [];
      let cells = 0;
      for (const state of REPORT_STATES) {
        const snapshot = fixture(state, 'handling');
        for (const actor of ACTOR_NAMES) {
          cells += 1;
          const expected = expectedCode(REPORT_TABLE[action], profileId, state, actor, null);
          const mismatch = mismatchOf(snapshot, profileId, actor, action, null, expected);
          if (mismatch) {
            mismatches.push(`${state} × ${actor}: ${mismatch}`);
          }
        }
      }
      expect(mismatches).toEqual([]);
      expect(cells).toBe(REPORT_STATES.length * ACTOR_NAMES.length);
    });
  },
);

const TARGETS = [
  { id: 'a1', agency: AGENCY_A, role: 'lead' },
  { id: 'a2', agency: AGENCY_B, role: 'coordinating' },
] as const;

describe.each(PROFILE_IDS)(
  'assignment machine, %s: every report state × assignment state × action × lead/coordinating × actor, the exact code',
  (profileId) => {
    it.each(ASSIGNMENT_ACTIONS)('%s', (action) => {
      const mismatches: string[] = [];
      let cells = 0;
      for (const reportState of REPORT_STATES) {
        for (const state of ASSIGNMENT_STATES) {
          const snapshot = fixture(reportState, state);
          for (const target of TARGETS) {
            for (const actor of ACTOR_NAMES) {
              cells += 1;
              const row = ASSIGNMENT_TABLE[action];
              const expected = expectedCode(row, profileId, state, actor, target, reportState);
              const mismatch = mismatchOf(snapshot, profileId, actor, action, target.id, expected);
              if (mismatch) {
                mismatches.push(
                  `${reportState} × ${state} × ${target.role} × ${actor}: ${mismatch}`,
                );
              }
            }
          }
        }
      }
      expect(mismatches).toEqual([]);
      expect(cells).toBe(
        REPORT_STATES.length * ASSIGNMENT_STATES.length * TARGETS.length * ACTOR_NAMES.length,
      );
    });

    it.each(ASSIGNMENT_ACTIONS)('%s on an unknown assignment', (action) => {
      const snapshot = fixture('in_progress', 'handling');
      const codes = new Set(
        ACTOR_NAMES.map((actor) =>
          mismatchOf(
            snapshot,
            profileId,
            actor,
            action,
            'a9',
            expectedCode(ASSIGNMENT_TABLE[action], profileId, 'handling', actor, 'missing'),
          ),
        ),
      );
      expect([...codes]).toEqual([null]);
    });
  },
);

describe('availableActions offers exactly the allowed cells whose business rules pass', () => {
  it.each(PROFILE_IDS)('%s', (profileId) => {
    const ctx = context(PROFILES[profileId], NOW);
    for (const state of REPORT_STATES) {
      const snapshot = fixture(state, 'handling');
      for (const actor of ACTOR_NAMES) {
        const offered = availableActions(snapshot, ACTORS[actor], ctx);
        for (const { action, assignmentId } of offered) {
          expect(checkAction(snapshot, ACTORS[actor], action, ctx, assignmentId)).toBeNull();
        }
        const allowedReportActions = REPORT_ACTIONS.filter(
          (action) => checkAction(snapshot, ACTORS[actor], action, ctx) === null,
        );
        expect(offered.filter((a) => a.assignmentId === null).map((a) => a.action)).toEqual(
          allowedReportActions,
        );
      }
    }
  });
});
