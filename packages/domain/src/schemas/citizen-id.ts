import { IF_VALID_SO_FAR, readClock, stringOf } from './primitives';
import type { Clock } from './primitives';

/**
 * The personal identification number (số định danh cá nhân), which is also the number of the
 * citizen identity card (CCCD, since 1/7/2024 "thẻ căn cước"): 12 digits (Nghị định 137/2015/NĐ-CP
 * Art. 13; Luật Căn cước 2023 Art. 12; Thông tư 59/2021/TT-BCA Art. 4, earlier Thông tư
 * 07/2016/TT-BCA Art. 7):
 *
 * - digits 1–3: the province where the birth was registered, one of the 63 codes of the list
 *   below (the provinces before the 1 July 2025 mergers: numbers already issued keep their code,
 *   and the 34 merged provinces kept codes from this list);
 * - digit 4: century of birth and sex (0/1 = 1900s male/female, 2/3 = 2000s, 4/5 = 2100s …);
 * - digits 5–6: the last two digits of the year of birth;
 * - digits 7–12: random.
 *
 * Only the 12-digit number is accepted: the identity card (CMND) could be used only until 31/12/2024
 * (transitional provisions of Luật Căn cước 2023). Caveat: the law also allows a country code for births
 * registered abroad; no public list of those codes was found, so such numbers are refused.
 */
export const CITIZEN_ID_PROVINCE_CODES: ReadonlyMap<string, string> = new Map([
  ['001', 'Hà Nội'],
  ['002', 'Hà Giang'],
  ['004', 'Cao Bằng'],
  ['006', 'Bắc Kạn'],
  ['008', 'Tuyên Quang'],
  ['010', 'Lào Cai'],
  ['011', 'Điện Biên'],
  ['012', 'Lai Châu'],
  ['014', 'Sơn La'],
  ['015', 'Yên Bái'],
  ['017', 'Hòa Bình'],
  ['019', 'Thái Nguyên'],
  ['020', 'Lạng Sơn'],
  ['022', 'Quảng Ninh'],
  ['024', 'Bắc Giang'],
  ['025', 'Phú Thọ'],
  ['026', 'Vĩnh Phúc'],
  ['027', 'Bắc Ninh'],
  ['030', 'Hải Dương'],
  ['031', 'Hải Phòng'],
  ['033', 'Hưng Yên'],
  ['034', 'Thái Bình'],
  ['035', 'Hà Nam'],
  ['036', 'Nam Định'],
  ['037', 'Ninh Bình'],
  ['038', 'Thanh Hóa'],
  ['040', 'Nghệ An'],
  ['042', 'Hà Tĩnh'],
  ['044', 'Quảng Bình'],
  ['045', 'Quảng Trị'],
  ['046', 'Thừa Thiên Huế'],
  ['048', 'Đà Nẵng'],
  ['049', 'Quảng Nam'],
  ['051', 'Quảng Ngãi'],
  ['052', 'Bình Định'],
  ['054', 'Phú Yên'],
  ['056', 'Khánh Hòa'],
  ['058', 'Ninh Thuận'],
  ['060', 'Bình Thuận'],
  ['062', 'Kon Tum'],
  ['064', 'Gia Lai'],
  ['066', 'Đắk Lắk'],
  ['067', 'Đắk Nông'],
  ['068', 'Lâm Đồng'],
  ['070', 'Bình Phước'],
  ['072', 'Tây Ninh'],
  ['074', 'Bình Dương'],
  ['075', 'Đồng Nai'],
  ['077', 'Bà Rịa - Vũng Tàu'],
  ['079', 'Hồ Chí Minh'],
  ['080', 'Long An'],
  ['082', 'Tiền Giang'],
  ['083', 'Bến Tre'],
  ['084', 'Trà Vinh'],
  ['086', 'Vĩnh Long'],
  ['087', 'Đồng Tháp'],
  ['089', 'An Giang'],
  ['091', 'Kiên Giang'],
  ['092', 'Cần Thơ'],
  ['093', 'Hậu Giang'],
  ['094', 'Sóc Trăng'],
  ['095', 'Bạc Liêu'],
  ['096', 'Cà Mau'],
]);

export const CITIZEN_ID_PATTERN = /^\d{12}$/;

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

export type CitizenIdParts = {
  provinceCode: string;
  provinceName: string;
  sex: 'male' | 'female';
  birthYear: number;
};

/** The parts of a valid number, or null. With `now`, a birth year in the future is invalid. */
export function parseCitizenId(id: string, now?: Clock): CitizenIdParts | null {
  if (!CITIZEN_ID_PATTERN.test(id)) {
    return null;
  }
  const provinceCode = id.slice(0, 3);
  const provinceName = CITIZEN_ID_PROVINCE_CODES.get(provinceCode);
  const centuryAndSex = Number(id.slice(3, 4));
  // Digits 4–9 are reserved for births from 2100 on.
  if (provinceName === undefined || centuryAndSex > 3) {
    return null;
  }
  const birthYear = 1900 + Math.floor(centuryAndSex / 2) * 100 + Number(id.slice(4, 6));
  if (now !== undefined) {
    const currentYear = new Date(readClock(now).getTime() + VIETNAM_OFFSET_MS).getUTCFullYear();
    if (birthYear > currentYear) {
      return null;
    }
  }
  return {
    provinceCode,
    provinceName,
    sex: centuryAndSex % 2 === 0 ? 'male' : 'female',
    birthYear,
  };
}

export function isValidCitizenId(id: string, now?: Clock): boolean {
  return parseCitizenId(id, now) !== null;
}

/** A 12-digit personal identification number; digits only (as printed on the card and in VNeID). */
export function citizenIdSchema(options: { now?: Clock } = {}) {
  return stringOf()
    .trim()
    .min(1, { error: 'required' })
    .regex(CITIZEN_ID_PATTERN, { error: 'citizen_id.invalid', ...IF_VALID_SO_FAR })
    .refine((value) => isValidCitizenId(value, options.now), {
      error: 'citizen_id.invalid',
      ...IF_VALID_SO_FAR,
    });
}
