/**
 * The working-time calendar's public contract (DOMAIN.md "Working time", counting rules W1–W10).
 * Instants are JavaScript Dates (UTC); local dates are 'YYYY-MM-DD' strings in the calendar's zone
 * (Asia/Ho_Chi_Minh, UTC+7, no daylight saving). Nothing here depends on the host's time zone.
 */

/** 'YYYY-MM-DD' */
export type LocalDate = string;
/** 'HH:MM', 24-hour */
export type LocalTime = string;

export type OfficeInterval = { start: LocalTime; end: LocalTime };

/** Office hours valid over a date range, optionally only in a season ('MM-DD' to 'MM-DD', may wrap the year end). */
export type OfficeScheduleData = {
  name: string;
  validFrom: LocalDate;
  validTo?: LocalDate | null;
  seasonFrom?: string | null;
  seasonTo?: string | null;
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  weekdays: number[];
  intervals: OfficeInterval[];
};

export type CalendarDayKind =
  'holiday' | 'make_up_off' | 'swap_off' | 'swap_workday' | 'ad_hoc_off';

/** One dated exception to the weekly pattern (matches the server's calendar_days rows). */
export type CalendarDayData = {
  date: LocalDate;
  kind: CalendarDayKind;
  name: string;
  status: 'provisional' | 'confirmed';
  legalBasis?: string | null;
  /**
   * Added (optional): the yearly occasion the row belongs to, as '<occasion>:<year>' (e.g.
   * 'tet:2026', see HOLIDAY_OCCASIONS). A confirmed row of an occasion replaces every provisional
   * row of that occasion, make-up days included (mergeCalendarDays).
   */
  occasion?: string | null;
};

export type CalendarData = {
  /** Minutes east of UTC; Vietnam is +420. */
  utcOffsetMinutes?: number;
  schedules: OfficeScheduleData[];
  days: CalendarDayData[];
};

/**
 * - working_hours: W1 (fractions allowed; minutes inside office intervals only)
 * - working_days: W2 for whole numbers; a fraction is 8 working hours per day (W3)
 * - clock_hours: W4 (24/7, holidays included)
 * - next_office_session: W9 (amount ignored; the end of the next morning/afternoon block)
 */
export type DurationUnit = 'working_hours' | 'working_days' | 'clock_hours' | 'next_office_session';

export type Duration = { amount: number; unit: DurationUnit };

export type WorkingCalendar = {
  isWorkingDay(date: LocalDate): boolean;
  isWorkingTime(at: Date): boolean;
  /** `at` itself when it is working time, else the next opening. */
  nextWorkingMoment(at: Date): Date;
  addWorkingHours(start: Date, hours: number): Date;
  addWorkingDays(start: Date, days: number): Date;
  addClockHours(start: Date, hours: number): Date;
  endOfNextOfficeSession(at: Date): Date;
  /** Working minutes in [from, to); 0 when to <= from. */
  workingMinutesBetween(from: Date, to: Date): number;
  add(start: Date, duration: Duration): Date;
};
