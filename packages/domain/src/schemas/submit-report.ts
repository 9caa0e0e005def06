import { z } from 'zod';
import { hasVietnameseDiacritics } from '../text/clean-text';
import { citizenIdSchema } from './citizen-id';
import { isInsideVietnam, latitudeSchema, longitudeSchema } from './coordinates';
import { phoneSchema } from './phone';
import {
  IF_VALID_SO_FAR,
  areaCodeSchema,
  codeSchema,
  enumSchema,
  flagSchema,
  lineSchema,
  multilineSchema,
  pastDateTimeSchema,
} from './primitives';
import type { Clock } from './primitives';
import {
  CLOCK_SKEW_MS,
  CONTENT_MAX_LENGTH,
  CONTENT_MIN_LENGTH,
  PUBLIC_CHANNELS,
  REPORT_CHANNELS,
  REPORT_KINDS,
  REPORTER_LANGUAGES,
  TITLE_MAX_LENGTH,
  TITLE_MIN_LENGTH,
} from './report-options';
import type { FieldRequirement, ReporterRequirements } from './reporter-requirements';
import { ADDRESS_MAX_LENGTH, addressSchema, emailSchema, nameSchema } from './text-fields';

/**
 * Rules a profile adds to its `ReporterRequirements` (the profile engineer may move them into the
 * profile; until then the caller passes them).
 */
export type SubmitReportOptions = {
  /** `public`: a citizen's own submission; `operator`: staff entering a call, mail or letter. */
  mode?: 'public' | 'operator';
  /** The server's clock. Read at validation time, so one schema may serve many requests. */
  now?: Clock;
  clockSkewMs?: number;
  /** Khánh Hòa Điều 5.3: "số điện thoại (di động)". */
  isMobilePhoneRequired?: boolean;
  /** Khánh Hòa Điều 5.2 ("tiếng Việt có dấu"); default true. Not applied to English reporters. */
  isDiacriticsRequired?: boolean;
  /** Sóc Trăng Điều 4.5: using the reporter's personal data to handle the report needs consent. */
  isDataProcessingConsentRequired?: boolean;
  contentMinLength?: number;
};

type Shape = Record<string, z.ZodType>;
type OptionalShape<S extends Shape> = { [K in keyof S]: z.ZodOptional<S[K]> };

/**
 * A shape whose fields are required, optional or left out according to `requirements`. Requirements
 * are run-time data (one profile per tenant), so the static type is the widest one: every field
 * optional. At run time a required field is the schema itself (JSON Schema lists it in `required`)
 * and a hidden one is not in the shape at all, so a value sent for it is dropped, not stored.
 */
function requirementShape<S extends Shape>(
  requirements: { [K in keyof S]: FieldRequirement },
  schemas: S,
): OptionalShape<S> {
  const shape: Shape = {};
  for (const [key, schema] of Object.entries(schemas)) {
    const requirement = requirements[key];
    if (requirement === 'required') {
      shape[key] = schema;
    } else if (requirement === 'optional') {
      shape[key] = schema.optional();
    }
  }
  return shape as OptionalShape<S>;
}

function reporterSchema(requirements: ReporterRequirements, options: SubmitReportOptions) {
  const fields = requirementShape(
    {
      name: requirements.name,
      phone: requirements.phone,
      email: requirements.email,
      address: requirements.address,
      citizenId: requirements.citizenId,
    },
    {
      name: nameSchema(),
      phone: phoneSchema({ isMobileRequired: options.isMobilePhoneRequired ?? false }),
      email: emailSchema(),
      address: addressSchema(),
      citizenId: citizenIdSchema({ now: options.now }),
    },
  );
  return z.object({ ...fields, language: enumSchema(REPORTER_LANGUAGES).default('vi') });
}

/**
 * The incident's place (Sóc Trăng Điều 4.3: "địa điểm phản ánh (phải rõ ràng, chính xác)"): a
 * point, an address, or both; an area code when the form resolved one. When the profile requires
 * a location, one of point or address must be given.
 */
function locationSchema(isRequired: boolean) {
  return z
    .object(
      {
        latitude: latitudeSchema().optional(),
        longitude: longitudeSchema().optional(),
        address: lineSchema(1, ADDRESS_MAX_LENGTH).optional(),
        areaCode: areaCodeSchema().optional(),
      },
      { error: (issue) => (issue.input === undefined ? 'location.required' : 'value.invalid') },
    )
    .superRefine(checkLocation(isRequired), IF_VALID_SO_FAR);
}

function checkLocation(isRequired: boolean) {
  return (
    location: { latitude?: number; longitude?: number; address?: string },
    context: z.RefinementCtx,
  ): void => {
    const { latitude, longitude, address } = location;
    if ((latitude === undefined) !== (longitude === undefined)) {
      const path = latitude === undefined ? 'latitude' : 'longitude';
      context.addIssue({ code: 'custom', message: 'coordinates.incomplete', path: [path] });
      return;
    }
    if (
      latitude !== undefined &&
      longitude !== undefined &&
      !isInsideVietnam(latitude, longitude)
    ) {
      context.addIssue({
        code: 'custom',
        message: 'coordinates.outside_vietnam',
        path: ['latitude'],
      });
      return;
    }
    if (isRequired && latitude === undefined && address === undefined) {
      context.addIssue({ code: 'custom', message: 'location.required', path: [] });
    }
  };
}

type Consent = { publicIdentity: boolean; dataProcessing: boolean };

/**
 * Consents (Sóc Trăng Điều 4.5). When the profile requires consent to data processing, the object
 * is required and `dataProcessing` must be `true` (JSON Schema: `const: true`); otherwise both
 * default to false.
 */
function consentSchema(
  isDataProcessingRequired: boolean,
): z.ZodType<Consent, Partial<Consent> | undefined> {
  if (isDataProcessingRequired) {
    return z.object(
      {
        publicIdentity: flagSchema(),
        dataProcessing: z.literal(true, { error: 'consent.data_processing_required' }),
      },
      { error: 'consent.data_processing_required' },
    );
  }
  return z
    .object({ publicIdentity: flagSchema(), dataProcessing: flagSchema() })
    .default({ publicIdentity: false, dataProcessing: false });
}

/**
 * The schema of a report submission for one regulation profile: reporter details as the profile
 * requires them (DOMAIN.md "reporter must give"), consent and privacy flags, the report itself, and,
 * for operators, the channel it came through and when it was received.
 *
 * Build it per request (or per tenant, with `now` as a function); never at module level with a
 * fixed `now`. Optional fields are omitted when empty: forms run `omitBlankFields` first.
 */
export function submitReportSchema(
  requirements: ReporterRequirements,
  options: SubmitReportOptions = {},
) {
  const { mode = 'public', now, clockSkewMs = CLOCK_SKEW_MS } = options;
  const contentMinLength = options.contentMinLength ?? CONTENT_MIN_LENGTH;
  const isOperator = mode === 'operator';
  const isDiacriticsRequired = options.isDiacriticsRequired ?? true;
  const timing = requirementShape(
    { incidentAt: requirements.incidentTime, receivedAt: isOperator ? 'required' : 'hidden' },
    {
      incidentAt: pastDateTimeSchema(now, clockSkewMs),
      // Operators enter the time a call or letter came in; it cannot be in the future.
      receivedAt: pastDateTimeSchema(now, clockSkewMs),
    },
  );
  const place = requirementShape(
    { location: requirements.location },
    { location: locationSchema(requirements.location === 'required') },
  );
  const channel = isOperator
    ? enumSchema(REPORT_CHANNELS)
    : enumSchema(PUBLIC_CHANNELS).default('web');
  return z
    .object({
      reporter: reporterSchema(requirements, options),
      consent: consentSchema(options.isDataProcessingConsentRequired ?? false),
      /** Sóc Trăng Điều 9.3.b, Vĩnh Long Điều 10.2: the answer goes to the reporter only. */
      isConfidential: flagSchema(),
      /** Vĩnh Long Điều 5.4: name and address are not shown with the public report. */
      isIdentityHidden: flagSchema(),
      kind: enumSchema(REPORT_KINDS).default('report'),
      channel,
      title: lineSchema(TITLE_MIN_LENGTH, TITLE_MAX_LENGTH),
      content: multilineSchema(contentMinLength, CONTENT_MAX_LENGTH, 'content.too_short'),
      fieldCode: codeSchema().optional(),
      ...place,
      ...timing,
    })
    .refine((report) => !isDiacriticsRequired || hasDiacriticsOrIsEnglish(report), {
      error: 'content.no_diacritics',
      path: ['content'],
      // Shown together with the other mistakes, not after they are fixed.
      when: (payload) => !payload.issues.some((issue) => issue.path?.[0] === 'content'),
    })
    .refine(
      ({ incidentAt, receivedAt }) =>
        typeof incidentAt !== 'string' ||
        typeof receivedAt !== 'string' ||
        !(Date.parse(incidentAt) > Date.parse(receivedAt) + clockSkewMs),
      {
        error: 'incident_at.after_received',
        path: ['incidentAt'],
        when: (payload) =>
          !payload.issues.some((issue) =>
            ['incidentAt', 'receivedAt'].includes(String(issue.path?.[0])),
          ),
      },
    );
}

/** Runs on possibly invalid input (see `when` above), so it checks types itself. */
function hasDiacriticsOrIsEnglish(report: { content: unknown; reporter: unknown }): boolean {
  const { content, reporter } = report;
  if (typeof content !== 'string') {
    return true;
  }
  const language =
    typeof reporter === 'object' && reporter !== null && 'language' in reporter
      ? reporter.language
      : 'vi';
  return language === 'en' || hasVietnameseDiacritics(content);
}

export type SubmitReportSchema = ReturnType<typeof submitReportSchema>;
/** A validated, normalised submission (NFC text, national-form phone). */
export type SubmitReport = z.output<SubmitReportSchema>;
/** What a client sends (defaults not yet applied). */
export type SubmitReportInput = z.input<SubmitReportSchema>;
