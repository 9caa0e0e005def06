import {
  array,
  boolean,
  number,
  object,
  optional,
  optionalArray,
  string,
  unknownRecord,
} from '../../../lib/decode';

const locationDecoder = object({
  latitude: optional(number),
  longitude: optional(number),
  address: optional(string),
});

const attachmentDecoder = object({
  id: string,
  kind: string,
  contentType: string,
  url: string,
  thumbnailUrl: optional(string),
});
export type ReportAttachment = ReturnType<typeof attachmentDecoder>;

/** What anyone may read of a report by its tracking code (never the reporter's contact). */
export const publicReportDecoder = object({
  trackingCode: string,
  title: string,
  content: string,
  state: string,
  kind: optional(string),
  field: optional(string),
  area: optional(string),
  location: optional(locationDecoder),
  receivedAt: string,
  reporterName: optional(string),
  answer: optional(string),
  publishedAt: optional(string),
  rating: optional(string),
  timeline: array(object({ type: string, occurredAt: string })),
  attachments: optionalArray(attachmentDecoder),
});
export type PublicReport = ReturnType<typeof publicReportDecoder>;

/** The reporter's own view (tracking code + phone): the whole citizen-facing story. */
export const privateReportDecoder = object({
  trackingCode: string,
  version: number,
  title: string,
  content: string,
  state: string,
  kind: optional(string),
  field: optional(string),
  area: optional(string),
  location: optional(locationDecoder),
  receivedAt: string,
  reporter: object({
    name: optional(string),
    phone: optional(string),
    email: optional(string),
    language: optional(string),
  }),
  isConfidential: boolean,
  answer: optional(string),
  answeredAt: optional(string),
  rating: optional(string),
  timeline: array(object({ type: string, occurredAt: string, details: unknownRecord })),
  attachments: optionalArray(attachmentDecoder),
  availableActions: array(string),
});
export type PrivateReport = ReturnType<typeof privateReportDecoder>;
export type ReportLocation = ReturnType<typeof locationDecoder>;
