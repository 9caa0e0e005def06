import { IF_VALID_SO_FAR, stringOf } from './primitives';

/**
 * Vietnamese phone numbers, in the national form "0…".
 *
 * - Mobile: 10 digits, 03x, 05x, 07x, 08x or 09x. Since the 2018–2019 renumbering (15/9/2018 –
 *   30/6/2019) no mobile number has 11 digits; the old 01xx prefixes are converted here (Viettel
 *   0162–0169 → 032–039; MobiFone 0120/0121/0122/0126/0128 → 070/079/077/076/078; VinaPhone
 *   0123/0124/0125/0127/0129 → 083/084/085/081/082; Vietnamobile 0186/0188 → 056/058; Gmobile
 *   0199 → 059), so a number kept in an old address book still matches the same subscriber.
 *   Every 03x/05x/07x/08x/09x prefix is accepted, including ones not yet assigned to a carrier:
 *   refusing a real new number is worse than accepting an unused one (an SMS proves it).
 * - Landline: 11 digits, "02" + area code (2 or 3 digits since the 2017 area-code change, e.g.
 *   024 Hà Nội, 0258 Khánh Hòa, 0299 Sóc Trăng) + subscriber number.
 *
 * Input may use +84, 84, 0084 or 0, "(0)" after the country code, and spaces, dots, dashes or
 * parentheses between groups: "+84 912 345 678", "0912.345.678", "(0258) 3822 123".
 */
export type PhoneKind = 'mobile' | 'landline';

export const MOBILE_PHONE_PATTERN = /^0[35789]\d{8}$/;
export const LANDLINE_PHONE_PATTERN = /^02\d{9}$/;
/** What a phone field accepts before normalisation (also its JSON Schema `pattern`). */
export const PHONE_INPUT_PATTERN = /^\+?[\d\s().-]{9,24}$/;

const LEGACY_MOBILE_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['0120', '070'],
  ['0121', '079'],
  ['0122', '077'],
  ['0126', '076'],
  ['0128', '078'],
  ['0123', '083'],
  ['0124', '084'],
  ['0125', '085'],
  ['0127', '081'],
  ['0129', '082'],
  ['0162', '032'],
  ['0163', '033'],
  ['0164', '034'],
  ['0165', '035'],
  ['0166', '036'],
  ['0167', '037'],
  ['0168', '038'],
  ['0169', '039'],
  ['0186', '056'],
  ['0188', '058'],
  ['0199', '059'],
]);

/**
 * The national form ("0912345678", "02583822123") of a Vietnamese mobile or landline number, or
 * null when the input is not one.
 */
export function normalisePhone(input: string): string | null {
  const compact = input.trim().replace(/[\s().-]/g, '');
  if (!/^\+?\d+$/.test(compact)) {
    return null;
  }
  let national: string;
  if (compact.startsWith('+')) {
    if (!compact.startsWith('+84')) {
      return null;
    }
    national = withTrunkZero(compact.slice(3));
  } else if (compact.startsWith('0084')) {
    national = withTrunkZero(compact.slice(4));
  } else if (compact.startsWith('84') && compact.length >= 11) {
    national = withTrunkZero(compact.slice(2));
  } else {
    national = compact;
  }
  const legacy = LEGACY_MOBILE_PREFIXES.get(national.slice(0, 4));
  if (legacy !== undefined && national.length === 11) {
    national = legacy + national.slice(4);
  }
  return phoneKind(national) === null ? null : national;
}

/** Whether a national-form number is a mobile or a landline number; null for neither. */
export function phoneKind(national: string): PhoneKind | null {
  if (MOBILE_PHONE_PATTERN.test(national)) {
    return 'mobile';
  }
  if (LANDLINE_PHONE_PATTERN.test(national)) {
    return 'landline';
  }
  return null;
}

/** "0912345678" → "+84912345678" (E.164, for SMS gateways). */
export function toE164(national: string): string {
  return `+84${national.slice(1)}`;
}

// "+84 (0) 912…": the trunk 0 is not dialled after the country code but people still write it.
function withTrunkZero(subscriber: string): string {
  return subscriber.startsWith('0') ? subscriber : `0${subscriber}`;
}

/**
 * A phone number, normalised to the national form. With `isMobileRequired` (Khánh Hòa Điều 5.3:
 * "số điện thoại (di động)") a landline is refused with its own message.
 */
export function phoneSchema(options: { isMobileRequired?: boolean } = {}) {
  const { isMobileRequired = false } = options;
  return stringOf()
    .trim()
    .min(1, { error: 'required' })
    .regex(PHONE_INPUT_PATTERN, { error: 'phone.invalid', ...IF_VALID_SO_FAR })
    .overwrite((value) => normalisePhone(value) ?? value)
    .refine((value) => phoneKind(value) !== null, { error: 'phone.invalid', ...IF_VALID_SO_FAR })
    .refine((value) => !isMobileRequired || phoneKind(value) === 'mobile', {
      error: 'phone.mobile_required',
      ...IF_VALID_SO_FAR,
    });
}
