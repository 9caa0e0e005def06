import { describe, expect, it } from 'vitest';
import { PROFILES } from '../profiles/registry';
import { PROFILE_IDS } from '../profiles/types';
import { checkPermission } from './engine';
import { ASSIGNMENT_TABLE, REPORT_TABLE, expectedCode } from './permission-table';
import { ACTIONS } from './registry';
import type { ActorName } from './test-support';
import { ACTORS, AGENCY_A, AGENCY_B, INTAKE_CENTER, vn } from './test-support';
import type { AssignmentSnapshot, AssignmentState, ReportSnapshot, ReportState } from './types';
import { ASSIGNMENT_ACTIONS, ASSIGNMENT_STATES, REPORT_ACTIONS, REPORT_STATES } from './types';

const ACTOR_NAMES = Object.keys(ACTORS) as ActorName[];

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
});

describe.each(PROFILE_IDS)('report machine, %s: every state × action × actor', (profileId) => {
  const profile = PROFILES[profileId];
  it.each(REPORT_ACTIONS)('%s', (action) => {
    const mismatches: string[] = [];
    for (const state of REPORT_STATES) {
      const snapshot = fixture(state, 'handling');
      for (const actor of ACTOR_NAMES) {
        const expected = expectedCode(REPORT_TABLE[action], profileId, state, actor, null);
        const actual = checkPermission(snapshot, ACTORS[actor], action, profile) ?? 'ok';
        if (actual !== expected) {
          mismatches.push(`${state} × ${actor}: expected ${expected}, got ${actual}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});

const TARGETS = [
  { id: 'a1', agency: AGENCY_A, role: 'lead' },
  { id: 'a2', agency: AGENCY_B, role: 'coordinating' },
] as const;

describe.each(PROFILE_IDS)(
  'assignment machine, %s: every state × action × actor × lead/coordinating',
  (profileId) => {
    const profile = PROFILES[profileId];
    it.each(ASSIGNMENT_ACTIONS)('%s', (action) => {
      const mismatches: string[] = [];
      for (const state of ASSIGNMENT_STATES) {
        const snapshot = fixture('in_progress', state);
        for (const target of TARGETS) {
          for (const actor of ACTOR_NAMES) {
            const expected = expectedCode(
              ASSIGNMENT_TABLE[action],
              profileId,
              state,
              actor,
              target,
            );
            const actual =
              checkPermission(snapshot, ACTORS[actor], action, profile, target.id) ?? 'ok';
            if (actual !== expected) {
              mismatches.push(
                `${state} × ${target.role} × ${actor}: expected ${expected}, got ${actual}`,
              );
            }
          }
        }
      }
      expect(mismatches).toEqual([]);
    });
  },
);

describe('assignment actions outside an in-progress report', () => {
  it.each(REPORT_STATES.filter((s) => s !== 'in_progress'))(
    'report %s: refused as invalid_state',
    (state) => {
      const snapshot = fixture(state, 'handling');
      expect(
        checkPermission(
          snapshot,
          ACTORS.leadSpecialist,
          'submit_answer',
          PROFILES['soc-trang-2024'],
          'a1',
        ),
      ).toBe('invalid_state');
    },
  );

  it('an unknown assignment is assignment_not_found', () => {
    const snapshot = fixture('in_progress', 'handling');
    expect(
      checkPermission(
        snapshot,
        ACTORS.leadSpecialist,
        'submit_answer',
        PROFILES['soc-trang-2024'],
        'a9',
      ),
    ).toBe('assignment_not_found');
  });
});
