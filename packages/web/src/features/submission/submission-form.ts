import {
  firstErrorByPath,
  omitBlankFields,
  submitReportOptions,
  submitReportSchema,
  toFieldErrors,
} from '@paht/domain';
import type { ContactKind, RegulationProfile, ReporterLanguage } from '@paht/domain';
import type { LocalisedText } from '../../i18n/translate';
import { fromZonedInputValue } from '../../lib/zoned-time';

/** The fields of the submission form, in the order they appear (and the error summary lists). */
export const SUBMISSION_FIELDS = [
  'kind',
  'title',
  'content',
  'address',
  'coordinates',
  'incidentAt',
  'name',
  'phone',
  'email',
  'reporterAddress',
  'citizenId',
  'language',
  'isConfidential',
  'isIdentityHidden',
  'publicIdentity',
  'dataProcessing',
] as const;
export type SubmissionField = (typeof SUBMISSION_FIELDS)[number];

export const SUBMISSION_FIELD_IDS: Record<SubmissionField, string> = {
  kind: 'report-kind',
  title: 'report-title',
  content: 'report-content',
  address: 'report-address',
  coordinates: 'report-coordinates',
  incidentAt: 'report-incident-at',
  name: 'reporter-name',
  phone: 'reporter-phone',
  email: 'reporter-email',
  reporterAddress: 'reporter-address',
  citizenId: 'reporter-citizen-id',
  language: 'reporter-language',
  isConfidential: 'report-confidential',
  isIdentityHidden: 'report-identity-hidden',
  publicIdentity: 'report-public-identity',
  dataProcessing: 'report-data-processing',
};

export type Coordinates = { latitude: number; longitude: number; accuracy: number | null };

export type SubmissionValues = {
  kind: ContactKind;
  title: string;
  content: string;
  address: string;
  coordinates: Coordinates | null;
  /** A `datetime-local` value, read in the tenant's time zone. */
  incidentAt: string;
  name: string;
  phone: string;
  email: string;
  reporterAddress: string;
  citizenId: string;
  language: ReporterLanguage;
  isConfidential: boolean;
  isIdentityHidden: boolean;
  publicIdentity: boolean;
  dataProcessing: boolean;
};

export function initialValues(
  profile: RegulationProfile,
  language: ReporterLanguage,
): SubmissionValues {
  return {
    kind: profile.scope.contactKinds[0] ?? 'report',
    title: '',
    content: '',
    address: '',
    coordinates: null,
    incidentAt: '',
    name: '',
    phone: '',
    email: '',
    reporterAddress: '',
    citizenId: '',
    language,
    isConfidential: false,
    isIdentityHidden: false,
    publicIdentity: false,
    dataProcessing: false,
  };
}

/**
 * The request body of `POST /api/reports` for these values: only what the profile asks for (a
 * hidden field is not sent), times as instants, blank fields left out (`omitBlankFields`).
 */
export function submissionBody(
  values: SubmissionValues,
  profile: RegulationProfile,
  timeZone: string,
): Record<string, unknown> {
  const required = profile.reporter;
  const shown = (requirement: string) => requirement !== 'hidden';
  const reporter: Record<string, string> = { language: values.language };
  if (shown(required.name)) {
    reporter.name = values.name;
  }
  if (shown(required.phone)) {
    reporter.phone = values.phone;
  }
  if (shown(required.email)) {
    reporter.email = values.email;
  }
  if (shown(required.address)) {
    reporter.address = values.reporterAddress;
  }
  if (shown(required.citizenId)) {
    reporter.citizenId = values.citizenId;
  }
  const body: Record<string, unknown> = {
    reporter,
    consent: { publicIdentity: values.publicIdentity, dataProcessing: values.dataProcessing },
    isConfidential: values.isConfidential,
    isIdentityHidden: values.isIdentityHidden,
    kind: values.kind,
    channel: 'web',
    title: values.title,
    content: values.content,
  };
  if (shown(required.location) && (values.address.trim() !== '' || values.coordinates)) {
    body.location = {
      address: values.address,
      ...(values.coordinates
        ? { latitude: values.coordinates.latitude, longitude: values.coordinates.longitude }
        : {}),
    };
  }
  if (shown(required.incidentTime)) {
    const incidentAt = fromZonedInputValue(values.incidentAt, timeZone);
    if (incidentAt) {
      body.incidentAt = incidentAt;
    }
  }
  return omitBlankFields(body);
}

/** A path of the shared schema (`reporter.phone`, `location`) as the form field that shows it. */
export function submissionFieldOf(path: string): string {
  const [head, tail] = path.split('.');
  switch (head) {
    case 'reporter':
      return tail === 'address' ? 'reporterAddress' : (tail ?? 'name');
    case 'location':
      return tail === 'latitude' || tail === 'longitude' ? 'coordinates' : 'address';
    case 'consent':
      return tail === 'publicIdentity' ? 'publicIdentity' : 'dataProcessing';
    default:
      return path;
  }
}

/**
 * The browser's check, with the very schema the server applies for this profile
 * (`submitReportSchema` + `submitReportOptions`): the same rules and the same words.
 */
export function validateSubmission(
  body: Record<string, unknown>,
  profile: RegulationProfile,
): Partial<Record<SubmissionField, LocalisedText>> {
  const schema = submitReportSchema(
    profile.reporter,
    submitReportOptions(profile, { mode: 'public' }),
  );
  const result = schema.safeParse(body);
  if (result.success) {
    return {};
  }
  const errors: Partial<Record<SubmissionField, LocalisedText>> = {};
  for (const error of Object.values(firstErrorByPath(toFieldErrors(result.error.issues)))) {
    const name = submissionFieldOf(error.path);
    const field = SUBMISSION_FIELDS.find((candidate) => candidate === name);
    if (field) {
      errors[field] ??= error.message;
    }
  }
  return errors;
}
