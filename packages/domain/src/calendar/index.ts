// The working-time calendar (DOMAIN.md "Working time", W1–W5, W9) and the Vietnamese calendar
// data it is built from. See packages/domain/docs/calendar.md.
export type * from './types';
export { buildCalendar, WORKING_HOURS_PER_DAY } from './working-calendar';
export { WORKING_CALENDAR_RANGE } from './day-index';
export { validateCalendarData } from './schedule';
export { DEFAULT_OFFICE_SCHEDULE, defaultCalendarData } from './defaults';
export {
  GENERATOR_YEARS,
  HOLIDAY_OCCASIONS,
  HOLIDAY_RULES,
  generateProvisionalDays,
} from './holidays';
export type { GenerateOptions, HolidayOccasion, HolidayRule } from './holidays';
export { OFFICIAL_CALENDAR_DAYS } from './official-days';
export { excludeSwaps, mergeCalendarDays } from './merge-days';
export {
  LUNAR_CALENDAR_RANGE,
  leapMonthOf,
  lunarToSolar,
  lunarYearMonths,
  solarToLunar,
} from './lunar';
export type { LunarDate, LunarMonth } from './lunar';
export {
  VIETNAM_UTC_OFFSET_MINUTES,
  formatInstant,
  isLocalDate,
  localDateOf,
  zonedInstant,
} from './local-date';
