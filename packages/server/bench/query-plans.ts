// The plans of the read scenarios of `npm run bench` (issue 5 item 4), on the database it seeded:
//
//   npm run bench:plans -w packages/server -- --reports 1000000
//
// Runs each access path through the real use cases on `paht_bench_<reports>` (created and seeded by
// `npm run bench`, tenant khanh-hoa), prints the median time of each and writes the plan of every
// query it sent (EXPLAIN ANALYZE, BUFFERS) to bench/results/query-plans-<reports>.md. It fails when
// a plan reads a whole reports or assignments table.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { DB, Tenant } from '../src/infra/db/schema';
import type { UserActor } from '../src/infra/http/actor';
import { findDuplicateCandidates } from '../src/features/duplicates/find-duplicate-candidates';
import { publicView } from '../src/features/reports/citizen-access';
import { findInbox } from '../src/features/inbox/find-inbox';
import { findReports } from '../src/features/inbox/find-reports';
import { SEARCH_WORK_MEM, searchTerms } from '../src/features/inbox/report-filters';
import type { ReportFilters } from '../src/features/inbox/report-filters';
import {
  findPublicMap,
  findPublicReports,
} from '../src/features/public-reports/find-public-reports';

const { values: args } = parseArgs({
  options: {
    reports: { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '7' },
    'database-url': { type: 'string' },
  },
});
const SERVER_URL =
  args['database-url'] ??
  process.env.BENCH_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';
const REPORTS = Number(args.reports);
const RUNS = Number(args.runs);
const NOW = new Date();

// The server's type parsers (database.ts): dates stay 'YYYY-MM-DD', counts are numbers.
pg.types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value));
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);

type Captured = { sql: string; parameters: readonly unknown[] };

async function openBenchDatabase(): Promise<{ db: Kysely<DB>; captured: Captured[] }> {
  const url = new URL(SERVER_URL);
  url.pathname = `/paht_bench_${REPORTS}`;
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
  try {
    await sql`SELECT 1 FROM reports LIMIT 1`.execute(db);
  } catch (error) {
    throw new Error(
      `${url.pathname.slice(1)} is missing: run \`npm run bench -- --reports ${REPORTS}\` first (${(error as Error).message})`,
    );
  }
  captured.length = 0;
  return { db, captured };
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
    .where('code', '=', 'khanh-hoa')
    .executeTakeFirstOrThrow();
  const unit = async (code: string) =>
    db
      .selectFrom('org_units')
      .select('id')
      .where('tenant_id', '=', tenant.id)
      .where('code', '=', code)
      .executeTakeFirstOrThrow();
  const ioc = await unit('ioc');
  const busiest = await sql<{ agency_id: string }>`
    SELECT agency_id FROM report_assignments WHERE tenant_id = ${tenant.id}
      AND state IN ('pending', 'handling', 'awaiting_approval')
    GROUP BY agency_id ORDER BY count(*) DESC LIMIT 1`.execute(db);
  const agency = { id: busiest.rows[0]?.agency_id ?? ioc.id };
  const commune = await sql<{ code: string }>`
    SELECT a.code FROM areas a WHERE a.tenant_id = ${tenant.id} AND a.level IN ('ward', 'commune')
    ORDER BY a.code LIMIT 1`.execute(db);
  const areaCode = commune.rows[0]?.code ?? '';
  const sample = await sql<{ code: string }>`
    SELECT tracking_code AS code FROM reports TABLESAMPLE SYSTEM (1)
    WHERE tenant_id = ${tenant.id} LIMIT 1`.execute(db);
  const trackingCode = sample.rows[0]?.code ?? '';
  const underIntake = await db
    .selectFrom('reports')
    .select('id')
    .where('tenant_id', '=', tenant.id)
    .where('state', '=', 'submitted')
    .executeTakeFirstOrThrow();
  const field = await db
    .selectFrom('fields')
    .select('id')
    .where('tenant_id', '=', tenant.id)
    .where('code', '=', 'chieu-sang')
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
    { name: 'tracking: public view by code', run: () => publicView(db, tenant, trackingCode) },
    {
      name: 'duplicates: candidates of a report under intake',
      run: () => findDuplicateCandidates(db, tenant, operator, underIntake.id),
    },
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
    { name: 'public: one field', run: () => publicList({ fieldCode: 'chieu-sang', limit: 20 }) },
    { name: 'public: one commune', run: () => publicList({ areaCode, limit: 20 }) },
    {
      name: 'public: small bounding box',
      run: () => publicList({ bbox: [109.19, 12.23, 109.21, 12.25], limit: 20 }),
    },
    {
      name: 'public: tiny bounding box (a few reports)',
      run: () => publicList({ bbox: [109.196, 12.238, 109.1964, 12.2384], limit: 20 }),
    },
    {
      name: 'public: search "ngap nuoc quang trung"',
      run: () => publicList({ q: 'ngap nuoc quang trung', limit: 20 }),
    },
    {
      name: 'map: whole province, 500 points',
      run: () => findPublicMap(db, tenant, { bbox: [108.6, 11.3, 109.5, 12.9], limit: 500 }),
    },
    {
      name: 'map: one district, 500 points',
      run: () => findPublicMap(db, tenant, { bbox: [109.15, 12.2, 109.25, 12.3], limit: 500 }),
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
  const file = path.join(dir, `query-plans-${REPORTS}.md`);
  writeFileSync(file, report.join('\n'));
  console.log(`\nplans: ${file}`);
  await db.destroy();
  if (whole.length > 0) {
    console.log(`\nwhole-table scans:\n${whole.join('\n')}`);
    process.exitCode = 1;
  }
}

await main();
