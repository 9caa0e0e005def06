import { HOA_BINH_1022 } from './hoa-binh-1022';
import { KHANH_HOA_2022 } from './khanh-hoa-2022';
import { KON_TUM_DVCQG } from './kon-tum-dvcqg';
import { SOC_TRANG_2024 } from './soc-trang-2024';
import { PROFILE_IDS } from './types';
import type { ProfileId, RegulationProfile } from './types';
import { VINH_LONG_2020 } from './vinh-long-2020';

export const PROFILES: Readonly<Record<ProfileId, RegulationProfile>> = {
  'khanh-hoa-2022': KHANH_HOA_2022,
  'kon-tum-dvcqg': KON_TUM_DVCQG,
  'soc-trang-2024': SOC_TRANG_2024,
  'hoa-binh-1022': HOA_BINH_1022,
  'vinh-long-2020': VINH_LONG_2020,
};

export function isProfileId(value: string): value is ProfileId {
  return (PROFILE_IDS as readonly string[]).includes(value);
}

/** The built-in profile; a tenant's overrides are applied on top (`applyProfileOverrides`). */
export function getProfile(id: ProfileId): RegulationProfile {
  return PROFILES[id];
}
