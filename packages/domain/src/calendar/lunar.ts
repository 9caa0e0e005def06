import { newMoonJulianDay, sunApparentLongitude } from './astronomy';
import {
  JDN_OF_EPOCH,
  civilFromDays,
  daysFromCivil,
  formatLocalDate,
  parseLocalDate,
} from './local-date';
import type { LocalDate } from './types';

/**
 * The Vietnamese lunisolar calendar (âm lịch), computed for meridian 105°E (UTC+7) with the rules
 * published by Hồ Ngọc Đức ("Thuật toán tính âm lịch", VIETNAM.md §1.5), written from the rules and
 * Meeus' formulas (see astronomy.ts), not from any existing implementation:
 * 1. a month begins on the local (UTC+7) day that contains the new moon;
 * 2. the winter solstice (sun at 270°) always falls in month 11;
 * 3. if 13 months start between two consecutive month-11 starts, the first month after month 11
 *    that contains no major solar term (sun at a multiple of 30°) is a leap month, numbered like the
 *    month before it. Rule 3 counts from month 11, not from Tết: this is what gives 2033 a leap
 *    month 11. Month 9 of 2033 (from 23/9) also lacks a major term, but only 12 months separate
 *    month 11 of 2032 from month 11 of 2033, so it is not leap ("the 2033 problem").
 * UTC+7 is why Vietnam and China (UTC+8) differ in some years (Tết 1968, 1985, 2007, 2030 …).
 */

export type LunarDate = { year: number; month: number; day: number; isLeapMonth: boolean };

export type LunarMonth = {
  year: number;
  month: number;
  isLeapMonth: boolean;
  /** Solar date of day 1 (mùng 1). */
  start: LocalDate;
  /** 29 (tháng thiếu) or 30 (tháng đủ). */
  length: number;
};

/** Supported range: every solar date in it converts; lunar years 1899–2100 convert back. */
export const LUNAR_CALENDAR_RANGE = { from: '1900-01-01', to: '2100-12-31' } as const;
const MIN_LUNAR_YEAR = 1899;
const MAX_LUNAR_YEAR = 2100;

const TIME_ZONE_DAYS = 7 / 24;
const SYNODIC_MONTH = 29.530588861;
/** Julian Day of new moon k = 0 (2000-01-06), used only to estimate k. */
const NEW_MOON_EPOCH_JD = 2_451_550.1;

const newMoonDayCache = new Map<number, number>();

/** Julian Day Number of the local (UTC+7) day containing new moon k. */
function newMoonDay(k: number): number {
  const cached = newMoonDayCache.get(k);
  if (cached !== undefined) {
    return cached;
  }
  const day = Math.floor(newMoonJulianDay(k) + 0.5 + TIME_ZONE_DAYS);
  newMoonDayCache.set(k, day);
  return day;
}

/** The lunation whose month contains the local day `jdn`. */
function lunationContaining(jdn: number): number {
  let k = Math.floor((jdn - NEW_MOON_EPOCH_JD) / SYNODIC_MONTH);
  while (newMoonDay(k + 1) <= jdn) {
    k += 1;
  }
  while (newMoonDay(k) > jdn) {
    k -= 1;
  }
  return k;
}

/** Which 30° sector (0–11) the sun is in at the local midnight that begins day `jdn`. */
function sunSectorAtStartOf(jdn: number): number {
  return Math.floor(sunApparentLongitude(jdn - 0.5 - TIME_ZONE_DAYS) / 30);
}

const month11Cache = new Map<number, number>();
const leapOffsetCache = new Map<number, number | null>();

/** The lunation that is month 11 (containing the winter solstice) of Gregorian year `year`. */
function month11Lunation(year: number): number {
  const cached = month11Cache.get(year);
  if (cached !== undefined) {
    return cached;
  }
  // The month in progress on 31 December started before the solstice unless the sun had already
  // reached 270° (sector 9) when it began; then the solstice is in the month before.
  const k = lunationContaining(daysFromCivil(year, 12, 31) + JDN_OF_EPOCH);
  const result = sunSectorAtStartOf(newMoonDay(k)) >= 9 ? k - 1 : k;
  month11Cache.set(year, result);
  return result;
}

/**
 * Offset (1–12) from month 11 of `year` of the leap month that follows it, or null when only 12
 * months separate it from the next month 11.
 */
function leapOffsetAfter(year: number): number | null {
  const cached = leapOffsetCache.get(year);
  if (cached !== undefined) {
    return cached;
  }
  const first = month11Lunation(year);
  let result: number | null = null;
  if (month11Lunation(year + 1) - first === 13) {
    result = firstMonthWithoutMajorTerm(first);
  }
  leapOffsetCache.set(year, result);
  return result;
}

function firstMonthWithoutMajorTerm(month11: number): number {
  for (let offset = 1; offset <= 12; offset += 1) {
    const sector = sunSectorAtStartOf(newMoonDay(month11 + offset));
    if (sector === sunSectorAtStartOf(newMoonDay(month11 + offset + 1))) {
      return offset;
    }
  }
  // Unreachable: 13 months cannot all hold one of the 12 major terms (pigeonhole).
  throw new Error(`No month without a major solar term after lunation ${month11}`);
}

/** Month number (1–12) of the month `offset` lunations after month 11, with no leap before it. */
const monthAtOffset = (offset: number): number => ((offset + 10) % 12) + 1;

function assertLunarYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_LUNAR_YEAR || year > MAX_LUNAR_YEAR) {
    throw new RangeError(
      `Lunar year ${year} is outside the supported range ${MIN_LUNAR_YEAR}–${MAX_LUNAR_YEAR}`,
    );
  }
}

/** Lunar date of a solar date (1900-01-01 … 2100-12-31). */
export function solarToLunar(date: LocalDate): LunarDate {
  if (date < LUNAR_CALENDAR_RANGE.from || date > LUNAR_CALENDAR_RANGE.to) {
    throw new RangeError(`${date} is outside the supported range of the lunar calendar`);
  }
  const jdn = parseLocalDate(date) + JDN_OF_EPOCH;
  const k = lunationContaining(jdn);
  const gregorianYear = civilFromDays(jdn - JDN_OF_EPOCH).year;
  // The month-11 that starts the stretch holding this month: this year's, or last year's.
  const anchorYear = month11Lunation(gregorianYear) <= k ? gregorianYear : gregorianYear - 1;
  let offset = k - month11Lunation(anchorYear);
  const leapOffset = leapOffsetAfter(anchorYear);
  const isLeapMonth = leapOffset === offset;
  if (leapOffset !== null && offset >= leapOffset) {
    offset -= 1;
  }
  const month = monthAtOffset(offset);
  return {
    year: month >= 11 ? anchorYear : anchorYear + 1,
    month,
    day: jdn - newMoonDay(k) + 1,
    isLeapMonth,
  };
}

/** The lunation of a lunar month, or a RangeError when that month does not exist. */
function lunationOf(year: number, month: number, isLeapMonth: boolean): number {
  assertLunarYear(year);
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`Lunar month must be 1–12, got ${month}`);
  }
  const anchorYear = month >= 11 ? year : year - 1;
  const offset = (month + 1) % 12;
  const leapOffset = leapOffsetAfter(anchorYear);
  if (isLeapMonth && (leapOffset === null || leapOffset !== offset + 1)) {
    throw new RangeError(`Lunar year ${year} has no leap month ${month}`);
  }
  const shifted = isLeapMonth || (leapOffset !== null && offset >= leapOffset);
  return month11Lunation(anchorYear) + offset + (shifted ? 1 : 0);
}

/** Solar date of a lunar date; RangeError for a month or day that does not exist. */
export function lunarToSolar(
  year: number,
  month: number,
  day: number,
  isLeapMonth = false,
): LocalDate {
  const k = lunationOf(year, month, isLeapMonth);
  const start = newMoonDay(k);
  const length = newMoonDay(k + 1) - start;
  if (!Number.isInteger(day) || day < 1 || day > length) {
    throw new RangeError(
      `Lunar month ${month}${isLeapMonth ? ' (leap)' : ''}/${year} has ${length} days, not day ${day}`,
    );
  }
  return formatLocalDate(start + day - 1 - JDN_OF_EPOCH);
}

/** The leap month of lunar year `year` (1–12), or null. */
export function leapMonthOf(year: number): number | null {
  assertLunarYear(year);
  // Months 11 and 12 of `year` follow month 11 of `year`; months 1–10 follow that of `year − 1`.
  const early = leapOffsetAfter(year - 1);
  if (early !== null) {
    const month = monthAtOffset(early - 1);
    if (month <= 10) {
      return month;
    }
  }
  const late = leapOffsetAfter(year);
  if (late !== null && late <= 2) {
    return monthAtOffset(late - 1);
  }
  return null;
}

/** The months of lunar year `year`, from tháng Giêng (month 1) to tháng Chạp (month 12). */
export function lunarYearMonths(year: number): LunarMonth[] {
  const leapMonth = leapMonthOf(year);
  const months: LunarMonth[] = [];
  for (let month = 1; month <= 12; month += 1) {
    for (const isLeapMonth of month === leapMonth ? [false, true] : [false]) {
      const k = lunationOf(year, month, isLeapMonth);
      const start = newMoonDay(k);
      months.push({
        year,
        month,
        isLeapMonth,
        start: formatLocalDate(start - JDN_OF_EPOCH),
        length: newMoonDay(k + 1) - start,
      });
    }
  }
  return months;
}
