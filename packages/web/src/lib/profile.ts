import { getProfile, isProfileId } from '@paht/domain';
import type { RegulationProfile } from '@paht/domain';
import { useTenant } from './tenant';

/**
 * The regulation profile of the current tenant, from `@paht/domain` (the same data the server
 * decides with): reporter requirements, rating scale, reasons, deadlines' step names. null for a
 * profile this build does not know (a newer server); screens then fall back to what the server says.
 */
export function useTenantProfile(): RegulationProfile | null {
  const { tenant } = useTenant();
  return isProfileId(tenant.profileId) ? getProfile(tenant.profileId) : null;
}

/** The label of a rating level on the profile's own scale (Khánh Hòa: "Rất hài lòng" …). */
export function ratingLabel(
  profile: RegulationProfile | null,
  level: string,
  language: 'vi' | 'en',
): string {
  const option = profile?.rating?.scale.find((candidate) => candidate.level === level);
  return option ? option.label[language] : level;
}
