/** Regulation profiles (docs/profiles.md). */
export { HOA_BINH_1022 } from './hoa-binh-1022';
export { KHANH_HOA_2022 } from './khanh-hoa-2022';
export { KON_TUM_DVCQG } from './kon-tum-dvcqg';
export { SOC_TRANG_2024 } from './soc-trang-2024';
export { VINH_LONG_2020 } from './vinh-long-2020';
export { PROFILES, getProfile, isProfileId } from './registry';
export {
  PROFILE_OVERRIDE_MESSAGES,
  applyProfileOverrides,
  profileOverridesSchema,
} from './overrides';
export type {
  ApplyOverridesResult,
  ProfileOverrideError,
  ProfileOverrideErrorCode,
  ProfileOverrides,
} from './overrides';
export {
  computeStepDeadline,
  fastTrackFor,
  findFastTrack,
  findRatingOption,
  findStepRule,
  missingReporterFields,
  publicIdentity,
  submitReportOptions,
} from './rules';
export type { IdentityRequest, ReporterDetails } from './rules';
export { periodInstants, reportingPeriod, reportingPeriodContaining } from './reporting-periods';
export type { ReportingPeriod } from './reporting-periods';
export { CONTACT_KINDS, PROFILE_IDS, STEP_IDS } from './types';
export type {
  ContactKind,
  EscalationReason,
  EscalationRule,
  ExtensionRule,
  FastTrack,
  IdentityDisplay,
  PeriodCutoff,
  ProfileId,
  RatingLevel,
  RatingOption,
  RegulationProfile,
  RejectReason,
  ReferralKind,
  ReportPeriodKind,
  ReporterChannel,
  StepId,
  StepRule,
  TrackId,
} from './types';
