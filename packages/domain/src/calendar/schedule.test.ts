import { describe, expect, it } from 'vitest';
import { DEFAULT_OFFICE_SCHEDULE, defaultCalendarData } from './defaults';
import { formatInstant } from './local-date';
import { validateCalendarData } from './schedule';
import type { CalendarData, OfficeScheduleData } from './types';
import { buildCalendar } from './working-calendar';

const at = (iso: string): Date => new Date(iso);
const local = (d: Date): string => formatInstant(d);

// Thái Nguyên (VIETNAM.md §2.1): winter 15/10–14/4 07:30–11:30 and 13:00–17:00; the summer hours
// here are Hải Dương's 07:00–11:30 and 13:30–17:00 (both 8 hours).
const winter: OfficeScheduleData = {
  name: 'Mùa đông',
  validFrom: '2024-01-01',
  seasonFrom: '10-15',
  seasonTo: '04-14',
  weekdays: [1, 2, 3, 4, 5],
  intervals: [
    { start: '07:30', end: '11:30' },
    { start: '13:00', end: '17:00' },
  ],
};
const summer: OfficeScheduleData = {
  name: 'Mùa hè',
  validFrom: '2024-01-01',
  seasonFrom: '04-15',
  seasonTo: '10-14',
  weekdays: [1, 2, 3, 4, 5],
  intervals: [
    { start: '07:00', end: '11:30' },
    { start: '13:30', end: '17:00' },
  ],
};
const seasonal = buildCalendar({
  schedules: [DEFAULT_OFFICE_SCHEDULE, winter, summer],
  days: defaultCalendarData().days,
});

describe('office schedules: seasons, validity, several intervals', () => {
  it.each([
    ['2025-01-06T07:15:00+07:00', false, 'January: the winter season wraps the year end'],
    ['2025-04-14T07:15:00+07:00', false, '14/4 is the last winter day'],
    ['2025-04-15T07:15:00+07:00', true, '15/4 opens at 07:00 (summer)'],
    ['2025-10-14T13:15:00+07:00', false, '14/10 is summer: lunch until 13:30'],
    ['2025-10-15T13:15:00+07:00', true, '15/10 is winter: open from 13:00'],
  ])('%s working time: %s (%s)', (instant, expected) => {
    expect(seasonal.isWorkingTime(at(instant))).toBe(expected);
  });

  it('W1 counts the season in force each day: Tue 14/10/2025 16:00 + 2 wh → Wed 15/10 08:30', () => {
    expect(local(seasonal.addWorkingHours(at('2025-10-14T16:00:00+07:00'), 2))).toBe(
      '2025-10-15T08:30:00+07:00',
    );
  });

  it('W5: a swapped-in Saturday takes the weekday hours of its season (26/4/2025: summer, 07:00)', () => {
    expect(seasonal.isWorkingTime(at('2025-04-26T07:00:00+07:00'))).toBe(true);
    expect(seasonal.isWorkingTime(at('2025-04-26T13:15:00+07:00'))).toBe(false);
    expect(local(seasonal.addWorkingDays(at('2025-04-25T15:00:00+07:00'), 1))).toBe(
      '2025-04-26T17:00:00+07:00',
    );
  });

  it('a schedule re-issued after the 1/7/2025 merger applies from its validFrom', () => {
    const calendar = buildCalendar({
      schedules: [
        { ...DEFAULT_OFFICE_SCHEDULE, name: 'cũ', validTo: '2025-06-30' },
        {
          name: 'tỉnh mới',
          validFrom: '2025-07-01',
          weekdays: [1, 2, 3, 4, 5],
          intervals: [
            { start: '07:00', end: '11:00' },
            { start: '13:30', end: '17:30' },
          ],
        },
      ],
      days: [],
    });
    expect(local(calendar.addWorkingDays(at('2025-06-27T09:00:00+07:00'), 1))).toBe(
      '2025-06-30T17:00:00+07:00',
    );
    expect(local(calendar.addWorkingDays(at('2025-06-30T09:00:00+07:00'), 1))).toBe(
      '2025-07-01T17:30:00+07:00',
    );
    expect(calendar.isWorkingDay('2024-12-31')).toBe(true);
  });

  it('the most specific schedule wins: seasonal, then later validFrom, then later in the list', () => {
    const a = { ...DEFAULT_OFFICE_SCHEDULE, name: 'a', validFrom: '2020-01-01' };
    const b = {
      ...a,
      name: 'b',
      validFrom: '2025-01-01',
      intervals: [{ start: '08:00', end: '16:00' }],
    };
    const c = { ...b, name: 'c', intervals: [{ start: '09:00', end: '17:00' }] };
    const calendar = buildCalendar({ schedules: [a, c, b], days: [] });
    expect(local(calendar.nextWorkingMoment(at('2025-03-03T06:00:00+07:00')))).toBe(
      '2025-03-03T08:00:00+07:00',
    );
    expect(local(calendar.nextWorkingMoment(at('2024-03-04T06:00:00+07:00')))).toBe(
      '2024-03-04T07:30:00+07:00',
    );
  });

  it('a one-stop desk open Saturday mornings: a schedule for weekday 6 only', () => {
    const calendar = buildCalendar({
      schedules: [
        DEFAULT_OFFICE_SCHEDULE,
        {
          name: 'Một cửa thứ Bảy',
          validFrom: '2024-01-01',
          weekdays: [6],
          intervals: [{ start: '07:30', end: '11:30' }],
        },
      ],
      days: [],
    });
    expect(calendar.isWorkingDay('2025-03-01')).toBe(true);
    expect(local(calendar.addWorkingDays(at('2025-02-28T18:00:00+07:00'), 1))).toBe(
      '2025-03-03T17:00:00+07:00',
    );
    expect(local(calendar.addWorkingDays(at('2025-02-28T10:00:00+07:00'), 1))).toBe(
      '2025-03-01T11:30:00+07:00',
    );
  });

  it('three intervals a day and a close at 24:00', () => {
    const calendar = buildCalendar({
      schedules: [
        {
          name: 'ca',
          validFrom: '2024-01-01',
          weekdays: [1, 2, 3, 4, 5, 6, 7],
          intervals: [
            { start: '00:00', end: '06:00' },
            { start: '08:00', end: '12:00' },
            { start: '18:00', end: '24:00' },
          ],
        },
      ],
      days: [],
    });
    // 05:00–06:00 (1 h) + 08:00–12:00 (4 h) + 18:00–19:00 (1 h)
    expect(local(calendar.addWorkingHours(at('2025-03-03T05:00:00+07:00'), 6))).toBe(
      '2025-03-03T19:00:00+07:00',
    );
    expect(local(calendar.addWorkingDays(at('2025-03-03T20:00:00+07:00'), 1))).toBe(
      '2025-03-05T00:00:00+07:00',
    );
    expect(local(calendar.endOfNextOfficeSession(at('2025-03-03T13:00:00+07:00')))).toBe(
      '2025-03-04T00:00:00+07:00',
    );
  });
});

describe('calendar rows and data checks', () => {
  const monday = { date: '2025-03-03', name: 'x' };

  it('a confirmed row outranks a provisional one on the same date', () => {
    const calendar = buildCalendar({
      schedules: [DEFAULT_OFFICE_SCHEDULE],
      days: [
        { ...monday, kind: 'holiday', status: 'provisional' },
        { ...monday, kind: 'swap_workday', status: 'confirmed' },
      ],
    });
    expect(calendar.isWorkingDay('2025-03-03')).toBe(true);
  });

  it('among rows of equal standing, a day off beats a swapped-in workday', () => {
    const calendar = buildCalendar({
      schedules: [DEFAULT_OFFICE_SCHEDULE],
      days: [
        { ...monday, kind: 'swap_workday', status: 'confirmed' },
        { ...monday, kind: 'ad_hoc_off', status: 'confirmed' },
      ],
    });
    expect(calendar.isWorkingDay('2025-03-03')).toBe(false);
  });

  it('utcOffsetMinutes moves the office hours (a calendar at UTC+8)', () => {
    const calendar = buildCalendar({
      utcOffsetMinutes: 480,
      schedules: [DEFAULT_OFFICE_SCHEDULE],
      days: [],
    });
    expect(calendar.isWorkingTime(at('2025-03-03T07:30:00+08:00'))).toBe(true);
    expect(calendar.isWorkingTime(at('2025-03-03T07:00:00+07:00'))).toBe(true);
    expect(formatInstant(calendar.addWorkingDays(at('2025-03-03T09:00:00+08:00'), 1), 480)).toBe(
      '2025-03-04T17:00:00+08:00',
    );
  });

  it('a calendar without office hours throws instead of looping', () => {
    const calendar = buildCalendar({ schedules: [], days: [] });
    expect(calendar.isWorkingDay('2025-03-03')).toBe(false);
    expect(() => calendar.addWorkingDays(at('2025-03-03T09:00:00+07:00'), 1)).toThrow(RangeError);
    expect(() => calendar.addWorkingHours(at('2025-03-03T09:00:00+07:00'), 1)).toThrow(RangeError);
  });

  it('lists every problem of invalid data, and buildCalendar refuses it', () => {
    const bad: CalendarData = {
      utcOffsetMinutes: 7.5,
      schedules: [
        {
          name: 'x',
          validFrom: '2025-02-30',
          validTo: '2024-01-01',
          seasonFrom: '13-01',
          weekdays: [0, 8],
          intervals: [
            { start: '07:30', end: '11:30' },
            { start: '11:00', end: '12:00' },
            { start: '17:00', end: '13:00' },
          ],
        },
      ],
      days: [{ date: '2025-13-01', kind: 'holiday', name: 'x', status: 'provisional' }],
    };
    const problems = validateCalendarData(bad);
    expect(problems).toEqual([
      'utcOffsetMinutes must be a whole number of minutes between -720 and 840',
      "schedules[0].validFrom is not a date 'YYYY-MM-DD'",
      'schedules[0].validTo must be a date on or after validFrom',
      'schedules[0]: seasonFrom and seasonTo go together',
      "schedules[0].seasonFrom is not a day of the year 'MM-DD'",
      'schedules[0].weekdays must list ISO weekdays 1–7',
      "schedules[0].intervals[2] must be 'HH:MM' to a later 'HH:MM' (24:00 at most)",
      'schedules[0]: office intervals overlap',
      "days[0].date is not a date 'YYYY-MM-DD'",
    ]);
    expect(() => buildCalendar(bad)).toThrow(RangeError);
    expect(validateCalendarData(defaultCalendarData())).toEqual([]);
  });
});
