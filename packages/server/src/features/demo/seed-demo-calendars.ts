import type { Kysely } from 'kysely';
import type { DB } from '../../infra/db/schema';
import { seedTenantCalendar } from '../calendar/seed-calendar';
import type { DemoSummary } from './load-demo-data';

/** Each demo province gets the official 2025–2026 days and provisional days for later years. */
export async function seedDemoCalendars(
  db: Kysely<DB>,
  summary: DemoSummary,
  now: Date,
): Promise<number> {
  let created = 0;
  for (const tenant of summary.tenants) {
    const row = await db
      .selectFrom('tenants')
      .select('id')
      .where('code', '=', tenant.code)
      .executeTakeFirstOrThrow();
    created += await seedTenantCalendar(db, row.id, now);
  }
  return created;
}
