/**
 * Instants as people of the province type and read them: a `datetime-local` input's value is a
 * wall-clock time in the tenant's time zone (Asia/Ho_Chi_Minh), whatever the device's own zone.
 */

type WallClock = { year: number; month: number; day: number; hour: number; minute: number };

function wallClockOf(date: Date, timeZone: string): WallClock {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value ?? '0');
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
  };
}

/** Minutes the zone is ahead of UTC at `date` (420 for Viet Nam). */
function offsetMinutes(date: Date, timeZone: string): number {
  const wall = wallClockOf(date, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  const truncated = Math.floor(date.getTime() / 60_000) * 60_000;
  return Math.round((asUtc - truncated) / 60_000);
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** `2026-11-25T11:30` for an instant, in `timeZone`: the value a `datetime-local` input shows. */
export function toZonedInputValue(instant: Date, timeZone: string): string {
  const w = wallClockOf(instant, timeZone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

const LOCAL_VALUE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/;

/**
 * The instant (ISO 8601, UTC) of a `datetime-local` value read as a wall-clock time in
 * `timeZone`; null when the value is empty or not a time.
 */
export function fromZonedInputValue(value: string, timeZone: string): string | null {
  const match = LOCAL_VALUE.exec(value.trim());
  if (!match) {
    return null;
  }
  const [, year, month, day, hour, minute] = match.map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  if (Number.isNaN(asUtc)) {
    return null;
  }
  // Twice, so an instant next to a change of offset lands on the zone's own wall clock.
  let instant = asUtc - offsetMinutes(new Date(asUtc), timeZone) * 60_000;
  instant = asUtc - offsetMinutes(new Date(instant), timeZone) * 60_000;
  const result = new Date(instant);
  // 30 February or 25:00 roll over into another day: not the time the user meant.
  const typed = `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}`;
  return toZonedInputValue(result, timeZone) === typed ? result.toISOString() : null;
}

/** `GMT+7`: the zone's offset at `instant`, as a reader expects it after a time. */
export function zoneLabel(instant: Date, timeZone: string): string {
  const minutes = offsetMinutes(instant, timeZone);
  const sign = minutes < 0 ? '-' : '+';
  const hours = Math.floor(Math.abs(minutes) / 60);
  const rest = Math.abs(minutes) % 60;
  return `GMT${sign}${hours}${rest ? `:${pad(rest)}` : ''}`;
}
