import type { CalendarDayData } from './types';

/**
 * Combines generated provisional rows with an admin's confirmed rows, the way an admin expects:
 * - a confirmed row wins for its date (any provisional row on that date goes);
 * - once any day of an occasion (e.g. 'tet:2025') is confirmed, the notice has spoken for the
 *   whole occasion: every provisional row of it goes, make-up days included. Otherwise the
 *   generator's guesses would survive beside the notice (Tết 2025: the generated make-up day
 *   Mon 3/2 would stay off although the notice placed the five days on 27–31/1);
 * - a confirmed row without an `occasion` claims the occasion of a provisional row on its date.
 * Confirmed rows are all kept (conflicts on one date are resolved by buildCalendar). Sorted by date.
 */
export function mergeCalendarDays(days: readonly CalendarDayData[]): CalendarDayData[] {
  const confirmed = days.filter((d) => d.status === 'confirmed');
  const provisional = days.filter((d) => d.status !== 'confirmed');
  const provisionalOccasionByDate = new Map<string, string>();
  for (const day of provisional) {
    if (day.occasion) {
      provisionalOccasionByDate.set(day.date, day.occasion);
    }
  }
  const confirmedDates = new Set(confirmed.map((d) => d.date));
  const confirmedOccasions = new Set<string>();
  for (const day of confirmed) {
    const occasion = day.occasion ?? provisionalOccasionByDate.get(day.date);
    if (occasion) {
      confirmedOccasions.add(occasion);
    }
  }
  const kept = provisional.filter(
    (d) => !confirmedDates.has(d.date) && !(d.occasion && confirmedOccasions.has(d.occasion)),
  );
  return [...confirmed, ...kept].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * The rows for a unit that does not follow the civil-service swaps (W6: utility companies, the
 * post office): holidays and make-up days stay, swapped-off weekdays and swapped-in Saturdays go.
 */
export function excludeSwaps(days: readonly CalendarDayData[]): CalendarDayData[] {
  return days.filter((d) => d.kind !== 'swap_off' && d.kind !== 'swap_workday');
}
