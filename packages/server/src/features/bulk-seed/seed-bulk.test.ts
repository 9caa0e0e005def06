import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../infra/db/schema';
import { verifyEventLog } from '../../infra/events/verify-log';
import { createTestApp, signInAs } from '../../testing/test-app';
import type { TestApp } from '../../testing/test-app';
import { DEMO_PASSWORD, loadDemoData } from '../demo/load-demo-data';
import { seedDemoCalendars } from '../demo/seed-demo-calendars';
import { seedBulk } from './seed-bulk';
import type { SeedBulkResult } from './seed-bulk';

const DAY = 86_400_000;
let t: TestApp;
let db: Kysely<DB>;
let result: SeedBulkResult;
let tenantId: string;
let now: Date;

async function count(query: ReturnType<typeof sql<{ n: number }>>): Promise<number> {
  const rows = await query.execute(db);
  return Number(rows.rows[0]?.n ?? -1);
}

beforeAll(async () => {
  t = await createTestApp();
  db = t.database.db;
  now = t.clock.now();
  const demo = await loadDemoData(db);
  await seedDemoCalendars(db, demo, now);
  // Four weeks of reports: old enough to be answered and rated, recent enough to be open.
  result = await seedBulk(db, {
    tenantCode: 'khanh-hoa',
    reports: 600,
    from: new Date(now.getTime() - 28 * DAY),
    now,
    seed: 7,
    batchSize: 100,
  });
  const tenant = await db
    .selectFrom('tenants')
    .select('id')
    .where('code', '=', 'khanh-hoa')
    .executeTakeFirstOrThrow();
  tenantId = tenant.id;
}, 120_000);

afterAll(async () => {
  await t.close();
});

describe('seed:bulk', () => {
  it('stores every row it counts, with states spread along the lifecycle', async () => {
    const stored = await count(sql<{ n: number }>`
      SELECT (SELECT count(*) FROM reports) + (SELECT count(*) FROM report_assignments)
        + (SELECT count(*) FROM report_deadlines) + (SELECT count(*) FROM report_events)
        + (SELECT count(*) FROM report_subscriptions) AS n`);
    expect(stored).toBe(result.rows);
    const total = Object.values(result.states).reduce((a, b) => a + b, 0);
    expect(total).toBe(600);
    for (const state of ['answered', 'rejected', 'in_progress']) {
      expect(result.states[state] ?? 0, state).toBeGreaterThan(0);
    }
    const open = total - (result.states.answered ?? 0) - (result.states.rejected ?? 0);
    expect(open).toBeGreaterThan(20);
    const rows = await db
      .selectFrom('reports')
      .select(['state', 'rating', 'duplicate_of_id', 'published_at', 'answer'])
      .where('tenant_id', '=', tenantId)
      .execute();
    expect(rows.filter((r) => r.rating !== null).length).toBeGreaterThan(50);
    expect(rows.filter((r) => r.duplicate_of_id !== null).length).toBeGreaterThan(5);
    expect(rows.filter((r) => r.published_at !== null && r.answer).length).toBeGreaterThan(100);
  });

  it('keeps the projections true to the engine snapshot and the deadline rows', async () => {
    // The nearest open binding deadline is the report's due_at (inbox sorting).
    expect(
      await count(sql<{ n: number }>`
        SELECT count(*) AS n FROM reports r
        WHERE r.due_at IS DISTINCT FROM (SELECT min(d.due_at) FROM report_deadlines d
          WHERE d.report_id = r.id AND d.sweep AND d.completed_at IS NULL)`),
    ).toBe(0);
    expect(
      await count(sql<{ n: number }>`
        SELECT count(*) AS n FROM reports
        WHERE engine->>'state' <> state OR engine->>'reportId' <> id::text`),
    ).toBe(0);
    expect(
      await count(sql<{ n: number }>`
        SELECT count(*) AS n FROM reports r
        WHERE r.last_event_seq <> (SELECT count(*) FROM report_events e WHERE e.report_id = r.id)`),
    ).toBe(0);
    // Whatever fell due before now was marked overdue, as the sweeper would have.
    expect(
      await count(sql<{ n: number }>`
        SELECT count(*) AS n FROM report_deadlines
        WHERE sweep AND completed_at IS NULL AND overdue_at IS NULL AND due_at <= ${now}`),
    ).toBe(0);
    expect(
      await count(sql<{ n: number }>`
        SELECT count(*) AS n FROM reports r WHERE r.is_overdue <> EXISTS (
          SELECT 1 FROM report_deadlines d WHERE d.report_id = r.id AND d.completed_at IS NULL AND d.overdue_at IS NOT NULL)`),
    ).toBe(0);
    // A duplicate's reporter follows the original (Khánh Hòa Điều 12.1).
    expect(
      await count(sql<{ n: number }>`
        SELECT count(*) AS n FROM reports r WHERE r.duplicate_of_id IS NOT NULL AND NOT EXISTS (
          SELECT 1 FROM report_subscriptions s WHERE s.report_id = r.duplicate_of_id AND s.source_report_id = r.id)`),
    ).toBe(0);
    expect(
      await count(sql<{ n: number }>`
        SELECT count(*) AS n FROM reports
        WHERE latitude NOT BETWEEN 11.2 AND 13.0 OR longitude NOT BETWEEN 108.6 AND 109.5`),
    ).toBe(0);
  });

  it('writes hash chains that the event-log check verifies', async () => {
    const verified = await verifyEventLog(db, tenantId);
    expect(verified.reports).toBe(600);
    expect(verified.events).toBeGreaterThan(600 * 3);
    expect(verified.breaks).toEqual([]);
  });

  it('gives the server reports it can act on and show', async () => {
    const operator = await signInAs(t.app, 'khanh-hoa', 'tiepnhan', DEMO_PASSWORD);
    const inbox = await operator.request({ method: 'GET', url: '/t/khanh-hoa/api/inbox' });
    expect(inbox.statusCode).toBe(200);
    const waiting = await db
      .selectFrom('reports')
      .select(['id', 'version', 'field_id'])
      .where('tenant_id', '=', tenantId)
      .where('state', 'in', ['submitted', 'returned_to_intake'])
      .executeTakeFirstOrThrow();
    const agency = await db
      .selectFrom('org_units')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where('code', '=', 'so-xay-dung')
      .executeTakeFirstOrThrow();
    const acted = await operator.request({
      method: 'POST',
      url: `/t/khanh-hoa/api/reports/${waiting.id}/actions`,
      payload: {
        action: 'distribute',
        version: waiting.version,
        input: { leadAgencyId: agency.id },
      },
    });
    expect(acted.statusCode, acted.body).toBe(200);
    expect(await verifyEventLog(db, tenantId, { reportId: waiting.id })).toMatchObject({
      breaks: [],
    });

    const published = await t.app.inject({
      method: 'GET',
      url: '/t/khanh-hoa/api/public/reports?limit=5',
    });
    expect(published.statusCode).toBe(200);
    const body = published.json() as { items: { trackingCode: string }[] };
    expect(body.items.length).toBe(5);
    expect(published.body).not.toMatch(/09\d{8}/);
  });

  it.each(['quang-ngai', 'can-tho', 'phu-tho', 'vinh-long'])(
    'drives the reports of %s through its own profile, with chains that verify',
    async (code) => {
      const tenant = await db
        .selectFrom('tenants')
        .select(['id', 'profile_id'])
        .where('code', '=', code)
        .executeTakeFirstOrThrow();
      const seeded = await seedBulk(db, {
        tenantCode: code,
        reports: 80,
        from: new Date(now.getTime() - 28 * DAY),
        now,
        seed: 11,
      });
      expect(seeded.states.answered ?? 0, JSON.stringify(seeded.states)).toBeGreaterThan(10);
      const kinds = await db
        .selectFrom('reports')
        .select('kind')
        .distinct()
        .where('tenant_id', '=', tenant.id)
        .execute();
      // Kon Tum takes feedback and recommendations (DVCQG), Hòa Bình inquiries and more, never "report".
      if (tenant.profile_id === 'kon-tum-dvcqg' || tenant.profile_id === 'hoa-binh-1022') {
        expect(kinds.map((k) => k.kind)).not.toContain('report');
      }
      const verified = await verifyEventLog(db, tenant.id);
      expect(verified.reports).toBe(80);
      expect(verified.breaks).toEqual([]);
    },
  );

  it('draws new tracking codes when the same seed loads the same tenant again', async () => {
    const again = await seedBulk(db, {
      tenantCode: 'khanh-hoa',
      reports: 30,
      from: new Date(now.getTime() - 28 * DAY),
      now,
      seed: 7,
    });
    expect(again.reports).toBe(30);
    expect(
      await count(
        sql<{ n: number }>`SELECT count(*) AS n FROM reports WHERE tenant_id = ${tenantId}`,
      ),
    ).toBe(630);
  });
});
