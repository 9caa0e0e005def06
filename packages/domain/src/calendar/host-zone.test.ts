import { describe, expect, it } from 'vitest';
import { buildCalendar, defaultCalendarData, formatInstant } from './index';

// Runs under both host zones (vitest.config.ts and vitest.hcm.config.ts): the answer must not move.
describe(`calendar under host TZ=${process.env.TZ ?? 'unset'}`, () => {
  it('computes the same W2 deadline whatever the host zone', () => {
    const calendar = buildCalendar(defaultCalendarData());
    const due = calendar.addWorkingDays(new Date('2026-02-13T09:00:00+07:00'), 1);
    // Fri 13/2/2026 → the next working day is Mon 23/2 (Tết Bính Ngọ off 14–22/2).
    expect(formatInstant(due)).toBe('2026-02-23T17:00:00+07:00');
  });
});
