/**
 * The working copy an action handler builds: the next snapshot and what to record. It is local to
 * one `applyAction` call, so handlers change it in place; the caller's snapshot is never touched.
 */
import type { StepId } from '../profiles/types';
import type { EventType } from './event-types';
import type {
  Actor,
  AssignmentRole,
  AssignmentSnapshot,
  AssignmentState,
  EngineContext,
  EventDraft,
  JsonValue,
  ReportSnapshot,
  ReportState,
  UnitRef,
} from './types';

export type RunContext = EngineContext & {
  snapshot: ReportSnapshot;
  actor: Actor;
  /** The assignment acted on (assignment actions only). */
  assignment: AssignmentSnapshot | undefined;
};

/** A deadline the handler starts itself (W8 progress updates); the engine gives it an id. */
export type ManualStart = {
  step: StepId;
  assignmentId: string | null;
  unit: UnitRef;
  startedAt: Date;
  dueAt: Date;
  article: string;
};

export type Draft = {
  snapshot: ReportSnapshot;
  events: EventDraft[];
  moves: { deadlineId: string; to: Date; reason: 'extension' | 'reappointment' }[];
  starts: ManualStart[];
  overdue: string[];
  /** The instant an `input_instant` step is counted from (StepRule.anchor). */
  inputInstant: Date | null;
};

export function newDraft(c: RunContext): Draft {
  return {
    snapshot: c.snapshot,
    events: [],
    moves: [],
    starts: [],
    overdue: [],
    inputInstant: null,
  };
}

type Payload = Readonly<Record<string, JsonValue>>;

/** Drops undefined values so payloads stay JSON. */
export function payload(values: Record<string, JsonValue | undefined>): Payload {
  const result: Record<string, JsonValue> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined) {
      result[key] = value;
    }
  }
  return result;
}

export function emit(
  c: RunContext,
  d: Draft,
  type: EventType,
  options: {
    assignmentId?: string | null;
    report?: { from: ReportState; to: ReportState };
    assignment?: { from: AssignmentState; to: AssignmentState };
    payload?: Payload;
    at?: Date;
  } = {},
): void {
  d.events.push({
    type,
    at: options.at ?? c.now,
    reportId: d.snapshot.reportId,
    assignmentId: options.assignmentId ?? null,
    actor: c.actor,
    reportTransition: options.report ?? null,
    assignmentTransition: options.assignment ?? null,
    payload: options.payload ?? {},
  });
}

export function patchReport(d: Draft, patch: Partial<ReportSnapshot>): void {
  d.snapshot = { ...d.snapshot, ...patch };
}

export function moveReport(
  c: RunContext,
  d: Draft,
  to: ReportState,
  type: EventType,
  options: { assignmentId?: string | null; payload?: Payload } = {},
): void {
  const from = d.snapshot.state;
  patchReport(d, { state: to });
  emit(c, d, type, { ...options, report: { from, to } });
}

export function findAssignment(d: Draft, id: string): AssignmentSnapshot | undefined {
  return d.snapshot.assignments.find((a) => a.id === id);
}

export function patchAssignment(d: Draft, id: string, patch: Partial<AssignmentSnapshot>): void {
  d.snapshot = {
    ...d.snapshot,
    assignments: d.snapshot.assignments.map((a) => (a.id === id ? { ...a, ...patch } : a)),
  };
}

export function moveAssignment(
  c: RunContext,
  d: Draft,
  id: string,
  to: AssignmentState,
  type: EventType,
  options: { payload?: Payload; patch?: Partial<AssignmentSnapshot> } = {},
): void {
  const current = findAssignment(d, id);
  if (!current) {
    return;
  }
  patchAssignment(d, id, { ...options.patch, state: to });
  emit(c, d, type, {
    assignmentId: id,
    assignment: { from: current.state, to },
    payload: options.payload ?? {},
  });
}

export function nextId(d: Draft, kind: 'a' | 'd'): string {
  const seq = d.snapshot.seq + 1;
  patchReport(d, { seq });
  return `${d.snapshot.reportId}/${kind}${seq}`;
}

/**
 * Gives an agency the report. Without an accept step in the profile, or on a track that hands
 * the case over at once, the agency handles from receipt.
 */
export function addAssignment(
  c: RunContext,
  d: Draft,
  agencyId: string,
  role: AssignmentRole,
  handlesAtOnce = false,
): AssignmentSnapshot {
  const state: AssignmentState =
    c.profile.agencyAcceptance && !handlesAtOnce ? 'pending' : 'handling';
  const assignment: AssignmentSnapshot = {
    id: nextId(d, 'a'),
    agencyId,
    role,
    state,
    receivedAt: c.now,
    acceptedAt: null,
    temporaryFixAt: null,
    backOfficeAt: null,
    appointmentAt: null,
    extensionCount: 0,
    reappointmentCount: 0,
  };
  patchReport(d, { assignments: [...d.snapshot.assignments, assignment] });
  emit(c, d, 'assignment.received', {
    assignmentId: assignment.id,
    payload: { agencyId, role, state },
  });
  return assignment;
}
