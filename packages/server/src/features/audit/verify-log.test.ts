/**
 * The event log's hash chain verified by the admin endpoint and by `npm run verify-log` (issue 4
 * item 10). Tampering is modelled as a database owner would do it: switching the append-only
 * trigger off and editing or deleting event rows with SQL.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../infra/db/database';
import type { Database } from '../../infra/db/database';
import { migrateToLatest } from '../../infra/db/migrate';
import { appendEvents } from '../../infra/events/event-log';
import { createTenant, createWorld, TEST_PASSWORD } from '../../testing/factories';
import type { World } from '../../testing/factories';
import { createTestApp, signInAs } from '../../testing/test-app';
import type { Session, TestApp } from '../../testing/test-app';
import { EXIT_BROKEN, EXIT_INTACT, EXIT_USAGE, runVerifyLog } from '../../cli/verify-log';

let t: TestApp;
let world: World;
let operator: Session;
let admin: Session;
let supervisor: Session;

const T = '/t/tinh-mot';

type Verification = {
  tenant: string;
  reportId: string | null;
  checkedReports: number;
  checkedEvents: number;
  isIntact: boolean;
  brokenChains: {
    reportId: string;
    trackingCode: string | null;
    firstBadSeq: number;
    problems: { seq: number; problem: string }[];
  }[];
};

async function submit(tenant: string): Promise<{ id: string; trackingCode: string }> {
  const response = await t.app.inject({
    method: 'POST',
    url: `/t/${tenant}/api/reports`,
    payload: {
      reporter: { name: 'Nguyễn Văn An', phone: '0912 345 678', address: '12 Trần Phú' },
      title: 'Đèn đường hỏng trên đường Trần Phú',
      content: 'Ba cột đèn trước số 12 Trần Phú không sáng, đoạn đường rất tối.',
      location: { latitude: 12.2388, longitude: 109.1967 },
      incidentAt: '2026-03-01T12:00:00Z',
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  const { trackingCode } = response.json<{ trackingCode: string }>();
  const row = await t.database.db
    .selectFrom('reports')
    .select('id')
    .where('tracking_code', '=', trackingCode)
    .executeTakeFirstOrThrow();
  return { id: row.id, trackingCode };
}

async function distribute(id: string) {
  const current = await operator.request({ method: 'GET', url: `${T}/api/reports/${id}` });
  const response = await operator.request({
    method: 'POST',
    url: `${T}/api/reports/${id}/actions`,
    payload: {
      action: 'distribute',
      version: current.json<{ version: number }>().version,
      input: { leadAgencyId: world.one.agencyA.id },
    },
  });
  expect(response.statusCode, response.body).toBe(200);
}

async function verify(session: Session, query = ''): Promise<Verification> {
  const response = await session.request({
    method: 'GET',
    url: `${T}/api/event-log/verify${query}`,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Verification>();
}

/** What only a database owner can do: the application's roles meet the append-only trigger. */
async function asOwner(change: () => Promise<unknown>) {
  await sql`ALTER TABLE report_events DISABLE TRIGGER report_events_append_only`.execute(
    t.database.db,
  );
  try {
    await change();
  } finally {
    await sql`ALTER TABLE report_events ENABLE TRIGGER report_events_append_only`.execute(
      t.database.db,
    );
  }
}

const r = {} as Record<
  'edited' | 'truncated' | 'clean' | 'other',
  { id: string; trackingCode: string }
>;

beforeAll(async () => {
  t = await createTestApp({ SESSION_TTL_HOURS: '2000' });
  world = await createWorld(t.database.db);
  operator = await signInAs(t.app, 'tinh-mot', 'tiepnhan', TEST_PASSWORD);
  admin = await signInAs(t.app, 'tinh-mot', 'quantri', TEST_PASSWORD);
  supervisor = await signInAs(t.app, 'tinh-mot', 'giamsat', TEST_PASSWORD);
  r.edited = await submit('tinh-mot');
  r.truncated = await submit('tinh-mot');
  r.clean = await submit('tinh-mot');
  r.other = await submit('tinh-hai');
  t.clock.set('2026-03-02T03:00:00Z');
  await distribute(r.edited.id);
  await distribute(r.truncated.id);
});
afterAll(async () => t?.close());

describe('event log verification', () => {
  it('reports an untouched log as intact, for the tenant or one report', async () => {
    const whole = await verify(admin);
    // One event per submission; a distribution from `submitted` adds three (intake accepted,
    // distributed, assignment received).
    expect(whole).toEqual({
      tenant: 'tinh-mot',
      reportId: null,
      checkedReports: 3,
      checkedEvents: 9,
      isIntact: true,
      brokenChains: [],
    });
    const one = await verify(supervisor, `?reportId=${r.edited.id}`);
    expect(one).toMatchObject({ reportId: r.edited.id, checkedReports: 1, checkedEvents: 4 });
    const output: string[] = [];
    expect(await runVerifyLog(t.database.db, ['--tenant', 'tinh-mot'], (l) => output.push(l))).toBe(
      EXIT_INTACT,
    );
    expect(output.join('\n')).toContain('3 report(s), 9 event(s) checked');
    expect(output.join('\n')).toContain('The hash chain is intact.');
  });

  it('finds an event edited with SQL, and a chain whose newest event was deleted', async () => {
    await asOwner(async () => {
      await t.database.db
        .updateTable('report_events')
        .set({ reason: 'Sửa lén lý do', payload: JSON.stringify({ leadAgencyId: 'khác' }) })
        .where('report_id', '=', r.edited.id)
        .where('seq', '=', 2)
        .execute();
      await t.database.db
        .deleteFrom('report_events')
        .where('report_id', '=', r.truncated.id)
        .where('seq', '=', 4)
        .execute();
    });

    t.clock.set('2026-03-02T04:00:00Z');
    const result = await verify(admin);
    expect(result.isIntact).toBe(false);
    expect(result.checkedEvents).toBe(8);
    const byReport = Object.fromEntries(result.brokenChains.map((c) => [c.reportId, c]));
    expect(byReport[r.edited.id]).toEqual({
      reportId: r.edited.id,
      trackingCode: r.edited.trackingCode,
      firstBadSeq: 2,
      problems: [{ seq: 2, problem: 'hash' }],
    });
    expect(byReport[r.truncated.id]).toMatchObject({
      trackingCode: r.truncated.trackingCode,
      firstBadSeq: 4,
      problems: [{ seq: 4, problem: 'truncated' }],
    });
    expect(byReport[r.clean.id]).toBeUndefined();
    const one = await verify(admin, `?reportId=${r.clean.id}`);
    expect(one.isIntact).toBe(true);

    // Each verification is itself in the audit log.
    const audit = await admin.request({
      method: 'GET',
      url: `${T}/api/audit-log?action=event_log.verified&from=2026-03-02T04:00:00Z`,
    });
    const entries = audit.json<{ items: { subjectId: string; details: object }[] }>().items;
    expect(entries.map((e) => e.subjectId)).toEqual([r.clean.id, world.one.tenant.id]);
    expect(entries[1]?.details).toMatchObject({
      isIntact: false,
      brokenReportIds: expect.arrayContaining([r.edited.id, r.truncated.id]),
    });
  });

  it('has the CLI exit non-zero with a summary naming the broken reports', async () => {
    const output: string[] = [];
    const code = await runVerifyLog(t.database.db, ['--tenant', 'tinh-mot'], (l) => output.push(l));
    expect(code).toBe(EXIT_BROKEN);
    const text = output.join('\n');
    expect(text).toContain('BROKEN: 2 report chain(s) fail verification');
    expect(text).toContain(
      `${r.edited.trackingCode} (${r.edited.id}): first bad event seq 2 — hash at seq 2`,
    );
    expect(text).toContain(
      `${r.truncated.trackingCode} (${r.truncated.id}): first bad event seq 4 — chain head (seq 4) does not match the events`,
    );
    // The other tenant's log is untouched; every tenant together is not.
    expect(await runVerifyLog(t.database.db, ['--tenant', 'tinh-hai'], () => undefined)).toBe(
      EXIT_INTACT,
    );
    expect(await runVerifyLog(t.database.db, [], () => undefined)).toBe(EXIT_BROKEN);
    expect(await runVerifyLog(t.database.db, ['--report', r.clean.id], () => undefined)).toBe(
      EXIT_INTACT,
    );
    expect(await runVerifyLog(t.database.db, ['--tenant', 'khong-co'], () => undefined)).toBe(
      EXIT_USAGE,
    );
    expect(await runVerifyLog(t.database.db, ['--bogus'], () => undefined)).toBe(EXIT_USAGE);
  });

  it('answers 404 for a report of another tenant', async () => {
    const response = await admin.request({
      method: 'GET',
      url: `${T}/api/event-log/verify?reportId=${r.other.id}`,
    });
    expect(response.statusCode).toBe(404);
  });
});

describe('npm run verify-log on the embedded database', () => {
  let dataDir: string;
  let reportId: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'paht-verify-'));
    const database: Database = await openDatabase({ pgliteDir: path.join(dataDir, 'pg') });
    try {
      await migrateToLatest(database.db);
      const tenant = await createTenant(database.db, 'tinh-cli');
      const report = await database.db
        .insertInto('reports')
        .values({
          tenant_id: tenant.id,
          tracking_code: '260302-CLITEST1',
          channel: 'web',
          title: 'Đèn đường hỏng',
          content_original: 'Đèn đường hỏng ở ngã tư',
          content: 'Đèn đường hỏng ở ngã tư',
          received_at: new Date('2026-03-02T02:00:00Z'),
          state: 'submitted',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      reportId = report.id;
      await appendEvents(database.db, tenant.id, report.id, [
        {
          type: 'report.submitted',
          actorKind: 'reporter',
          toState: 'submitted',
          isPublic: true,
          occurredAt: new Date('2026-03-02T02:00:00Z'),
        },
        {
          type: 'report.rejected',
          actorKind: 'staff',
          fromState: 'submitted',
          toState: 'rejected',
          reason: 'Trùng lặp',
          isPublic: true,
          occurredAt: new Date('2026-03-02T03:00:00Z'),
        },
      ]);
      // A row inserted behind the application's back, with a made-up hash.
      await database.db
        .insertInto('report_events')
        .values({
          tenant_id: tenant.id,
          report_id: report.id,
          seq: 3,
          type: 'report.published',
          actor_kind: 'staff',
          is_public: true,
          occurred_at: new Date('2026-03-02T04:00:00Z'),
          prev_hash: 'f'.repeat(64),
          hash: '0'.repeat(64),
        })
        .execute();
    } finally {
      await database.close();
    }
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('prints the broken chain and exits 1', async () => {
    const cli = path.resolve(import.meta.dirname, '../../cli/verify-log.ts');
    const tsx = path.resolve(import.meta.dirname, '../../../../../node_modules/.bin/tsx');
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
    delete env.DATABASE_URL;
    const failure = await promisify(execFile)(tsx, [cli, '--tenant', 'tinh-cli'], { env }).then(
      () => null,
      (error: { code: number; stdout: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stdout).toContain(`embedded PGlite at ${path.join(dataDir, 'pg')}`);
    expect(failure?.stdout).toContain('1 report(s), 3 event(s) checked');
    expect(failure?.stdout).toContain(
      `260302-CLITEST1 (${reportId}): first bad event seq 3 — prev_hash at seq 3, hash at seq 3, chain head (seq 2) does not match the events`,
    );
  });
});
