/**
 * The rows one generated report leaves in the database, built in memory by applying each engine
 * result the way `storeResult` applies it to the tables (same projection, assignment columns,
 * deadline columns and event chain, imported from the report store), so a bulk-loaded report is
 * indistinguishable from one that went through the HTTP use cases step by step.
 */
import { randomUUID } from 'node:crypto';
import type { ActionSuccess, EngineContext, ReportSnapshot } from '@paht/domain';
import type { Insertable } from 'kysely';
import type {
  ReportAssignmentTable,
  ReportDeadlineTable,
  ReportEventTable,
  ReportTable,
} from '../../infra/db/schema';
import { chainEvents } from '../../infra/events/event-log';
import { assignmentValues, deadlineValues, eventRow, projection } from '../reports/report-store';
import { encodeSnapshot } from '../reports/snapshot-codec';

export type ReportRow = Insertable<ReportTable> & { id: string; version: number };
export type AssignmentRow = Insertable<ReportAssignmentTable> & { id: string; version: number };
export type DeadlineRow = Insertable<ReportDeadlineTable> & { id: string };
export type EventRow = Omit<Insertable<ReportEventTable>, 'id'> & { seq: number; hash: string };

export class ReportRows {
  readonly assignments = new Map<string, AssignmentRow>();
  readonly deadlines = new Map<string, DeadlineRow>();
  readonly events: EventRow[] = [];
  private snapshot: ReportSnapshot | null = null;

  constructor(
    readonly report: ReportRow,
    private readonly remindFraction: number,
  ) {}

  /** The `storeResult` of one engine step, on the in-memory rows. */
  apply(result: ActionSuccess, ctx: EngineContext): void {
    const { snapshot, events, deadlines } = result;
    const now = ctx.now;
    const report = this.report;
    // The snapshot is encoded once, by `finish`: only the last one is kept.
    this.snapshot = snapshot;
    Object.assign(report, projection(snapshot, events, now), {
      version: report.version + 1,
      updated_at: now,
    });
    for (const assignment of snapshot.assignments) {
      const { values, openDue, touched } = assignmentValues(assignment, snapshot, events, now);
      const existing = this.assignments.get(assignment.id);
      if (existing) {
        const changed =
          existing.state !== assignment.state ||
          (existing.due_at instanceof Date ? existing.due_at.getTime() : null) !==
            (openDue?.getTime() ?? null) ||
          touched;
        if (changed) {
          Object.assign(existing, values, { version: existing.version + 1, updated_at: now });
        }
      } else {
        const actor = events.find((e) => e.assignmentId === assignment.id)?.actor;
        this.assignments.set(assignment.id, {
          id: randomUUID(),
          tenant_id: report.tenant_id,
          report_id: report.id,
          engine_id: assignment.id,
          agency_id: assignment.agencyId,
          role: assignment.role,
          assigned_by: actor?.kind === 'staff' ? actor.userId : null,
          assigned_at: assignment.receivedAt,
          version: 1,
          created_at: now,
          updated_at: now,
          ...values,
        });
      }
    }
    for (const start of deadlines.start) {
      this.deadlines.set(start.id, {
        id: randomUUID(),
        tenant_id: report.tenant_id,
        report_id: report.id,
        assignment_id: start.assignmentId
          ? (this.assignments.get(start.assignmentId)?.id ?? null)
          : null,
        created_at: now,
        ...deadlineValues(start, ctx, this.remindFraction),
      });
    }
    for (const stop of deadlines.stop) {
      Object.assign(this.deadlines.get(stop.deadlineId) ?? {}, {
        completed_at: stop.stoppedAt,
        outcome: stop.outcome,
      });
    }
    for (const move of deadlines.move) {
      const row = this.deadlines.get(move.deadlineId);
      const moved = snapshot.deadlines.find((d) => d.id === move.deadlineId);
      if (row && moved) {
        Object.assign(row, deadlineValues({ ...moved, dueAt: move.to }, ctx, this.remindFraction), {
          extended: true,
          reminded_at: null,
        });
      }
    }
    for (const overdue of deadlines.overdue) {
      Object.assign(this.deadlines.get(overdue.deadlineId) ?? {}, { overdue_at: overdue.at });
    }
    const head = this.events[this.events.length - 1];
    const chained = chainEvents(
      report.tenant_id,
      report.id,
      head?.seq ?? 0,
      head?.hash ?? null,
      events.map(eventRow),
    );
    this.events.push(...chained);
    const last = chained[chained.length - 1];
    if (last) {
      report.last_event_seq = last.seq;
      report.last_event_hash = last.hash;
    }
  }

  /** Ends the report's life at `now`: its engine snapshot, and the reminders already sent. */
  finish(now: Date): void {
    if (this.snapshot) {
      this.report.engine = JSON.stringify(encodeSnapshot(this.snapshot));
    }
    this.settleReminders(now);
  }

  /**
   * Reminders the sweeper sent before `now`: a step still open at its reminder time was reminded
   * then (`reminded_at`), so starting the server on the data set sends no backlog of reminders.
   */
  private settleReminders(now: Date): void {
    for (const row of this.deadlines.values()) {
      const remind = row.remind_at instanceof Date ? row.remind_at : null;
      const completed = row.completed_at instanceof Date ? row.completed_at : null;
      if (remind && remind <= now && (completed === null || completed > remind)) {
        row.reminded_at = remind;
      }
    }
  }
}
