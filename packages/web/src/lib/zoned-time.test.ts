import { describe, expect, it } from 'vitest';
import { fromZonedInputValue, toZonedInputValue, zoneLabel } from './zoned-time';

describe('zoned time', () => {
  it('reads a datetime-local value as Viet Nam time, whatever the device zone', () => {
    expect(fromZonedInputValue('2026-11-25T11:30', 'Asia/Ho_Chi_Minh')).toBe(
      '2026-11-25T04:30:00.000Z',
    );
    expect(fromZonedInputValue('2026-01-01T00:15', 'Asia/Ho_Chi_Minh')).toBe(
      '2025-12-31T17:15:00.000Z',
    );
  });

  it('refuses what is not a time', () => {
    expect(fromZonedInputValue('', 'Asia/Ho_Chi_Minh')).toBeNull();
    expect(fromZonedInputValue('25/11/2026 11:30', 'Asia/Ho_Chi_Minh')).toBeNull();
    expect(fromZonedInputValue('2026-02-30T08:00', 'Asia/Ho_Chi_Minh')).toBeNull();
    expect(fromZonedInputValue('2026-11-25T24:30', 'Asia/Ho_Chi_Minh')).toBeNull();
  });

  it('follows a zone with summer time', () => {
    expect(fromZonedInputValue('2026-07-01T09:00', 'Europe/Paris')).toBe(
      '2026-07-01T07:00:00.000Z',
    );
    expect(fromZonedInputValue('2026-01-01T09:00', 'Europe/Paris')).toBe(
      '2026-01-01T08:00:00.000Z',
    );
  });

  it('shows an instant as the wall clock of the zone, with its offset', () => {
    const instant = new Date('2026-11-25T04:30:00Z');
    expect(toZonedInputValue(instant, 'Asia/Ho_Chi_Minh')).toBe('2026-11-25T11:30');
    expect(zoneLabel(instant, 'Asia/Ho_Chi_Minh')).toBe('GMT+7');
    expect(zoneLabel(instant, 'Asia/Kolkata')).toBe('GMT+5:30');
  });
});
