// The report queries of the inbox, the staff list and the public list at scale, on PostgreSQL:
//
//   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres BENCH_REPORTS=10000000 \
//     npx tsx packages/server/bench/report-queries.bench.ts
//
// Creates (once) the database `paht_bench_<reports>` with the migrations and a generated data set
// of BENCH_REPORTS reports in one tenant (5 % open, 90 % answered, one lead assignment per
// distributed report), then runs each access path through the real use cases, prints the median
// time of each and the plan of every query it sent (EXPLAIN ANALYZE), and fails when a plan reads
// a whole reports or assignments table. Full plans go to bench/results/report-queries-<reports>.txt.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { DB, Tenant } from '../src/infra/db/schema';
import { migrateToLatest } from '../src/infra/db/migrate';
import type { UserActor } from '../src/infra/http/actor';
import { findInbox } from '../src/features/inbox/find-inbox';
import { findReports } from '../src/features/inbox/find-reports';
import { SEARCH_WORK_MEM, searchTerms } from '../src/features/inbox/report-filters';
import type { ReportFilters } from '../src/features/inbox/report-filters';
import {
  findPublicMap,
  findPublicReports,
} from '../src/features/public-reports/find-public-reports';

const SERVER_URL = process.env.BENCH_DATABASE_URL;
const REPORTS = Number(process.env.BENCH_REPORTS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const NOW = new Date('2026-03-02T03:00:00Z');
const CHUNK = 500_000;

type Captured = { sql: string; parameters: readonly unknown[] };

const GENERATE_SETUP = `
  INSERT INTO tenants (code, name, profile_id, hosts) VALUES
    ('bench', 'Tỉnh Lớn', 'khanh-hoa-2022', '{}'), ('bench-small', 'Tỉnh Nhỏ', 'vinh-long-2020', '{}');
  INSERT INTO org_units (tenant_id, code, name, kind)
    SELECT t.id, u.code, 'Đơn vị ' || u.code, u.kind::text FROM tenants t,
      (VALUES ('ioc', 'intake_center'), ('ioc2', 'intake_center')) AS u(code, kind);
  INSERT INTO org_units (tenant_id, code, name, kind)
    SELECT t.id, 'so-' || g, 'Sở ' || g, 'department' FROM tenants t, generate_series(1, 40) g;
  INSERT INTO fields (tenant_id, code, name)
    SELECT t.id, 'f' || g, 'Lĩnh vực ' || g FROM tenants t, generate_series(1, 20) g;
  INSERT INTO areas (tenant_id, code, name, level) SELECT t.id, 'tinh', 'Tỉnh', 'province' FROM tenants t;
  INSERT INTO areas (tenant_id, code, name, level, parent_id)
    SELECT t.id, 'x' || g, 'Xã ' || g, 'commune',
      (SELECT id FROM areas a WHERE a.tenant_id = t.id AND a.code = 'tinh')
    FROM tenants t, generate_series(1, 100) g;
  CREATE TABLE bench_refs AS
    SELECT t.id AS tenant_id,
      (SELECT array_agg(id ORDER BY (substr(code, 2))::int) FROM areas WHERE tenant_id = t.id AND level = 'commune') AS areas,
      (SELECT array_agg(id ORDER BY (substr(code, 2))::int) FROM fields WHERE tenant_id = t.id) AS fields,
      (SELECT array_agg(id ORDER BY (substr(code, 4))::int) FROM org_units WHERE tenant_id = t.id AND code LIKE 'so-%') AS agencies,
      (SELECT id FROM org_units WHERE tenant_id = t.id AND code = 'ioc') AS ioc,
      (SELECT id FROM org_units WHERE tenant_id = t.id AND code = 'ioc2') AS ioc2
    FROM tenants t`;

/** Reports [from, to) of the tenant `code`; states by a hash of g (5 % open, 90 % answered). */
function generateReports(code: string, from: number, to: number, total: number) {
  return sql`
    INSERT INTO reports (tenant_id, tracking_code, channel, reporter_name, reporter_phone, title,
      content_original, content, latitude, longitude, area_id, received_at, field_id, state,
      lead_agency_id, due_at, is_overdue, intake_center_id, publication, published_at, answered_at,
      answer, is_confidential, engine)
    SELECT b.tenant_id, ${code} || '-' || lpad(g::text, 9, '0'), x.channel, 'Người ' || g,
      '09' || lpad((g % 100000000)::text, 8, '0'), x.title, x.content, x.content,
      12.0 + x.r1 * 0.8, 108.8 + x.r2 * 0.6, b.areas[1 + g % 100],
      x.received, b.fields[1 + g % 20], x.state,
      CASE WHEN x.state IN ('in_progress', 'answer_ready', 'answered', 'follow_up_open') THEN b.agencies[1 + g % 40] END,
      CASE WHEN x.state IN ('answered', 'rejected', 'referred', 'awaiting_information') THEN NULL
           ELSE ${NOW}::timestamptz + (x.r3 - 0.3) * interval '20 days' END,
      x.state NOT IN ('answered', 'rejected', 'referred', 'awaiting_information') AND x.r3 < 0.3,
      CASE WHEN g % 3 = 0 THEN b.ioc2 ELSE b.ioc END,
      CASE WHEN x.state IN ('answered', 'follow_up_open') THEN CASE WHEN x.r1 < 0.95 THEN 'public' ELSE 'private' END END,
      CASE WHEN x.state IN ('answered', 'follow_up_open') THEN x.received + interval '6 days' END,
      CASE WHEN x.state IN ('answered', 'follow_up_open') THEN x.received + interval '6 days' END,
      CASE WHEN x.state IN ('answered', 'follow_up_open', 'answer_ready') THEN 'Đơn vị đã xử lý xong.' END,
      x.r1 >= 0.95 AND x.state IN ('answered', 'follow_up_open'),
      CASE WHEN x.state = 'follow_up_open' THEN '{"followUp": {"status": "awaiting_answer"}}'::jsonb END
    FROM bench_refs b JOIN tenants t ON t.id = b.tenant_id AND t.code = ${code},
    generate_series(${from}::int, ${to - 1}::int) g,
    LATERAL (
      SELECT s.*,
        (ARRAY['web', 'mobile_app', 'hotline', 'email', 'walk_in'])[1 + floor(s.r1 * 5)::int] AS channel,
        (ARRAY['Đèn đường', 'Cây xanh', 'Ổ gà', 'Rác thải', 'Ngập nước', 'Cống thoát nước', 'Tiếng ồn',
          'Lấn chiếm vỉa hè', 'Nước sinh hoạt', 'Mất điện', 'Biển báo', 'Đèn tín hiệu', 'Cột điện',
          'Vỉa hè', 'Khói bụi'])[1 + floor(s.r2 * 15)::int]
          || ' hỏng trên đường ' || (ARRAY['Trần Phú', 'Lê Lợi', 'Nguyễn Trãi', 'Hùng Vương',
          'Quang Trung', 'Lý Thường Kiệt', 'Hai Bà Trưng', 'Phạm Văn Đồng', 'Võ Thị Sáu',
          'Nguyễn Huệ'])[1 + floor(s.r3 * 10)::int] || ' số ' || (g % 500) AS title,
        'Phản ánh số ' || g || ': người dân đề nghị kiểm tra và xử lý sớm, ảnh hưởng đi lại.' AS content,
        timestamptz '2021-03-01' + (g::double precision / ${total}) * interval '5 years' AS received,
        CASE
          WHEN s.h < 0.90 THEN 'answered' WHEN s.h < 0.945 THEN 'rejected' WHEN s.h < 0.95 THEN 'referred'
          WHEN s.h < 0.955 THEN 'submitted' WHEN s.h < 0.958 THEN 'awaiting_information'
          WHEN s.h < 0.96 THEN 'intake_accepted' WHEN s.h < 0.99 THEN 'in_progress'
          WHEN s.h < 0.992 THEN 'returned_to_intake' WHEN s.h < 0.997 THEN 'answer_ready'
          WHEN s.h < 0.999 THEN 'follow_up_open' ELSE 'awaiting_lead_designation' END AS state
      FROM (SELECT (abs(hashint4(g)::bigint) % 1000000) / 1e6 AS h, (abs(hashint4(g + 7)::bigint) % 1000000) / 1e6 AS r1,
              (abs(hashint4(g + 13)::bigint) % 1000000) / 1e6 AS r2, (abs(hashint4(g + 29)::bigint) % 1000000) / 1e6 AS r3) s
    ) x`;
}

const GENERATE_ASSIGNMENTS = `
  INSERT INTO report_assignments (tenant_id, report_id, agency_id, role, state, assigned_at, due_at, engine_id)
  SELECT r.tenant_id, r.id, r.lead_agency_id, 'lead',
    CASE WHEN r.state = 'in_progress'
      THEN (ARRAY['pending', 'handling', 'handling', 'awaiting_approval'])[1 + abs(hashtext(r.id::text)::bigint) % 4]
      ELSE 'completed' END,
    r.received_at, CASE WHEN r.state = 'in_progress' THEN r.due_at END, r.id || '/a1'
  FROM reports r WHERE r.lead_agency_id IS NOT NULL;
  INSERT INTO report_assignments (tenant_id, report_id, agency_id, role, state, assigned_at, due_at, engine_id)
  SELECT r.tenant_id, r.id, b.agencies[1 + abs(hashtext(r.id::text)::bigint) % 40], 'coordinating', 'handling',
    r.received_at, r.due_at + interval '1 day', r.id || '/a2'
  FROM reports r JOIN bench_refs b ON b.tenant_id = r.tenant_id
  WHERE r.state = 'in_progress' AND abs(hashtext(r.id::text)::bigint) % 5 = 0
    AND b.agencies[1 + abs(hashtext(r.id::text)::bigint) % 40] <> r.lead_agency_id;
  INSERT INTO report_deadlines (tenant_id, report_id, step, org_unit_id, started_at, due_at, engine_id)
  SELECT r.tenant_id, r.id, 'intake', r.intake_center_id, r.due_at - interval '1 day', r.due_at, r.id || '/d1'
  FROM reports r WHERE r.due_at IS NOT NULL AND r.state <> 'in_progress';
  INSERT INTO report_deadlines (tenant_id, report_id, assignment_id, step, org_unit_id, started_at, due_at, engine_id)
  SELECT a.tenant_id, a.report_id, a.id, 'handling', a.agency_id, a.due_at - interval '5 days', a.due_at, a.engine_id || 'd'
  FROM report_assignments a WHERE a.state IN ('pending', 'handling', 'awaiting_approval')`;

/** Secondary indexes of the big tables, dropped for the load and built again after it. */
async function secondaryIndexes(db: Kysely<DB>): Promise<{ name: string; definition: string }[]> {
  const rows = await sql<{ name: string; definition: string }>`
    SELECT i.indexname AS name, i.indexdef AS definition FROM pg_indexes i
    WHERE i.schemaname = 'public' AND i.tablename IN ('reports', 'report_assignments', 'report_deadlines')
      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = (quote_ident(i.indexname))::regclass)`.execute(
    db,
  );
  return rows.rows;
}

async function openBenchDatabase(): Promise<{ db: Kysely<DB>; captured: Captured[] }> {
  if (!SERVER_URL) {
    throw new Error(
      'set BENCH_DATABASE_URL to a PostgreSQL server (the bench creates its own database)',
    );
  }
  const name = `paht_bench_${REPORTS}`;
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  if (exists.rowCount === 0) {
    await admin.query(`CREATE DATABASE ${name}`);
  }
  await admin.end();
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  const captured: Captured[] = [];
  const db = new Kysely<DB>({
    dialect: new PostgresDialect({
      pool: new pg.Pool({ connectionString: url.toString(), max: 2 }),
    }),
    log: (event) => {
      if (event.level === 'query') {
        captured.push({ sql: event.query.sql, parameters: event.query.parameters });
      }
    },
  });
  await migrateToLatest(db);
  const loaded = await sql<{
    n: number;
  }>`SELECT count(*)::int AS n FROM tenants WHERE code = 'bench'`.execute(db);
  if ((loaded.rows[0]?.n ?? 0) === 0) {
    await generate(db);
  }
  captured.length = 0;
  return { db, captured };
}

async function generate(db: Kysely<DB>): Promise<void> {
  const started = Date.now();
  const log = (what: string) =>
    console.log(`  ${what} (${Math.round((Date.now() - started) / 1000)} s)`);
  console.log(`generating ${REPORTS.toLocaleString('en-US')} reports …`);
  const indexes = await secondaryIndexes(db);
  await db.connection().execute(async (c) => {
    await sql`SET maintenance_work_mem = '1GB'`.execute(c);
    // The load skips foreign-key and touch triggers; the data is consistent by construction.
    await sql`SET session_replication_role = replica`.execute(c);
    await sql.raw(GENERATE_SETUP).execute(c);
    for (const index of indexes) {
      await sql`DROP INDEX ${sql.id(index.name)}`.execute(c);
    }
    for (let from = 1; from <= REPORTS; from += CHUNK) {
      const to = Math.min(from + CHUNK, REPORTS + 1);
      await generateReports('bench', from, to, REPORTS).execute(c);
      log(`${(to - 1).toLocaleString('en-US')} reports`);
    }
    await generateReports('bench-small', 1, 10_001, 10_000).execute(c);
    await sql.raw(GENERATE_ASSIGNMENTS).execute(c);
    log('assignments and deadlines');
    for (const index of indexes) {
      await sql.raw(index.definition).execute(c);
      log(`index ${index.name}`);
    }
  });
  await sql`VACUUM ANALYZE`.execute(db);
  log('vacuum analyze');
}

function actor(
  tenant: Tenant,
  roles: UserActor['roles'],
  unit: { id: string; kind: 'intake_center' | 'department' } | null,
): UserActor {
  return {
    kind: 'user',
    tenantId: tenant.id,
    userId: '00000000-0000-0000-0000-000000000001',
    username: 'bench',
    displayName: 'Bench',
    roles,
    orgUnitId: unit?.id ?? null,
    orgUnitKind: unit?.kind ?? null,
    sessionId: 'bench',
    csrfToken: 'bench',
  };
}

function inlined(query: Captured): string {
  // EXPLAIN of the exact statement: parameters as typed literals, in the order pg numbers them.
  return query.sql.replace(/\$(\d+)/g, (_, n: string) => {
    const value = query.parameters[Number(n) - 1];
    if (value instanceof Date) {
      return `'${value.toISOString()}'::timestamptz`;
    }
    if (typeof value === 'number') {
      return String(value);
    }
    return `'${String(value).replace(/'/g, "''")}'`;
  });
}

type Case = { name: string; run: () => Promise<unknown> };

async function main(): Promise<void> {
  const { db, captured } = await openBenchDatabase();
  const tenant = await db
    .selectFrom('tenants')
    .selectAll()
    .where('code', '=', 'bench')
    .executeTakeFirstOrThrow();
  const unit = async (code: string) =>
    db
      .selectFrom('org_units')
      .select('id')
      .where('tenant_id', '=', tenant.id)
      .where('code', '=', code)
      .executeTakeFirstOrThrow();
  const ioc = await unit('ioc');
  const agency = await unit('so-7');
  const field = await db
    .selectFrom('fields')
    .select('id')
    .where('tenant_id', '=', tenant.id)
    .where('code', '=', 'f3')
    .executeTakeFirstOrThrow();
  const supervisor = actor(tenant, ['supervisor'], null);
  const operator = actor(tenant, ['operator'], { id: ioc.id, kind: 'intake_center' });
  const specialist = actor(tenant, ['specialist'], { id: agency.id, kind: 'department' });
  const leader = actor(tenant, ['leader'], { id: agency.id, kind: 'department' });
  const env = { now: NOW, remindFraction: 0.75 };
  const none: ReportFilters = {};
  const inbox = (
    who: UserActor,
    filters: ReportFilters = none,
    extra: { overdue?: boolean; cursor?: string } = {},
  ) =>
    findInbox(
      db,
      tenant,
      who,
      { filters, isOverdueOnly: extra.overdue ?? false, cursor: extra.cursor, limit: 25 },
      env,
    );
  const thirdPage = async () => {
    const first = await inbox(supervisor);
    const second = await inbox(supervisor, none, { cursor: first.nextCursor ?? undefined });
    return inbox(supervisor, none, { cursor: second.nextCursor ?? undefined });
  };
  const list = (who: UserActor, filters: ReportFilters = none, states?: string[]) =>
    findReports(db, tenant, who, { filters, states, isOverdueOnly: false, limit: 25 }, env);
  const publicList = (query: Parameters<typeof findPublicReports>[2]) =>
    findPublicReports(db, tenant, query);
  const cases: Case[] = [
    { name: 'inbox: supervisor, everything open', run: () => inbox(supervisor) },
    { name: 'inbox: supervisor, third page by cursor', run: thirdPage },
    {
      name: 'inbox: supervisor, overdue only',
      run: () => inbox(supervisor, none, { overdue: true }),
    },
    {
      name: 'inbox: supervisor, field filter',
      run: () => inbox(supervisor, { fieldId: field.id }),
    },
    {
      name: 'inbox: supervisor, search "den duong tran phu"',
      run: () => inbox(supervisor, { terms: searchTerms('den duong tran phu') }),
    },
    { name: 'inbox: intake operator', run: () => inbox(operator) },
    { name: 'inbox: agency specialist', run: () => inbox(specialist) },
    { name: 'inbox: agency leader', run: () => inbox(leader) },
    { name: 'list: supervisor, newest first', run: () => list(supervisor) },
    {
      name: 'list: supervisor, search "cot dien le loi"',
      run: () => list(supervisor, { terms: searchTerms('cot dien le loi') }),
    },
    {
      name: 'list: supervisor, answered in one field',
      run: () => list(supervisor, { fieldId: field.id }, ['answered']),
    },
    { name: 'list: agency specialist (assigned reports only)', run: () => list(specialist) },
    { name: 'public: newest first', run: () => publicList({ limit: 20 }) },
    { name: 'public: one field', run: () => publicList({ fieldCode: 'f3', limit: 20 }) },
    { name: 'public: one commune', run: () => publicList({ areaCode: 'x5', limit: 20 }) },
    {
      name: 'public: small bounding box',
      run: () => publicList({ bbox: [109.0, 12.3, 109.02, 12.32], limit: 20 }),
    },
    {
      name: 'public: tiny bounding box (a few reports)',
      run: () => publicList({ bbox: [109.0, 12.3, 109.0004, 12.3004], limit: 20 }),
    },
    {
      name: 'public: search "ngap nuoc quang trung"',
      run: () => publicList({ q: 'ngap nuoc quang trung', limit: 20 }),
    },
    {
      name: 'map: whole province, 500 points',
      run: () => findPublicMap(db, tenant, { bbox: [108.8, 12.0, 109.4, 12.8], limit: 500 }),
    },
    {
      name: 'map: one district, 500 points',
      run: () => findPublicMap(db, tenant, { bbox: [109.0, 12.3, 109.05, 12.35], limit: 500 }),
    },
  ];

  const report: string[] = [
    `# ${REPORTS.toLocaleString('en-US')} reports, ${new Date().toISOString()}`,
    '',
  ];
  const whole: string[] = [];
  console.log(`\n${'access path'.padEnd(52)} ${'median'.padStart(9)}   queries`);
  for (const c of cases) {
    await c.run();
    const times: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      captured.length = 0;
      const started = performance.now();
      await c.run();
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)] ?? 0;
    const queries = captured.filter((q) => /\b(reports|report_assignments)\b/.test(q.sql));
    console.log(`${c.name.padEnd(52)} ${median.toFixed(1).padStart(7)} ms   ${queries.length}`);
    report.push(`## ${c.name} — median ${median.toFixed(1)} ms`, '');
    for (const query of queries) {
      // A search runs with SEARCH_WORK_MEM (report-filters.ts); its plan is taken the same way.
      const plan = await db.transaction().execute(async (tx) => {
        if (query.sql.includes('to_tsquery')) {
          await sql`SELECT set_config('work_mem', ${SEARCH_WORK_MEM}, true)`.execute(tx);
        }
        return sql<{
          'QUERY PLAN': string;
        }>`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sql.raw(inlined(query))}`.execute(tx);
      });
      const lines = plan.rows.map((r) => r['QUERY PLAN']);
      report.push('```', ...lines, '```', '');
      for (const line of lines) {
        const seq = /Seq Scan on (reports|report_assignments)\b/.exec(line);
        if (seq) {
          whole.push(`${c.name}: ${line.trim()}`);
        }
      }
    }
  }
  const dir = path.join(import.meta.dirname, 'results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `report-queries-${REPORTS}.txt`);
  writeFileSync(file, report.join('\n'));
  console.log(`\nplans: ${file}`);
  await db.destroy();
  if (whole.length > 0) {
    console.log(`\nwhole-table scans:\n${whole.join('\n')}`);
    process.exitCode = 1;
  }
}

await main();
