/**
 * On time, due soon or overdue, in working time on the calendar of the unit whose step it is (W6).
 *
 * "Due soon" starts when the step's unit is reminded (issue 4 item 7, `REMIND_FRACTION`): the
 * remaining working time is at most (1 − fraction) of the step's whole working time. A step counted
 * in clock hours (W4, fast tracks) has no working time in it and is measured on the clock.
 */
import type { UnitRef, WorkingCalendar } from '@paht/domain';
import type { Kysely } from 'kysely';
import type { DB } from '../../infra/db/schema';

export type DeadlineState = 'on_time' | 'due_soon' | 'overdue';

export type OpenDeadline = {
  report_id: string;
  assignment_id: string | null;
  step: string;
  org_unit_id: string | null;
  started_at: Date;
  due_at: Date;
  overdue_at: Date | null;
  extended: boolean;
};

export type DeadlineView = {
  step: string;
  unitId: string | null;
  startedAt: string;
  dueAt: string;
  state: DeadlineState;
  /** Working minutes left before it falls due (0 once overdue). */
  remainingWorkingMinutes: number;
  isExtended: boolean;
};

export function deadlineState(
  deadline: Pick<OpenDeadline, 'started_at' | 'due_at' | 'overdue_at'>,
  now: Date,
  calendar: WorkingCalendar,
  remindFraction: number,
): { state: DeadlineState; remainingWorkingMinutes: number } {
  const due = deadline.due_at;
  if (deadline.overdue_at !== null || now.getTime() >= due.getTime()) {
    return { state: 'overdue', remainingWorkingMinutes: 0 };
  }
  const from = now.getTime() > deadline.started_at.getTime() ? now : deadline.started_at;
  const total = calendar.workingMinutesBetween(deadline.started_at, due);
  const remaining = calendar.workingMinutesBetween(from, due);
  const isDueSoon =
    total > 0
      ? remaining <= (1 - remindFraction) * total
      : due.getTime() - from.getTime() <=
        (1 - remindFraction) * (due.getTime() - deadline.started_at.getTime());
  return { state: isDueSoon ? 'due_soon' : 'on_time', remainingWorkingMinutes: remaining };
}

/** The open, binding steps of some reports (`report_deadlines_report_idx`). */
export async function findOpenDeadlines(
  db: Kysely<DB>,
  tenantId: string,
  reportIds: readonly string[],
): Promise<OpenDeadline[]> {
  if (reportIds.length === 0) {
    return [];
  }
  return db
    .selectFrom('report_deadlines')
    .select([
      'report_id',
      'assignment_id',
      'step',
      'org_unit_id',
      'started_at',
      'due_at',
      'overdue_at',
      'extended',
    ])
    .where('tenant_id', '=', tenantId)
    .where('report_id', 'in', reportIds)
    .where('completed_at', 'is', null)
    .where('sweep', '=', true)
    .execute();
}

/**
 * The nearest of `deadlines` (those of one assignment when `assignmentId` is given), with its
 * state now; null when nothing is due.
 */
export function nearestDeadline(
  deadlines: readonly OpenDeadline[],
  reportId: string,
  assignmentId: string | null,
  now: Date,
  calendarFor: (unit: UnitRef) => WorkingCalendar,
  remindFraction: number,
): DeadlineView | null {
  let nearest: OpenDeadline | undefined;
  for (const d of deadlines) {
    if (d.report_id !== reportId || (assignmentId !== null && d.assignment_id !== assignmentId)) {
      continue;
    }
    if (!nearest || d.due_at.getTime() < nearest.due_at.getTime()) {
      nearest = d;
    }
  }
  if (!nearest) {
    return null;
  }
  // The calendar depends only on the unit (engine-context.ts); the kind is not consulted.
  const calendar = calendarFor({ kind: 'agency', unitId: nearest.org_unit_id ?? '' });
  const { state, remainingWorkingMinutes } = deadlineState(nearest, now, calendar, remindFraction);
  return {
    step: nearest.step,
    unitId: nearest.org_unit_id,
    startedAt: nearest.started_at.toISOString(),
    dueAt: nearest.due_at.toISOString(),
    state,
    remainingWorkingMinutes,
    isExtended: nearest.extended,
  };
}
