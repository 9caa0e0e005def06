/**
 * The closed lists a report submission uses (DOMAIN.md glossary).
 *
 * Kinds: a field report (phản ánh hiện trường), and the three contacts of Hòa Bình's call centre
 * (Điều 4: inquiry = hỏi đáp, feedback on regulations and officials = phản ánh, recommendation =
 * kiến nghị) plus its requests for postal delivery of procedure results (Điều 8.2).
 */
export const REPORT_KINDS = [
  'report',
  'inquiry',
  'feedback',
  'recommendation',
  'delivery_request',
] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/**
 * Channels (kênh tiếp nhận): web portal, mobile app, chatbot (Khánh Hòa Điều 4), e-mail, hotline
 * 1022, the National Public Service Portal (Kon Tum), walk-in, paper letter, fax (QĐ 31/2021 Art.
 * 43(2) via Kon Tum), and Open311 clients.
 */
export const REPORT_CHANNELS = [
  'web',
  'mobile_app',
  'chatbot',
  'email',
  'hotline',
  'national_portal',
  'walk_in',
  'paper',
  'fax',
  'open311',
] as const;
export type ReportChannel = (typeof REPORT_CHANNELS)[number];

/** What a citizen's own submission may name; every other channel is entered by an operator. */
export const PUBLIC_CHANNELS = ['web', 'mobile_app'] as const satisfies readonly ReportChannel[];

/** The language the reporter is answered in (the UI is Vietnamese first, English second). */
export const REPORTER_LANGUAGES = ['vi', 'en'] as const;
export type ReporterLanguage = (typeof REPORTER_LANGUAGES)[number];

export const CONTENT_MIN_LENGTH = 20;
export const CONTENT_MAX_LENGTH = 10_000;
export const TITLE_MIN_LENGTH = 5;
export const TITLE_MAX_LENGTH = 200;
/** How far ahead of the server's clock a submitted time may be (a phone's clock runs fast). */
export const CLOCK_SKEW_MS = 5 * 60 * 1000;
