/**
 * Turns an action's events into deadline changes, from the profile's step rules: each event stops
 * the deadlines it ends (met or late) or cancels, then starts the steps it opens (W7), counted on
 * the calendar of the unit whose step it is (W6). Deadlines are absolute instants computed once,
 * when the step starts (ARCHITECTURE.md "The lifecycle engine").
 */
import type { RegulationProfile, StepId, StepRule } from '../profiles/types';
import { activeLead } from './actors';
import type { Draft } from './draft';
import type {
  AssignmentSnapshot,
  Deadline,
  DeadlineChanges,
  EngineContext,
  EventDraft,
  ReportSnapshot,
  UnitRef,
} from './types';
import { TERMINAL_REPORT_STATES } from './types';

/** The profile's steps plus the W8 progress update, which only the engine starts. */
export function ruleOf(profile: RegulationProfile, step: StepId): StepRule | undefined {
  if (step === 'progress_update' && profile.progressUpdates) {
    return {
      id: 'progress_update',
      label: { vi: 'Cập nhật tình hình xử lý', en: 'Progress update' },
      subject: 'assignment',
      duration: profile.progressUpdates.every,
      calendar: 'agency',
      startsOn: [],
      stopOn: ['assignment.progress_updated'],
      cancelOn: ['answer.submitted'],
      article: profile.progressUpdates.article,
    };
  }
  return profile.steps.find((rule) => rule.id === step);
}

export function unitOfStep(
  rule: Pick<StepRule, 'calendar'>,
  snapshot: ReportSnapshot,
  assignment: AssignmentSnapshot | undefined,
): UnitRef | undefined {
  if (rule.calendar === 'intake_center') {
    return { kind: 'intake_center', unitId: snapshot.intakeCenterId };
  }
  const agencyId = assignment?.agencyId ?? activeLead(snapshot)?.agencyId;
  return agencyId === undefined ? undefined : { kind: 'agency', unitId: agencyId };
}

type Ledger = { open: Deadline[]; changes: DeadlineChanges; snapshot: ReportSnapshot };

function stop(ledger: Ledger, deadline: Deadline, at: Date, cancelled: boolean): void {
  ledger.open = ledger.open.filter((d) => d.id !== deadline.id);
  const late = at.getTime() > deadline.dueAt.getTime();
  ledger.changes.stop.push({
    deadlineId: deadline.id,
    step: deadline.step,
    assignmentId: deadline.assignmentId,
    dueAt: deadline.dueAt,
    stoppedAt: at,
    outcome: cancelled ? 'cancelled' : late ? 'late' : 'met',
  });
}

function stopMatching(ledger: Ledger, profile: RegulationProfile, event: EventDraft): void {
  for (const deadline of [...ledger.open]) {
    const rule = ruleOf(profile, deadline.step);
    const sameSubject =
      deadline.assignmentId === null || deadline.assignmentId === event.assignmentId;
    if (!rule || !sameSubject) {
      continue;
    }
    if (rule.stopOn.includes(event.type)) {
      stop(ledger, deadline, event.at, false);
    } else if (rule.cancelOn?.includes(event.type)) {
      stop(ledger, deadline, event.at, true);
    }
  }
}

function anchorOf(
  rule: StepRule,
  event: EventDraft,
  assignment: AssignmentSnapshot | undefined,
  draft: Draft,
): Date | null {
  switch (rule.anchor ?? 'event') {
    case 'event':
      return event.at;
    case 'assignment_received':
      return assignment?.receivedAt ?? null;
    case 'assignment_accepted':
      return assignment?.acceptedAt ?? null;
    case 'input_instant':
      return draft.inputInstant;
  }
}

function applies(
  rule: StepRule,
  snapshot: ReportSnapshot,
  assignment: AssignmentSnapshot | undefined,
): boolean {
  if (rule.tracks && !rule.tracks.includes(snapshot.track)) {
    return false;
  }
  if (rule.contactKinds && !rule.contactKinds.includes(snapshot.contactKind)) {
    return false;
  }
  if (rule.subject === 'assignment') {
    return assignment !== undefined && (rule.role === undefined || rule.role === assignment.role);
  }
  return true;
}

export function newDeadlineId(ledger: { snapshot: ReportSnapshot }): string {
  const seq = ledger.snapshot.seq + 1;
  ledger.snapshot = { ...ledger.snapshot, seq };
  return `${ledger.snapshot.reportId}/d${seq}`;
}

function startMatching(ledger: Ledger, ctx: EngineContext, event: EventDraft, draft: Draft): void {
  for (const rule of ctx.profile.steps) {
    if (!rule.startsOn.includes(event.type)) {
      continue;
    }
    const assignmentId = rule.subject === 'assignment' ? event.assignmentId : null;
    const assignment = ledger.snapshot.assignments.find((a) => a.id === assignmentId);
    const alreadyOpen = ledger.open.some(
      (d) => d.step === rule.id && d.assignmentId === assignmentId,
    );
    const unit = unitOfStep(rule, ledger.snapshot, assignment);
    const anchor = anchorOf(rule, event, assignment, draft);
    if (alreadyOpen || !applies(rule, ledger.snapshot, assignment) || !unit || !anchor) {
      continue;
    }
    const calendar = ctx.calendarFor(unit);
    if (rule.onlyOutOfHours && calendar.isWorkingTime(anchor)) {
      continue;
    }
    const deadline: Deadline = {
      id: newDeadlineId(ledger),
      step: rule.id,
      assignmentId,
      unit,
      startedAt: anchor,
      dueAt: calendar.add(anchor, rule.duration),
      sweep: rule.sweep ?? true,
      overdueAt: null,
      extended: false,
      article: rule.article,
    };
    ledger.open.push(deadline);
    ledger.changes.start.push(deadline);
    // A step measured from a reported instant ends with the event that reports it.
    if (rule.anchor === 'input_instant' && rule.stopOn.includes(event.type)) {
      stop(ledger, deadline, event.at, false);
    }
  }
}

/** Subjects that left the lifecycle take their open deadlines with them. */
function cancelOrphans(ledger: Ledger, now: Date): void {
  const { snapshot } = ledger;
  const reportClosed = TERMINAL_REPORT_STATES.includes(snapshot.state);
  const answered = snapshot.state === 'answered' || snapshot.state === 'follow_up_open';
  for (const deadline of [...ledger.open]) {
    const assignment = snapshot.assignments.find((a) => a.id === deadline.assignmentId);
    const assignmentDone =
      assignment !== undefined && ['completed', 'returned', 'cancelled'].includes(assignment.state);
    const reportStepDone =
      deadline.assignmentId === null && answered && deadline.step !== 'follow_up_answer';
    if (reportClosed || assignmentDone || reportStepDone) {
      stop(ledger, deadline, now, true);
    }
  }
}

export function settleDeadlines(
  before: ReportSnapshot,
  draft: Draft,
  ctx: EngineContext,
): { snapshot: ReportSnapshot; changes: DeadlineChanges } {
  const ledger: Ledger = {
    open: [...before.deadlines],
    changes: { start: [], stop: [], move: [], overdue: [] },
    snapshot: draft.snapshot,
  };
  for (const id of draft.overdue) {
    ledger.open = ledger.open.map((d) => (d.id === id ? { ...d, overdueAt: ctx.now } : d));
    const step = ledger.open.find((d) => d.id === id)?.step;
    if (step) {
      ledger.changes.overdue.push({ deadlineId: id, step, at: ctx.now });
    }
  }
  for (const move of draft.moves) {
    const current = ledger.open.find((d) => d.id === move.deadlineId);
    if (current) {
      ledger.open = ledger.open.map((d) =>
        d.id === current.id ? { ...d, dueAt: move.to, extended: true } : d,
      );
      ledger.changes.move.push({
        deadlineId: current.id,
        step: current.step,
        from: current.dueAt,
        to: move.to,
        reason: move.reason,
      });
    }
  }
  for (const event of draft.events) {
    stopMatching(ledger, ctx.profile, event);
    startMatching(ledger, ctx, event, draft);
  }
  for (const manual of draft.starts) {
    const deadline: Deadline = {
      ...manual,
      id: newDeadlineId(ledger),
      sweep: true,
      overdueAt: null,
      extended: false,
    };
    ledger.open.push(deadline);
    ledger.changes.start.push(deadline);
  }
  cancelOrphans(ledger, ctx.now);
  return { snapshot: { ...ledger.snapshot, deadlines: ledger.open }, changes: ledger.changes };
}
