import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_OFFICE_SCHEDULE, defaultCalendarData } from './defaults';
import { addDays, formatInstant, localDateOf } from './local-date';
import type { CalendarData, OfficeScheduleData, WorkingCalendar } from './types';
import { buildCalendar } from './working-calendar';

// Properties over thousands of generated cases (fast-check), on two calendars: the default one,
// and a seasonal one with uneven sessions (07:00–11:30 / 13:30–17:00 in summer) plus a Saturday
// desk, both with the official 2025–2026 days (swaps included) and provisional 2027–2028 days.
const data = defaultCalendarData({ fromYear: 2025, toYear: 2028 });
const summer: OfficeScheduleData = {
  name: 'hè',
  validFrom: '2024-01-01',
  seasonFrom: '04-15',
  seasonTo: '10-14',
  weekdays: [1, 2, 3, 4, 5],
  intervals: [
    { start: '07:00', end: '11:30' },
    { start: '13:30', end: '17:00' },
  ],
};
const saturdayDesk: OfficeScheduleData = {
  name: 'một cửa thứ Bảy',
  validFrom: '2026-01-01',
  weekdays: [6],
  intervals: [{ start: '07:30', end: '11:30' }],
};
const variants: Array<[string, CalendarData]> = [
  ['default', data],
  ['seasonal', { ...data, schedules: [DEFAULT_OFFICE_SCHEDULE, summer, saturdayDesk] }],
];
const calendars = variants.map(([name, d]): [string, WorkingCalendar, CalendarData] => [
  name,
  buildCalendar(d),
  d,
]);

const RUNS = { numRuns: 2000 };
const MS = 1;
// Instants from December 2024 to December 2027 (Tết 2025, 2026, 2027 and the swaps inside),
// at whole seconds, with a bias to the exact boundaries that matter (opening, closes).
const FROM = Date.parse('2024-12-01T00:00:00+07:00');
const TO = Date.parse('2027-12-31T00:00:00+07:00');
const boundary = fc
  .tuple(
    fc.integer({ min: 0, max: Math.floor((TO - FROM) / 86_400_000) }),
    fc.constantFrom('00:00', '07:00', '07:30', '11:30', '13:00', '13:30', '17:00', '23:59'),
  )
  .map(([day, time]) => {
    const [h, m] = time.split(':').map(Number);
    return new Date(FROM + day * 86_400_000 + ((h ?? 0) * 60 + (m ?? 0)) * 60_000);
  });
const anyInstant = fc.oneof(
  fc.integer({ min: FROM / 1000, max: TO / 1000 }).map((s) => new Date(s * 1000)),
  boundary,
);
const minutes = fc.integer({ min: 0, max: 200 * 60 });
const wholeDays = fc.integer({ min: 0, max: 40 });
const ms = (d: Date): number => d.getTime();

describe.each(calendars)('working calendar properties (%s)', (_name, calendar, calendarData) => {
  it('W1 is monotonic in the start and in the amount', () => {
    fc.assert(
      fc.property(anyInstant, anyInstant, minutes, minutes, (s1, s2, a1, a2) => {
        const [early, late] = ms(s1) <= ms(s2) ? [s1, s2] : [s2, s1];
        const [small, large] = a1 <= a2 ? [a1, a2] : [a2, a1];
        expect(ms(calendar.addWorkingHours(early, small / 60))).toBeLessThanOrEqual(
          ms(calendar.addWorkingHours(late, small / 60)),
        );
        expect(ms(calendar.addWorkingHours(early, small / 60))).toBeLessThanOrEqual(
          ms(calendar.addWorkingHours(early, large / 60)),
        );
      }),
      RUNS,
    );
  });

  it('W1 is exact and earliest: the result is after exactly the amount of working time', () => {
    fc.assert(
      fc.property(
        anyInstant,
        minutes.filter((m) => m > 0),
        (start, amount) => {
          const end = calendar.addWorkingHours(start, amount / 60);
          expect(calendar.workingMinutesBetween(start, end)).toBe(amount);
          // Earliest: a millisecond earlier the amount has not elapsed, so the result is in working
          // time or exactly at a close (11:30, 17:00), never at the next opening.
          const justBefore = new Date(ms(end) - MS);
          expect(calendar.workingMinutesBetween(start, justBefore)).toBeLessThan(amount);
          expect(calendar.isWorkingTime(justBefore)).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('W1 is additive for every a, b ≥ 0 in whole minutes: add(add(s, a), b) = add(s, a + b)', () => {
    // Holds with no side condition: an intermediate result at a close (11:30) resumes at the next
    // opening exactly as the single addition does. (Amounts that are not whole milliseconds could
    // differ by the rounding of each part.)
    fc.assert(
      fc.property(anyInstant, minutes, minutes, (start, a, b) => {
        const stepwise = calendar.addWorkingHours(calendar.addWorkingHours(start, a / 60), b / 60);
        expect(ms(stepwise)).toBe(ms(calendar.addWorkingHours(start, (a + b) / 60)));
      }),
      RUNS,
    );
  });

  it('W2 is monotonic, additive for whole days, and ends at the close of a working day', () => {
    fc.assert(
      fc.property(anyInstant, anyInstant, wholeDays, wholeDays, (s1, s2, a, b) => {
        const [early, late] = ms(s1) <= ms(s2) ? [s1, s2] : [s2, s1];
        expect(ms(calendar.addWorkingDays(early, a))).toBeLessThanOrEqual(
          ms(calendar.addWorkingDays(late, a)),
        );
        expect(ms(calendar.addWorkingDays(early, Math.min(a, b)))).toBeLessThanOrEqual(
          ms(calendar.addWorkingDays(early, Math.max(a, b))),
        );
        // Additive because a W2 deadline sits exactly at a close, and a start at the close keeps its
        // day (W2) — which is also what makes Kon Tum's "every 5 wd after the deadline" (W8) a sum.
        const stepwise = calendar.addWorkingDays(calendar.addWorkingDays(early, a), b);
        expect(ms(stepwise)).toBe(ms(calendar.addWorkingDays(early, a + b)));
        const end = calendar.addWorkingDays(early, a);
        expect(calendar.isWorkingTime(new Date(ms(end) - MS))).toBe(true);
        expect(calendar.isWorkingTime(end)).toBe(false);
      }),
      RUNS,
    );
  });

  it('W2 agrees with a day-by-day walk over the calendar table', () => {
    // Reference model: find the start day, then step over dates one by one with isWorkingDay.
    const closeOf = (date: string): string =>
      formatInstant(calendar.addWorkingDays(new Date(`${date}T00:00:00+07:00`), 0));
    fc.assert(
      fc.property(anyInstant, fc.integer({ min: 0, max: 12 }), (start, n) => {
        let day = localDateOf(start);
        if (!calendar.isWorkingDay(day) || ms(start) > Date.parse(closeOf(day))) {
          do {
            day = addDays(day, 1);
          } while (!calendar.isWorkingDay(day));
        }
        for (let counted = 0; counted < n;) {
          day = addDays(day, 1);
          counted += calendar.isWorkingDay(day) ? 1 : 0;
        }
        expect(localDateOf(calendar.addWorkingDays(start, n))).toBe(day);
        expect(formatInstant(calendar.addWorkingDays(start, n))).toBe(closeOf(day));
      }),
      { numRuns: 1000 },
    );
  });

  it('W3: a fraction of a day is 8 working hours per day', () => {
    fc.assert(
      fc.property(anyInstant, fc.integer({ min: 0, max: 80 }), (start, halves) => {
        const days = halves / 2 + 0.25;
        expect(ms(calendar.addWorkingDays(start, days))).toBe(
          ms(calendar.addWorkingHours(start, days * 8)),
        );
      }),
      RUNS,
    );
  });

  it('the next working moment is working time, not before the start, with no working time between', () => {
    fc.assert(
      fc.property(anyInstant, (start) => {
        const next = calendar.nextWorkingMoment(start);
        expect(ms(next)).toBeGreaterThanOrEqual(ms(start));
        expect(calendar.isWorkingTime(next)).toBe(true);
        expect(calendar.workingMinutesBetween(start, next)).toBe(0);
        expect(ms(next) === ms(start)).toBe(calendar.isWorkingTime(start));
      }),
      RUNS,
    );
  });

  it('W9: the next session ends after the start, exactly at a close, one whole session later', () => {
    fc.assert(
      fc.property(anyInstant, (start) => {
        const due = calendar.endOfNextOfficeSession(start);
        expect(ms(due)).toBeGreaterThan(ms(start));
        expect(calendar.isWorkingTime(new Date(ms(due) - MS))).toBe(true);
        expect(calendar.isWorkingTime(due)).toBe(false);
        // At least the shortest session (13:30–17:00), at most the rest of one plus the next.
        const minutesGiven = calendar.workingMinutesBetween(start, due);
        expect(minutesGiven).toBeGreaterThanOrEqual(210);
        expect(minutesGiven).toBeLessThanOrEqual(540);
      }),
      RUNS,
    );
  });

  it('W4: clock hours ignore the calendar', () => {
    fc.assert(
      fc.property(anyInstant, minutes, (start, amount) => {
        expect(ms(calendar.addClockHours(start, amount / 60))).toBe(ms(start) + amount * 60_000);
      }),
      RUNS,
    );
  });

  it('working minutes are additive over consecutive ranges and never negative', () => {
    fc.assert(
      fc.property(anyInstant, anyInstant, anyInstant, (x, y, z) => {
        const [a, b, c] = [x, y, z].sort((p, q) => ms(p) - ms(q));
        if (!a || !b || !c) {
          return;
        }
        const whole = calendar.workingMinutesBetween(a, c);
        expect(whole).toBeCloseTo(
          calendar.workingMinutesBetween(a, b) + calendar.workingMinutesBetween(b, c),
          9,
        );
        expect(calendar.workingMinutesBetween(c, a)).toBe(0);
        expect(whole).toBeGreaterThanOrEqual(0);
      }),
      RUNS,
    );
  });

  it('answers the same whatever the order of the day rows', () => {
    const reversed = buildCalendar({ ...calendarData, days: [...calendarData.days].reverse() });
    fc.assert(
      fc.property(anyInstant, wholeDays, (start, n) => {
        expect(ms(reversed.addWorkingDays(start, n))).toBe(ms(calendar.addWorkingDays(start, n)));
      }),
      { numRuns: 500 },
    );
  });
});

describe('working calendar properties across calendars', () => {
  it('W2 is never earlier than the same days counted as W1 hours (8 h days), nor later than one more day', () => {
    const calendar = calendars[0]?.[1];
    if (!calendar) {
      throw new Error('no calendar');
    }
    fc.assert(
      fc.property(
        anyInstant,
        wholeDays.filter((n) => n > 0),
        (start, n) => {
          const days = ms(calendar.addWorkingDays(start, n));
          expect(days).toBeGreaterThanOrEqual(ms(calendar.addWorkingHours(start, 8 * n)));
          expect(days).toBeLessThanOrEqual(ms(calendar.addWorkingHours(start, 8 * (n + 1))));
        },
      ),
      RUNS,
    );
  });
});
