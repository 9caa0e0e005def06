/**
 * What waits for a unit, read off the lifecycle engine rather than written out by hand: a report
 * (or an assignment) is in a unit's inbox when the engine lets that unit take an action that moves
 * the case on in its current state (docs/workflow/inbox-and-public-list.md "Who must act").
 *
 * The engine answers per snapshot; the inbox needs state lists for SQL. So each profile is probed
 * once with a neutral snapshot per state (and per follow-up stage, the one precondition that splits
 * a state between two units: Vĩnh Long Điều 11.3 forwards follow-ups through the intake center).
 */
import {
  ASSIGNMENT_ACTIONS,
  ASSIGNMENT_STATES,
  DEFAULT_OFFICE_SCHEDULE,
  REPORT_ACTIONS,
  REPORT_STATES,
  TERMINAL_REPORT_STATES,
  buildCalendar,
  checkAction,
} from '@paht/domain';
import type {
  ActionName,
  AssignmentRole,
  AssignmentSnapshot,
  AssignmentState,
  EngineContext,
  RegulationProfile,
  ReportSnapshot,
  ReportState,
  Role,
  StaffActor,
} from '@paht/domain';

/**
 * Actions a unit *may* take but that never make a case wait for it: alternatives to the duty of the
 * same state (reject, refer, return …) and side actions (escalate, mark a state secret, extend).
 * Every other action the engine allows is a duty, so a new engine action shows up in inboxes
 * unless it is listed here.
 */
export const SIDE_ACTIONS: ReadonlySet<ActionName> = new Set<ActionName>([
  'request_information',
  'reject',
  'refer',
  'request_lead_designation',
  'answer_at_intake',
  'forward_emergency',
  'escalate',
  'resolve_escalation',
  'mark_state_secret',
  'return_answer',
  'return',
  'forward_to_coordinators',
  'record_temporary_fix',
  'forward_to_back_office',
  'reappoint',
  'extend_deadline',
  'post_progress_update',
  'return_to_specialist',
  'edit_and_approve',
]);

/** States a supervisor's inbox shows: everything not final and not yet answered. */
export const OPEN_REPORT_STATES: readonly ReportState[] = REPORT_STATES.filter(
  (state) => state !== 'answered' && !TERMINAL_REPORT_STATES.includes(state),
);

/** Assignment states that still take part in the case and are not done. */
export const OPEN_ASSIGNMENT_STATES: readonly AssignmentState[] = [
  'pending',
  'handling',
  'awaiting_approval',
];

export type FollowUpStatus = 'awaiting_forward' | 'awaiting_answer';

/** A report-level duty: the report's state, narrowed to one follow-up stage where it matters. */
export type ReportDuty = { state: ReportState; followUpStatus: FollowUpStatus | null };

/** An assignment-level duty of an agency (the report is in progress). */
export type AssignmentDuty = { state: AssignmentState; roles: readonly AssignmentRole[] };

export type UnitDuties = { report: ReportDuty[]; assignment: AssignmentDuty[] };

const PROBE_INTAKE = 'probe-intake';
const PROBE_AGENCY = 'probe-agency';
const OTHER_AGENCY = 'probe-other-agency';
const PROBE_AT = new Date('2026-01-05T02:00:00Z');

function probeAssignment(
  id: string,
  agencyId: string,
  role: AssignmentRole,
  state: AssignmentState,
): AssignmentSnapshot {
  return {
    id,
    agencyId,
    role,
    state,
    receivedAt: PROBE_AT,
    acceptedAt: state === 'pending' ? null : PROBE_AT,
    temporaryFixAt: null,
    backOfficeAt: null,
    appointmentAt: null,
    extensionCount: 0,
    reappointmentCount: 0,
  };
}

function probeSnapshot(
  profile: RegulationProfile,
  state: ReportState,
  assignments: AssignmentSnapshot[],
  followUpStatus: FollowUpStatus | null,
): ReportSnapshot {
  return {
    reportId: 'probe',
    profileId: profile.id,
    intakeCenterId: PROBE_INTAKE,
    state,
    track: 'normal',
    contactKind: profile.scope.contactKinds[0] ?? 'report',
    fieldCode: null,
    receivedAt: PROBE_AT,
    confidential: false,
    stateSecret: false,
    hideIdentity: false,
    consentToPublish: false,
    publication: null,
    escalation: null,
    followUp: followUpStatus ? { status: followUpStatus, askedAt: PROBE_AT } : null,
    followUpCount: followUpStatus ? 1 : 0,
    rating: null,
    assignments,
    deadlines: [],
    seq: 10,
  };
}

function probeContext(profile: RegulationProfile): EngineContext {
  const calendar = buildCalendar({ schedules: [DEFAULT_OFFICE_SCHEDULE], days: [] });
  return { now: PROBE_AT, profile, calendarFor: () => calendar };
}

function staff(role: Role, unit: 'intake_center' | 'agency'): StaffActor {
  return {
    kind: 'staff',
    userId: 'probe-user',
    roles: [role],
    unitId: unit === 'intake_center' ? PROBE_INTAKE : PROBE_AGENCY,
    unitKind: unit,
  };
}

function hasDuty(
  snapshot: ReportSnapshot,
  actor: StaffActor,
  ctx: EngineContext,
  assignmentId: string | null,
): boolean {
  const actions: readonly ActionName[] = assignmentId ? ASSIGNMENT_ACTIONS : REPORT_ACTIONS;
  return actions.some(
    (action) =>
      !SIDE_ACTIONS.has(action) && checkAction(snapshot, actor, action, ctx, assignmentId) === null,
  );
}

/**
 * Report-level duties of `role` in a unit that is the report's intake center or its lead agency
 * (an active lead assignment at the unit, its work done: the publication and follow-up steps).
 */
function reportDuties(
  profile: RegulationProfile,
  role: Role,
  unit: 'intake_center' | 'agency',
): ReportDuty[] {
  const ctx = probeContext(profile);
  const actor = staff(role, unit);
  const duties: ReportDuty[] = [];
  for (const state of REPORT_STATES) {
    const lead =
      state === 'returned_to_intake'
        ? probeAssignment('probe/a1', PROBE_AGENCY, 'lead', 'returned')
        : probeAssignment('probe/a1', PROBE_AGENCY, 'lead', 'completed');
    const assignments = ['submitted', 'awaiting_information', 'intake_accepted'].includes(state)
      ? []
      : [lead];
    const stages: (FollowUpStatus | null)[] =
      state === 'follow_up_open' ? ['awaiting_forward', 'awaiting_answer'] : [null];
    const matching = stages.filter((stage) =>
      hasDuty(probeSnapshot(profile, state, assignments, stage), actor, ctx, null),
    );
    if (matching.length === stages.length) {
      duties.push({ state, followUpStatus: null });
    } else {
      duties.push(...matching.map((stage) => ({ state, followUpStatus: stage })));
    }
  }
  return duties;
}

/** Assignment states in which `role` of the assignment's own agency has a duty. */
function assignmentDuties(profile: RegulationProfile, role: Role): AssignmentDuty[] {
  const ctx = probeContext(profile);
  const actor = staff(role, 'agency');
  const duties: AssignmentDuty[] = [];
  for (const state of ASSIGNMENT_STATES) {
    const roles = (['lead', 'coordinating'] as const).filter((assignmentRole) => {
      const own = probeAssignment('probe/a2', PROBE_AGENCY, assignmentRole, state);
      const assignments =
        assignmentRole === 'lead'
          ? [own]
          : [probeAssignment('probe/a1', OTHER_AGENCY, 'lead', 'handling'), own];
      return hasDuty(probeSnapshot(profile, 'in_progress', assignments, null), actor, ctx, own.id);
    });
    if (roles.length > 0) {
      duties.push({ state, roles });
    }
  }
  return duties;
}

const cache = new WeakMap<RegulationProfile, Map<string, UnitDuties>>();

/** The duties of a unit of kind `unit` for staff holding `roles`, under `profile` (memoised). */
export function dutiesOf(
  profile: RegulationProfile,
  unit: 'intake_center' | 'agency',
  roles: readonly Role[],
): UnitDuties {
  const key = `${unit}:${[...roles].sort().join(',')}`;
  let byKey = cache.get(profile);
  if (!byKey) {
    byKey = new Map();
    cache.set(profile, byKey);
  }
  const known = byKey.get(key);
  if (known) {
    return known;
  }
  const report = new Map<string, ReportDuty>();
  const assignment = new Map<AssignmentState, Set<AssignmentRole>>();
  for (const role of roles) {
    for (const duty of reportDuties(profile, role, unit)) {
      const existing = report.get(duty.state);
      // One role with the whole state beats another with one stage of it.
      if (!existing || duty.followUpStatus === null) {
        report.set(duty.state, duty);
      } else if (existing.followUpStatus !== duty.followUpStatus) {
        report.set(duty.state, { state: duty.state, followUpStatus: null });
      }
    }
    if (unit === 'agency') {
      for (const duty of assignmentDuties(profile, role)) {
        const set = assignment.get(duty.state) ?? new Set<AssignmentRole>();
        duty.roles.forEach((r) => set.add(r));
        assignment.set(duty.state, set);
      }
    }
  }
  const duties: UnitDuties = {
    report: [...report.values()],
    assignment: [...assignment.entries()].map(([state, set]) => ({
      state,
      roles: [...set].sort(),
    })),
  };
  byKey.set(key, duties);
  return duties;
}
