import { describe, expect, it } from 'vitest';
import { defaultCalendarData } from './defaults';
import { formatInstant } from './local-date';
import { buildCalendar } from './working-calendar';

// The default tenant calendar: Mon–Fri 07:30–11:30 and 13:00–17:00, the official 2025–2026
// schedules, provisional rows from 2027. Every expected value is local time (UTC+7).
const calendar = buildCalendar(defaultCalendarData());
const at = (iso: string): Date => new Date(iso);
const local = (d: Date): string => formatInstant(d);

describe('W1 working hours', () => {
  it('W1: 2 wh from Thursday 09:30 end exactly at 11:30, never at the 13:00 opening', () => {
    expect(local(calendar.addWorkingHours(at('2025-03-06T09:30:00+07:00'), 2))).toBe(
      '2025-03-06T11:30:00+07:00',
    );
  });

  it('W1: 4 wh from Thursday 13:00 end exactly at 17:00, not the next morning', () => {
    expect(local(calendar.addWorkingHours(at('2025-03-06T13:00:00+07:00'), 4))).toBe(
      '2025-03-06T17:00:00+07:00',
    );
  });

  it('W1: 4 wh from Thursday 11:00 skip the lunch break and end at 16:30', () => {
    expect(local(calendar.addWorkingHours(at('2025-03-06T11:00:00+07:00'), 4))).toBe(
      '2025-03-06T16:30:00+07:00',
    );
  });

  it('W1: a report received at lunch (12:15) starts counting at 13:00', () => {
    expect(local(calendar.addWorkingHours(at('2025-03-06T12:15:00+07:00'), 1))).toBe(
      '2025-03-06T14:00:00+07:00',
    );
  });

  it('W1: a report received Saturday 22:00 starts counting Monday 07:30', () => {
    expect(local(calendar.addWorkingHours(at('2025-03-01T22:00:00+07:00'), 2))).toBe(
      '2025-03-03T09:30:00+07:00',
    );
  });

  it('W1: Sóc Trăng intake, 4 wh from Friday 24/1/2025 15:00, jumps the Tết 2025 break', () => {
    // Fri 15:00–17:00 = 2 h; Tết 27–31/1 (TB 6150/TB-BLĐTBXH) and two weekends; Mon 3/2 07:30 + 2 h.
    expect(local(calendar.addWorkingHours(at('2025-01-24T15:00:00+07:00'), 4))).toBe(
      '2025-02-03T09:30:00+07:00',
    );
  });

  it('W1: Vĩnh Long 2 wh from arrival Friday 13/2/2026 16:00 end Monday 23/2/2026 08:30 (Tết 2026)', () => {
    expect(local(calendar.addWorkingHours(at('2026-02-13T16:00:00+07:00'), 2))).toBe(
      '2026-02-23T08:30:00+07:00',
    );
  });

  it('W1: a report received on mùng 1 Tết 2027 (provisional block) counts from Friday 12/2/2027', () => {
    // Provisional Tết 2027: 5/2 (29 Chạp) – 9/2 (mùng 4) + make-up 10–11/2 for Sat 6 and Sun 7.
    expect(local(calendar.addWorkingHours(at('2027-02-06T10:00:00+07:00'), 4))).toBe(
      '2027-02-12T11:30:00+07:00',
    );
  });

  it('W1: seconds are kept (start 09:00:30 + 1 wh = 10:00:30)', () => {
    expect(local(calendar.addWorkingHours(at('2025-03-06T09:00:30+07:00'), 1))).toBe(
      '2025-03-06T10:00:30+07:00',
    );
  });

  it('W1: zero hours is the start itself', () => {
    expect(local(calendar.addWorkingHours(at('2025-03-01T22:00:00+07:00'), 0))).toBe(
      '2025-03-01T22:00:00+07:00',
    );
  });
});

describe('W3 fractions of a working day', () => {
  it('W3: Khánh Hòa 0.5 wd intake from Wednesday 29/4/2026 14:00 = 4 wh, ends Monday 4/5 08:30', () => {
    // 14:00–17:00 = 3 h; 30/4 and 1/5 holidays (CV 3383/BNV-CVL: no swap); weekend; Mon 07:30 + 1 h.
    expect(
      local(calendar.add(at('2026-04-29T14:00:00+07:00'), { amount: 0.5, unit: 'working_days' })),
    ).toBe('2026-05-04T08:30:00+07:00');
  });

  it('W3: 1.5 wd = 12 wh: Monday 07:30 → Tuesday 11:30', () => {
    expect(local(calendar.addWorkingDays(at('2025-03-03T07:30:00+07:00'), 1.5))).toBe(
      '2025-03-04T11:30:00+07:00',
    );
  });

  it('W3: 0.5 wd is 4 wh even when the schedule has 7-hour days', () => {
    const shortDays = buildCalendar({
      schedules: [
        {
          name: '7 giờ',
          validFrom: '2025-01-01',
          weekdays: [1, 2, 3, 4, 5],
          intervals: [
            { start: '08:00', end: '11:00' },
            { start: '13:00', end: '17:00' },
          ],
        },
      ],
      days: [],
    });
    expect(local(shortDays.addWorkingDays(at('2025-03-03T08:00:00+07:00'), 0.5))).toBe(
      '2025-03-03T14:00:00+07:00',
    );
  });
});

describe('W4 clock hours', () => {
  it('W4: Khánh Hòa fast track 1 h from Saturday 23:30 is Sunday 00:30', () => {
    expect(
      local(calendar.add(at('2026-01-31T23:30:00+07:00'), { amount: 1, unit: 'clock_hours' })),
    ).toBe('2026-02-01T00:30:00+07:00');
  });

  it('W4: Sóc Trăng emergency update, 4 h on mùng 1 Tết 2026 counts the holiday', () => {
    expect(local(calendar.addClockHours(at('2026-02-17T10:00:00+07:00'), 4))).toBe(
      '2026-02-17T14:00:00+07:00',
    );
  });
});

describe('W9 next office session', () => {
  it.each([
    // [contact, due, why]
    ['2025-03-01T20:00:00+07:00', '2025-03-03T11:30:00+07:00', 'Saturday evening → Monday morning'],
    ['2025-03-03T06:00:00+07:00', '2025-03-03T11:30:00+07:00', 'before opening → this morning'],
    ['2025-03-03T07:29:00+07:00', '2025-03-03T11:30:00+07:00', 'one minute before opening'],
    ['2025-03-03T12:00:00+07:00', '2025-03-03T17:00:00+07:00', 'lunch → this afternoon'],
    ['2025-03-03T11:30:00+07:00', '2025-03-03T17:00:00+07:00', 'exactly at the morning close'],
    ['2025-03-03T17:00:00+07:00', '2025-03-04T11:30:00+07:00', 'exactly at the evening close'],
    [
      '2026-02-13T17:30:00+07:00',
      '2026-02-23T11:30:00+07:00',
      'Friday before Tết 2026 → after Tết',
    ],
    [
      '2025-04-25T18:00:00+07:00',
      '2025-04-26T11:30:00+07:00',
      'Friday evening → swapped-in Saturday 26/4/2025',
    ],
  ])('W9: a contact at %s is answered by %s (%s)', (contact, due) => {
    expect(local(calendar.add(at(contact), { amount: 0, unit: 'next_office_session' }))).toBe(due);
  });

  it.each([
    ['2025-03-03T07:30:00+07:00', '2025-03-03T17:00:00+07:00'],
    ['2025-03-03T11:29:00+07:00', '2025-03-03T17:00:00+07:00'],
    ['2025-03-03T16:59:00+07:00', '2025-03-04T11:30:00+07:00'],
  ])('W9: a contact inside a session (%s) gets the whole next session: %s', (contact, due) => {
    expect(local(calendar.endOfNextOfficeSession(at(contact)))).toBe(due);
  });
});

describe('working time, next working moment and working minutes', () => {
  it('office intervals are half-open: 07:30 is working time, 11:30 is not', () => {
    expect(calendar.isWorkingTime(at('2025-03-03T07:30:00+07:00'))).toBe(true);
    expect(calendar.isWorkingTime(at('2025-03-03T11:29:59.999+07:00'))).toBe(true);
    expect(calendar.isWorkingTime(at('2025-03-03T11:30:00+07:00'))).toBe(false);
    expect(calendar.isWorkingTime(at('2025-01-29T09:00:00+07:00'))).toBe(false); // mùng 1 Tết
  });

  it.each([
    ['2025-03-03T09:00:00+07:00', '2025-03-03T09:00:00+07:00'],
    ['2025-03-03T11:30:00+07:00', '2025-03-03T13:00:00+07:00'],
    ['2025-03-03T17:00:00+07:00', '2025-03-04T07:30:00+07:00'],
    ['2025-01-24T17:00:00+07:00', '2025-02-03T07:30:00+07:00'],
    ['2025-04-25T17:30:00+07:00', '2025-04-26T07:30:00+07:00'],
  ])('the next working moment after %s is %s', (from, expected) => {
    expect(local(calendar.nextWorkingMoment(at(from)))).toBe(expected);
  });

  it('counts working minutes in [from, to) across Tết 2025 and lunch breaks', () => {
    // Fri 24/1 10:00–11:30 (90) + 13:00–17:00 (240); Tết; Mon 3/2 07:30–09:00 (90).
    expect(
      calendar.workingMinutesBetween(
        at('2025-01-24T10:00:00+07:00'),
        at('2025-02-03T09:00:00+07:00'),
      ),
    ).toBe(420);
    expect(
      calendar.workingMinutesBetween(
        at('2025-01-27T00:00:00+07:00'),
        at('2025-02-01T00:00:00+07:00'),
      ),
    ).toBe(0);
    expect(
      calendar.workingMinutesBetween(
        at('2025-03-04T00:00:00+07:00'),
        at('2025-03-03T00:00:00+07:00'),
      ),
    ).toBe(0);
  });

  it('refuses negative or non-finite amounts and invalid dates', () => {
    const start = at('2025-03-03T09:00:00+07:00');
    expect(() => calendar.addWorkingHours(start, -1)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays(start, Number.NaN)).toThrow(RangeError);
    expect(() => calendar.addClockHours(start, Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => calendar.addWorkingHours(new Date(Number.NaN), 1)).toThrow(RangeError);
  });

  it('refuses instants outside 1900–2200', () => {
    expect(() => calendar.isWorkingTime(at('1899-12-31T09:00:00+07:00'))).toThrow(RangeError);
    expect(() => calendar.isWorkingDay('2201-01-01')).toThrow(RangeError);
  });
});
