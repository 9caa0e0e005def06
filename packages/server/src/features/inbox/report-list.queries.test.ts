import { sql } from 'kysely';
import type { Kysely, SqlBool } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../infra/db/database';
import type { DB } from '../../infra/db/schema';
import { openTestDatabase } from '../../infra/db/test-database';
import type { UserActor } from '../../infra/http/actor';
import { seedBulk } from '../bulk-seed/seed-bulk';
import { loadDemoData } from '../demo/load-demo-data';
import { seedDemoCalendars } from '../demo/seed-demo-calendars';
import { findReportRows } from './report-list.queries';
import type { ListCursor } from './report-list.queries';
import { searchTerms } from './report-filters';

let database: Database;
let db: Kysely<DB>;
let supervisor: UserActor;
const NOW = new Date('2026-03-02T03:00:00Z');

beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
  const demo = await loadDemoData(db);
  await seedDemoCalendars(db, demo, NOW);
  await seedBulk(db, {
    tenantCode: 'khanh-hoa',
    reports: 160,
    from: new Date('2026-01-05T00:00:00+07:00'),
    now: NOW,
    seed: 3,
  });
  const tenant = await db
    .selectFrom('tenants')
    .select('id')
    .where('code', '=', 'khanh-hoa')
    .executeTakeFirstOrThrow();
  supervisor = {
    kind: 'user',
    tenantId: tenant.id,
    userId: '00000000-0000-4000-8000-000000000001',
    username: 'giamsat',
    displayName: 'Giám sát',
    roles: ['supervisor'],
    orgUnitId: null,
    orgUnitKind: null,
    sessionId: 'test',
    csrfToken: 'test',
  };
}, 120_000);

afterAll(async () => {
  await database.close();
});

/** Every page of a search, by cursor, with the given window of newest reports. */
async function allPages(q: string, searchWindow: number): Promise<string[]> {
  const ids: string[] = [];
  let after: ListCursor | null = null;
  for (;;) {
    const rows = await findReportRows(
      db,
      supervisor,
      { terms: searchTerms(q) },
      { after, limit: 7, searchWindow },
    );
    ids.push(...rows.map((r) => r.id));
    const last = rows.at(-1);
    if (rows.length < 7 || !last) {
      return ids;
    }
    after = { received: last.received_text, id: last.id };
  }
}

describe('staff list search: newest reports first, then the words index', () => {
  it.each(['den duong', 'tran phu', 'nap cong', 'ngap nuoc le', 'khong co tu nay'])(
    '"%s" gives the same pages from a small window (falling back) as from the whole table',
    async (q) => {
      const whole = await allPages(q, 1_000_000);
      expect(await allPages(q, 10)).toEqual(whole);
      expect(await allPages(q, 40)).toEqual(whole);
    },
  );

  it('finds every report whose folded text holds the words, newest first', async () => {
    const expected = await db
      .selectFrom('reports')
      .select(['id', 'received_at'])
      .where('tenant_id', '=', supervisor.tenantId)
      // Whole words, the last one a prefix, after folding ("đến" and "đèn" both fold to "den").
      .where(sql<SqlBool>`vn_fold(title || ' ' || content) ~ '\\mden\\M'`)
      .where(sql<SqlBool>`vn_fold(title || ' ' || content) ~ '\\mduong'`)
      .orderBy('received_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
    expect(expected.length).toBeGreaterThan(7);
    expect(await allPages('đèn đường', 10)).toEqual(expected.map((r) => r.id));
  });
});
