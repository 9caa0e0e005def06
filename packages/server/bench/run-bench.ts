/**
 * `npm run bench` (issue 5): the server under load, on PostgreSQL (default) or PGlite (`--pglite`),
 * at `--reports` generated reports (default 1,000,000), each scenario for `--duration` seconds at
 * `--concurrency` connections, next to the machine's own limits measured in the same run: the
 * database's raw single-row INSERT rate and a bare Node `http` server's requests per second, both
 * at the same concurrency. Prints a table and writes JSON under bench/results/. How to read it:
 * docs/performance.md.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import pg from 'pg';
import sharp from 'sharp';
import { seedBulk } from '../src/features/bulk-seed/seed-bulk';
import { DEMO_PASSWORD, loadDemoData } from '../src/features/demo/load-demo-data';
import { seedDemoCalendars } from '../src/features/demo/seed-demo-calendars';
import { openDatabase } from '../src/infra/db/database';
import type { Database } from '../src/infra/db/database';
import { migrateToLatest } from '../src/infra/db/migrate';
import type { DB } from '../src/infra/db/schema';
import { percentile, runLoad } from './bench-load';
import type { Outcome } from './bench-load';

const { values: args } = parseArgs({
  options: {
    reports: { type: 'string', default: '1000000' },
    duration: { type: 'string', default: '10' },
    concurrency: { type: 'string', default: '8' },
    pool: { type: 'string', default: '10' },
    pglite: { type: 'boolean', default: false },
    'database-url': { type: 'string' },
    tenant: { type: 'string', default: 'khanh-hoa' },
    port: { type: 'string', default: '3900' },
    only: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (args.help) {
  console.log(`usage: npm run bench -- [--reports N] [--duration S] [--concurrency C] [--pool P]
                      [--pglite | --database-url postgres://…] [--tenant CODE] [--only a,b]`);
  process.exit(0);
}
const REPORTS = Number(args.reports);
const SECONDS = Number(args.duration);
const CONCURRENCY = Number(args.concurrency);
const PORT = Number(args.port);
const TENANT = args.tenant;
const SERVER_URL =
  args['database-url'] ??
  process.env.BENCH_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';
const SERVER_DIR = path.resolve(import.meta.dirname, '..');
const RESULTS_DIR = path.join(import.meta.dirname, 'results');
const BASE = `http://127.0.0.1:${PORT}`;
const T = `/t/${TENANT}`;

type Target = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };

const log = (line: string) => console.log(line);

async function ensureDatabase(): Promise<Target> {
  if (args.pglite) {
    const dataDir = path.join(SERVER_DIR, 'bench', 'data', `pglite-${REPORTS}`);
    mkdirSync(dataDir, { recursive: true });
    return { kind: 'pglite', dataDir };
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
  return { kind: 'postgres', url: url.toString() };
}

async function open(target: Target): Promise<Database> {
  return target.kind === 'postgres'
    ? openDatabase({ url: target.url, poolSize: 4 })
    : openDatabase({ pgliteDir: path.join(target.dataDir, 'pg') });
}

/** Migrates, loads the demo tenants and tops the tenant up to REPORTS reports (seed:bulk). */
async function seed(db: Kysely<DB>): Promise<void> {
  await migrateToLatest(db);
  const tenant = await db
    .selectFrom('tenants')
    .select('id')
    .where('code', '=', TENANT)
    .executeTakeFirst();
  if (!tenant) {
    const demo = await loadDemoData(db);
    await seedDemoCalendars(db, demo, new Date());
  }
  const have = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM reports r JOIN tenants t ON t.id = r.tenant_id WHERE t.code = ${TENANT}`.execute(
    db,
  );
  const missing = REPORTS - (have.rows[0]?.n ?? 0);
  if (missing > REPORTS * 0.01) {
    log(`seeding ${missing.toLocaleString('en-US')} reports (seed:bulk) …`);
    const result = await seedBulk(db, {
      tenantCode: TENANT,
      reports: missing,
      from: new Date('2025-01-01T00:00:00+07:00'),
      now: new Date(),
      seed: 1,
      log,
    });
    log(`seeded at ${result.rowsPerSecond.toLocaleString('en-US')} rows/s`);
  }
}

type Facts = {
  trackingCodes: string[];
  busyAgency: { id: string; code: string; name: string; open: number };
  specialist: string;
};

async function facts(db: Kysely<DB>): Promise<Facts> {
  const codes = await sql<{ code: string }>`
    SELECT r.tracking_code AS code FROM reports r TABLESAMPLE SYSTEM (1) JOIN tenants t ON t.id = r.tenant_id
    WHERE t.code = ${TENANT} AND NOT r.is_confidential AND NOT r.is_state_secret LIMIT 2000`.execute(
    db,
  );
  const busy = await sql<{ id: string; code: string; name: string; open: number }>`
    SELECT u.id, u.code, u.name, count(*)::int AS open FROM report_assignments a
    JOIN org_units u ON u.id = a.agency_id JOIN tenants t ON t.id = u.tenant_id
    WHERE t.code = ${TENANT} AND a.state IN ('pending', 'handling', 'awaiting_approval')
    GROUP BY u.id, u.code, u.name ORDER BY open DESC LIMIT 1`.execute(db);
  const agency = busy.rows[0];
  if (!agency) {
    throw new Error('no open assignment: seed the database first');
  }
  const staff = await sql<{ username: string }>`
    SELECT us.username FROM users us JOIN org_units u ON u.id = us.org_unit_id JOIN tenants t ON t.id = u.tenant_id
    WHERE t.code = ${TENANT} AND u.code = ${agency.code} AND 'specialist' = ANY (us.roles) ORDER BY us.username LIMIT 1`.execute(
    db,
  );
  return {
    trackingCodes: codes.rows.map((r) => r.code),
    busyAgency: agency,
    specialist: staff.rows[0]?.username ?? '',
  };
}

function startServer(target: Target, pool: number): Promise<ChildProcess> {
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    PORT: String(PORT),
    HOST: '127.0.0.1',
    DEMO_DATA: 'false',
    // Background workers would deliver the bench's mail and sweep; the bench measures requests.
    WORKERS: 'false',
    RATE_LIMITS: 'false',
    LOG_LEVEL: 'warn',
    DATABASE_POOL_SIZE: String(pool),
    NODE_ENV: 'production',
    PUBLIC_URL: BASE,
    DATA_DIR: target.kind === 'pglite' ? target.dataDir : path.join(tmpdir(), `paht-bench-${PORT}`),
  };
  if (target.kind === 'postgres') {
    env.DATABASE_URL = target.url;
  } else {
    delete env.DATABASE_URL;
  }
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: SERVER_DIR,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return waitFor(`${BASE}/health`, child).then(() => child);
}

async function waitFor(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 600; i += 1) {
    if (child.exitCode !== null) {
      throw new Error(`${url}: the process exited with ${child.exitCode}`);
    }
    try {
      const response = await fetch(url);
      if (response.ok) {
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer`);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) {
    return;
  }
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

type Session = { cookie: string; csrf: string };

async function signIn(username: string): Promise<Session> {
  const response = await fetch(`${BASE}${T}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!response.ok) {
    throw new Error(`sign-in of ${username}: ${response.status} ${await response.text()}`);
  }
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const body = (await response.json()) as { csrfToken: string };
  return { cookie, csrf: body.csrfToken };
}

const STREETS = ['Trần Phú', 'Lê Lợi', 'Yersin', 'Hùng Vương', 'Nguyễn Trãi', 'Quang Trung'];
const ISSUES = [
  'Đèn đường không sáng',
  'Ngập nước sau mưa',
  'Ổ gà lớn trên đường',
  'Rác thải tồn đọng',
  'Cây xanh bị gãy cành',
];

/** A citizen's report as the web form sends it (Khánh Hòa Điều 5: name, phone, address, place, time). */
function citizenReport(i: number): string {
  const street = STREETS[i % STREETS.length] ?? 'Trần Phú';
  const issue = ISSUES[i % ISSUES.length] ?? 'Đèn đường không sáng';
  return JSON.stringify({
    reporter: {
      name: 'Nguyễn Văn An',
      phone: `09${String(10_000_000 + (i % 89_999_999)).padStart(8, '0')}`,
      address: `${i % 300} ${street}, Nha Trang`,
    },
    title: `${issue} trên đường ${street}`,
    content: `${issue} trước nhà số ${i % 300} đường ${street}, Nha Trang. Kính đề nghị cơ quan chức năng kiểm tra, xử lý.`,
    location: {
      latitude: 12.2388 + ((i % 97) - 48) * 0.0004,
      longitude: 109.1967 + ((i % 89) - 44) * 0.0004,
      address: `${i % 300} ${street}, Nha Trang`,
    },
    incidentAt: new Date(Date.now() - 3_600_000).toISOString(),
  });
}

/** A multipart submission with one photo of about 1 MB (random pixels do not compress). */
async function photoSubmission(): Promise<{
  body: Buffer;
  contentType: string;
  photoBytes: number;
}> {
  const side = 1200;
  const pixels = Buffer.alloc(side * side * 3);
  for (let i = 0; i < pixels.length; i += 1) {
    pixels[i] = (i * 2654435761) >>> 24;
  }
  const photo = await sharp(pixels, { raw: { width: side, height: side, channels: 3 } })
    .jpeg({ quality: 85 })
    .toBuffer();
  const boundary = 'pahtbench7MA4YWxkTrZu0gW';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="report"\r\nContent-Type: application/json\r\n\r\n${citizenReport(1)}\r\n`,
    ),
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="hien-truong.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
    ),
    photo,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return {
    body,
    contentType: `multipart/form-data; boundary=${boundary}`,
    photoBytes: photo.length,
  };
}

async function post(
  session: Session | null,
  url: string,
  body: unknown,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${BASE}${url}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {}),
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

type Staged = { id: string; version: number; assignmentId: string };

/** The operator's newest submitted reports (from the inbox, as the console reads it). */
async function submittedSince(operator: Session, since: Date, count: number): Promise<Staged[]> {
  const found: Staged[] = [];
  let cursor: string | null = null;
  while (found.length < count) {
    const query = new URLSearchParams({
      state: 'submitted',
      receivedFrom: since.toISOString(),
      limit: '100',
    });
    if (cursor) {
      query.set('cursor', cursor);
    }
    const response = await fetch(`${BASE}${T}/api/inbox?${query}`, {
      headers: { cookie: operator.cookie },
    });
    const page = (await response.json()) as {
      items: { report: { id: string; version: number } }[];
      nextCursor: string | null;
    };
    found.push(
      ...page.items.map((item) => ({
        id: item.report.id,
        version: item.report.version,
        assignmentId: '',
      })),
    );
    cursor = page.nextCursor;
    if (!cursor) {
      break;
    }
  }
  return found.slice(0, count);
}

async function rawInsertLimit(
  target: Target,
  concurrency: number,
  seconds: number,
): Promise<Outcome> {
  const database = await open(target);
  const db = database.db;
  const pool =
    target.kind === 'postgres'
      ? new pg.Pool({ connectionString: target.url, max: concurrency })
      : null;
  await sql`CREATE TABLE IF NOT EXISTS bench_raw_insert (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), tenant_id uuid NOT NULL, title text NOT NULL, content text NOT NULL, received_at timestamptz NOT NULL DEFAULT now())`.execute(
    db,
  );
  const latencies: number[] = [];
  const tenantId = '00000000-0000-4000-8000-000000000001';
  const started = performance.now();
  const until = started + seconds * 1000;
  const text = JSON.parse(citizenReport(3)) as { title: string; content: string };
  const worker = async () => {
    while (performance.now() < until) {
      const t0 = performance.now();
      if (pool) {
        await pool.query(
          'INSERT INTO bench_raw_insert (tenant_id, title, content) VALUES ($1, $2, $3)',
          [tenantId, text.title, text.content],
        );
      } else {
        await sql`INSERT INTO bench_raw_insert (tenant_id, title, content) VALUES (${tenantId}, ${text.title}, ${text.content})`.execute(
          db,
        );
      }
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: target.kind === 'postgres' ? concurrency : 1 }, worker));
  const elapsed = (performance.now() - started) / 1000;
  await sql`DROP TABLE bench_raw_insert`.execute(db);
  await pool?.end();
  await database.close();
  latencies.sort((a, b) => a - b);
  return {
    name: 'limit: raw single-row INSERT',
    concurrency: target.kind === 'postgres' ? concurrency : 1,
    seconds: elapsed,
    requests: latencies.length,
    perSecond: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    statuses: {},
    errors: 0,
  };
}

async function bareHttpLimit(concurrency: number, seconds: number): Promise<Outcome> {
  const port = PORT + 1;
  const child = spawn(
    process.execPath,
    [
      '-e',
      `require('node:http').createServer((q, s) => { s.setHeader('content-type', 'application/json'); s.end('{"ok":true}'); }).listen(${port}, '127.0.0.1')`,
    ],
    { stdio: 'ignore' },
  );
  try {
    await waitFor(`http://127.0.0.1:${port}/`, child);
    return await runLoad({
      name: 'limit: bare Node http server',
      url: `http://127.0.0.1:${port}`,
      concurrency,
      seconds,
      request: () => ({ path: '/' }),
      expected: [200],
    });
  } finally {
    await stop(child);
  }
}

function domainDeadlines(): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/deadlines.bench.ts'], {
      cwd: path.resolve(SERVER_DIR, '../domain'),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.on('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('W2 addWorkingDays'));
      const value = Number(/([\d,]+) \/s/.exec(line ?? '')?.[1]?.replace(/,/g, ''));
      if (code !== 0 || !Number.isFinite(value)) {
        reject(new Error(`domain bench failed (${code}):\n${out}`));
      } else {
        resolve(value);
      }
    });
  });
}

const SEARCHES = [
  'den duong',
  'ngap nuoc',
  'tran phu',
  'cay xanh gay',
  'o ga',
  'rac thai',
  'nap cong',
  'le loi',
  'mat dien',
  'den duong tran phu',
  'ho so tre hen',
  'nguyen trai',
];
const READ_GOAL_MS = REPORTS >= 10_000_000 ? 100 : 50;

type Row = Outcome & { limit: 'insert' | 'http' | null; ratio: number | null; goal: string };

function pad(text: string, width: number, right = false): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

function printTable(rows: readonly Row[]): void {
  const header = `${pad('scenario', 46)} ${pad('conc', 4, true)} ${pad('req/s', 9, true)} ${pad('p50 ms', 8, true)} ${pad('p95 ms', 8, true)} ${pad('p99 ms', 8, true)} ${pad('errors', 6, true)} ${pad('× limit', 8, true)}  goal`;
  log(`\n${header}\n${'-'.repeat(header.length + 10)}`);
  for (const r of rows) {
    const ratio = r.ratio === null ? '' : `${(r.ratio * 100).toFixed(1)} %`;
    log(
      `${pad(r.name, 46)} ${pad(String(r.concurrency), 4, true)} ${pad(r.perSecond.toFixed(0), 9, true)} ${pad(r.p50.toFixed(1), 8, true)} ${pad(r.p95.toFixed(1), 8, true)} ${pad(r.p99.toFixed(1), 8, true)} ${pad(String(r.errors), 6, true)} ${pad(ratio, 8, true)}  ${r.goal}`,
    );
  }
}

async function main(): Promise<void> {
  const target = await ensureDatabase();
  const database = await open(target);
  await seed(database.db);
  const known = await facts(database.db);
  const reportCount = await sql<{ n: number }>`SELECT count(*)::int AS n FROM reports`.execute(
    database.db,
  );
  await database.close();
  log(
    `\n${target.kind} with ${(reportCount.rows[0]?.n ?? 0).toLocaleString('en-US')} reports; busy agency ${known.busyAgency.name} (${known.busyAgency.open} open assignments)`,
  );

  const only = args.only ? new Set(args.only.split(',')) : null;
  const wanted = (key: string) => !only || only.has(key);
  const outcomes: Row[] = [];
  const server = await startServer(target, Number(args.pool));
  try {
    const operator = await signIn('tiepnhan');
    const supervisor = await signIn('giamsat');
    const specialist = await signIn(known.specialist);
    const common = { url: BASE, concurrency: CONCURRENCY, seconds: SECONDS };
    const add = (outcome: Outcome, limit: Row['limit']) => {
      outcomes.push({ ...outcome, limit, ratio: null, goal: '' });
      log(
        `  ${outcome.name}: ${outcome.perSecond.toFixed(0)} req/s, p95 ${outcome.p95.toFixed(1)} ms, ${outcome.errors} errors`,
      );
    };
    // Warm-up: the first requests load the tenant's calendars and profile.
    await runLoad({
      ...common,
      name: 'warm-up',
      seconds: 2,
      request: () => ({ path: `${T}/api/public/reports?limit=20` }),
      expected: [200],
    });

    if (wanted('submit')) {
      add(
        await runLoad({
          ...common,
          name: 'submit a report (POST, no attachment)',
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          request: (i) => ({ path: `${T}/api/reports`, body: citizenReport(i) }),
          expected: [201],
        }),
        'insert',
      );
    }
    if (wanted('photo')) {
      const photo = await photoSubmission();
      add(
        await runLoad({
          ...common,
          name: `submit with a ${(photo.photoBytes / 1e6).toFixed(1)} MB photo (multipart)`,
          method: 'POST',
          headers: { 'content-type': photo.contentType },
          request: () => ({ path: `${T}/api/reports`, body: photo.body }),
          expected: [201],
        }),
        'insert',
      );
    }
    if (wanted('track')) {
      add(
        await runLoad({
          ...common,
          name: 'public tracking page by code',
          request: (i) => ({
            path: `${T}/api/public/reports/${known.trackingCodes[i % known.trackingCodes.length]}`,
          }),
          expected: [200],
        }),
        'http',
      );
    }
    if (wanted('list')) {
      const fields = ['', 'chieu-sang', 'cap-thoat-nuoc', 'giao-thong', 'moi-truong'];
      add(
        await runLoad({
          ...common,
          name: 'public list (newest, by field)',
          request: (i) => ({
            path: `${T}/api/public/reports?limit=20${fields[i % fields.length] ? `&fieldCode=${fields[i % fields.length]}` : ''}`,
          }),
          expected: [200],
        }),
        'http',
      );
    }
    if (wanted('map')) {
      add(
        await runLoad({
          ...common,
          name: 'public map (bounding box, ≤500 points)',
          request: (i) => {
            const lon = 109.1 + (i % 13) * 0.01;
            const lat = 12.15 + (i % 11) * 0.01;
            return {
              path: `${T}/api/public/reports/map?bbox=${lon.toFixed(3)},${lat.toFixed(3)},${(lon + 0.05).toFixed(3)},${(lat + 0.05).toFixed(3)}`,
            };
          },
          expected: [200],
        }),
        'http',
      );
    }
    if (wanted('inbox')) {
      add(
        await runLoad({
          ...common,
          name: 'staff inbox of the busiest agency, by deadline',
          headers: { cookie: specialist.cookie },
          request: () => ({ path: `${T}/api/inbox?limit=25` }),
          expected: [200],
        }),
        'http',
      );
    }
    if (wanted('search')) {
      add(
        await runLoad({
          ...common,
          name: 'full-text search (staff, all reports)',
          headers: { cookie: supervisor.cookie },
          request: (i) => ({
            path: `${T}/api/reports?limit=25&q=${encodeURIComponent(SEARCHES[i % SEARCHES.length] ?? 'den')}`,
          }),
          expected: [200],
        }),
        'http',
      );
    }
    let staged: Staged[] = [];
    if (wanted('duplicates') || wanted('accept')) {
      log('  set-up: citizens submit 300 reports …');
      const since = new Date(Date.now() - 1000);
      for (let i = 0; i < 300; i += 1) {
        await post(null, `${T}/api/reports`, JSON.parse(citizenReport(900_000 + i)));
      }
      staged = await submittedSince(operator, since, 300);
    }
    if (wanted('duplicates')) {
      add(
        await runLoad({
          ...common,
          name: 'duplicate candidates of a new report',
          headers: { cookie: operator.cookie },
          request: (i) => ({
            path: `${T}/api/reports/${staged[i % staged.length]?.id}/duplicate-candidates`,
          }),
          expected: [200],
        }),
        'http',
      );
    }
    if (wanted('accept')) {
      log('  set-up: the operator distributes them to the busy agency …');
      const ready: Staged[] = [];
      for (const report of staged) {
        const done = await post(operator, `${T}/api/reports/${report.id}/actions`, {
          action: 'distribute',
          version: report.version,
          input: { leadAgencyId: known.busyAgency.id },
        });
        const view = done.json as { version?: number; assignments?: { id: string }[] };
        const assignmentId = view.assignments?.[0]?.id;
        if (done.status === 200 && assignmentId && view.version !== undefined) {
          ready.push({ id: report.id, version: view.version, assignmentId });
        }
      }
      // Four specialists' clicks race for each assignment: one 200, the others 409.
      const racers = 4;
      add(
        await runLoad({
          ...common,
          name: `accept under contention (${racers} racers per case)`,
          method: 'POST',
          amount: ready.length * racers,
          headers: {
            'content-type': 'application/json',
            cookie: specialist.cookie,
            'x-csrf-token': specialist.csrf,
          },
          request: (i) => {
            const target = ready[Math.floor(i / racers) % ready.length] as Staged;
            return {
              path: `${T}/api/reports/${target.id}/actions`,
              body: JSON.stringify({
                action: 'accept',
                version: target.version,
                input: { assignmentId: target.assignmentId },
              }),
            };
          },
          expected: [200, 409],
        }),
        'insert',
      );
    }
  } finally {
    await stop(server);
  }

  log('  limits of this machine …');
  const http = await bareHttpLimit(CONCURRENCY, SECONDS);
  const insert = await rawInsertLimit(target, CONCURRENCY, SECONDS);
  const deadlines = wanted('deadlines') ? await domainDeadlines() : null;
  for (const row of outcomes) {
    const limit = row.limit === 'insert' ? insert : row.limit === 'http' ? http : null;
    row.ratio = limit ? row.perSecond / limit.perSecond : null;
    const problems: string[] = [];
    if (row.errors > 0) {
      problems.push('errors');
    }
    if (row.limit === 'http' && row.p95 >= READ_GOAL_MS) {
      problems.push(`p95 ≥ ${READ_GOAL_MS} ms`);
    }
    if (row.name.startsWith('submit a report') && (row.ratio ?? 0) < 0.3) {
      problems.push('< 30 % of INSERT');
    }
    row.goal = problems.length === 0 ? 'met' : `MISSED: ${problems.join(', ')}`;
  }
  const rows: Row[] = [
    ...outcomes,
    { ...http, limit: null, ratio: null, goal: '' },
    { ...insert, limit: null, ratio: null, goal: '' },
  ];
  printTable(rows);
  if (deadlines !== null) {
    log(
      `\ndomain: ${deadlines.toLocaleString('en-US')} working-day deadlines per second (one core, W2 across Tết)`,
    );
  }
  mkdirSync(RESULTS_DIR, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = path.join(RESULTS_DIR, `bench-${target.kind}-${REPORTS}-${stamp}.json`);
  writeFileSync(
    file,
    `${JSON.stringify(
      {
        at: new Date().toISOString(),
        database: target.kind,
        reports: reportCount.rows[0]?.n ?? 0,
        tenant: TENANT,
        secondsPerScenario: SECONDS,
        concurrency: CONCURRENCY,
        serverPool: Number(args.pool),
        machine: {
          cpus: availableParallelism(),
          model: cpus()[0]?.model ?? '',
          memoryGb: Math.round(totalmem() / 2 ** 30),
          node: process.version,
        },
        readGoalMs: READ_GOAL_MS,
        scenarios: rows,
        domainDeadlinesPerSecond: deadlines,
      },
      null,
      2,
    )}\n`,
  );
  log(`\nresults: ${path.relative(process.cwd(), file)}`);
  if (rows.some((r) => r.goal.startsWith('MISSED'))) {
    process.exitCode = 1;
  }
}

await main();
