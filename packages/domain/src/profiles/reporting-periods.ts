/**
 * Periodic-report ranges (DOMAIN.md "Periodic reports"). With the `decree_09_2019` cut-off
 * (Decree 09/2019/NĐ-CP Art. 12, required by Sóc Trăng Điều 11.8) a period runs from the 15th of
 * the month before it to the 14th of its last month: a monthly report covers 15 Apr–14 May, Q1
 * covers 15 Dec–14 Mar, a half-year 15 Dec–14 Jun (or 15 Jun–14 Dec), nine months 15 Dec–14 Sep
 * and a year 15 Dec–14 Dec. With `calendar` it is the plain calendar month, quarter, half or year.
 * Pure: dates are 'YYYY-MM-DD' strings in the tenant's zone; `periodInstants` turns them into UTC.
 */
import type { LocalDate } from '../calendar/types';
import type { PeriodCutoff, ReportPeriodKind } from './types';

/** Inclusive local-date range. */
export type ReportingPeriod = {
  kind: ReportPeriodKind;
  year: number;
  /** 1-based: month 1–12, quarter 1–4, half 1–2; always 1 for nine_months and year. */
  index: number;
  from: LocalDate;
  to: LocalDate;
};

/** Number of months in a period and the index of the month that ends each one. */
const SHAPE: Record<ReportPeriodKind, { count: number; lastMonth: (index: number) => number }> = {
  month: { count: 12, lastMonth: (index) => index },
  quarter: { count: 4, lastMonth: (index) => index * 3 },
  half_year: { count: 2, lastMonth: (index) => index * 6 },
  nine_months: { count: 1, lastMonth: () => 9 },
  year: { count: 1, lastMonth: () => 12 },
};

const FIRST_MONTH: Record<ReportPeriodKind, (index: number) => number> = {
  month: (index) => index,
  quarter: (index) => index * 3 - 2,
  half_year: (index) => index * 6 - 5,
  nine_months: () => 1,
  year: () => 1,
};

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function localDate(year: number, month: number, day: number): LocalDate {
  // Date.UTC normalises month 0 to December of the year before, and day 0 to the last day of
  // the month before, which is all the arithmetic we need.
  const date = new Date(Date.UTC(year, month - 1, day));
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/** The range of one period; null when `index` is out of range for `kind`. */
export function reportingPeriod(
  kind: ReportPeriodKind,
  year: number,
  index: number,
  cutoff: PeriodCutoff,
): ReportingPeriod | null {
  const shape = SHAPE[kind];
  if (!Number.isInteger(index) || index < 1 || index > shape.count || !Number.isInteger(year)) {
    return null;
  }
  const first = FIRST_MONTH[kind](index);
  const last = shape.lastMonth(index);
  if (cutoff === 'decree_09_2019') {
    // Half-year and nine-month periods all open on 15 Dec of the year before, except the second
    // half, which continues from the first (15 Jun).
    const opensInDecember =
      kind === 'nine_months' || kind === 'year' || (kind === 'half_year' && index === 1);
    const from = opensInDecember ? localDate(year - 1, 12, 15) : localDate(year, first - 1, 15);
    return { kind, year, index, from, to: localDate(year, last, 14) };
  }
  return { kind, year, index, from: localDate(year, first, 1), to: localDate(year, last + 1, 0) };
}

/** The period of `kind` that contains `date`; null for nine_months after its end. */
export function reportingPeriodContaining(
  date: LocalDate,
  kind: ReportPeriodKind,
  cutoff: PeriodCutoff,
): ReportingPeriod | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) {
    return null;
  }
  let year = Number(match[1]);
  let month = Number(match[2]);
  const day = Number(match[3]);
  if (cutoff === 'decree_09_2019' && day >= 15) {
    // From the 15th on, a day belongs to the next month's report.
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
  const index = indexOfMonth(kind, month);
  return index === null ? null : reportingPeriod(kind, year, index, cutoff);
}

function indexOfMonth(kind: ReportPeriodKind, month: number): number | null {
  switch (kind) {
    case 'month':
      return month;
    case 'quarter':
      return Math.ceil(month / 3);
    case 'half_year':
      return month <= 6 ? 1 : 2;
    case 'nine_months':
      return month <= 9 ? 1 : null;
    case 'year':
      return 1;
  }
}

/** [start, end) in UTC for a period in a zone `utcOffsetMinutes` east of UTC (Vietnam: 420). */
export function periodInstants(
  period: Pick<ReportingPeriod, 'from' | 'to'>,
  utcOffsetMinutes = 420,
): { start: Date; end: Date } {
  const offsetMs = utcOffsetMinutes * 60_000;
  const start = Date.parse(`${period.from}T00:00:00Z`) - offsetMs;
  const end = Date.parse(`${period.to}T00:00:00Z`) + 86_400_000 - offsetMs;
  return { start: new Date(start), end: new Date(end) };
}
