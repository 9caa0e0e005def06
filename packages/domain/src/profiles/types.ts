/**
 * A regulation profile: the rules of one provincial regulation (DOMAIN.md "The five regulation
 * profiles") as data. The lifecycle engine reads it; it never names agencies that exist today
 * (DOMAIN.md "Since the seeds were written").
 */
import type { Duration, LocalDate } from '../calendar/types';
import type { EventType } from '../lifecycle/event-types';
import type { Role } from '../roles';
import type { LocalisedMessage } from '../schemas/messages';
import type { ReporterRequirements } from '../schemas/reporter-requirements';

export const PROFILE_IDS = [
  'khanh-hoa-2022',
  'kon-tum-dvcqg',
  'soc-trang-2024',
  'hoa-binh-1022',
  'vinh-long-2020',
] as const;
export type ProfileId = (typeof PROFILE_IDS)[number];

export const STEP_IDS = [
  'intake',
  'intake_reject',
  'distribution',
  'first_response',
  'fast_intake',
  'fast_distribution',
  'agency_accept',
  'fast_accept',
  'agency_return',
  'temporary_fix',
  'handling',
  'handling_complex',
  'coordination_forward',
  'coordination_result',
  'aggregation',
  'one_stop_answer',
  'agency_answer',
  'result_entry',
  'emergency_update',
  'approval',
  'publication',
  'publication_return',
  'follow_up_answer',
  'progress_update',
] as const;
export type StepId = (typeof STEP_IDS)[number];

/** `normal`, or a fast track of the profile (Khánh Hòa Điều 10, Sóc Trăng Điều 8.6). */
export type TrackId = 'normal' | 'urban_infrastructure' | 'emergency';

/** Hòa Bình Điều 4 and 8.2 name four kinds of contact; the other seeds take one kind, `report`. */
export const CONTACT_KINDS = [
  'report',
  'inquiry',
  'feedback',
  'recommendation',
  'delivery_request',
] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

export type UnitKindOfStep = 'intake_center' | 'agency';

/** How the reporter hears of progress: the channel used, and SMS/e-mail where a seed says so. */
export type ReporterChannel = 'submission_channel' | 'sms' | 'email';

/**
 * One timed step. The deadline starts at the first of `startsOn` (W7), counted from `anchor`,
 * on the calendar of the unit whose step it is (W6), and ends at one of `stopOn` (met or late)
 * or `cancelOn` (no longer due). When the subject leaves the lifecycle, open deadlines cancel.
 */
export type StepRule = {
  id: StepId;
  label: LocalisedMessage;
  subject: 'report' | 'assignment';
  duration: Duration;
  calendar: UnitKindOfStep;
  startsOn: readonly EventType[];
  /**
   * What the amount is counted from: the starting event's instant (default), the assignment's
   * receipt or acceptance, or an instant the actor reports (`input_instant`: the step is measured
   * when the event is recorded, e.g. Kon Tum's result entry ≤ 2 wd after the result exists).
   */
  anchor?: 'event' | 'assignment_received' | 'assignment_accepted' | 'input_instant';
  stopOn: readonly EventType[];
  cancelOn?: readonly EventType[];
  /** Only for the lead or only for coordinating assignments; absent = both. */
  role?: 'lead' | 'coordinating';
  /** Tracks on which the step runs; absent = every track. */
  tracks?: readonly TrackId[];
  contactKinds?: readonly ContactKind[];
  /** W9: only when the starting instant is outside office hours (Hòa Bình Điều 3.2). */
  onlyOutOfHours?: boolean;
  /**
   * false: the limit binds only the outcome in `stopOn` (e.g. Kon Tum's 2-wd rejection): it is
   * measured when that outcome happens, and the overdue sweeper ignores it. Default true.
   */
  sweep?: boolean;
  article: string;
};

export type RatingLevel = 'very_satisfied' | 'satisfied' | 'acceptable' | 'dissatisfied';
export type RatingOption = { level: RatingLevel; score: 1 | 2 | 3; label: LocalisedMessage };

export type RejectReason = 'duplicate' | 'incomplete' | 'out_of_scope' | 'not_competent';
export type ReferralKind = 'authorities_monitoring' | 'agency_suggestion';
export type EscalationReason =
  'unresolved_after_deadline' | 'agencies_disagree' | 'reporter_disagrees';

/** Who may see the reporter's identity on the public answer. */
export type IdentityDisplay = 'shown_unless_hidden' | 'only_with_consent' | 'never';

export type FastTrack = {
  id: Exclude<TrackId, 'normal'>;
  label: LocalisedMessage;
  /** Regulation category codes; a tenant maps its own field tree onto them (overridable). */
  fields: readonly string[];
  /** The intake center hands the call over at once, without the intake checks (Sóc Trăng Điều 8.6 Bước 1). */
  forwardImmediately: boolean;
  /** The agency's completion update goes straight to publication, without leader approval. */
  skipsApproval: boolean;
  smsOnDistribution: boolean;
  temporaryFix: boolean;
  article: string;
};

export type ExtensionRule = {
  maxCount: number;
  /** W10: asked strictly before the current deadline falls due. */
  beforeDeadline: boolean;
  steps: readonly StepId[];
  roles: readonly Role[];
  cap: { duration: Duration; from: 'assignment_accepted' | 'assignment_received' } | null;
  requiresWrittenNotice: boolean;
  requiresComplexCase: boolean;
  article: string;
};

export type EscalationRule = {
  reason: EscalationReason;
  by: 'lead_agency' | 'intake_center';
  /** Post the reason for delay where the reporter can read it (Khánh Hòa Điều 3.5). */
  noticeToReporter: boolean;
  article: string;
};

export type ReportPeriodKind = 'month' | 'quarter' | 'half_year' | 'nine_months' | 'year';
export type PeriodCutoff = 'calendar' | 'decree_09_2019';

export type RegulationProfile = {
  id: ProfileId;
  name: LocalisedMessage;
  source: { province: string; document: string; issued: LocalDate | null };
  scope: { summary: LocalisedMessage; contactKinds: readonly ContactKind[]; article: string };
  reporter: ReporterRequirements;
  reporterRules: {
    language: 'vi' | 'vi_with_diacritics';
    /** Khánh Hòa Điều 5.3 "số điện thoại (di động)": a landline is not enough. */
    mobilePhone: boolean;
    /** Sóc Trăng Điều 4.5: using the reporter's personal data for handling needs consent. */
    dataProcessingConsent: boolean;
    nationalPortalAccount: boolean;
    media: 'optional' | 'hidden';
    article: string;
  };
  steps: readonly StepRule[];
  intake: {
    rejectReasons: readonly RejectReason[];
    requestInformation: { article: string };
    referral: { kinds: readonly ReferralKind[]; article: string } | null;
    answerAtFirstContact: { article: string } | null;
    leadDesignation: { article: string } | null;
    article: string;
  };
  /** null: the agency handles from receipt, with no separate accept step (Kon Tum, Sóc Trăng, Hòa Bình). */
  agencyAcceptance: { article: string } | null;
  coordination: { namedBy: 'lead_agency' | 'intake_center'; article: string } | null;
  backOffice: { article: string } | null;
  approval: { leaderMayEdit: boolean; article: string } | null;
  publication: {
    by: 'intake_center' | 'agency';
    roles: readonly Role[];
    returnTo: 'specialist' | 'leader' | null;
    identity: IdentityDisplay;
    article: string;
  };
  followUp: { via: 'agency' | 'intake_center'; article: string } | null;
  rating: { scale: readonly RatingOption[]; changeWindow: Duration | null; article: string } | null;
  fastTracks: readonly FastTrack[];
  extension: ExtensionRule | null;
  reappointment: { maxCount: number; steps: readonly StepId[]; article: string } | null;
  /** W8: recurring updates after a step's deadline has passed (Kon Tum). */
  progressUpdates: { every: Duration; afterStep: StepId; article: string } | null;
  escalation: readonly EscalationRule[];
  officialConduct: { article: string } | null;
  notifyReporterOn: readonly EventType[];
  notifyReporterVia: readonly ReporterChannel[];
  periodicReports: {
    periods: readonly ReportPeriodKind[];
    cutoff: PeriodCutoff;
    fixedMonths?: readonly string[];
    article: string;
  };
  /** Facts of the regulation that the engine does not enforce but screens and admins show. */
  notes: readonly { text: LocalisedMessage; article: string }[];
};
