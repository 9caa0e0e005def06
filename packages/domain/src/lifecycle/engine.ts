/**
 * The engine's public entry points. Pure: no I/O, no clock — `now` comes in the context.
 *
 * Refusals are checked in a fixed order, so a UI and a test can rely on the code:
 * profile (`not_in_profile`) → assignment (`assignment_not_found`) → actor kind, role, unit
 * (`actor_not_allowed`, `role_not_allowed`, `unit_not_allowed`) → state (`invalid_state`,
 * `wrong_assignment_role`) → input-free business rules → input (`invalid_input`) → the rules
 * that need the input.
 */
import type { RegulationProfile } from '../profiles/types';
import { authorizeActor } from './actors';
import type { ActionDefinition } from './action-definition';
import { settleDeadlines } from './deadline-engine';
import type { RunContext } from './draft';
import { notificationsFor } from './notifications';
import { isRefusal, refusal } from './refusals';
import type { RefusalCode } from './refusals';
import { ACTIONS } from './registry';
import type {
  ActionName,
  ActionResult,
  Actor,
  AssignmentSnapshot,
  AvailableAction,
  EngineContext,
  Refusal,
  ReportSnapshot,
} from './types';
import { ASSIGNMENT_ACTIONS, REPORT_ACTIONS } from './types';

function stateCheck(
  def: ActionDefinition,
  snapshot: ReportSnapshot,
  profile: RegulationProfile,
  assignment: AssignmentSnapshot | undefined,
): RefusalCode | null {
  if (def.machine === 'report') {
    return def.states(profile).includes(snapshot.state) ? null : 'invalid_state';
  }
  if (
    !assignment ||
    snapshot.state !== 'in_progress' ||
    !def.states(profile).includes(assignment.state)
  ) {
    return 'invalid_state';
  }
  return def.assignmentRoles && !def.assignmentRoles.includes(assignment.role)
    ? 'wrong_assignment_role'
    : null;
}

/**
 * Which role of which unit may take `action` in the report's (and the assignment's) current
 * state under `profile` — the permission table, without the business rules.
 */
export function checkPermission(
  snapshot: ReportSnapshot,
  actor: Actor,
  action: ActionName,
  profile: RegulationProfile,
  assignmentId: string | null = null,
): RefusalCode | null {
  const def = ACTIONS[action];
  if (!def.enabled(profile)) {
    return 'not_in_profile';
  }
  const assignment = snapshot.assignments.find((a) => a.id === assignmentId);
  if (def.machine === 'assignment' && !assignment) {
    return 'assignment_not_found';
  }
  return (
    authorizeActor(def.actors(profile), actor, snapshot, assignment) ??
    stateCheck(def, snapshot, profile, assignment)
  );
}

function runContext(
  snapshot: ReportSnapshot,
  actor: Actor,
  ctx: EngineContext,
  assignmentId: string | null,
): RunContext {
  return {
    ...ctx,
    snapshot,
    actor,
    assignment: snapshot.assignments.find((a) => a.id === assignmentId),
  };
}

/** Everything that can be said about `action` before its input is known; null when allowed. */
export function checkAction(
  snapshot: ReportSnapshot,
  actor: Actor,
  action: ActionName,
  ctx: EngineContext,
  assignmentId: string | null = null,
): Refusal | null {
  const code =
    checkPermission(snapshot, actor, action, ctx.profile, assignmentId) ??
    ACTIONS[action].precondition?.(runContext(snapshot, actor, ctx, assignmentId)) ??
    null;
  return code ? refusal(code) : null;
}

/** The actions to offer `actor` now: report actions, and actions on each assignment. */
export function availableActions(
  snapshot: ReportSnapshot,
  actor: Actor,
  ctx: EngineContext,
): AvailableAction[] {
  const result: AvailableAction[] = [];
  for (const action of REPORT_ACTIONS) {
    if (!checkAction(snapshot, actor, action, ctx)) {
      result.push({ action, assignmentId: null });
    }
  }
  for (const assignment of snapshot.assignments) {
    for (const action of ASSIGNMENT_ACTIONS) {
      if (!checkAction(snapshot, actor, action, ctx, assignment.id)) {
        result.push({ action, assignmentId: assignment.id });
      }
    }
  }
  return result;
}

function assignmentIdOf(input: unknown): string | null {
  if (typeof input === 'object' && input !== null && 'assignmentId' in input) {
    const value = input.assignmentId;
    return typeof value === 'string' ? value : null;
  }
  return null;
}

/**
 * Takes `action` with `input` (unknown: validated here). On success returns the next snapshot and
 * everything to store with it in one transaction: events, deadline changes, notifications.
 */
export function applyAction(
  snapshot: ReportSnapshot,
  actor: Actor,
  action: ActionName,
  input: unknown,
  ctx: EngineContext,
): ActionResult {
  const def = ACTIONS[action];
  const assignmentId = def.machine === 'assignment' ? assignmentIdOf(input) : null;
  if (def.enabled(ctx.profile) && def.machine === 'assignment' && assignmentId === null) {
    return {
      ok: false,
      refusal: refusal('invalid_input', [{ path: 'assignmentId', message: 'required' }]),
    };
  }
  const denied = checkAction(snapshot, actor, action, ctx, assignmentId);
  if (denied) {
    return { ok: false, refusal: denied };
  }
  const outcome = def.run(runContext(snapshot, actor, ctx, assignmentId), input);
  if (isRefusal(outcome)) {
    return { ok: false, refusal: outcome };
  }
  const settled = settleDeadlines(snapshot, outcome, ctx);
  return {
    ok: true,
    snapshot: settled.snapshot,
    events: outcome.events,
    deadlines: settled.changes,
    notifications: notificationsFor(outcome.events, settled.snapshot, ctx.profile),
  };
}
