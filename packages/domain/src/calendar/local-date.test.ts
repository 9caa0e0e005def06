import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  civilFromDays,
  daysFromCivil,
  formatInstant,
  formatLocalDate,
  isoWeekday,
  localDateOf,
  parseLocalDate,
  parseLocalTime,
  zonedInstant,
} from './local-date';

describe('local dates and instants (no host time zone involved)', () => {
  it('day numbers: 1970-01-01 is day 0, a Thursday', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(isoWeekday(0)).toBe(4);
    expect(isoWeekday(parseLocalDate('2026-02-17'))).toBe(2); // mùng 1 Bính Ngọ, a Tuesday
    expect(isoWeekday(parseLocalDate('1900-01-01'))).toBe(1);
  });

  it('day numbers round-trip over 1900–2200', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: daysFromCivil(1900, 1, 1), max: daysFromCivil(2200, 12, 31) }),
        (day) => {
          const { year, month, day: date } = civilFromDays(day);
          expect(daysFromCivil(year, month, date)).toBe(day);
          expect(parseLocalDate(formatLocalDate(day))).toBe(day);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('zonedInstant reads wall-clock time in UTC+7 whatever the host zone', () => {
    expect(zonedInstant('2026-02-16', '07:30').toISOString()).toBe('2026-02-16T00:30:00.000Z');
    expect(zonedInstant('2026-02-16', '00:00').toISOString()).toBe('2026-02-15T17:00:00.000Z');
    expect(localDateOf(new Date('2026-02-15T17:00:00Z'))).toBe('2026-02-16');
    expect(localDateOf(new Date('2026-02-15T16:59:59.999Z'))).toBe('2026-02-15');
  });

  it('formatInstant writes local ISO 8601 with the offset', () => {
    expect(formatInstant(new Date('2026-02-23T01:30:00Z'))).toBe('2026-02-23T08:30:00+07:00');
    expect(formatInstant(new Date('2026-02-23T01:30:00.250Z'))).toBe(
      '2026-02-23T08:30:00.250+07:00',
    );
    expect(formatInstant(new Date('2026-02-23T01:30:00Z'), -90)).toBe('2026-02-23T00:00:00-01:30');
  });

  it('refuses malformed or impossible dates and times', () => {
    expect(() => parseLocalDate('2025-02-29')).toThrow(RangeError);
    expect(() => parseLocalDate('2025-2-1')).toThrow(RangeError);
    expect(parseLocalDate('2024-02-29')).toBe(daysFromCivil(2024, 2, 29));
    expect(() => parseLocalTime('24:01')).toThrow(RangeError);
    expect(() => parseLocalTime('12:60')).toThrow(RangeError);
    expect(parseLocalTime('24:00')).toBe(1440);
  });
});
