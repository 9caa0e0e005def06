/**
 * The sweeper marks a deadline overdue once it has passed (Sóc Trăng Điều 8.5 "Hệ thống tự động
 * cập nhật trạng thái trễ hạn"; Hòa Bình Điều 9.2). In Kon Tum the handling deadline passing
 * starts the progress updates (W8: first at deadline + 5 wd).
 */
import { z } from 'zod';
import { always, defineAction, idSchema } from '../action-definition';
import { SYSTEM } from '../actors';
import type { Draft, RunContext } from '../draft';
import { emit, newDraft } from '../draft';
import { refusal } from '../refusals';
import type { Deadline, ReportState } from '../types';

const OPEN_STATES: readonly ReportState[] = [
  'submitted',
  'awaiting_information',
  'intake_accepted',
  'awaiting_lead_designation',
  'in_progress',
  'returned_to_intake',
  'answer_ready',
  'answered',
  'follow_up_open',
];

/** W8: updates fall on a grid of `every` after the missed deadline, not after each posting. */
export function scheduleProgressUpdate(c: RunContext, d: Draft, after: Deadline): void {
  const rule = c.profile.progressUpdates;
  if (!rule) {
    return;
  }
  d.starts.push({
    step: 'progress_update',
    assignmentId: after.assignmentId,
    unit: after.unit,
    startedAt: after.dueAt,
    dueAt: c.calendarFor(after.unit).add(after.dueAt, rule.every),
    article: rule.article,
  });
}

export const markOverdue = defineAction({
  machine: 'report',
  name: 'mark_overdue',
  enabled: always,
  states: () => OPEN_STATES,
  actors: () => [SYSTEM],
  input: z.strictObject({ deadlineId: idSchema }),
  run: (c, input) => {
    const deadline = c.snapshot.deadlines.find((dl) => dl.id === input.deadlineId && dl.sweep);
    if (!deadline) {
      return refusal('deadline_not_found');
    }
    if (deadline.overdueAt) {
      return refusal('already_overdue');
    }
    if (c.now.getTime() < deadline.dueAt.getTime()) {
      return refusal('not_yet_due');
    }
    const d = newDraft(c);
    d.overdue.push(deadline.id);
    emit(c, d, 'deadline.overdue', {
      assignmentId: deadline.assignmentId,
      payload: {
        deadlineId: deadline.id,
        step: deadline.step,
        dueAt: deadline.dueAt.toISOString(),
        article: deadline.article,
      },
    });
    if (deadline.assignmentId && c.profile.progressUpdates?.afterStep === deadline.step) {
      scheduleProgressUpdate(c, d, deadline);
    }
    return d;
  },
});

/** Open deadlines the sweeper should mark now (pure; the server runs it on a schedule). */
export function dueForOverdue(deadlines: readonly Deadline[], now: Date): Deadline[] {
  return deadlines.filter(
    (d) => d.sweep && d.overdueAt === null && now.getTime() >= d.dueAt.getTime(),
  );
}
