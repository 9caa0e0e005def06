import type { LocalDate, LocalTime } from './types';

/**
 * Pure calendar arithmetic on local dates, as day numbers (days since 1970-01-01 in the proleptic
 * Gregorian calendar). Nothing here reads the host's time zone: we never use the local-time Date
 * constructor or getters, only integer math and the UTC epoch.
 */

export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;
/** Asia/Ho_Chi_Minh: UTC+7 all year, no daylight saving (VIETNAM.md §2.1). */
export const VIETNAM_UTC_OFFSET_MINUTES = 420;
/** Julian Day Number of 1970-01-01 (day number 0). */
export const JDN_OF_EPOCH = 2_440_588;

export type CivilDate = { year: number; month: number; day: number };

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_TIME = /^(\d{2}):(\d{2})$/;

/** Day number of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Inverse of daysFromCivil. */
export function civilFromDays(dayNumber: number): CivilDate {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function daysInMonth(year: number, month: number): number {
  return (
    daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) -
    daysFromCivil(year, month, 1)
  );
}

/** Parses 'YYYY-MM-DD' strictly (real calendar date) into a day number. */
export function parseLocalDate(date: LocalDate): number {
  const match = LOCAL_DATE.exec(date);
  if (!match) {
    throw new RangeError(`Not a local date 'YYYY-MM-DD': ${JSON.stringify(date)}`);
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`No such date: ${date}`);
  }
  return daysFromCivil(year, month, day);
}

export function isLocalDate(value: string): boolean {
  try {
    parseLocalDate(value);
    return true;
  } catch {
    return false;
  }
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

export function formatCivilDate({ year, month, day }: CivilDate): LocalDate {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

export function formatLocalDate(dayNumber: number): LocalDate {
  return formatCivilDate(civilFromDays(dayNumber));
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(dayNumber: number): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

/** Parses 'HH:MM' (00:00 to 24:00) into minutes after midnight. */
export function parseLocalTime(time: LocalTime): number {
  const match = LOCAL_TIME.exec(time);
  if (!match) {
    throw new RangeError(`Not a local time 'HH:MM': ${JSON.stringify(time)}`);
  }
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  if (Number(match[2]) > 59 || minutes > 24 * 60) {
    throw new RangeError(`No such time: ${time}`);
  }
  return minutes;
}

/** The local date of an instant in a zone `utcOffsetMinutes` east of UTC. */
export function localDateOf(at: Date, utcOffsetMinutes = VIETNAM_UTC_OFFSET_MINUTES): LocalDate {
  return formatLocalDate(
    Math.floor((at.getTime() + utcOffsetMinutes * MS_PER_MINUTE) / MS_PER_DAY),
  );
}

/**
 * The instant of a local wall-clock time, e.g. zonedInstant('2026-02-16', '07:30') is
 * 2026-02-16T00:30:00Z. Vietnam has no daylight saving, so every local time exists exactly once.
 */
export function zonedInstant(
  date: LocalDate,
  time: LocalTime = '00:00',
  utcOffsetMinutes = VIETNAM_UTC_OFFSET_MINUTES,
): Date {
  const minutes = parseLocalTime(time) - utcOffsetMinutes;
  return new Date(parseLocalDate(date) * MS_PER_DAY + minutes * MS_PER_MINUTE);
}

/**
 * An instant as local ISO 8601 with its offset, e.g. '2026-02-23T08:30:00+07:00' (milliseconds
 * only when present), for logs, tests and messages a reviewer checks by hand.
 */
export function formatInstant(at: Date, utcOffsetMinutes = VIETNAM_UTC_OFFSET_MINUTES): string {
  const local = at.getTime() + utcOffsetMinutes * MS_PER_MINUTE;
  const day = Math.floor(local / MS_PER_DAY);
  const msOfDay = local - day * MS_PER_DAY;
  const ms = msOfDay % 1000;
  const seconds = Math.floor(msOfDay / 1000);
  const time = `${pad2(Math.floor(seconds / 3600))}:${pad2(Math.floor(seconds / 60) % 60)}:${pad2(seconds % 60)}`;
  const sign = utcOffsetMinutes < 0 ? '-' : '+';
  const offset = Math.abs(utcOffsetMinutes);
  const fraction = ms === 0 ? '' : `.${String(ms).padStart(3, '0')}`;
  return `${formatLocalDate(day)}T${time}${fraction}${sign}${pad2(Math.floor(offset / 60))}:${pad2(offset % 60)}`;
}

/** Adds whole days to a local date. */
export function addDays(date: LocalDate, days: number): LocalDate {
  return formatLocalDate(parseLocalDate(date) + days);
}
