/**
 * What each audience sees of a report. Staff see the case without the reporter's identity (that
 * is a separate, audited read); the public view shows only what the profile allows and nothing of
 * a confidential or state-secret case; the private view (tracking code + phone) is the reporter's
 * own and shows the whole citizen-facing story.
 */
import { publicIdentity } from '@paht/domain';
import type { AvailableAction, RegulationProfile, ReportSnapshot } from '@paht/domain';
import type { Report, ReportEvent } from '../../infra/db/schema';
import { decodeSnapshot } from './snapshot-codec';

export function presentStaffReport(report: Report, available: readonly AvailableAction[] = []) {
  const snapshot: ReportSnapshot | null = report.engine ? decodeSnapshot(report.engine) : null;
  return {
    id: report.id,
    trackingCode: report.tracking_code,
    version: report.version,
    state: report.state,
    channel: report.channel,
    kind: report.kind,
    title: report.title,
    content: report.content,
    contentOriginal: report.content_original,
    isContentEdited: report.content !== report.content_original,
    location: {
      latitude: report.latitude,
      longitude: report.longitude,
      address: report.address,
      areaId: report.area_id,
    },
    fieldId: report.field_id,
    priority: report.priority,
    track: report.track,
    receivedAt: report.received_at.toISOString(),
    incidentAt: report.incident_at?.toISOString() ?? null,
    isConfidential: report.is_confidential,
    isStateSecret: report.is_state_secret,
    publication: report.publication,
    intakeCenterId: report.intake_center_id,
    leadAgencyId: report.lead_agency_id,
    dueAt: report.due_at?.toISOString() ?? null,
    isOverdue: report.is_overdue,
    duplicateOfId: report.duplicate_of_id,
    answer: report.answer,
    answeredAt: report.answered_at?.toISOString() ?? null,
    publishedAt: report.published_at?.toISOString() ?? null,
    rating: report.rating,
    assignments: (snapshot?.assignments ?? []).map((a) => ({
      id: a.id,
      agencyId: a.agencyId,
      role: a.role,
      state: a.state,
      receivedAt: a.receivedAt.toISOString(),
      acceptedAt: a.acceptedAt?.toISOString() ?? null,
      extensionCount: a.extensionCount,
      reappointmentCount: a.reappointmentCount,
    })),
    deadlines: (snapshot?.deadlines ?? []).map((d) => ({
      id: d.id,
      step: d.step,
      assignmentId: d.assignmentId,
      unitId: d.unit.unitId,
      startedAt: d.startedAt.toISOString(),
      dueAt: d.dueAt.toISOString(),
      overdueAt: d.overdueAt?.toISOString() ?? null,
      isExtended: d.extended,
      article: d.article,
    })),
    availableActions: available.map((a) => ({ action: a.action, assignmentId: a.assignmentId })),
  };
}

export function presentStaffEvent(event: ReportEvent) {
  return {
    seq: event.seq,
    type: event.type,
    occurredAt: event.occurred_at.toISOString(),
    actorKind: event.actor_kind,
    actorUserId: event.actor_user_id,
    actorRole: event.actor_role,
    actorUnitId: event.actor_agency_id,
    fromState: event.from_state,
    toState: event.to_state,
    reason: event.reason,
    payload: event.payload,
    isPublic: event.is_public,
  };
}

/** Payload keys a citizen may read on their timeline (never staff identities or internal notes). */
const CITIZEN_PAYLOAD_KEYS = [
  'message',
  'question',
  'answer',
  'reason',
  'explanation',
  'guidance',
  'level',
  'duplicateOf',
  'kind',
  // Kon Tum mục I.8 progress updates, Khánh Hòa Điều 3.5 notice of delay, Hòa Bình Điều 8.1.c and
  // 9.3 appointments, the committed date of an extension (Sóc Trăng Điều 8.3).
  'note',
  'noticeToReporter',
  'appointmentAt',
  'newAppointmentAt',
  'to',
];

/**
 * Keys that are staff-only on one event type: an escalation's explanation is the report to the
 * Province; the reporter reads `noticeToReporter` (Khánh Hòa Điều 3.5) or nothing.
 */
const STAFF_ONLY_KEYS: Readonly<Record<string, readonly string[]>> = {
  'report.escalated': ['explanation'],
};

export function presentCitizenEvent(event: ReportEvent) {
  const payload: Record<string, unknown> = {};
  const hidden = STAFF_ONLY_KEYS[event.type] ?? [];
  for (const key of CITIZEN_PAYLOAD_KEYS) {
    if (key in event.payload && !hidden.includes(key)) {
      payload[key] = event.payload[key];
    }
  }
  return { type: event.type, occurredAt: event.occurred_at.toISOString(), details: payload };
}

export type PublicAttachment = {
  id: string;
  kind: string;
  contentType: string;
  url: string;
  thumbnailUrl: string | null;
};

/** Only a public, not confidential, not state-secret report reaches this presenter. */
export function presentPublicReport(
  report: Report,
  profile: RegulationProfile,
  extra: {
    fieldName: string | null;
    areaName: string | null;
    events: readonly ReportEvent[];
    attachments: readonly PublicAttachment[];
  },
) {
  const identity = publicIdentity(profile, {
    confidential: report.is_confidential,
    hideIdentity: report.hide_identity,
    consentToPublish: report.consent_public_identity,
  });
  const isAnswerPublic = report.publication === 'public' && report.published_at !== null;
  return {
    trackingCode: report.tracking_code,
    title: report.title,
    content: report.content,
    state: report.state,
    kind: report.kind,
    field: extra.fieldName,
    area: extra.areaName,
    location: {
      latitude: report.latitude,
      longitude: report.longitude,
      address: report.address,
    },
    receivedAt: report.received_at.toISOString(),
    reporterName: identity.showName ? report.reporter_name : null,
    answer: isAnswerPublic ? report.answer : null,
    publishedAt: isAnswerPublic ? (report.published_at?.toISOString() ?? null) : null,
    rating: isAnswerPublic ? report.rating : null,
    timeline: extra.events
      .filter((e) => e.is_public)
      .map((e) => ({ type: e.type, occurredAt: e.occurred_at.toISOString() })),
    attachments: extra.attachments,
  };
}

export function presentPrivateReport(
  report: Report,
  extra: {
    fieldName: string | null;
    areaName: string | null;
    events: readonly ReportEvent[];
    attachments: readonly PublicAttachment[];
    availableActions: readonly string[];
  },
) {
  const hasAnswer = report.answered_at !== null && report.publication !== 'withheld';
  return {
    trackingCode: report.tracking_code,
    version: report.version,
    title: report.title,
    content: report.content,
    state: report.state,
    kind: report.kind,
    field: extra.fieldName,
    area: extra.areaName,
    location: {
      latitude: report.latitude,
      longitude: report.longitude,
      address: report.address,
    },
    receivedAt: report.received_at.toISOString(),
    reporter: {
      name: report.reporter_name,
      phone: report.reporter_phone,
      email: report.reporter_email,
      language: report.reporter_language,
    },
    isConfidential: report.is_confidential,
    answer: hasAnswer ? report.answer : null,
    answeredAt: hasAnswer ? (report.answered_at?.toISOString() ?? null) : null,
    rating: report.rating,
    timeline: extra.events.filter(isCitizenEvent).map(presentCitizenEvent),
    attachments: extra.attachments,
    availableActions: extra.availableActions,
  };
}

/** Events the reporter sees in the private view: their own and those addressed to them. */
const CITIZEN_EVENTS = new Set([
  'report.information_requested',
  'report.information_supplemented',
  'report.answer_ready',
  'report.sent_privately',
  'report.withheld',
  // The profile tells the reporter of these (DEFAULT_REPORTER_NOTIFICATIONS); their timeline shows them.
  'assignment.extended',
  'assignment.reappointed',
  'assignment.forwarded_to_back_office',
]);

function isCitizenEvent(event: ReportEvent): boolean {
  return event.is_public || CITIZEN_EVENTS.has(event.type);
}
