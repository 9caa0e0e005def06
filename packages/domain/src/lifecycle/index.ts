/** The lifecycle engine (ARCHITECTURE.md "The lifecycle engine"; docs/lifecycle.md). */
export { availableActions, applyAction, checkAction, checkPermission } from './engine';
export { createReport, createReportSchema } from './create-report';
export type { CreateReport } from './create-report';
export { dueForOverdue } from './actions/overdue';
export { EVENT_TYPES } from './event-types';
export type { EventType } from './event-types';
export { REFUSAL_CODES, REFUSAL_MESSAGES } from './refusals';
export type { RefusalCode } from './refusals';
export {
  ASSIGNMENT_ACTIONS,
  ASSIGNMENT_STATES,
  INACTIVE_ASSIGNMENT_STATES,
  REPORT_ACTIONS,
  REPORT_STATES,
  TERMINAL_REPORT_STATES,
} from './types';
export type {
  ActionName,
  ActionResult,
  ActionSuccess,
  Actor,
  AssignmentActionName,
  AssignmentRole,
  AssignmentSnapshot,
  AssignmentState,
  AvailableAction,
  Deadline,
  DeadlineChanges,
  DeadlineMove,
  DeadlineOverdue,
  DeadlineStop,
  EngineContext,
  EventDraft,
  JsonValue,
  NotificationChannel,
  NotificationDraft,
  Publication,
  Refusal,
  ReportActionName,
  ReportSnapshot,
  ReportState,
  ReporterActor,
  StaffActor,
  SystemActor,
  UnitKind,
  UnitRef,
} from './types';
