import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, formatLocalDate, isoWeekday, parseLocalDate } from './local-date';
import { leapMonthOf, lunarToSolar, lunarYearMonths, solarToLunar } from './lunar';
import { LEAP_MONTHS_1900_2100, TET_MMDD_1900_2100 } from './lunar.fixtures';

describe('lunar calendar: VIETNAM.md §1.3 table (Tết, last day of Chạp, Giỗ Tổ 2024–2030)', () => {
  it.each([
    [2024, '2024-02-10', 30, '2024-04-18'],
    [2025, '2025-01-29', 29, '2025-04-07'],
    [2026, '2026-02-17', 29, '2026-04-26'],
    [2027, '2027-02-06', 29, '2027-04-16'],
    [2028, '2028-01-26', 29, '2028-04-04'],
    [2029, '2029-02-13', 29, '2029-04-23'],
    [2030, '2030-02-02', 29, '2030-04-12'],
  ])('%i: mùng 1 Tết %s, Chạp has %i days, Giỗ Tổ %s', (year, tet, chapLength, gioTo) => {
    expect(lunarToSolar(year, 1, 1)).toBe(tet);
    expect(solarToLunar(tet)).toEqual({ year, month: 1, day: 1, isLeapMonth: false });
    const chap = lunarYearMonths(year - 1).find((m) => m.month === 12 && !m.isLeapMonth);
    expect(chap?.length).toBe(chapLength);
    expect(lunarToSolar(year - 1, 12, chapLength)).toBe(addDays(tet, -1));
    expect(lunarToSolar(year, 3, 10)).toBe(gioTo);
  });

  it('no "30 Tết" from 2025 to 2032 (Vietnam Space Center, VIETNAM.md §1.3)', () => {
    for (let year = 2025; year <= 2032; year += 1) {
      expect(() => lunarToSolar(year - 1, 12, 30)).toThrow(RangeError);
    }
  });
});

describe('lunar calendar: pairs printed in the official notices (VIETNAM.md §1.2–1.3)', () => {
  it.each([
    ['2025-01-25', 2024, 12, 26], // 26 Chạp Giáp Thìn, first day of the 2025 Tết break
    ['2025-01-27', 2024, 12, 28], // official Tết 2025: 28 Chạp …
    ['2025-01-29', 2025, 1, 1], // mùng 1 Ất Tỵ
    ['2025-01-31', 2025, 1, 3], // … to mùng 3
    ['2026-02-14', 2025, 12, 27], // 27 Chạp Ất Tỵ, first day of the 2026 Tết break
    ['2026-02-16', 2025, 12, 29], // official Tết 2026: 29 Chạp …
    ['2026-02-17', 2026, 1, 1], // mùng 1 Bính Ngọ
    ['2026-02-20', 2026, 1, 4], // … to mùng 4
    ['2026-02-22', 2026, 1, 6], // mùng 6, last day of the break
  ])('%s is %i-%i-%i (lunar)', (solar, year, month, day) => {
    expect(solarToLunar(solar)).toEqual({ year, month, day, isLeapMonth: false });
    expect(lunarToSolar(year, month, day)).toBe(solar);
  });
});

describe('lunar calendar: years where Vietnam (UTC+7) and China (UTC+8) differ', () => {
  it.each([
    [1968, '1968-01-29'], // China 1968-01-30 (the Tết Mậu Thân offensive date split)
    [1969, '1969-02-16'], // China 1969-02-17
    [1985, '1985-01-21'], // China 1985-02-20: month 11 differs, so Vietnam has leap 2 in 1985, China leap 10 in 1984
    [2007, '2007-02-17'], // China 2007-02-18: new moon at 23:14 UTC+7
    [2030, '2030-02-02'], // China 2030-02-03: new moon at 23:07 UTC+7
    [2053, '2053-02-18'], // China 2053-02-19
  ])('Tết %i is %s in Vietnam', (year, tet) => {
    expect(lunarToSolar(year, 1, 1)).toBe(tet);
  });

  it('1984 has no leap month and 1985 has leap month 2 in Vietnam', () => {
    expect(leapMonthOf(1984)).toBeNull();
    expect(leapMonthOf(1985)).toBe(2);
  });
});

describe('lunar calendar: leap months 2020–2040', () => {
  const leapStarts: Record<number, [number, string]> = {
    2020: [4, '2020-05-23'],
    2023: [2, '2023-03-22'],
    2025: [6, '2025-07-25'],
    2028: [5, '2028-06-23'],
    2031: [3, '2031-04-21'],
    // 2033: month 9 (from 23/9, just after the equinox at 23:51 UTC+7 on 22/9) has no major term
    // but is not leap: only 12 months lie between month 11 of 2032 and month 11 of 2033. The leap
    // is the first such month after month 11 of 2033.
    2033: [11, '2033-12-22'],
    2036: [6, '2036-07-23'],
    2039: [5, '2039-06-22'],
  };

  it.each(Array.from({ length: 21 }, (_, i) => 2020 + i))('%i', (year) => {
    const expected = leapStarts[year];
    expect(leapMonthOf(year)).toBe(expected ? expected[0] : null);
    if (expected) {
      const [month, start] = expected;
      expect(lunarToSolar(year, month, 1, true)).toBe(start);
      expect(solarToLunar(start)).toEqual({ year, month, day: 1, isLeapMonth: true });
      expect(lunarYearMonths(year)).toHaveLength(13);
    } else {
      expect(lunarYearMonths(year)).toHaveLength(12);
    }
  });

  it('2033 month starts (the notorious year): 7, 8, 9 are ordinary, 11 is doubled', () => {
    expect(
      lunarYearMonths(2033).map((m) => `${m.month}${m.isLeapMonth ? 'L' : ''}:${m.start}`),
    ).toEqual([
      '1:2033-01-31',
      '2:2033-03-01',
      '3:2033-03-31',
      '4:2033-04-29',
      '5:2033-05-28',
      '6:2033-06-27',
      '7:2033-07-26',
      '8:2033-08-25',
      '9:2033-09-23',
      '10:2033-10-23',
      '11:2033-11-22',
      '11L:2033-12-22',
      '12:2034-01-20',
    ]);
  });

  it('2025 month starts and lengths (Ất Tỵ, leap 6)', () => {
    expect(
      lunarYearMonths(2025).map(
        (m) => `${m.month}${m.isLeapMonth ? 'L' : ''}:${m.start}/${m.length}`,
      ),
    ).toEqual([
      '1:2025-01-29/30',
      '2:2025-02-28/29',
      '3:2025-03-29/30',
      '4:2025-04-28/29',
      '5:2025-05-27/29',
      '6:2025-06-25/30',
      '6L:2025-07-25/29',
      '7:2025-08-23/30',
      '8:2025-09-22/29',
      '9:2025-10-21/30',
      '10:2025-11-20/30',
      '11:2025-12-20/30',
      '12:2026-01-19/29',
    ]);
  });
});

describe('lunar calendar: golden data 1900–2100', () => {
  it('every Tết from 1900 to 2100', () => {
    expect(TET_MMDD_1900_2100).toHaveLength(201);
    TET_MMDD_1900_2100.forEach((mmdd, i) => {
      const year = 1900 + i;
      const tet = `${year}-${mmdd.slice(0, 2)}-${mmdd.slice(2)}`;
      expect(lunarToSolar(year, 1, 1), String(year)).toBe(tet);
    });
  });

  it('every leap month from 1900 to 2100, and no other', () => {
    const expected = new Map(LEAP_MONTHS_1900_2100.map(([year, month]) => [year, month]));
    for (let year = 1900; year <= 2100; year += 1) {
      expect(leapMonthOf(year), String(year)).toBe(expected.get(year) ?? null);
    }
  });

  // New moons within seconds of local midnight: the answer is below the error of the ephemeris
  // and of ΔT (future ΔT is a forecast). We pin what the Meeus/VSOP87 model gives; a simpler
  // model (Hồ Ngọc Đức's published program) puts these months one day earlier or later.
  it.each([
    ['1944-06-20', 1944, 5, 1, false], // new moon 23:59:35 UTC+7
    ['1967-07-07', 1967, 6, 1, false], // 23:59:58
    ['2054-05-07', 2054, 3, 30, false], // next new moon 00:00:22 on 05-08
    ['2072-12-09', 2072, 11, 1, false], // 23:58:48
    ['2077-11-15', 2077, 10, 1, false], // 23:59:50
  ])('knife-edge lunation: %s is %i-%i-%i', (solar, year, month, day, isLeapMonth) => {
    expect(solarToLunar(solar)).toEqual({ year, month, day, isLeapMonth });
  });
});

describe('lunar calendar: properties', () => {
  const anyDate = fc
    .integer({ min: parseLocalDate('1900-01-01'), max: parseLocalDate('2100-12-31') })
    .map(formatLocalDate);

  it('solar → lunar → solar is the identity', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const { year, month, day, isLeapMonth } = solarToLunar(date);
        expect(lunarToSolar(year, month, day, isLeapMonth)).toBe(date);
      }),
      { numRuns: 3000 },
    );
  });

  it('consecutive solar days are consecutive lunar days; months have 29 or 30 days', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        if (date === '2100-12-31') {
          return;
        }
        const today = solarToLunar(date);
        const tomorrow = solarToLunar(addDays(date, 1));
        if (tomorrow.day === 1) {
          expect([29, 30]).toContain(today.day);
        } else {
          expect(tomorrow).toEqual({ ...today, day: today.day + 1 });
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('Tết is between 21 January and 20 February, and Giỗ Tổ between 29 March and 30 April', () => {
    for (let year = 1900; year <= 2100; year += 1) {
      const tet = lunarToSolar(year, 1, 1).slice(5);
      expect(tet >= '01-21' && tet <= '02-20', `${year}: ${tet}`).toBe(true);
      const gioTo = lunarToSolar(year, 3, 10).slice(5);
      expect(gioTo >= '03-29' && gioTo <= '04-30', `${year}: ${gioTo}`).toBe(true);
    }
  });

  it('the weekday of mùng 1 Tết 2026 is a Tuesday (sanity of the day arithmetic)', () => {
    expect(isoWeekday(parseLocalDate(lunarToSolar(2026, 1, 1)))).toBe(2);
  });
});

describe('lunar calendar: refusals', () => {
  it('refuses a leap month that does not exist', () => {
    expect(() => lunarToSolar(2025, 5, 1, true)).toThrow(RangeError);
    expect(() => lunarToSolar(2024, 1, 1, true)).toThrow(RangeError);
  });

  it('refuses day 30 of a 29-day month and day 0', () => {
    expect(() => lunarToSolar(2024, 12, 30)).toThrow(RangeError);
    expect(() => lunarToSolar(2025, 1, 0)).toThrow(RangeError);
  });

  it('refuses dates outside 1900–2100 and malformed dates', () => {
    expect(() => solarToLunar('1899-12-31')).toThrow(RangeError);
    expect(() => solarToLunar('2101-01-01')).toThrow(RangeError);
    expect(() => solarToLunar('2025-02-30')).toThrow(RangeError);
    expect(() => lunarToSolar(2101, 1, 1)).toThrow(RangeError);
    expect(() => lunarToSolar(2025, 13, 1)).toThrow(RangeError);
  });
});
