import { generateProvisionalDays } from './holidays';
import { VIETNAM_UTC_OFFSET_MINUTES } from './local-date';
import { mergeCalendarDays } from './merge-days';
import { OFFICIAL_CALENDAR_DAYS } from './official-days';
import type { CalendarData, CalendarDayData, OfficeScheduleData } from './types';

/**
 * The default office hours of a new tenant (DOMAIN.md "Working time"): Monday–Friday, 07:30–11:30
 * and 13:00–17:00, 8 hours a day (QĐ 188/1999/QĐ-TTg: 40 hours over 5 days). Provinces set their
 * own clock hours, often by season (VIETNAM.md §2.1), so this is data, never a constant in rules.
 */
export const DEFAULT_OFFICE_SCHEDULE: OfficeScheduleData = {
  name: 'Giờ hành chính (mặc định)',
  validFrom: '1900-01-01',
  validTo: null,
  seasonFrom: null,
  seasonTo: null,
  weekdays: [1, 2, 3, 4, 5],
  intervals: [
    { start: '07:30', end: '11:30' },
    { start: '13:00', end: '17:00' },
  ],
};

/**
 * A ready calendar for a new tenant: the default schedule, the official 2025–2026 schedules and
 * provisional rows generated for the other years (by default up to 2035), merged so that
 * confirmed rows win.
 */
export function defaultCalendarData(
  options: { fromYear?: number; toYear?: number } = {},
): CalendarData {
  const fromYear = options.fromYear ?? 2025;
  const toYear = options.toYear ?? 2035;
  const generated: CalendarDayData[] = [];
  for (let year = fromYear; year <= toYear; year += 1) {
    generated.push(...generateProvisionalDays(year));
  }
  return {
    utcOffsetMinutes: VIETNAM_UTC_OFFSET_MINUTES,
    schedules: [DEFAULT_OFFICE_SCHEDULE],
    days: mergeCalendarDays([...generated, ...OFFICIAL_CALENDAR_DAYS]),
  };
}
