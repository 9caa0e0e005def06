/**
 * Tenant overrides of a profile (ARCHITECTURE.md "Data": profile overrides are data an
 * administrator edits). A tenant may change step durations, the rating-change window and the
 * field categories of a fast track; anything else is a code or profile change. Invalid input is
 * returned as typed errors, never thrown.
 */
import { z } from 'zod';
import type { Duration, DurationUnit } from '../calendar/types';
import type { LocalisedMessage } from '../schemas/messages';
import type { RegulationProfile, StepId } from './types';

const DURATION_UNITS = [
  'working_hours',
  'working_days',
  'clock_hours',
  'next_office_session',
] as const;

const durationSchema = z.strictObject({
  amount: z.number().positive(),
  unit: z.enum(DURATION_UNITS),
});

export const profileOverridesSchema = z.strictObject({
  steps: z.record(z.string(), durationSchema).optional(),
  ratingChangeWindow: durationSchema.nullable().optional(),
  fastTrackFields: z.record(z.string(), z.array(z.string().min(1)).min(1)).optional(),
});
export type ProfileOverrides = z.infer<typeof profileOverridesSchema>;

export type ProfileOverrideErrorCode =
  | 'invalid_overrides'
  | 'unknown_setting'
  | 'unknown_step'
  | 'unknown_fast_track'
  | 'invalid_duration'
  | 'non_positive_duration'
  | 'unknown_unit'
  | 'unit_not_allowed'
  | 'duration_too_long'
  | 'invalid_field_list';

export type ProfileOverrideError = {
  code: ProfileOverrideErrorCode;
  /** Dotted path into the overrides, e.g. `steps.handling.unit`. */
  path: string;
  message: LocalisedMessage;
};

export type ApplyOverridesResult =
  { ok: true; profile: RegulationProfile } | { ok: false; errors: ProfileOverrideError[] };

export const PROFILE_OVERRIDE_MESSAGES: Record<ProfileOverrideErrorCode, LocalisedMessage> = {
  invalid_overrides: { vi: 'Cấu hình không hợp lệ.', en: 'The overrides are not valid.' },
  unknown_setting: { vi: 'Không có thiết lập này.', en: 'There is no such setting.' },
  unknown_step: { vi: 'Quy định không có bước này.', en: 'The profile has no such step.' },
  unknown_fast_track: {
    vi: 'Quy định không có quy trình này.',
    en: 'The profile has no such fast track.',
  },
  invalid_duration: { vi: 'Thời hạn không hợp lệ.', en: 'The duration is not valid.' },
  non_positive_duration: {
    vi: 'Thời hạn phải lớn hơn 0.',
    en: 'The duration must be greater than 0.',
  },
  unknown_unit: { vi: 'Đơn vị thời gian không hợp lệ.', en: 'Unknown unit of time.' },
  unit_not_allowed: {
    vi: 'Đơn vị thời gian không phù hợp với bước này.',
    en: 'This unit of time does not fit the step.',
  },
  duration_too_long: { vi: 'Thời hạn quá dài.', en: 'The duration is too long.' },
  invalid_field_list: {
    vi: 'Danh sách lĩnh vực không hợp lệ.',
    en: 'The field list is not valid.',
  },
};

/** Working hours and days convert into each other (W3); clock time and W9 sessions do not. */
function unitFamily(unit: DurationUnit): string {
  return unit === 'working_hours' || unit === 'working_days' ? 'working_time' : unit;
}

/** A year of each unit: longer is a typing mistake, not a regulation. */
const MAX_AMOUNT: Record<DurationUnit, number> = {
  working_days: 250,
  working_hours: 2000,
  clock_hours: 8784,
  next_office_session: 1,
};

function error(code: ProfileOverrideErrorCode, path: string): ProfileOverrideError {
  return { code, path, message: PROFILE_OVERRIDE_MESSAGES[code] };
}

function codeOfIssue(issue: z.core.$ZodIssue): ProfileOverrideErrorCode {
  const last = issue.path[issue.path.length - 1];
  switch (issue.code) {
    case 'unrecognized_keys':
      return 'unknown_setting';
    case 'too_small':
      return last === 'amount' ? 'non_positive_duration' : 'invalid_field_list';
    case 'invalid_value':
      return last === 'unit' ? 'unknown_unit' : 'invalid_overrides';
    default:
      if (last === 'amount' || last === 'unit') {
        return last === 'unit' ? 'unknown_unit' : 'invalid_duration';
      }
      return issue.path[0] === 'fastTrackFields' ? 'invalid_field_list' : 'invalid_overrides';
  }
}

function issuePath(issue: z.core.$ZodIssue): string {
  const base = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => (base ? `${base}.${key}` : key)).join(',');
  }
  return base;
}

function checkDuration(
  duration: Duration,
  path: string,
  expected: DurationUnit,
): ProfileOverrideError[] {
  if (unitFamily(duration.unit) !== unitFamily(expected)) {
    return [error('unit_not_allowed', `${path}.unit`)];
  }
  if (duration.amount > MAX_AMOUNT[duration.unit]) {
    return [error('duration_too_long', `${path}.amount`)];
  }
  return [];
}

function stepUnit(profile: RegulationProfile, id: string): DurationUnit | undefined {
  if (id === 'progress_update') {
    return profile.progressUpdates?.every.unit;
  }
  return profile.steps.find((rule) => rule.id === id)?.duration.unit;
}

function semanticErrors(
  profile: RegulationProfile,
  overrides: ProfileOverrides,
): ProfileOverrideError[] {
  const errors: ProfileOverrideError[] = [];
  for (const [id, duration] of Object.entries(overrides.steps ?? {})) {
    const unit = stepUnit(profile, id);
    errors.push(
      ...(unit
        ? checkDuration(duration, `steps.${id}`, unit)
        : [error('unknown_step', `steps.${id}`)]),
    );
  }
  const window = overrides.ratingChangeWindow;
  if (window && !profile.rating) {
    errors.push(error('unknown_setting', 'ratingChangeWindow'));
  } else if (window) {
    // A rating window is either clock time or working time, never a W9 session.
    const expected = window.unit === 'clock_hours' ? 'clock_hours' : 'working_days';
    errors.push(...checkDuration(window, 'ratingChangeWindow', expected));
  }
  for (const id of Object.keys(overrides.fastTrackFields ?? {})) {
    if (!profile.fastTracks.some((track) => track.id === id)) {
      errors.push(error('unknown_fast_track', `fastTrackFields.${id}`));
    }
  }
  return errors;
}

function merge(profile: RegulationProfile, overrides: ProfileOverrides): RegulationProfile {
  const steps = overrides.steps ?? {};
  const durationOf = (id: StepId, current: Duration): Duration => steps[id] ?? current;
  const fields = overrides.fastTrackFields ?? {};
  return {
    ...profile,
    steps: profile.steps.map((rule) => ({ ...rule, duration: durationOf(rule.id, rule.duration) })),
    progressUpdates: profile.progressUpdates && {
      ...profile.progressUpdates,
      every: durationOf('progress_update', profile.progressUpdates.every),
    },
    rating: profile.rating && {
      ...profile.rating,
      changeWindow:
        overrides.ratingChangeWindow === undefined
          ? profile.rating.changeWindow
          : overrides.ratingChangeWindow,
    },
    fastTracks: profile.fastTracks.map((track) => ({
      ...track,
      fields: fields[track.id] ?? track.fields,
    })),
  };
}

/** Validates `overrides` (unknown input from the database or an admin form) and applies them. */
export function applyProfileOverrides(
  profile: RegulationProfile,
  overrides: unknown,
): ApplyOverridesResult {
  const parsed = profileOverridesSchema.safeParse(overrides);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => error(codeOfIssue(issue), issuePath(issue))),
    };
  }
  const errors = semanticErrors(profile, parsed.data);
  if (errors.length > 0) {
    return { ok: false, errors };
  }
  return { ok: true, profile: merge(profile, parsed.data) };
}
