/** Pure questions a server or screen asks of a profile. */
import type { WorkingCalendar } from '../calendar/types';
import type { FieldRequirement, ReporterRequirements } from '../schemas/reporter-requirements';
import type { SubmitReportOptions } from '../schemas/submit-report';
import type {
  FastTrack,
  RatingLevel,
  RatingOption,
  RegulationProfile,
  StepId,
  StepRule,
  TrackId,
} from './types';

export function findStepRule(profile: RegulationProfile, id: StepId): StepRule | undefined {
  return profile.steps.find((rule) => rule.id === id);
}

/**
 * The absolute due instant of `step` when its clock starts at `start`, on the calendar of the
 * unit whose step it is (W6; the caller picks that calendar). null when the profile has no such
 * step. Durations follow W1–W4 and W9 through the calendar contract.
 */
export function computeStepDeadline(
  profile: RegulationProfile,
  step: StepId,
  start: Date,
  calendar: WorkingCalendar,
): Date | null {
  const rule = findStepRule(profile, step);
  if (!rule) {
    return null;
  }
  return calendar.add(start, rule.duration);
}

/**
 * The fast track a new report runs on: the field must be one of the track's categories, and the
 * report must describe an incident (Khánh Hòa Điều 10 "sự cố"; Sóc Trăng Điều 8.6 "khẩn cấp").
 */
export function fastTrackFor(
  profile: RegulationProfile,
  fieldCode: string | null,
  isIncident: boolean,
): FastTrack | undefined {
  if (!isIncident || fieldCode === null) {
    return undefined;
  }
  return profile.fastTracks.find((track) => track.fields.includes(fieldCode));
}

export function findFastTrack(profile: RegulationProfile, id: TrackId): FastTrack | undefined {
  return profile.fastTracks.find((track) => track.id === id);
}

export type IdentityRequest = {
  confidential: boolean;
  /** Vĩnh Long Điều 5.4: the reporter asked to hide name and address. */
  hideIdentity: boolean;
  /** Sóc Trăng Điều 4.5: the reporter consented to showing personal data. */
  consentToPublish: boolean;
};

/** What the public view of an answered report may show of the reporter. */
export function publicIdentity(
  profile: RegulationProfile,
  request: IdentityRequest,
): { showName: boolean; showAddress: boolean } {
  // Confidential reports never show identity in any seed (Khánh Hòa Điều 9.2, Sóc Trăng Điều 9.3.b,
  // Vĩnh Long Điều 10.2).
  if (request.confidential) {
    return { showName: false, showAddress: false };
  }
  switch (profile.publication.identity) {
    case 'shown_unless_hidden':
      // Vĩnh Long Điều 5.4 shows "họ tên, địa điểm" — the incident's place, not the reporter's address.
      return { showName: !request.hideIdentity, showAddress: false };
    case 'only_with_consent':
      return { showName: request.consentToPublish, showAddress: request.consentToPublish };
    case 'never':
      return { showName: false, showAddress: false };
  }
}

export type ReporterDetails = Partial<Record<keyof ReporterRequirements, string | null>>;

/** The required reporter fields that are missing or blank. */
export function missingReporterFields(
  requirements: ReporterRequirements,
  details: ReporterDetails,
): (keyof ReporterRequirements)[] {
  const keys = Object.keys(requirements) as (keyof ReporterRequirements)[];
  return keys.filter((key) => {
    const requirement: FieldRequirement = requirements[key];
    const value = details[key];
    return (
      requirement === 'required' && (value === undefined || value === null || value.trim() === '')
    );
  });
}

export function findRatingOption(
  profile: RegulationProfile,
  level: RatingLevel,
): RatingOption | undefined {
  return profile.rating?.scale.find((option) => option.level === level);
}

/**
 * The options of `submitReportSchema(profile.reporter, …)` that follow from the profile's reporter
 * rules: a mobile phone (Khánh Hòa Điều 5.3), Vietnamese with diacritics (Khánh Hòa Điều 5.2) and
 * consent to use personal data (Sóc Trăng Điều 4.5). `extra` adds what the caller knows: the mode
 * (citizen or operator) and the clock.
 */
export function submitReportOptions(
  profile: RegulationProfile,
  extra: Pick<SubmitReportOptions, 'mode' | 'now' | 'clockSkewMs' | 'contentMinLength'> = {},
): SubmitReportOptions {
  return {
    ...extra,
    isMobilePhoneRequired: profile.reporterRules.mobilePhone,
    isDiacriticsRequired: profile.reporterRules.language === 'vi_with_diacritics',
    isDataProcessingConsentRequired: profile.reporterRules.dataProcessingConsent,
  };
}
