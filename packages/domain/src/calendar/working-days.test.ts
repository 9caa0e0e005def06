import { describe, expect, it } from 'vitest';
import { defaultCalendarData } from './defaults';
import { formatInstant } from './local-date';
import { excludeSwaps } from './merge-days';
import { buildCalendar } from './working-calendar';

const data = defaultCalendarData();
const calendar = buildCalendar(data);
const at = (iso: string): Date => new Date(iso);
const local = (d: Date): string => formatInstant(d);
const addDays = (iso: string, days: number): string =>
  local(calendar.addWorkingDays(at(iso), days));

describe('W2 whole working days (start day not counted, Civil Code Art. 147(2))', () => {
  it('W2: a report sent Friday 24/1/2025 18:00 starts on Mon 3/2 (after Tết); 1 wd → Tue 4/2 17:00', () => {
    expect(addDays('2025-01-24T18:00:00+07:00', 1)).toBe('2025-02-04T17:00:00+07:00');
  });

  it('W2: sent Friday 24/1/2025 16:59, the Friday is the start day; 1 wd → Mon 3/2 17:00', () => {
    expect(addDays('2025-01-24T16:59:00+07:00', 1)).toBe('2025-02-03T17:00:00+07:00');
  });

  it('W2: a start exactly at the close (17:00) keeps its day', () => {
    expect(addDays('2025-01-24T17:00:00+07:00', 1)).toBe('2025-02-03T17:00:00+07:00');
    expect(addDays('2025-01-24T17:00:01+07:00', 1)).toBe('2025-02-04T17:00:00+07:00');
  });

  it('W2: before opening (06:00) and at lunch (12:00) the day itself is the start day', () => {
    expect(addDays('2025-03-03T06:00:00+07:00', 1)).toBe('2025-03-04T17:00:00+07:00');
    expect(addDays('2025-03-03T12:00:00+07:00', 1)).toBe('2025-03-04T17:00:00+07:00');
  });

  it('W2: a report sent on mùng 1 Tết 2025 starts Mon 3/2; 5 wd → Mon 10/2/2025 17:00', () => {
    expect(addDays('2025-01-29T09:00:00+07:00', 5)).toBe('2025-02-10T17:00:00+07:00');
  });

  it('W2: Khánh Hòa 5 wd handling accepted Thu 12/2/2026 10:00 → Thu 26/2/2026 17:00 (Tết 16–20/2)', () => {
    // Fri 13/2 (1); Tết Bính Ngọ 16–20/2 (TB 9441/TB-BNV); Mon 23 (2), 24 (3), 25 (4), Thu 26 (5).
    expect(addDays('2026-02-12T10:00:00+07:00', 5)).toBe('2026-02-26T17:00:00+07:00');
  });

  it('W2: Kon Tum 15 wd from Mon 1/2/2027 09:00 over the provisional Tết 2027 → Mon 1/3/2027 17:00', () => {
    // 2, 3, 4/2 (1–3); 5–11/2 off (Tết 5–9/2 + make-up 10–11/2); 12/2 (4); 15–19/2 (5–9);
    // 22–26/2 (10–14); Mon 1/3 (15).
    expect(addDays('2027-02-01T09:00:00+07:00', 15)).toBe('2027-03-01T17:00:00+07:00');
  });

  it('W2: 0 wd is the close of the start day', () => {
    expect(addDays('2025-03-03T09:00:00+07:00', 0)).toBe('2025-03-03T17:00:00+07:00');
    expect(addDays('2025-03-01T09:00:00+07:00', 0)).toBe('2025-03-03T17:00:00+07:00');
  });

  it('W2: Giỗ Tổ 2026 on a Sunday gives Monday 27/4 off (Art. 111(3)); Fri 24/4 17:30 + 1 wd → Wed 29/4', () => {
    expect(addDays('2026-04-24T17:30:00+07:00', 1)).toBe('2026-04-29T17:00:00+07:00');
  });

  it('W2: 30/4–1/5 2026 (no swap): Wed 29/4 09:00 + 2 wd → Tue 5/5/2026 17:00', () => {
    expect(addDays('2026-04-29T09:00:00+07:00', 2)).toBe('2026-05-05T17:00:00+07:00');
  });

  it('W2: provisional 2027: 1/5 is a Saturday, so Mon 3/5 is a make-up day; Thu 29/4 + 1 wd → Tue 4/5', () => {
    expect(addDays('2027-04-29T10:00:00+07:00', 1)).toBe('2027-05-04T17:00:00+07:00');
  });

  it('W2: Quốc khánh 2025 (1–2/9): Fri 29/8/2025 10:00 + 1 wd → Wed 3/9/2025 17:00', () => {
    expect(addDays('2025-08-29T10:00:00+07:00', 1)).toBe('2025-09-03T17:00:00+07:00');
  });

  it('W2: Quốc khánh 2027 (provisional 2–3/9): Wed 1/9/2027 10:00 + 1 wd → Mon 6/9/2027 17:00', () => {
    expect(addDays('2027-09-01T10:00:00+07:00', 1)).toBe('2027-09-06T17:00:00+07:00');
  });

  it('W2: Ngày Văn hóa Việt Nam 24/11/2026 is off; 24/11/2025 (before 1/7/2026) is not', () => {
    expect(addDays('2026-11-23T10:00:00+07:00', 1)).toBe('2026-11-25T17:00:00+07:00');
    expect(addDays('2025-11-21T10:00:00+07:00', 1)).toBe('2025-11-24T17:00:00+07:00');
    expect(addDays('2027-11-23T10:00:00+07:00', 1)).toBe('2027-11-25T17:00:00+07:00');
  });
});

describe('W5 days come from the calendar table, swaps included', () => {
  it('W5: the swapped-in Saturday 26/4/2025 is a working day, the swapped-off Friday 2/5/2025 is not', () => {
    expect(calendar.isWorkingDay('2025-04-26')).toBe(true);
    expect(calendar.isWorkingDay('2025-05-02')).toBe(false);
    expect(calendar.isWorkingDay('2025-04-30')).toBe(false);
    expect(calendar.isWorkingDay('2025-04-27')).toBe(false); // an ordinary Sunday
  });

  it('W5: Fri 25/4/2025 15:00 + 1 wd → Sat 26/4/2025 17:00; + 4 wd → Mon 5/5/2025 17:00', () => {
    expect(addDays('2025-04-25T15:00:00+07:00', 1)).toBe('2025-04-26T17:00:00+07:00');
    expect(addDays('2025-04-25T15:00:00+07:00', 2)).toBe('2025-04-28T17:00:00+07:00');
    expect(addDays('2025-04-25T15:00:00+07:00', 4)).toBe('2025-05-05T17:00:00+07:00');
  });

  it('W5: a swapped-in Saturday has the weekday hours (07:30–11:30, 13:00–17:00)', () => {
    expect(calendar.isWorkingTime(at('2025-04-26T07:30:00+07:00'))).toBe(true);
    expect(calendar.isWorkingTime(at('2025-04-26T12:00:00+07:00'))).toBe(false);
    expect(local(calendar.addWorkingHours(at('2025-04-26T08:00:00+07:00'), 8))).toBe(
      '2025-04-28T08:00:00+07:00',
    );
  });

  it('W5: a report received on the swapped Saturday 26/4/2025 08:00 starts that day; 1 wd → Mon 28/4', () => {
    expect(addDays('2025-04-26T08:00:00+07:00', 1)).toBe('2025-04-28T17:00:00+07:00');
  });

  it('W5: the swapped-off Friday 2/5/2025 counts no hours: Fri 2/5 10:00 + 4 wh → Mon 5/5 11:30', () => {
    expect(local(calendar.addWorkingHours(at('2025-05-02T10:00:00+07:00'), 4))).toBe(
      '2025-05-05T11:30:00+07:00',
    );
  });

  it('W5: New Year 2026: 1/1 holiday, Fri 2/1 swapped off, Sat 10/1 worked (CV 12729/VPCP-KGVX)', () => {
    expect(addDays('2025-12-31T10:00:00+07:00', 1)).toBe('2026-01-05T17:00:00+07:00');
    expect(addDays('2026-01-09T10:00:00+07:00', 1)).toBe('2026-01-10T17:00:00+07:00');
  });

  it('W5: Quốc khánh 2026: Sat 22/8 worked, Mon 31/8 swapped off, 1–2/9 holidays', () => {
    expect(addDays('2026-08-21T16:00:00+07:00', 1)).toBe('2026-08-22T17:00:00+07:00');
    expect(addDays('2026-08-28T10:00:00+07:00', 1)).toBe('2026-09-03T17:00:00+07:00');
  });
});

describe('rules built on the calendar (W6, W8, W10)', () => {
  it('W6: a utility company without civil-service swaps works Fri 2/5/2025 and not Sat 26/4/2025', () => {
    const utility = buildCalendar({ ...data, days: excludeSwaps(data.days) });
    expect(utility.isWorkingDay('2025-05-02')).toBe(true);
    expect(utility.isWorkingDay('2025-04-26')).toBe(false);
    expect(utility.isWorkingDay('2025-04-30')).toBe(false);
    expect(local(utility.addWorkingDays(at('2025-04-25T15:00:00+07:00'), 1))).toBe(
      '2025-04-28T17:00:00+07:00',
    );
  });

  it('W8: Kon Tum progress updates fall every 5 wd after the 15-wd deadline', () => {
    const deadline = calendar.addWorkingDays(at('2027-02-01T09:00:00+07:00'), 15);
    expect(local(deadline)).toBe('2027-03-01T17:00:00+07:00');
    const first = calendar.addWorkingDays(deadline, 5);
    expect(local(first)).toBe('2027-03-08T17:00:00+07:00');
    expect(local(calendar.addWorkingDays(first, 5))).toBe('2027-03-15T17:00:00+07:00');
    // A deadline sits at a close, which keeps its day (W2), so the chain is plain addition.
    expect(first.getTime()).toBe(
      calendar.addWorkingDays(at('2027-02-01T09:00:00+07:00'), 20).getTime(),
    );
  });

  it('W10: the Khánh Hòa extension cap, 10 wd from acceptance Thu 12/2/2026 10:00, is Thu 5/3/2026 17:00', () => {
    const acceptance = at('2026-02-12T10:00:00+07:00');
    expect(local(calendar.addWorkingDays(acceptance, 5))).toBe('2026-02-26T17:00:00+07:00');
    expect(local(calendar.addWorkingDays(acceptance, 10))).toBe('2026-03-05T17:00:00+07:00');
  });
});
