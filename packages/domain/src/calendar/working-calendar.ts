import { createDayIndex, type DayTable } from './day-index';
import {
  MS_PER_DAY,
  MS_PER_HOUR,
  MS_PER_MINUTE,
  VIETNAM_UTC_OFFSET_MINUTES,
  isoWeekday,
  parseLocalDate,
} from './local-date';
import { CLOSED, SWAPPED_WORKDAY_MASK, scheduleResolver, validateCalendarData } from './schedule';
import type { DayHours } from './schedule';
import type { CalendarData, CalendarDayData, Duration, WorkingCalendar } from './types';

/** W3: "1 ngày làm việc" is 8 working hours whatever the schedule (QĐ 188/1999/QĐ-TTg). */
export const WORKING_HOURS_PER_DAY = 8;

type DayOverride = 'off' | 'swap_workday';

/**
 * W5: what the dated rows say about each day. Confirmed rows outrank provisional ones on the same
 * date (the admin has spoken); among rows of equal standing a day off beats a swapped-in workday,
 * since a date cannot be both and being off is what every off-kind row asserts.
 */
function dayOverrides(days: readonly CalendarDayData[]): Map<number, DayOverride> {
  const confirmedDates = new Set(days.filter((d) => d.status === 'confirmed').map((d) => d.date));
  const result = new Map<number, DayOverride>();
  for (const d of days) {
    if (d.status !== 'confirmed' && confirmedDates.has(d.date)) {
      continue;
    }
    const day = parseLocalDate(d.date);
    const override: DayOverride = d.kind === 'swap_workday' ? 'swap_workday' : 'off';
    if (result.get(day) !== 'off') {
      result.set(day, override);
    }
  }
  return result;
}

/**
 * A working calendar from tenant or agency data (DOMAIN.md "Working time", rules W1–W5, W9).
 * Throws a RangeError listing every problem when the data is invalid (see validateCalendarData).
 */
export function buildCalendar(data: CalendarData): WorkingCalendar {
  const problems = validateCalendarData(data);
  if (problems.length > 0) {
    throw new RangeError(`Invalid calendar data: ${problems.join('; ')}`);
  }
  const offsetMs = (data.utcOffsetMinutes ?? VIETNAM_UTC_OFFSET_MINUTES) * MS_PER_MINUTE;
  const overrides = dayOverrides(data.days);
  const resolve = scheduleResolver(data.schedules);
  const index = createDayIndex((day): DayHours => {
    const override = overrides.get(day);
    if (override === 'off') {
      return CLOSED;
    }
    return override === 'swap_workday'
      ? resolve(day, SWAPPED_WORKDAY_MASK)
      : resolve(day, 1 << isoWeekday(day));
  });

  /** Local day number of an instant. */
  const dayOf = (ms: number): number => Math.floor((ms + offsetMs) / MS_PER_DAY);
  const instant = (table: DayTable, i: number, timeOfDay: number): Date =>
    new Date((table.base + i) * MS_PER_DAY + timeOfDay - offsetMs);

  /** Working ms from the table's start to `ms`: the W1 "odometer". */
  const position = (table: DayTable, ms: number): number => {
    const day = dayOf(ms);
    const i = day - table.base;
    const timeOfDay = ms + offsetMs - day * MS_PER_DAY;
    const hours = table.hours[i] ?? CLOSED;
    let worked = 0;
    for (let j = 0; j < hours.starts.length; j += 1) {
      const start = hours.starts[j] ?? 0;
      const end = hours.ends[j] ?? 0;
      if (timeOfDay <= start) {
        break;
      }
      worked += Math.min(timeOfDay, end) - start;
    }
    return (table.cumulativeMs[i] ?? 0) + worked;
  };

  /** The earliest instant at which the odometer reads `target` (> 0 working ms into a day). */
  const instantAtPosition = (startDay: number, target: number): Date => {
    let table = index.cover(startDay, startDay);
    while ((table.cumulativeMs[table.count] ?? 0) < target) {
      table = index.cover(table.base + table.count, table.base + table.count);
    }
    // First boundary i with cumulativeMs[i] >= target: the day i - 1 reaches the target.
    let lo = startDay - table.base + 1;
    let hi = table.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((table.cumulativeMs[mid] ?? 0) >= target) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    const i = lo - 1;
    const hours = table.hours[i] ?? CLOSED;
    let remaining = target - (table.cumulativeMs[i] ?? 0);
    for (let j = 0; j < hours.starts.length; j += 1) {
      const start = hours.starts[j] ?? 0;
      const length = (hours.ends[j] ?? 0) - start;
      if (remaining <= length) {
        // "<=": the amount is complete at the very end of an interval (W1: 11:30, not 13:00).
        return instant(table, i, start + remaining);
      }
      remaining -= length;
    }
    throw new Error('Unreachable: cumulative working time and day hours disagree');
  };

  /** The first office interval that opens strictly after `ms`. */
  const nextInterval = (ms: number): { opens: Date; closes: Date } => {
    const day = dayOf(ms);
    const table = index.cover(day, day);
    const i = day - table.base;
    const timeOfDay = ms + offsetMs - day * MS_PER_DAY;
    const hours = table.hours[i] ?? CLOSED;
    for (let j = 0; j < hours.starts.length; j += 1) {
      const start = hours.starts[j] ?? 0;
      if (timeOfDay < start) {
        return { opens: instant(table, i, start), closes: instant(table, i, hours.ends[j] ?? 0) };
      }
    }
    // ordinal[i + 1] counts the working days up to day i: it is the ordinal of the next one.
    const ordinal = table.ordinal[i + 1] ?? 0;
    const next = index.coverOrdinal(ordinal);
    const k = next.workDays[ordinal] ?? 0;
    const first = next.hours[k] ?? CLOSED;
    return {
      opens: instant(next, k, first.starts[0] ?? 0),
      closes: instant(next, k, first.ends[0] ?? 0),
    };
  };

  const isWorkingTime = (at: Date): boolean => {
    const ms = checkedTime(at);
    const day = dayOf(ms);
    const table = index.cover(day, day);
    const hours = table.hours[day - table.base] ?? CLOSED;
    const timeOfDay = ms + offsetMs - day * MS_PER_DAY;
    return hours.starts.some((start, j) => timeOfDay >= start && timeOfDay < (hours.ends[j] ?? 0));
  };

  const addWorkingHours = (start: Date, hours: number): Date => {
    const ms = checkedTime(start);
    const amountMs = Math.round(checkedAmount(hours) * MS_PER_HOUR);
    if (amountMs === 0) {
      return new Date(ms);
    }
    const day = dayOf(ms);
    const table = index.cover(day, day);
    return instantAtPosition(day, position(table, ms) + amountMs);
  };

  const addWorkingDays = (start: Date, days: number): Date => {
    const ms = checkedTime(start);
    if (!Number.isInteger(checkedAmount(days))) {
      return addWorkingHours(start, days * WORKING_HOURS_PER_DAY);
    }
    const day = dayOf(ms);
    const table = index.cover(day, day);
    const i = day - table.base;
    const hours = table.hours[i] ?? CLOSED;
    const timeOfDay = ms + offsetMs - day * MS_PER_DAY;
    // W2: the start day is this day if it is a working day and we are not past its close;
    // otherwise the next working day. Civil Code Art. 147(2): the start day is not counted.
    const startOrdinal =
      (table.ordinal[i] ?? 0) + (hours.totalMs > 0 && timeOfDay > hours.closeMs ? 1 : 0);
    const target = startOrdinal + days;
    const full = index.coverOrdinal(target);
    const k = full.workDays[target] ?? 0;
    return instant(full, k, (full.hours[k] ?? CLOSED).closeMs);
  };

  const calendar: WorkingCalendar = {
    isWorkingDay(date) {
      const day = parseLocalDate(date);
      const table = index.cover(day, day);
      return (table.hours[day - table.base] ?? CLOSED).totalMs > 0;
    },
    isWorkingTime,
    nextWorkingMoment(at) {
      if (isWorkingTime(at)) {
        return new Date(at.getTime());
      }
      return nextInterval(at.getTime()).opens;
    },
    addWorkingHours,
    addWorkingDays,
    addClockHours(start, hours) {
      // W4: clock time, 24/7, holidays included.
      return new Date(checkedTime(start) + Math.round(checkedAmount(hours) * MS_PER_HOUR));
    },
    endOfNextOfficeSession(at) {
      // W9 (Hòa Bình Điều 3.2, "vào giờ làm việc hành chính gần nhất"): the end of the next session
      // to open. Inside a session, that is the one after it, so a contact always gets one whole
      // session (a call at 11:29 is due at 17:00, not at 11:30).
      return nextInterval(checkedTime(at)).closes;
    },
    workingMinutesBetween(from, to) {
      const fromMs = checkedTime(from);
      const toMs = checkedTime(to);
      if (toMs <= fromMs) {
        return 0;
      }
      const table = index.cover(dayOf(fromMs), dayOf(toMs));
      return (position(table, toMs) - position(table, fromMs)) / MS_PER_MINUTE;
    },
    add(start, duration: Duration) {
      switch (duration.unit) {
        case 'working_hours':
          return addWorkingHours(start, duration.amount);
        case 'working_days':
          return addWorkingDays(start, duration.amount);
        case 'clock_hours':
          return calendar.addClockHours(start, duration.amount);
        case 'next_office_session':
          return calendar.endOfNextOfficeSession(start);
      }
    },
  };
  return calendar;
}

function checkedTime(at: Date): number {
  const ms = at.getTime();
  if (!Number.isFinite(ms)) {
    throw new RangeError('Invalid Date');
  }
  return ms;
}

function checkedAmount(amount: number): number {
  if (!Number.isFinite(amount) || amount < 0) {
    throw new RangeError(`A duration must be a finite non-negative number, got ${amount}`);
  }
  return amount;
}
