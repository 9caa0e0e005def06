/**
 * The lifecycle engine's vocabulary (ARCHITECTURE.md "The lifecycle engine"): one state machine
 * for the report and one for each agency assignment (lead or coordinating). A server loads a
 * `ReportSnapshot` (the report row, its assignments and open deadlines), asks the engine, and
 * stores the result — state, events, deadline changes, notifications — in one transaction.
 */
import type { WorkingCalendar } from '../calendar/types';
import type {
  ContactKind,
  EscalationReason,
  ProfileId,
  RatingLevel,
  RegulationProfile,
  ReporterChannel,
  StepId,
  TrackId,
} from '../profiles/types';
import type { Role } from '../roles';
import type { EventType } from './event-types';
import type { RefusalValue } from './refusals';

export const REPORT_STATES = [
  'submitted',
  'awaiting_information',
  'intake_accepted',
  'awaiting_lead_designation',
  'in_progress',
  'returned_to_intake',
  'answer_ready',
  'answered',
  'follow_up_open',
  'rejected',
  'referred',
] as const;
export type ReportState = (typeof REPORT_STATES)[number];

export const TERMINAL_REPORT_STATES: readonly ReportState[] = ['rejected', 'referred'];

export const ASSIGNMENT_STATES = [
  'pending',
  'handling',
  'awaiting_approval',
  'completed',
  'returned',
  'cancelled',
] as const;
export type AssignmentState = (typeof ASSIGNMENT_STATES)[number];

/** An assignment in one of these no longer takes part in the case. */
export const INACTIVE_ASSIGNMENT_STATES: readonly AssignmentState[] = ['returned', 'cancelled'];

export const REPORT_ACTIONS = [
  'request_information',
  'supplement_information',
  'reject',
  'refer',
  'accept_intake',
  'distribute',
  'answer_at_intake',
  'forward_emergency',
  'request_lead_designation',
  'escalate',
  'resolve_escalation',
  'mark_state_secret',
  'publish',
  'send_privately',
  'withhold',
  'return_answer',
  'ask_follow_up',
  'forward_follow_up',
  'answer_follow_up',
  'rate',
  'mark_overdue',
] as const;
export type ReportActionName = (typeof REPORT_ACTIONS)[number];

export const ASSIGNMENT_ACTIONS = [
  'accept',
  'return',
  'forward_to_coordinators',
  'record_temporary_fix',
  'forward_to_back_office',
  'reappoint',
  'extend_deadline',
  'post_progress_update',
  'submit_answer',
  'approve',
  'return_to_specialist',
  'edit_and_approve',
] as const;
export type AssignmentActionName = (typeof ASSIGNMENT_ACTIONS)[number];

export type ActionName = ReportActionName | AssignmentActionName;

export type UnitKind = 'intake_center' | 'agency' | 'province';

/** Staff act for their own unit only (roles.ts AGENCY_SCOPED_ROLES). */
export type StaffActor = {
  kind: 'staff';
  userId: string;
  roles: readonly Role[];
  unitId: string;
  unitKind: UnitKind;
};
/** The citizen, identified by the server (tracking code plus phone, or an account). */
export type ReporterActor = { kind: 'reporter'; reporterId: string | null };
/** A worker of the server (deadline sweeper). */
export type SystemActor = { kind: 'system'; job: string };
export type Actor = StaffActor | ReporterActor | SystemActor;

/** The unit whose calendar a deadline counts on (W6). */
export type UnitRef = { kind: 'intake_center' | 'agency'; unitId: string };

export type AssignmentRole = 'lead' | 'coordinating';

export type AssignmentSnapshot = {
  id: string;
  agencyId: string;
  role: AssignmentRole;
  state: AssignmentState;
  receivedAt: Date;
  acceptedAt: Date | null;
  temporaryFixAt: Date | null;
  /** Hòa Bình Điều 8.1.c: handed from the one-stop desk to the agency's focal point. */
  backOfficeAt: Date | null;
  appointmentAt: Date | null;
  extensionCount: number;
  reappointmentCount: number;
};

export type Deadline = {
  id: string;
  step: StepId;
  /** null: a report-level step (intake, publication, follow-up). */
  assignmentId: string | null;
  unit: UnitRef;
  /** The instant the amount is counted from (W7). */
  startedAt: Date;
  dueAt: Date;
  /** false: measured only if its outcome happens (StepRule.sweep). */
  sweep: boolean;
  overdueAt: Date | null;
  extended: boolean;
  article: string;
};

export type Publication = 'public' | 'private' | 'withheld';

export type ReportSnapshot = {
  reportId: string;
  profileId: ProfileId;
  intakeCenterId: string;
  state: ReportState;
  track: TrackId;
  contactKind: ContactKind;
  fieldCode: string | null;
  receivedAt: Date;
  confidential: boolean;
  stateSecret: boolean;
  hideIdentity: boolean;
  consentToPublish: boolean;
  publication: Publication | null;
  escalation: { reason: EscalationReason; at: Date } | null;
  followUp: { status: 'awaiting_forward' | 'awaiting_answer'; askedAt: Date } | null;
  followUpCount: number;
  rating: { level: RatingLevel; firstRatedAt: Date; ratedAt: Date } | null;
  assignments: readonly AssignmentSnapshot[];
  /** Open deadlines only; stopped ones live in the server's history. */
  deadlines: readonly Deadline[];
  /** Counter for the ids of new assignments and deadlines (`<reportId>/a3`, `<reportId>/d7`). */
  seq: number;
};

export type JsonValue =
  string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

export type EventDraft = {
  type: EventType;
  at: Date;
  reportId: string;
  assignmentId: string | null;
  actor: Actor;
  /** The report's state change this event records, if any. */
  reportTransition: { from: ReportState; to: ReportState } | null;
  /** The assignment's state change this event records, if any. */
  assignmentTransition: { from: AssignmentState; to: AssignmentState } | null;
  payload: Readonly<Record<string, JsonValue>>;
};

export type NotificationChannel = ReporterChannel;

export type NotificationDraft = {
  /** The event that causes it; templates are keyed by event type. */
  event: EventType;
  reportId: string;
  assignmentId: string | null;
  to: { kind: 'reporter' } | { kind: 'unit'; unitId: string };
  channels: readonly NotificationChannel[];
};

export type DeadlineStop = {
  deadlineId: string;
  step: StepId;
  assignmentId: string | null;
  dueAt: Date;
  stoppedAt: Date;
  outcome: 'met' | 'late' | 'cancelled';
};

export type DeadlineMove = {
  deadlineId: string;
  step: StepId;
  from: Date;
  to: Date;
  reason: 'extension' | 'reappointment';
};

export type DeadlineOverdue = { deadlineId: string; step: StepId; at: Date };

export type DeadlineChanges = {
  start: Deadline[];
  stop: DeadlineStop[];
  move: DeadlineMove[];
  overdue: DeadlineOverdue[];
};

export type Refusal = RefusalValue;

export type ActionSuccess = {
  ok: true;
  snapshot: ReportSnapshot;
  events: EventDraft[];
  deadlines: DeadlineChanges;
  notifications: NotificationDraft[];
};

export type ActionResult = ActionSuccess | { ok: false; refusal: Refusal };

export type EngineContext = {
  now: Date;
  profile: RegulationProfile;
  calendarFor: (unit: UnitRef) => WorkingCalendar;
};

/** What the UI may offer: a report action, or an action on one assignment. */
export type AvailableAction = { action: ActionName; assignmentId: string | null };
