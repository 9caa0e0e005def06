import {
  MS_PER_MINUTE,
  VIETNAM_UTC_OFFSET_MINUTES,
  civilFromDays,
  daysInMonth,
  isLocalDate,
  parseLocalDate,
  parseLocalTime,
} from './local-date';
import type { CalendarData, CalendarDayKind, OfficeScheduleData } from './types';

const DAY_KINDS: readonly CalendarDayKind[] = [
  'holiday',
  'make_up_off',
  'swap_off',
  'swap_workday',
  'ad_hoc_off',
];
const MONTH_DAY = /^(\d{2})-(\d{2})$/;

/** 'MM-DD' as month·100 + day, or null when malformed (29 February is allowed). */
function parseMonthDay(value: string): number | null {
  const match = MONTH_DAY.exec(value);
  if (!match) {
    return null;
  }
  const month = Number(match[1]);
  const day = Number(match[2]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(2000, month)) {
    return null;
  }
  return month * 100 + day;
}

const tryTime = (time: string): number | null => {
  try {
    return parseLocalTime(time);
  } catch {
    return null;
  }
};

function scheduleProblems(s: OfficeScheduleData, at: string): string[] {
  const problems: string[] = [];
  if (!isLocalDate(s.validFrom)) {
    problems.push(`${at}.validFrom is not a date 'YYYY-MM-DD'`);
  }
  if (s.validTo != null && (!isLocalDate(s.validTo) || s.validTo < s.validFrom)) {
    problems.push(`${at}.validTo must be a date on or after validFrom`);
  }
  const hasFrom = s.seasonFrom != null;
  if (hasFrom !== (s.seasonTo != null)) {
    problems.push(`${at}: seasonFrom and seasonTo go together`);
  }
  for (const key of ['seasonFrom', 'seasonTo'] as const) {
    const value = s[key];
    if (value != null && parseMonthDay(value) === null) {
      problems.push(`${at}.${key} is not a day of the year 'MM-DD'`);
    }
  }
  if (s.weekdays.length === 0 || s.weekdays.some((w) => !Number.isInteger(w) || w < 1 || w > 7)) {
    problems.push(`${at}.weekdays must list ISO weekdays 1–7`);
  }
  const spans: Array<{ start: number; end: number }> = [];
  s.intervals.forEach((interval, i) => {
    const start = tryTime(interval.start);
    const end = tryTime(interval.end);
    if (start === null || end === null || start >= end) {
      problems.push(`${at}.intervals[${i}] must be 'HH:MM' to a later 'HH:MM' (24:00 at most)`);
    } else {
      spans.push({ start, end });
    }
  });
  spans.sort((a, b) => a.start - b.start);
  // Touching intervals are allowed (two sessions back to back); overlapping ones are a typo.
  if (spans.some((span, i) => i > 0 && span.start < (spans[i - 1]?.end ?? 0))) {
    problems.push(`${at}: office intervals overlap`);
  }
  return problems;
}

/** Everything wrong with calendar data, for an admin form; empty when buildCalendar accepts it. */
export function validateCalendarData(data: CalendarData): string[] {
  const problems: string[] = [];
  const offset = data.utcOffsetMinutes ?? VIETNAM_UTC_OFFSET_MINUTES;
  if (!Number.isInteger(offset) || offset < -720 || offset > 840) {
    problems.push('utcOffsetMinutes must be a whole number of minutes between -720 and 840');
  }
  data.schedules.forEach((s, i) => problems.push(...scheduleProblems(s, `schedules[${i}]`)));
  data.days.forEach((d, i) => {
    if (!isLocalDate(d.date)) {
      problems.push(`days[${i}].date is not a date 'YYYY-MM-DD'`);
    }
    if (!DAY_KINDS.includes(d.kind)) {
      problems.push(`days[${i}].kind is not one of ${DAY_KINDS.join(', ')}`);
    }
    if (d.status !== 'provisional' && d.status !== 'confirmed') {
      problems.push(`days[${i}].status must be provisional or confirmed`);
    }
  });
  return problems;
}

/** Office hours of one day as sorted [start, end) pairs in ms after local midnight. */
export type DayHours = { starts: number[]; ends: number[]; totalMs: number; closeMs: number };

export const CLOSED: DayHours = { starts: [], ends: [], totalMs: 0, closeMs: 0 };

type ParsedSchedule = {
  order: number;
  validFrom: number;
  validTo: number;
  season: { from: number; to: number } | null;
  weekdayMask: number;
  hours: DayHours;
};

function toHours(intervals: OfficeScheduleData['intervals']): DayHours {
  const spans = intervals
    .map((i) => ({
      start: parseLocalTime(i.start) * MS_PER_MINUTE,
      end: parseLocalTime(i.end) * MS_PER_MINUTE,
    }))
    .sort((a, b) => a.start - b.start);
  return {
    starts: spans.map((span) => span.start),
    ends: spans.map((span) => span.end),
    totalMs: spans.reduce((sum, span) => sum + span.end - span.start, 0),
    closeMs: spans.at(-1)?.end ?? 0,
  };
}

/**
 * Resolves the office hours of a day. Among the schedules valid on the date, in season and
 * listing the weekday, the most specific wins: a seasonal one over a year-round one, then the
 * later validFrom, then the later in the list. A schedule with no intervals closes its weekdays.
 */
export function scheduleResolver(
  schedules: readonly OfficeScheduleData[],
): (day: number, weekdayMask: number) => DayHours {
  const parsed: ParsedSchedule[] = schedules.map((s, order) => ({
    order,
    validFrom: parseLocalDate(s.validFrom),
    validTo: s.validTo == null ? Number.POSITIVE_INFINITY : parseLocalDate(s.validTo),
    season:
      s.seasonFrom != null && s.seasonTo != null
        ? { from: parseMonthDay(s.seasonFrom) ?? 0, to: parseMonthDay(s.seasonTo) ?? 0 }
        : null,
    weekdayMask: s.weekdays.reduce((mask, w) => mask | (1 << w), 0),
    hours: toHours(s.intervals),
  }));

  /** Office hours of `day`; `weekdayMask` selects the weekday(s) to look up. */
  return (day: number, weekdayMask: number): DayHours => {
    const civil = civilFromDays(day);
    const monthDay = civil.month * 100 + civil.day;
    let best: ParsedSchedule | null = null;
    for (const s of parsed) {
      if (day < s.validFrom || day > s.validTo || (s.weekdayMask & weekdayMask) === 0) {
        continue;
      }
      if (s.season && !inSeason(monthDay, s.season)) {
        continue;
      }
      if (best === null || isMoreSpecific(s, best)) {
        best = s;
      }
    }
    return best ? best.hours : CLOSED;
  };
}

/**
 * W5: a swapped-in Saturday has the hours a weekday of that date would have, so it is looked up
 * as "any of Monday–Friday" (bits 1–5 of a weekday mask, bit n = ISO weekday n).
 */
export const SWAPPED_WORKDAY_MASK = 0b0111110;

function inSeason(monthDay: number, season: { from: number; to: number }): boolean {
  // A season such as 15/10–14/4 wraps the year end.
  return season.from <= season.to
    ? monthDay >= season.from && monthDay <= season.to
    : monthDay >= season.from || monthDay <= season.to;
}

function isMoreSpecific(a: ParsedSchedule, b: ParsedSchedule): boolean {
  if ((a.season !== null) !== (b.season !== null)) {
    return a.season !== null;
  }
  if (a.validFrom !== b.validFrom) {
    return a.validFrom > b.validFrom;
  }
  return a.order > b.order;
}
