import {
  array,
  boolean,
  number,
  object,
  optional,
  string,
  unknownRecord,
} from '../../../lib/decode';

/** A report as staff see it (no reporter identity), with the actions the caller may take now. */
export const staffReportDecoder = object({
  id: string,
  trackingCode: string,
  version: number,
  state: string,
  channel: string,
  kind: string,
  title: string,
  content: string,
  contentOriginal: optional(string),
  isContentEdited: boolean,
  location: object({
    latitude: optional(number),
    longitude: optional(number),
    address: optional(string),
  }),
  fieldId: optional(string),
  track: string,
  receivedAt: string,
  incidentAt: optional(string),
  isConfidential: boolean,
  isStateSecret: boolean,
  intakeCenterId: optional(string),
  leadAgencyId: optional(string),
  isOverdue: boolean,
  answer: optional(string),
  answeredAt: optional(string),
  publishedAt: optional(string),
  rating: optional(string),
  assignments: array(
    object({
      id: string,
      agencyId: string,
      role: string,
      state: string,
      receivedAt: string,
      acceptedAt: optional(string),
      extensionCount: number,
    }),
  ),
  deadlines: array(
    object({
      id: string,
      step: string,
      assignmentId: optional(string),
      unitId: string,
      startedAt: string,
      dueAt: string,
      overdueAt: optional(string),
      isExtended: boolean,
      article: string,
    }),
  ),
  availableActions: array(object({ action: string, assignmentId: optional(string) })),
});
export type StaffReport = ReturnType<typeof staffReportDecoder>;
export type Assignment = StaffReport['assignments'][number];
export type ReportDeadline = StaffReport['deadlines'][number];
export type OfferedAction = StaffReport['availableActions'][number];

export const reportEventDecoder = object({
  seq: number,
  type: string,
  occurredAt: string,
  actorKind: string,
  actorRole: optional(string),
  actorUnitId: optional(string),
  toState: optional(string),
  payload: unknownRecord,
  isPublic: boolean,
});
export type ReportEvent = ReturnType<typeof reportEventDecoder>;

export const reporterDecoder = object({
  name: optional(string),
  phone: optional(string),
  email: optional(string),
  address: optional(string),
  citizenId: optional(string),
  language: string,
  consentPublicIdentity: boolean,
  consentDataProcessing: boolean,
  isIdentityHidden: boolean,
});
export type ReporterIdentity = ReturnType<typeof reporterDecoder>;
