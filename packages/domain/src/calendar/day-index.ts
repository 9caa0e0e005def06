import { daysFromCivil, formatLocalDate } from './local-date';
import type { DayHours } from './schedule';

/** Local dates a working calendar covers; deadlines past the end are a RangeError. */
export const WORKING_CALENDAR_RANGE = { from: '1900-01-01', to: '2200-12-31' } as const;
const MIN_DAY = daysFromCivil(1900, 1, 1);
const MAX_DAY = daysFromCivil(2200, 12, 31);
const INITIAL_DAYS_BEFORE = 400;
const INITIAL_DAYS_AFTER = 1100;

/**
 * A precomputed table over a range of local days, so that a deadline is arithmetic rather than a
 * day-by-day walk (the hot path of every report list):
 * - hours[i]: office hours of day base + i (CLOSED on days off);
 * - ordinal[i]: working days before day i, so the n-th working day after day i is one lookup;
 * - cumulativeMs[i]: working milliseconds before day i, so W1 is a binary search;
 * - workDays[n]: index of the n-th working day.
 * The table grows (at least doubling) when a query falls outside it.
 */
export type DayTable = {
  base: number;
  count: number;
  hours: DayHours[];
  ordinal: Int32Array;
  cumulativeMs: Float64Array;
  workDays: Int32Array;
};

export type DayIndex = {
  /** The table covering [fromDay, toDay] (day numbers), extended if needed. */
  cover(fromDay: number, toDay: number): DayTable;
  /** The table with at least `ordinal + 1` working days from its start, extended if needed. */
  coverOrdinal(ordinal: number): DayTable;
};

export function createDayIndex(hoursOfDay: (day: number) => DayHours): DayIndex {
  let table: DayTable | null = null;

  const rebuild = (fromDay: number, toDay: number): DayTable => {
    const count = toDay - fromDay + 1;
    const hours: DayHours[] = new Array<DayHours>(count);
    const ordinal = new Int32Array(count + 1);
    const cumulativeMs = new Float64Array(count + 1);
    const workDays: number[] = [];
    for (let i = 0; i < count; i += 1) {
      const day = fromDay + i;
      const old =
        table && day >= table.base && day < table.base + table.count
          ? table.hours[day - table.base]
          : undefined;
      const h = old ?? hoursOfDay(day);
      hours[i] = h;
      const isWorking = h.totalMs > 0;
      if (isWorking) {
        workDays.push(i);
      }
      ordinal[i + 1] = (ordinal[i] ?? 0) + (isWorking ? 1 : 0);
      cumulativeMs[i + 1] = (cumulativeMs[i] ?? 0) + h.totalMs;
    }
    table = {
      base: fromDay,
      count,
      hours,
      ordinal,
      cumulativeMs,
      workDays: Int32Array.from(workDays),
    };
    return table;
  };

  const outOfRange = (day: number): RangeError =>
    new RangeError(
      `${formatLocalDate(day)} is outside the working calendar's range ${WORKING_CALENDAR_RANGE.from} – ${WORKING_CALENDAR_RANGE.to}`,
    );

  const cover = (fromDay: number, toDay: number): DayTable => {
    if (table && fromDay >= table.base && toDay < table.base + table.count) {
      return table;
    }
    if (fromDay < MIN_DAY || fromDay > MAX_DAY) {
      throw outOfRange(fromDay);
    }
    if (toDay > MAX_DAY || toDay < MIN_DAY) {
      throw outOfRange(toDay);
    }
    if (!table) {
      return rebuild(
        Math.max(MIN_DAY, fromDay - INITIAL_DAYS_BEFORE),
        Math.min(MAX_DAY, toDay + INITIAL_DAYS_AFTER),
      );
    }
    const oldEnd = table.base + table.count - 1;
    const grow = table.count;
    const newFrom =
      fromDay < table.base ? Math.max(MIN_DAY, Math.min(fromDay, table.base - grow)) : table.base;
    const newTo = toDay > oldEnd ? Math.min(MAX_DAY, Math.max(toDay, oldEnd + grow)) : oldEnd;
    return rebuild(newFrom, newTo);
  };

  const coverOrdinal = (wanted: number): DayTable => {
    let current = table;
    if (!current) {
      throw new Error('cover() a start day before asking for an ordinal');
    }
    while (current.workDays.length <= wanted) {
      const end = current.base + current.count - 1;
      if (end >= MAX_DAY) {
        throw new RangeError(
          `No such working day before ${WORKING_CALENDAR_RANGE.to}: does the calendar have office hours?`,
        );
      }
      current = cover(end + 1, end + 1);
    }
    return current;
  };

  return { cover, coverOrdinal };
}
