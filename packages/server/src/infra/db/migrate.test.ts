import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './database';
import { migrateToLatest } from './migrate';
import { openTestDatabase } from './test-database';

let database: Database;

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

describe('migrations', () => {
  it('are applied once: a second run applies nothing', async () => {
    expect(await migrateToLatest(database.db)).toEqual([]);
  });

  it('install vn_fold, which agrees with the domain fold on Vietnamese text', async () => {
    const { rows } = await sql<{ folded: string }>`
      select vn_fold(${'Đèn  đường hỏng, Thuỷ ÐẶNG'}) as folded`.execute(database.db);
    expect(rows[0]?.folded).toBe('den duong hong, thuy dang');
  });

  it('make the event log append-only', async () => {
    const { db } = database;
    const tenant = await db
      .insertInto('tenants')
      .values({ code: 'append-only', name: 'T', profile_id: 'khanh-hoa-2022' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const report = await db
      .insertInto('reports')
      .values({
        tenant_id: tenant.id,
        tracking_code: 'X1',
        channel: 'web',
        title: 't',
        content_original: 'c',
        content: 'c',
        received_at: new Date(),
        state: 'submitted',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('report_events')
      .values({
        tenant_id: tenant.id,
        report_id: report.id,
        seq: 1,
        type: 'report.submitted',
        actor_kind: 'reporter',
        occurred_at: new Date(),
        hash: 'h',
      })
      .execute();
    await expect(db.updateTable('report_events').set({ reason: 'x' }).execute()).rejects.toThrow(
      /append-only/,
    );
    await expect(db.deleteFrom('report_events').execute()).rejects.toThrow(/append-only/);
  });
});
