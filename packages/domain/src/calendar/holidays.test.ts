import { describe, expect, it } from 'vitest';
import { generateProvisionalDays } from './holidays';
import { defaultCalendarData } from './defaults';
import { addDays, isoWeekday, parseLocalDate } from './local-date';
import { solarToLunar } from './lunar';
import { OFFICIAL_CALENDAR_DAYS } from './official-days';
import type { CalendarDayData } from './types';
import { buildCalendar } from './working-calendar';

const summary = (rows: readonly CalendarDayData[]): string[] =>
  rows.map((r) => `${r.date} ${r.kind} ${r.occasion ?? ''}`.trim());
const weekday = (date: string): number => isoWeekday(parseLocalDate(date));

describe('generateProvisionalDays', () => {
  it('2027: Tết = last day of Chạp + mùng 1–4; Sat/Sun inside it give make-up days after the block', () => {
    expect(summary(generateProvisionalDays(2027))).toEqual([
      '2027-01-01 holiday new_year:2027',
      '2027-02-05 holiday tet:2027', // 29 Chạp (Chạp Bính Ngọ has 29 days)
      '2027-02-06 holiday tet:2027', // mùng 1, Saturday
      '2027-02-07 holiday tet:2027', // Sunday
      '2027-02-08 holiday tet:2027',
      '2027-02-09 holiday tet:2027',
      '2027-02-10 make_up_off tet:2027', // Art. 111(3) for Sat 6/2
      '2027-02-11 make_up_off tet:2027', // … and Sun 7/2
      '2027-04-16 holiday hung_kings:2027',
      '2027-04-30 holiday victory_day:2027',
      '2027-05-01 holiday labour_day:2027', // Saturday
      '2027-05-03 make_up_off labour_day:2027',
      '2027-09-02 holiday national_day:2027', // Thursday → second day Friday 3/9
      '2027-09-03 holiday national_day:2027',
      '2027-11-24 holiday culture_day:2027',
    ]);
  });

  it('every generated row is provisional, cites a legal basis and is never a swap', () => {
    for (let year = 2021; year <= 2040; year += 1) {
      for (const row of generateProvisionalDays(year)) {
        expect(row.status).toBe('provisional');
        expect(row.legalBasis).toBeTruthy();
        expect(['holiday', 'make_up_off']).toContain(row.kind);
        if (row.kind === 'make_up_off') {
          expect(weekday(row.date)).toBeLessThanOrEqual(5);
        }
      }
    }
  });

  it('Art. 111(3): 30/4 and 1/5 on a weekend give two make-up days (2022: Mon 2/5 and Tue 3/5)', () => {
    const rows = generateProvisionalDays(2022).filter((r) => r.date.startsWith('2022-05'));
    expect(summary(rows)).toEqual([
      '2022-05-01 holiday labour_day:2022',
      '2022-05-02 make_up_off victory_day:2022',
      '2022-05-03 make_up_off labour_day:2022',
    ]);
  });

  it.each([
    [2021, '2021-09-03'], // Thu 2/9 → Fri 3/9 (as announced)
    [2022, '2022-09-01'], // Fri → Thu 1/9
    [2023, '2023-09-01'], // Sat → Fri 1/9, plus make-up Mon 4/9 (TB 5034/TB-LĐTBXH)
    [2024, '2024-09-03'], // Mon → Tue 3/9
    [2025, '2025-09-01'], // Tue → Mon 1/9 (TB 6150/TB-BLĐTBXH)
    [2026, '2026-09-01'], // Wed → Tue 1/9 (TB 9441/TB-BNV)
    [2029, '2029-09-03'], // Sun → Mon 3/9, plus make-up Tue 4/9
  ])('Art. 112(1)(đ): the second Quốc khánh day of %i defaults to %s', (year, second) => {
    const rows = generateProvisionalDays(year).filter((r) => r.occasion === `national_day:${year}`);
    expect(rows.map((r) => r.date)).toContain(second);
  });

  it('2023: 2/9 on a Saturday gives Fri 1/9 and make-up Mon 4/9, as TB 5034/TB-LĐTBXH announced', () => {
    const rows = generateProvisionalDays(2023).filter((r) => r.occasion === 'national_day:2023');
    expect(summary(rows)).toEqual([
      '2023-09-01 holiday national_day:2023',
      '2023-09-02 holiday national_day:2023',
      '2023-09-04 make_up_off national_day:2023',
    ]);
  });

  it('the second Quốc khánh day can be forced before or after', () => {
    const before = generateProvisionalDays(2027, { nationalDaySecondDay: 'before' });
    const after = generateProvisionalDays(2025, { nationalDaySecondDay: 'after' });
    expect(before.map((r) => r.date)).toContain('2027-09-01');
    expect(after.map((r) => r.date)).toContain('2025-09-03');
  });

  it('tetDaysBeforeNewYear = 2 reproduces the official 2025 block (28 Chạp – mùng 3)', () => {
    const tet = generateProvisionalDays(2025, { tetDaysBeforeNewYear: 2 }).filter(
      (r) => r.occasion === 'tet:2025',
    );
    const official = OFFICIAL_CALENDAR_DAYS.filter((r) => r.occasion === 'tet:2025');
    expect(tet.map((r) => r.date)).toEqual(official.map((r) => r.date));
    expect(() => generateProvisionalDays(2025, { tetDaysBeforeNewYear: 5 })).toThrow(RangeError);
  });

  it('the default rules reproduce the official 2026 Tết block and the Giỗ Tổ make-up day', () => {
    const generated = generateProvisionalDays(2026);
    for (const occasion of ['tet:2026', 'hung_kings:2026']) {
      const official = OFFICIAL_CALENDAR_DAYS.filter((r) => r.occasion === occasion);
      expect(summary(generated.filter((r) => r.occasion === occasion))).toEqual(summary(official));
    }
  });

  it('Ngày Văn hóa Việt Nam exists from 1/7/2026 only (NQ 28/2026/QH16)', () => {
    expect(generateProvisionalDays(2025).some((r) => r.occasion === 'culture_day:2025')).toBe(
      false,
    );
    expect(generateProvisionalDays(2026).find((r) => r.occasion === 'culture_day:2026')?.date).toBe(
      '2026-11-24',
    );
  });

  it('Culture Day on a Saturday (2029): no make-up by default, one under the next_working_day policy', () => {
    const byDefault = generateProvisionalDays(2029).filter(
      (r) => r.occasion === 'culture_day:2029',
    );
    const withMakeUp = generateProvisionalDays(2029, {
      cultureDaySubstitution: 'next_working_day',
    }).filter((r) => r.occasion === 'culture_day:2029');
    expect(summary(byDefault)).toEqual(['2029-11-24 holiday culture_day:2029']);
    expect(summary(withMakeUp)).toEqual([
      '2029-11-24 holiday culture_day:2029',
      '2029-11-26 make_up_off culture_day:2029',
    ]);
  });

  it('weekly rest days are configurable (a Sunday-only rest gives no make-up for Saturday 1/5/2027)', () => {
    const rows = generateProvisionalDays(2027, { weeklyRestDays: [7] });
    expect(rows.some((r) => r.date === '2027-05-03')).toBe(false);
    expect(rows.find((r) => r.date === '2027-02-08')?.kind).toBe('holiday');
    expect(rows.filter((r) => r.kind === 'make_up_off').map((r) => r.date)).toEqual(['2027-02-10']);
  });

  it('refuses years before the Labor Code 2019 and beyond the lunar range', () => {
    expect(() => generateProvisionalDays(2020)).toThrow(RangeError);
    expect(() => generateProvisionalDays(2101)).toThrow(RangeError);
    expect(() => generateProvisionalDays(2025.5)).toThrow(RangeError);
  });
});

describe('OFFICIAL_CALENDAR_DAYS (VIETNAM.md §1.2)', () => {
  it('are confirmed rows with a notice or legal basis and an occasion', () => {
    for (const row of OFFICIAL_CALENDAR_DAYS) {
      expect(row.status).toBe('confirmed');
      expect(row.legalBasis).toMatch(/\d/);
      expect(row.occasion).toMatch(/^[a-z_]+:\d{4}$/);
    }
  });

  it('swapped-in days are Saturdays (26/4/2025, 10/1/2026, 22/8/2026); other rows are weekdays', () => {
    const swaps = OFFICIAL_CALENDAR_DAYS.filter((r) => r.kind === 'swap_workday').map(
      (r) => r.date,
    );
    expect(swaps).toEqual(['2025-04-26', '2026-01-10', '2026-08-22']);
    swaps.forEach((date) => expect(weekday(date)).toBe(6));
    const swappedOff = OFFICIAL_CALENDAR_DAYS.filter((r) => r.kind === 'swap_off').map(
      (r) => r.date,
    );
    expect(swappedOff).toEqual(['2025-05-02', '2026-01-02', '2026-08-31']);
    for (const row of OFFICIAL_CALENDAR_DAYS) {
      if (row.kind !== 'swap_workday' && row.date !== '2026-04-26') {
        expect(weekday(row.date), row.date).toBeLessThanOrEqual(5);
      }
    }
  });

  it('Tết rows name the right lunar days', () => {
    const tet = OFFICIAL_CALENDAR_DAYS.filter((r) => r.occasion?.startsWith('tet:'));
    for (const row of tet) {
      const lunar = solarToLunar(row.date);
      const expected = lunar.month === 1 ? `mùng ${lunar.day}` : `${lunar.day} tháng Chạp`;
      expect(row.name).toContain(expected);
    }
  });

  it('2026: the breaks total 25 days with adjacent weekends, 26 with Culture Day (thanhnien 13/01/2026)', () => {
    const calendar = buildCalendar(defaultCalendarData());
    const breaks: Array<[string, string]> = [
      ['2026-01-01', '2026-01-04'],
      ['2026-02-14', '2026-02-22'],
      ['2026-04-25', '2026-04-27'],
      ['2026-04-30', '2026-05-03'],
      ['2026-08-29', '2026-09-02'],
      ['2026-11-24', '2026-11-24'],
    ];
    let total = 0;
    for (const [first, last] of breaks) {
      expect(calendar.isWorkingDay(addDays(first, -1)), `before ${first}`).toBe(true);
      expect(calendar.isWorkingDay(addDays(last, 1)), `after ${last}`).toBe(true);
      for (let date = first; date <= last; date = addDays(date, 1)) {
        expect(calendar.isWorkingDay(date), date).toBe(false);
        total += 1;
      }
    }
    expect(total).toBe(26);
  });
});
