export { VALIDATION_MESSAGES } from './messages';
export type { LocalisedMessage } from './messages';
export type { FieldRequirement, ReporterRequirements } from './reporter-requirements';
export {
  LANDLINE_PHONE_PATTERN,
  MOBILE_PHONE_PATTERN,
  PHONE_INPUT_PATTERN,
  normalisePhone,
  phoneKind,
  phoneSchema,
  toE164,
} from './phone';
export type { PhoneKind } from './phone';
export {
  CITIZEN_ID_PATTERN,
  CITIZEN_ID_PROVINCE_CODES,
  citizenIdSchema,
  isValidCitizenId,
  parseCitizenId,
} from './citizen-id';
export type { CitizenIdParts } from './citizen-id';
export {
  VIETNAM_BOUNDING_BOX,
  VIETNAM_REGIONS,
  coordinatesSchema,
  isInsideVietnam,
  latitudeSchema,
  longitudeSchema,
} from './coordinates';
export type { GeoBox } from './coordinates';
export {
  ADDRESS_MAX_LENGTH,
  EMAIL_MAX_LENGTH,
  NAME_MAX_LENGTH,
  NAME_PATTERN,
  addressSchema,
  emailSchema,
  nameSchema,
  omitBlankFields,
} from './text-fields';
export {
  IF_VALID_SO_FAR,
  dateTimeSchema,
  lineSchema,
  multilineSchema,
  pastDateTimeSchema,
} from './primitives';
export type { Clock } from './primitives';
export {
  CLOCK_SKEW_MS,
  CONTENT_MAX_LENGTH,
  CONTENT_MIN_LENGTH,
  PUBLIC_CHANNELS,
  REPORTER_LANGUAGES,
  REPORT_CHANNELS,
  REPORT_KINDS,
  TITLE_MAX_LENGTH,
  TITLE_MIN_LENGTH,
} from './report-options';
export type { ReportChannel, ReportKind, ReporterLanguage } from './report-options';
export { submitReportSchema } from './submit-report';
export type {
  SubmitReport,
  SubmitReportInput,
  SubmitReportOptions,
  SubmitReportSchema,
} from './submit-report';
export { firstErrorByPath, issueMessage, toFieldErrors } from './field-errors';
export type { FieldError } from './field-errors';
export { isReporterIdentityPublic } from './reporter-identity';
export type { IdentityPublicationRule, ReporterPrivacy } from './reporter-identity';
