/**
 * Several server processes sweep the same database at once (issue 4 item 7): every step is
 * reminded once and marked overdue once, whoever gets to it. On PostgreSQL each sweeper has its
 * own connection pool, as separate processes would; PGlite is one process by nature, so there
 * the sweepers share its single connection and interleave transaction by transaction.
 */
import pg from 'pg';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../infra/db/schema';
import { sweepOnce } from './sweep-deadlines';
import type { SweepResult } from './sweep-deadlines';
import { citizenReport, openSweeperWorld, staffEmail } from './sweeper-test-support';
import type { SweeperWorld } from './sweeper-test-support';

const REPORTS = 12;
const SWEEPERS = 3;

let w: SweeperWorld;
let processes: Kysely<DB>[] = [];
const reportIds: string[] = [];

/** One Kysely per "server process": its own pool on PostgreSQL, the shared one on PGlite. */
async function openProcesses(): Promise<Kysely<DB>[]> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    return Array.from({ length: SWEEPERS }, () => w.db);
  }
  const name = await sql<{ name: string }>`SELECT current_database() AS name`.execute(w.db);
  const url = new URL(serverUrl);
  url.pathname = `/${name.rows[0]?.name ?? ''}`;
  return Array.from(
    { length: SWEEPERS },
    () =>
      new Kysely<DB>({
        dialect: new PostgresDialect({
          pool: new pg.Pool({ connectionString: url.toString(), max: 3 }),
        }),
      }),
  );
}

/** Every sweeper sweeps at `instant` at the same time, round after round, until none finds work. */
async function sweepTogether(instant: string, batchSize: number): Promise<SweepResult[]> {
  const results: SweepResult[] = [];
  for (;;) {
    const round = await Promise.all(
      processes.map((db) => sweepOnce(db, new Date(instant), { ...w.config, batchSize })),
    );
    results.push(...round);
    if (round.every((r) => r.overdue + r.reminders === 0)) {
      return results;
    }
  }
}

const total = (results: SweepResult[], key: keyof SweepResult) =>
  results.reduce((sum, r) => sum + r[key], 0);

beforeAll(async () => {
  w = await openSweeperWorld();
  processes = await openProcesses();
  // Thursday 5 March 2026, 09:00 in Vietnam: each intake step is due at 14:30, reminded at 13:30.
  w.t.clock.set('2026-03-05T02:00:00Z');
  for (let i = 0; i < REPORTS; i += 1) {
    reportIds.push((await w.submit(citizenReport(i))).id);
  }
});
afterAll(async () => {
  await Promise.all(processes.filter((db) => db !== w.db).map((db) => db.destroy()));
  await w?.t.close();
});

describe(`${SWEEPERS} sweepers on one database`, () => {
  it('remind every step exactly once', async () => {
    const results = await sweepTogether('2026-03-05T06:30:00Z', 2);
    expect(total(results, 'reminders')).toBe(REPORTS);
    expect(total(results, 'overdue')).toBe(0);
    const rows = await w.db
      .selectFrom('report_deadlines')
      .select(['report_id', 'reminded_at'])
      .where('report_id', 'in', reportIds)
      .execute();
    expect(rows).toHaveLength(REPORTS);
    expect(rows.every((r) => r.reminded_at?.toISOString() === '2026-03-05T06:30:00.000Z')).toBe(
      true,
    );
    const jobs = await w.db
      .selectFrom('outbox_jobs')
      .select(['payload'])
      .where('dedupe_key', 'like', '%:deadline.reminder:%')
      .execute();
    expect(jobs).toHaveLength(REPORTS);
    expect(jobs.every((j) => (j.payload as { to: string }).to === staffEmail('tiepnhan'))).toBe(
      true,
    );
  });

  it('mark every step overdue exactly once: one event per step, one notice per recipient', async () => {
    const results = await sweepTogether('2026-03-05T07:30:00Z', 2);
    expect(total(results, 'overdue')).toBe(REPORTS);
    // More than one sweeper did part of the work when they ran truly side by side.
    if (process.env.TEST_DATABASE_URL) {
      expect(results.filter((r) => r.overdue > 0).length).toBeGreaterThan(1);
    }
    const events = await w.db
      .selectFrom('report_events')
      .select(['report_id'])
      .where('type', '=', 'deadline.overdue')
      .execute();
    expect(events.map((e) => e.report_id).sort()).toEqual([...reportIds].sort());
    const jobs = await w.db
      .selectFrom('outbox_jobs')
      .select(['payload'])
      .where('dedupe_key', 'like', '%:deadline.overdue:%')
      .execute();
    expect(jobs).toHaveLength(REPORTS);
    // Each report's hash chain is intact: no two writers raced on one report.
    const seqs = await w.db
      .selectFrom('report_events')
      .select(['report_id', (eb) => eb.fn.max('seq').as('last'), (eb) => eb.fn.countAll().as('n')])
      .where('report_id', 'in', reportIds)
      .groupBy('report_id')
      .execute();
    expect(seqs.every((row) => Number(row.last) === Number(row.n))).toBe(true);
  });
});
