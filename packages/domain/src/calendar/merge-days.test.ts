import { describe, expect, it } from 'vitest';
import { generateProvisionalDays } from './holidays';
import { excludeSwaps, mergeCalendarDays } from './merge-days';
import { OFFICIAL_CALENDAR_DAYS } from './official-days';
import type { CalendarDayData } from './types';
import { buildCalendar } from './working-calendar';
import { DEFAULT_OFFICE_SCHEDULE } from './defaults';

const summary = (rows: readonly CalendarDayData[]): string[] =>
  rows.map((r) => `${r.date} ${r.kind} ${r.status}`);

describe('mergeCalendarDays', () => {
  it('Tết 2025: the notice replaces the whole provisional block, including its make-up day', () => {
    // Generated: 28/1 (29 Chạp) – Sat 1/2 + make-up Mon 3/2. Notice: Mon 27/1 – Fri 31/1.
    const merged = mergeCalendarDays([...generateProvisionalDays(2025), ...OFFICIAL_CALENDAR_DAYS]);
    const tet = merged.filter((r) => r.date >= '2025-01-20' && r.date <= '2025-02-10');
    expect(summary(tet)).toEqual([
      '2025-01-27 holiday confirmed',
      '2025-01-28 holiday confirmed',
      '2025-01-29 holiday confirmed',
      '2025-01-30 holiday confirmed',
      '2025-01-31 holiday confirmed',
    ]);
    const calendar = buildCalendar({ schedules: [DEFAULT_OFFICE_SCHEDULE], days: merged });
    expect(calendar.isWorkingDay('2025-02-03')).toBe(true);
  });

  it('a confirmed row wins its date; provisional rows of other occasions stay', () => {
    const provisional = generateProvisionalDays(2027);
    const confirmed: CalendarDayData = {
      date: '2027-04-16',
      kind: 'holiday',
      name: 'Giỗ Tổ Hùng Vương',
      status: 'confirmed',
      legalBasis: 'TB …/TB-BNV',
    };
    const merged = mergeCalendarDays([confirmed, ...provisional]);
    expect(merged.filter((r) => r.date === '2027-04-16')).toEqual([confirmed]);
    expect(merged.filter((r) => r.status === 'provisional')).toHaveLength(provisional.length - 1);
  });

  it('a confirmed row without an occasion claims the occasion of the provisional row on its date', () => {
    // An admin enters the 2027 Tết notice by hand (say 4/2 – 10/2 with a swap), without occasions.
    const notice = ['2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10'].map(
      (date): CalendarDayData => ({ date, kind: 'holiday', name: 'Tết', status: 'confirmed' }),
    );
    const merged = mergeCalendarDays([...generateProvisionalDays(2027), ...notice]);
    const february = merged.filter((r) => r.date.startsWith('2027-02'));
    // The generated make-up day Thu 11/2 goes with the rest of the provisional Tết block.
    expect(february.map((r) => r.date)).toEqual(notice.map((r) => r.date));
    expect(merged.some((r) => r.date === '2027-05-03' && r.status === 'provisional')).toBe(true);
  });

  it('keeps every confirmed row and sorts by date', () => {
    const merged = mergeCalendarDays([...OFFICIAL_CALENDAR_DAYS].reverse());
    expect(merged).toHaveLength(OFFICIAL_CALENDAR_DAYS.length);
    expect(merged.map((r) => r.date)).toEqual([...merged.map((r) => r.date)].sort());
  });
});

describe('excludeSwaps', () => {
  it('drops swapped-off weekdays and swapped-in Saturdays, keeps holidays and make-up days', () => {
    const kept = excludeSwaps(OFFICIAL_CALENDAR_DAYS);
    expect(kept.some((r) => r.kind === 'swap_off' || r.kind === 'swap_workday')).toBe(false);
    expect(kept.some((r) => r.kind === 'make_up_off')).toBe(true);
    expect(kept).toHaveLength(OFFICIAL_CALENDAR_DAYS.length - 6);
  });
});
