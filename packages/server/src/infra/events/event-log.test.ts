import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { openTestDatabase } from '../db/test-database';
import { createTenant } from '../../testing/factories';
import { canonicalJson } from './canonical-json';
import { appendEvents } from './event-log';
import { verifyEventLog } from './verify-log';

let database: Database;
let tenantId: string;

async function newReport(code: string): Promise<string> {
  const row = await database.db
    .insertInto('reports')
    .values({
      tenant_id: tenantId,
      tracking_code: code,
      channel: 'web',
      title: 'Đèn đường hỏng',
      content_original: 'Đèn đường hỏng ở ngã tư',
      content: 'Đèn đường hỏng ở ngã tư',
      received_at: new Date('2026-03-02T01:00:00Z'),
      state: 'submitted',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const event = (type: string, minute: number) => ({
  type,
  actorKind: 'staff' as const,
  actorRole: 'operator',
  fromState: 'submitted',
  toState: 'intake_accepted',
  payload: { note: 'Đã xác minh', nested: { b: 1, a: [true, null] } },
  isPublic: true,
  occurredAt: new Date(Date.UTC(2026, 2, 2, 1, minute, 0, 123)),
});

beforeAll(async () => {
  database = await openTestDatabase();
  tenantId = (await createTenant(database.db, 'tinh-log')).id;
});
afterAll(async () => {
  await database.close();
});

describe('canonical JSON', () => {
  it('sorts keys at every level so a jsonb round trip hashes the same', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[2,{"e":0,"f":1}]},"b":1}',
    );
  });
});

describe('event log', () => {
  it('chains events per report with increasing seq and verifies clean', async () => {
    const one = await newReport('LOG-1');
    const two = await newReport('LOG-2');
    await database.db.transaction().execute(async (tx) => {
      await appendEvents(tx, tenantId, one, [
        event('report.submitted', 0),
        event('report.intake_accepted', 5),
      ]);
      await appendEvents(tx, tenantId, two, [event('report.submitted', 1)]);
    });
    await appendEvents(database.db, tenantId, one, [event('report.distributed', 9)]);
    const rows = await database.db
      .selectFrom('report_events')
      .select(['seq', 'prev_hash', 'hash'])
      .where('report_id', '=', one)
      .orderBy('seq')
      .execute();
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(rows[0]?.prev_hash).toBeNull();
    expect(rows[1]?.prev_hash).toBe(rows[0]?.hash);
    expect(rows[2]?.prev_hash).toBe(rows[1]?.hash);
    expect(await verifyEventLog(database.db, tenantId)).toEqual({
      reports: 2,
      events: 4,
      breaks: [],
    });
  });

  it('detects an edited event', async () => {
    const report = await newReport('LOG-3');
    await appendEvents(database.db, tenantId, report, [
      event('report.submitted', 0),
      event('report.rejected', 2),
    ]);
    // Only a database owner can switch the append-only trigger off: that is the attack modelled.
    await sql`ALTER TABLE report_events DISABLE TRIGGER report_events_append_only`.execute(
      database.db,
    );
    await database.db
      .updateTable('report_events')
      .set({ reason: 'sửa lén' })
      .where('report_id', '=', report)
      .where('seq', '=', 1)
      .execute();
    await sql`ALTER TABLE report_events ENABLE TRIGGER report_events_append_only`.execute(
      database.db,
    );
    const breaks = (await verifyEventLog(database.db, tenantId)).breaks.filter(
      (b) => b.reportId === report,
    );
    expect(breaks).toEqual([{ reportId: report, seq: 1, problem: 'hash' }]);
  });

  it('detects the newest events deleted, which the chain alone cannot show', async () => {
    const report = await newReport('LOG-4');
    await appendEvents(database.db, tenantId, report, [
      event('report.submitted', 0),
      event('report.rated', 3),
    ]);
    await sql`ALTER TABLE report_events DISABLE TRIGGER report_events_append_only`.execute(
      database.db,
    );
    await database.db
      .deleteFrom('report_events')
      .where('report_id', '=', report)
      .where('seq', '=', 2)
      .execute();
    await sql`ALTER TABLE report_events ENABLE TRIGGER report_events_append_only`.execute(
      database.db,
    );
    const breaks = (await verifyEventLog(database.db, tenantId)).breaks.filter(
      (b) => b.reportId === report,
    );
    expect(breaks).toEqual([{ reportId: report, seq: 2, problem: 'truncated' }]);
  });
});
