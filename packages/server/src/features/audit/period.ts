/**
 * Period bounds of the audit and export filters: an instant with its offset, or a calendar date
 * taken in the tenant's time zone (`from` at the start of that day, `to` at the end of it).
 */
import { z } from 'zod';

export const instantOrDate = z.union([z.iso.datetime({ offset: true }), z.iso.date()]);

function offsetMinutes(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const local = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return (local - instant) / 60_000;
}

/** Midnight at the start of `date` (YYYY-MM-DD) in `timeZone`. */
export function startOfDay(date: string, timeZone: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  const guess = Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1);
  return new Date(guess - offsetMinutes(guess, timeZone) * 60_000);
}

/** The lower bound (inclusive). */
export function periodFrom(value: string | undefined, timeZone: string): Date | undefined {
  if (value === undefined) {
    return undefined;
  }
  return value.length === 10 ? startOfDay(value, timeZone) : new Date(value);
}

/** The upper bound (exclusive): a date includes its whole day. */
export function periodTo(value: string | undefined, timeZone: string): Date | undefined {
  if (value === undefined) {
    return undefined;
  }
  if (value.length === 10) {
    return new Date(startOfDay(value, timeZone).getTime() + 86_400_000);
  }
  return new Date(value);
}
