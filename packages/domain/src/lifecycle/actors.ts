/**
 * Who may act: a role in a unit of a given standing towards the report (DOMAIN.md glossary,
 * roles.ts). One place decides it, for the engine and for the UI alike (HOUSE_STYLE "Layering" 5).
 */
import type { Role } from '../roles';
import type { RefusalCode } from './refusals';
import type { Actor, AssignmentSnapshot, ReportSnapshot, StaffActor } from './types';
import { INACTIVE_ASSIGNMENT_STATES } from './types';

/**
 * - intake_center: the report's own intake center
 * - own_agency: the agency of the assignment acted on
 * - lead_agency: the agency of the report's active lead assignment
 * - assigned_agency: any agency with an active assignment on the report
 * - any: any unit (supervisors)
 */
export type UnitScope = 'intake_center' | 'own_agency' | 'lead_agency' | 'assigned_agency' | 'any';

export type ActorSpec =
  | { kind: 'staff'; roles: readonly Role[]; unit: UnitScope }
  | { kind: 'reporter' }
  | { kind: 'system' };

export function isActive(assignment: AssignmentSnapshot): boolean {
  return !INACTIVE_ASSIGNMENT_STATES.includes(assignment.state);
}

export function activeLead(snapshot: ReportSnapshot): AssignmentSnapshot | undefined {
  return snapshot.assignments.find((a) => a.role === 'lead' && isActive(a));
}

export function activeCoordinators(snapshot: ReportSnapshot): AssignmentSnapshot[] {
  return snapshot.assignments.filter((a) => a.role === 'coordinating' && isActive(a));
}

function inUnit(
  actor: StaffActor,
  scope: UnitScope,
  snapshot: ReportSnapshot,
  assignment: AssignmentSnapshot | undefined,
): boolean {
  switch (scope) {
    case 'any':
      return true;
    case 'intake_center':
      return actor.unitKind === 'intake_center' && actor.unitId === snapshot.intakeCenterId;
    case 'own_agency':
      return actor.unitKind === 'agency' && assignment?.agencyId === actor.unitId;
    case 'lead_agency':
      return actor.unitKind === 'agency' && activeLead(snapshot)?.agencyId === actor.unitId;
    case 'assigned_agency':
      return (
        actor.unitKind === 'agency' &&
        snapshot.assignments.some((a) => isActive(a) && a.agencyId === actor.unitId)
      );
  }
}

/**
 * null when some spec admits the actor; otherwise the most specific reason: the wrong kind of
 * actor, then a role none of the specs names, then a unit outside every spec with that role.
 */
export function authorizeActor(
  specs: readonly ActorSpec[],
  actor: Actor,
  snapshot: ReportSnapshot,
  assignment: AssignmentSnapshot | undefined,
): RefusalCode | null {
  if (actor.kind !== 'staff') {
    return specs.some((spec) => spec.kind === actor.kind) ? null : 'actor_not_allowed';
  }
  const staffSpecs = specs.filter((spec) => spec.kind === 'staff');
  if (staffSpecs.length === 0) {
    return 'actor_not_allowed';
  }
  const withRole = staffSpecs.filter((spec) =>
    spec.roles.some((role) => actor.roles.includes(role)),
  );
  if (withRole.length === 0) {
    return 'role_not_allowed';
  }
  return withRole.some((spec) => inUnit(actor, spec.unit, snapshot, assignment))
    ? null
    : 'unit_not_allowed';
}

export const INTAKE_OPERATOR: ActorSpec = {
  kind: 'staff',
  roles: ['operator'],
  unit: 'intake_center',
};
export const REPORTER: ActorSpec = { kind: 'reporter' };
export const SYSTEM: ActorSpec = { kind: 'system' };
export const OWN_SPECIALIST: ActorSpec = {
  kind: 'staff',
  roles: ['specialist'],
  unit: 'own_agency',
};
export const OWN_LEADER: ActorSpec = { kind: 'staff', roles: ['leader'], unit: 'own_agency' };
export const OWN_STAFF: ActorSpec = {
  kind: 'staff',
  roles: ['specialist', 'leader'],
  unit: 'own_agency',
};
export const LEAD_STAFF: ActorSpec = {
  kind: 'staff',
  roles: ['specialist', 'leader'],
  unit: 'lead_agency',
};
