/**
 * Test-only: the permission table of docs/lifecycle.md, written out by hand, independently of the
 * action definitions. The table tests compare the engine with it for every profile × state ×
 * action × actor, so a change to either shows up as a failing cell.
 */
import type { ProfileId } from '../profiles/types';
import type { Role } from '../roles';
import type { RefusalCode } from './refusals';
import type { ActionName, AssignmentRole, AssignmentState, ReportState } from './types';
import type { ActorName } from './test-support';
import { ACTORS } from './test-support';

type Unit = 'intake' | 'lead' | 'own' | 'assigned' | 'any';
export type Who = { roles: Role[]; unit: Unit } | 'reporter' | 'system';

export type Row<S extends string> = {
  profiles: readonly ProfileId[];
  states: (profile: ProfileId) => readonly S[];
  who: (profile: ProfileId) => readonly Who[];
  /** Assignment rows only: the assignment roles it applies to. */
  roles?: readonly AssignmentRole[];
};

const ALL: readonly ProfileId[] = [
  'khanh-hoa-2022',
  'kon-tum-dvcqg',
  'soc-trang-2024',
  'hoa-binh-1022',
  'vinh-long-2020',
];
const OPERATOR: Who = { roles: ['operator'], unit: 'intake' };
const OWN_SPECIALIST: Who = { roles: ['specialist'], unit: 'own' };
const OWN_LEADER: Who = { roles: ['leader'], unit: 'own' };
const PRE_ANSWER: readonly ReportState[] = ['submitted', 'intake_accepted'];
const fixed =
  <T>(value: T) =>
  () =>
    value;

function publisher(profile: ProfileId): Who[] {
  if (profile === 'khanh-hoa-2022') {
    return [{ roles: ['leader'], unit: 'lead' }];
  }
  if (profile === 'vinh-long-2020') {
    return [{ roles: ['specialist', 'leader'], unit: 'lead' }];
  }
  return [OPERATOR];
}

export const REPORT_TABLE: Partial<Record<ActionName, Row<ReportState>>> = {
  request_information: { profiles: ALL, states: fixed(PRE_ANSWER), who: fixed([OPERATOR]) },
  supplement_information: {
    profiles: ALL,
    states: fixed(['awaiting_information']),
    who: fixed(['reporter']),
  },
  reject: {
    profiles: ALL,
    states: fixed(['submitted', 'intake_accepted', 'awaiting_information', 'returned_to_intake']),
    who: fixed([OPERATOR]),
  },
  refer: {
    profiles: ['soc-trang-2024'],
    states: fixed(['submitted', 'intake_accepted', 'returned_to_intake']),
    who: fixed([OPERATOR]),
  },
  accept_intake: { profiles: ALL, states: fixed(['submitted']), who: fixed([OPERATOR]) },
  distribute: {
    profiles: ALL,
    states: fixed([
      'submitted',
      'intake_accepted',
      'returned_to_intake',
      'awaiting_lead_designation',
    ]),
    who: fixed([OPERATOR]),
  },
  answer_at_intake: {
    profiles: ['hoa-binh-1022'],
    states: fixed(PRE_ANSWER),
    who: fixed([OPERATOR]),
  },
  forward_emergency: {
    profiles: ['soc-trang-2024'],
    states: fixed(PRE_ANSWER),
    who: fixed([OPERATOR]),
  },
  request_lead_designation: {
    profiles: ['soc-trang-2024'],
    states: fixed(['submitted', 'intake_accepted', 'returned_to_intake']),
    who: fixed([OPERATOR]),
  },
  escalate: {
    profiles: ['khanh-hoa-2022', 'kon-tum-dvcqg', 'soc-trang-2024', 'vinh-long-2020'],
    states: (p) =>
      p === 'kon-tum-dvcqg' ? ['in_progress', 'answered', 'follow_up_open'] : ['in_progress'],
    who: (p) =>
      p === 'khanh-hoa-2022' ? [{ roles: ['specialist', 'leader'], unit: 'lead' }] : [OPERATOR],
  },
  resolve_escalation: {
    profiles: ['khanh-hoa-2022', 'kon-tum-dvcqg', 'soc-trang-2024', 'vinh-long-2020'],
    states: fixed(['in_progress', 'answer_ready', 'answered', 'follow_up_open']),
    who: fixed([OPERATOR, { roles: ['supervisor'], unit: 'any' }]),
  },
  mark_state_secret: {
    profiles: ALL,
    states: fixed([
      'submitted',
      'awaiting_information',
      'intake_accepted',
      'awaiting_lead_designation',
      'in_progress',
      'returned_to_intake',
      'answer_ready',
    ]),
    who: fixed([OPERATOR, { roles: ['leader'], unit: 'assigned' }]),
  },
  publish: { profiles: ALL, states: fixed(['answer_ready']), who: publisher },
  send_privately: { profiles: ALL, states: fixed(['answer_ready']), who: publisher },
  withhold: { profiles: ALL, states: fixed(['answer_ready']), who: publisher },
  return_answer: {
    profiles: ['kon-tum-dvcqg', 'soc-trang-2024'],
    states: fixed(['answer_ready']),
    who: fixed([OPERATOR]),
  },
  ask_follow_up: {
    profiles: ['khanh-hoa-2022', 'soc-trang-2024', 'vinh-long-2020'],
    states: fixed(['answered']),
    who: fixed(['reporter']),
  },
  forward_follow_up: {
    profiles: ['vinh-long-2020'],
    states: fixed(['follow_up_open']),
    who: fixed([OPERATOR]),
  },
  answer_follow_up: {
    profiles: ['khanh-hoa-2022', 'soc-trang-2024', 'vinh-long-2020'],
    states: fixed(['follow_up_open']),
    who: fixed([{ roles: ['specialist', 'leader'], unit: 'lead' }]),
  },
  rate: {
    profiles: ['khanh-hoa-2022', 'soc-trang-2024', 'vinh-long-2020'],
    states: fixed(['answered', 'follow_up_open']),
    who: fixed(['reporter']),
  },
  mark_overdue: {
    profiles: ALL,
    states: fixed([
      'submitted',
      'awaiting_information',
      'intake_accepted',
      'awaiting_lead_designation',
      'in_progress',
      'returned_to_intake',
      'answer_ready',
      'answered',
      'follow_up_open',
    ]),
    who: fixed(['system']),
  },
};

export const ASSIGNMENT_TABLE: Partial<Record<ActionName, Row<AssignmentState>>> = {
  accept: {
    profiles: ['khanh-hoa-2022', 'vinh-long-2020'],
    states: fixed(['pending']),
    who: fixed([OWN_SPECIALIST]),
  },
  return: { profiles: ALL, states: fixed(['pending', 'handling']), who: fixed([OWN_SPECIALIST]) },
  forward_to_coordinators: {
    profiles: ['khanh-hoa-2022', 'soc-trang-2024'],
    states: fixed(['handling']),
    who: fixed([OWN_SPECIALIST]),
    roles: ['lead'],
  },
  record_temporary_fix: {
    profiles: ['khanh-hoa-2022'],
    states: fixed(['handling']),
    who: fixed([OWN_SPECIALIST]),
    roles: ['lead'],
  },
  forward_to_back_office: {
    profiles: ['hoa-binh-1022'],
    states: fixed(['handling']),
    who: fixed([OWN_SPECIALIST]),
  },
  reappoint: {
    profiles: ['hoa-binh-1022'],
    states: fixed(['handling']),
    who: fixed([OWN_SPECIALIST]),
  },
  extend_deadline: {
    profiles: ['khanh-hoa-2022', 'soc-trang-2024'],
    states: fixed(['handling', 'awaiting_approval']),
    who: (p) =>
      p === 'khanh-hoa-2022' ? [OWN_LEADER] : [{ roles: ['specialist', 'leader'], unit: 'own' }],
    roles: ['lead'],
  },
  post_progress_update: {
    profiles: ['kon-tum-dvcqg'],
    states: fixed(['handling', 'awaiting_approval']),
    who: fixed([{ roles: ['specialist', 'leader'], unit: 'own' }]),
  },
  submit_answer: { profiles: ALL, states: fixed(['handling']), who: fixed([OWN_SPECIALIST]) },
  approve: {
    profiles: ['khanh-hoa-2022', 'soc-trang-2024', 'vinh-long-2020'],
    states: fixed(['awaiting_approval']),
    who: fixed([OWN_LEADER]),
  },
  return_to_specialist: {
    profiles: ['khanh-hoa-2022', 'soc-trang-2024', 'vinh-long-2020'],
    states: fixed(['awaiting_approval']),
    who: fixed([OWN_LEADER]),
  },
  edit_and_approve: {
    profiles: ['vinh-long-2020'],
    states: fixed(['awaiting_approval']),
    who: fixed([OWN_LEADER]),
  },
};

/** Units of the fixture: lead = agency A, the coordinating agency = B, the report's intake center. */
function inUnit(actor: ActorName, unit: Unit, targetAgency: string | null): boolean {
  const a = ACTORS[actor];
  if (a.kind !== 'staff') {
    return false;
  }
  switch (unit) {
    case 'any':
      return true;
    case 'intake':
      return a.unitKind === 'intake_center' && a.unitId === 'ioc';
    case 'lead':
      return a.unitId === 'agency-a';
    case 'assigned':
      return a.unitId === 'agency-a' || a.unitId === 'agency-b';
    case 'own':
      return a.unitId === targetAgency;
  }
}

/**
 * The code the documented precedence gives for one cell ('ok' when allowed). Assignment actions
 * also need the report to be in progress (`reportState`); an unknown assignment is
 * `assignment_not_found` right after the profile check.
 */
export function expectedCode<S extends string>(
  row: Row<S> | undefined,
  profile: ProfileId,
  state: S,
  actor: ActorName,
  target: { agency: string; role: AssignmentRole } | 'missing' | null,
  reportState: ReportState = 'in_progress',
): RefusalCode | 'ok' {
  if (!row || !row.profiles.includes(profile)) {
    return 'not_in_profile';
  }
  if (target === 'missing') {
    return 'assignment_not_found';
  }
  const a = ACTORS[actor];
  const who = row.who(profile);
  const stateCode = () =>
    target && reportState !== 'in_progress'
      ? 'invalid_state'
      : okUnlessState(row, profile, state, target);
  if (a.kind !== 'staff') {
    return who.includes(a.kind) ? stateCode() : 'actor_not_allowed';
  }
  const staff = who.filter((w): w is { roles: Role[]; unit: Unit } => typeof w === 'object');
  if (staff.length === 0) {
    return 'actor_not_allowed';
  }
  const withRole = staff.filter((w) => w.roles.some((r) => a.roles.includes(r)));
  if (withRole.length === 0) {
    return 'role_not_allowed';
  }
  if (!withRole.some((w) => inUnit(actor, w.unit, target?.agency ?? null))) {
    return 'unit_not_allowed';
  }
  return stateCode();
}

function okUnlessState<S extends string>(
  row: Row<S>,
  profile: ProfileId,
  state: S,
  target: { agency: string; role: AssignmentRole } | null,
): RefusalCode | 'ok' {
  if (!row.states(profile).includes(state)) {
    return 'invalid_state';
  }
  if (target && row.roles && !row.roles.includes(target.role)) {
    return 'wrong_assignment_role';
  }
  return 'ok';
}
