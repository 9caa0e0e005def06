/**
 * Loads a report for the lifecycle engine and stores what the engine decided, inside the caller's
 * transaction: the new snapshot and its projections (state, lead agency, nearest deadline,
 * publication …), the assignment and deadline rows, and the hash-chained events. The caller locks
 * the row first (`lockReport`), so two staff acting at once are serialised and the second sees
 * the version the first wrote.
 */
import { INACTIVE_ASSIGNMENT_STATES } from '@paht/domain';
import type {
  ActionSuccess,
  AssignmentSnapshot,
  Deadline,
  EngineContext,
  EventDraft,
  EventType,
  ReportSnapshot,
} from '@paht/domain';
import type { Kysely, Updateable } from 'kysely';
import type { DB, Report, ReportTable } from '../../infra/db/schema';
import type { Insertable } from 'kysely';
import { appendEvents, chainEvents } from '../../infra/events/event-log';
import type { EventInput } from '../../infra/events/event-log';
import { decodeSnapshot, encodeSnapshot } from './snapshot-codec';

/** Events the citizen's public timeline shows (never who on the staff side did it). */
export const PUBLIC_EVENT_TYPES: ReadonlySet<EventType> = new Set<EventType>([
  'report.submitted',
  'report.intake_accepted',
  'report.rejected',
  'report.referred',
  'report.distributed',
  'report.answered_at_intake',
  'report.emergency_forwarded',
  'report.escalated',
  'report.published',
  'assignment.accepted',
  'assignment.temporary_fix_recorded',
  'assignment.progress_updated',
  'follow_up.asked',
  'follow_up.answered',
  'rating.given',
  'rating.changed',
]);

/** A fraction of a step's time after which the sweeper reminds its unit (issue 4 item 7). */
export const DEFAULT_REMIND_FRACTION = 0.75;

export type LoadedReport = { row: Report; snapshot: ReportSnapshot };

export async function lockReport(
  tx: Kysely<DB>,
  tenantId: string,
  reportId: string,
): Promise<LoadedReport | undefined> {
  const row = await tx
    .selectFrom('reports')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', reportId)
    .forUpdate()
    .executeTakeFirst();
  if (!row?.engine) {
    return undefined;
  }
  return { row, snapshot: decodeSnapshot(row.engine) };
}

/** The event log's row for an engine event (who, role, agency, from → to, why, what, when). */
export function eventRow(draft: EventDraft): EventInput {
  const actor = draft.actor;
  const transition = draft.reportTransition ?? draft.assignmentTransition;
  const reason = draft.payload.reason ?? draft.payload.explanation;
  return {
    type: draft.type,
    actorKind: actor.kind,
    actorUserId: actor.kind === 'staff' ? actor.userId : null,
    actorRole: actor.kind === 'staff' ? actor.roles.join(',') : null,
    actorAgencyId: actor.kind === 'staff' ? actor.unitId : null,
    fromState: transition?.from ?? null,
    toState: transition?.to ?? null,
    reason: typeof reason === 'string' ? reason : null,
    payload: {
      ...draft.payload,
      ...(draft.assignmentId ? { assignmentId: draft.assignmentId } : {}),
      ...(draft.reportTransition && draft.assignmentTransition
        ? { assignmentTransition: draft.assignmentTransition }
        : {}),
    },
    isPublic: PUBLIC_EVENT_TYPES.has(draft.type),
    occurredAt: draft.at,
  };
}

/** When the sweeper reminds a step's unit: after `fraction` of the step's working time. */
export function remindAt(deadline: Deadline, ctx: EngineContext, fraction: number): Date {
  const calendar = ctx.calendarFor(deadline.unit);
  const working = calendar.workingMinutesBetween(deadline.startedAt, deadline.dueAt);
  if (working > 0) {
    return calendar.addWorkingHours(deadline.startedAt, (working * fraction) / 60);
  }
  const span = deadline.dueAt.getTime() - deadline.startedAt.getTime();
  return new Date(deadline.startedAt.getTime() + span * fraction);
}

function lastPayload(events: readonly EventDraft[], type: EventType): EventDraft | undefined {
  return events.findLast((event) => event.type === type);
}

export function activeLeadOf(snapshot: ReportSnapshot): AssignmentSnapshot | undefined {
  return snapshot.assignments.find(
    (a) => a.role === 'lead' && !INACTIVE_ASSIGNMENT_STATES.includes(a.state),
  );
}

/** The report columns that mirror the snapshot (for inboxes, public lists and statistics). */
export function projection(
  snapshot: ReportSnapshot,
  events: readonly EventDraft[],
  now: Date,
): Updateable<ReportTable> {
  const open = snapshot.deadlines.filter((d) => d.sweep);
  const due = open.reduce<Date | null>(
    (min, d) => (min === null || d.dueAt < min ? d.dueAt : min),
    null,
  );
  const columns: Updateable<ReportTable> = {
    state: snapshot.state,
    track: snapshot.track,
    lead_agency_id: activeLeadOf(snapshot)?.agencyId ?? null,
    due_at: due,
    is_overdue: snapshot.deadlines.some((d) => d.overdueAt !== null),
    is_confidential: snapshot.confidential,
    is_state_secret: snapshot.stateSecret,
    publication: snapshot.publication,
  };
  const answer =
    lastPayload(events, 'answer.edited_and_approved') ??
    lastPayload(events, 'answer.submitted') ??
    lastPayload(events, 'report.answered_at_intake');
  if (answer) {
    const text = answer.payload.summary ?? answer.payload.answer;
    if (typeof text === 'string') {
      columns.answer = text;
    }
  }
  if (events.some((e) => ['report.published', 'report.sent_privately'].includes(e.type))) {
    columns.answered_at = now;
  }
  if (events.some((e) => e.type === 'report.answered_at_intake')) {
    columns.answered_at = now;
    if (snapshot.publication === 'public') {
      columns.published_at = now;
    }
  }
  if (events.some((e) => e.type === 'report.published')) {
    columns.published_at = now;
  }
  if (events.some((e) => e.type === 'report.answer_returned')) {
    columns.answer = null;
  }
  const rejected = lastPayload(events, 'report.rejected');
  if (typeof rejected?.payload.duplicateOf === 'string') {
    columns.duplicate_of_id = rejected.payload.duplicateOf;
  }
  if (snapshot.rating) {
    columns.rating = snapshot.rating.level;
    columns.rated_at = snapshot.rating.ratedAt;
  }
  return columns;
}

/** The columns of a new step deadline (its assignment is referenced by the caller). */
export function deadlineValues(start: Deadline, ctx: EngineContext, fraction: number) {
  return {
    engine_id: start.id,
    step: start.step,
    org_unit_id: start.unit.unitId,
    started_at: start.startedAt,
    due_at: start.dueAt,
    remind_at: start.sweep ? remindAt(start, ctx, fraction) : null,
    sweep: start.sweep,
    article: start.article,
    extended: start.extended,
  };
}

/**
 * The columns of an assignment row after an engine step: its state, open deadline, and the return
 * reason or answer its events carry. `touched`: an event of this step changed its text columns.
 */
export function assignmentValues(
  assignment: AssignmentSnapshot,
  snapshot: ReportSnapshot,
  events: readonly EventDraft[],
  now: Date,
) {
  const returned = events.findLast(
    (e) => e.type === 'assignment.returned' && e.assignmentId === assignment.id,
  );
  const answered = events.findLast(
    (e) =>
      (e.type === 'answer.submitted' || e.type === 'answer.edited_and_approved') &&
      e.assignmentId === assignment.id,
  );
  const openDue = snapshot.deadlines
    .filter((d) => d.assignmentId === assignment.id && d.sweep)
    .map((d) => d.dueAt)
    .sort((a, b) => a.getTime() - b.getTime())[0];
  const values = {
    state: assignment.state,
    accepted_at: assignment.acceptedAt,
    due_at: openDue ?? null,
    completed_at: assignment.state === 'completed' ? now : null,
    ...(returned
      ? {
          return_reason:
            typeof returned.payload.reason === 'string' ? returned.payload.reason : null,
          suggested_agency_id:
            typeof returned.payload.suggestedAgencyId === 'string'
              ? returned.payload.suggestedAgencyId
              : null,
        }
      : {}),
    ...(answered && typeof answered.payload.summary === 'string'
      ? { answer: answered.payload.summary }
      : {}),
  };
  return { values, openDue, touched: returned !== undefined || answered !== undefined };
}

/**
 * Stores an engine result for a new report (`previous` undefined: the caller inserted the row
 * with version 1 and no snapshot) or an existing one (its version is bumped).
 */
export async function storeResult(
  tx: Kysely<DB>,
  tenantId: string,
  reportId: string,
  result: ActionSuccess,
  ctx: EngineContext,
  options: { remindFraction?: number } = {},
): Promise<void> {
  const { snapshot, events, deadlines } = result;
  const now = ctx.now;
  await tx
    .updateTable('reports')
    .set({
      ...projection(snapshot, events, now),
      engine: JSON.stringify(encodeSnapshot(snapshot)),
      version: (eb) => eb('version', '+', 1),
    })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', reportId)
    .execute();

  const storedRows = await tx
    .selectFrom('report_assignments')
    .select(['id', 'engine_id', 'state', 'due_at'])
    .where('report_id', '=', reportId)
    .execute();
  const stored = new Map(storedRows.map((row) => [row.engine_id, row]));
  for (const assignment of snapshot.assignments) {
    const { values, openDue, touched } = assignmentValues(assignment, snapshot, events, now);
    const existing = stored.get(assignment.id);
    if (existing) {
      const changed =
        existing.state !== assignment.state ||
        (existing.due_at?.getTime() ?? null) !== (openDue?.getTime() ?? null) ||
        touched;
      if (changed) {
        await tx
          .updateTable('report_assignments')
          .set({ ...values, version: (eb) => eb('version', '+', 1) })
          .where('id', '=', existing.id)
          .execute();
      }
    } else {
      const actor = events.find((e) => e.assignmentId === assignment.id)?.actor;
      await tx
        .insertInto('report_assignments')
        .values({
          tenant_id: tenantId,
          report_id: reportId,
          engine_id: assignment.id,
          agency_id: assignment.agencyId,
          role: assignment.role,
          assigned_by: actor?.kind === 'staff' ? actor.userId : null,
          assigned_at: assignment.receivedAt,
          ...values,
        })
        .execute();
    }
  }

  const fraction = options.remindFraction ?? DEFAULT_REMIND_FRACTION;
  for (const start of deadlines.start) {
    await tx
      .insertInto('report_deadlines')
      .values({
        tenant_id: tenantId,
        report_id: reportId,
        assignment_id: start.assignmentId
          ? tx
              .selectFrom('report_assignments')
              .select('id')
              .where('report_id', '=', reportId)
              .where('engine_id', '=', start.assignmentId)
          : null,
        ...deadlineValues(start, ctx, fraction),
      })
      .execute();
  }
  for (const stop of deadlines.stop) {
    await tx
      .updateTable('report_deadlines')
      .set({ completed_at: stop.stoppedAt, outcome: stop.outcome })
      .where('report_id', '=', reportId)
      .where('engine_id', '=', stop.deadlineId)
      .execute();
  }
  for (const move of deadlines.move) {
    const moved = snapshot.deadlines.find((d) => d.id === move.deadlineId);
    await tx
      .updateTable('report_deadlines')
      .set({
        due_at: move.to,
        extended: true,
        remind_at: moved ? remindAt({ ...moved, dueAt: move.to }, ctx, fraction) : null,
        reminded_at: null,
      })
      .where('report_id', '=', reportId)
      .where('engine_id', '=', move.deadlineId)
      .execute();
  }
  for (const overdue of deadlines.overdue) {
    await tx
      .updateTable('report_deadlines')
      .set({ overdue_at: overdue.at })
      .where('report_id', '=', reportId)
      .where('engine_id', '=', overdue.deadlineId)
      .execute();
  }

  await appendEvents(tx, tenantId, reportId, events.map(eventRow));
}

/**
 * Stores a new report with the engine's first result in one row write: the row already holds its
 * projections, snapshot and event-chain head, then its deadlines and events are inserted in one
 * statement each. `storeResult` on a freshly inserted row would write the report three times,
 * and each write of a row re-indexes it (the text indexes included); a submission is the
 * system's hottest write (issue 5, docs/performance.md).
 */
export async function insertNewReport(
  tx: Kysely<DB>,
  values: Insertable<ReportTable> & { id: string; tenant_id: string },
  result: ActionSuccess,
  ctx: EngineContext,
  options: { remindFraction?: number } = {},
): Promise<Report> {
  const { snapshot, events, deadlines } = result;
  if (snapshot.assignments.length > 0 || deadlines.stop.length + deadlines.move.length > 0) {
    throw new Error('insertNewReport takes the result of createReport');
  }
  const chained = chainEvents(values.tenant_id, values.id, 0, null, events.map(eventRow));
  const head = chained[chained.length - 1];
  const row = await tx
    .insertInto('reports')
    .values({
      ...values,
      ...projection(snapshot, events, ctx.now),
      engine: JSON.stringify(encodeSnapshot(snapshot)),
      version: 1,
      last_event_seq: head?.seq ?? 0,
      last_event_hash: head?.hash ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const fraction = options.remindFraction ?? DEFAULT_REMIND_FRACTION;
  const overdue = new Map(deadlines.overdue.map((o) => [o.deadlineId, o.at]));
  if (deadlines.start.length > 0) {
    await tx
      .insertInto('report_deadlines')
      .values(
        deadlines.start.map((start) => ({
          tenant_id: values.tenant_id,
          report_id: values.id,
          assignment_id: null,
          overdue_at: overdue.get(start.id) ?? null,
          ...deadlineValues(start, ctx, fraction),
        })),
      )
      .execute();
  }
  if (chained.length > 0) {
    await tx.insertInto('report_events').values(chained).execute();
  }
  return row;
}
