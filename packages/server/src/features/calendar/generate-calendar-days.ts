import { GENERATOR_YEARS, generateProvisionalDays } from '@paht/domain';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../infra/db/schema';
import { calendarCodeSchema } from './calendar.schemas';
import { findCalendarDays, presentCalendarDay } from './calendar.queries';
import { insertCalendarDaysIfAbsent } from './seed-calendar';

export const generateCalendarSchema = z.object({
  year: z.number().int().min(GENERATOR_YEARS.from).max(GENERATOR_YEARS.to),
  calendarCode: calendarCodeSchema.default('default'),
  /** How many of the five Tết days fall before mùng 1 (the Prime Minister decides each year). */
  tetDaysBeforeNewYear: z.number().int().min(0).max(4).optional(),
  nationalDaySecondDay: z.enum(['before', 'after', 'adjacent_weekday']).optional(),
  cultureDaySubstitution: z.enum(['none', 'next_working_day']).optional(),
});

/** Provisional days for a year by the holiday rules; an admin then confirms each citing the notice. */
export async function generateCalendarDays(
  db: Kysely<DB>,
  tenantId: string,
  input: z.infer<typeof generateCalendarSchema>,
) {
  const { year, calendarCode, ...options } = input;
  const days = generateProvisionalDays(year, {
    ...(options.tetDaysBeforeNewYear !== undefined
      ? { tetDaysBeforeNewYear: options.tetDaysBeforeNewYear }
      : {}),
    ...(options.nationalDaySecondDay ? { nationalDaySecondDay: options.nationalDaySecondDay } : {}),
    ...(options.cultureDaySubstitution
      ? { cultureDaySubstitution: options.cultureDaySubstitution }
      : {}),
  });
  const created = await insertCalendarDaysIfAbsent(db, tenantId, calendarCode, days);
  const items = await findCalendarDays(db, tenantId, {
    calendarCode,
    from: `${year}-01-01`,
    to: `${year}-12-31`,
  });
  return { created, items: items.map(presentCalendarDay) };
}
