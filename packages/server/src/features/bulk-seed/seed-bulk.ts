/**
 * `npm run seed:bulk -- --tenant CODE --reports N` (issue 5 item 1): realistic reports for one
 * tenant, loaded fast. Each report lives its life through the real lifecycle engine
 * (simulate-lifecycle.ts) and is stored as the report store would store it (report-rows.ts), so
 * states, assignments, deadlines, overdue marks, answers, ratings and the hash-chained events are
 * consistent with each other and with the engine snapshot the server acts on.
 */
import { randomUUID } from 'node:crypto';
import { toE164 } from '@paht/domain';
import type { StaffActor } from '@paht/domain';
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { DB, Tenant } from '../../infra/db/schema';
import { engineContext } from '../reports/engine-context';
import { DEFAULT_REMIND_FRACTION } from '../reports/report-store';
import { engineUnitKind } from '../reports/report-access';
import { newTrackingCode } from '../reports/submit-report';
import {
  FALLBACK_ANCHORS,
  FIELD_WEIGHTS,
  PROVINCE_ANCHORS,
  personName,
  reportText,
} from './bulk-texts';
import type { Anchor, ReportText } from './bulk-texts';
import { emptyBatch, writeBatch } from './bulk-writer';
import type { Batch } from './bulk-writer';
import { seededRandom } from './random';
import type { Random } from './random';
import { ReportRows } from './report-rows';
import { Lifecycle, drawFate } from './simulate-lifecycle';
import type { AgencyStaff, Cast } from './simulate-lifecycle';

export type SeedBulkOptions = {
  tenantCode: string;
  reports: number;
  /** Reports are received evenly between `from` and `now`. */
  from: Date;
  now: Date;
  seed: number;
  /** Reports per statement. */
  batchSize?: number;
  /**
   * Drop the secondary indexes of the report tables for the load and build them afterwards
   * (much faster for large loads; nothing else may use the database meanwhile). Default: when
   * loading 100,000 reports or more.
   */
  rebuildIndexes?: boolean;
  log?: (line: string) => void;
};

export type SeedBulkResult = {
  reports: number;
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  states: Record<string, number>;
};

type FieldChoice = {
  id: string;
  code: string;
  defaultAgencyId: string | null;
  fastTrack: string | null;
};
type Recent = {
  id: string;
  fieldIndex: number;
  latitude: number;
  longitude: number;
  text: ReportText;
  town: string;
};

const CHANNELS = [
  ['web', 30],
  ['mobile_app', 25],
  ['hotline', 20],
  ['national_portal', 8],
  ['chatbot', 5],
  ['email', 5],
  ['walk_in', 5],
  ['paper', 2],
] as const;
const KM_PER_DEGREE = 111;
const INDEXED_TABLES = ['reports', 'report_assignments', 'report_deadlines', 'report_events'];

async function loadCast(db: Kysely<DB>, tenant: Tenant): Promise<Cast> {
  const users = await db
    .selectFrom('users')
    .innerJoin('org_units', 'org_units.id', 'users.org_unit_id')
    .select(['users.id', 'users.roles', 'users.org_unit_id', 'org_units.kind'])
    .where('users.tenant_id', '=', tenant.id)
    .where('users.is_active', '=', true)
    .where('org_units.is_active', '=', true)
    .execute();
  const operatorsByCenter = new Map<string, StaffActor[]>();
  const agencyById = new Map<string, AgencyStaff>();
  for (const user of users) {
    const unitId = user.org_unit_id as string;
    const actor: StaffActor = {
      kind: 'staff',
      userId: user.id,
      roles: user.roles,
      unitId,
      unitKind: engineUnitKind(user.kind),
    };
    if (user.kind === 'intake_center') {
      if (user.roles.includes('operator')) {
        operatorsByCenter.set(unitId, [...(operatorsByCenter.get(unitId) ?? []), actor]);
      }
      continue;
    }
    const staff = agencyById.get(unitId) ?? { agencyId: unitId, specialists: [], leaders: [] };
    if (user.roles.includes('specialist')) {
      staff.specialists.push(actor);
    }
    if (user.roles.includes('leader')) {
      staff.leaders.push(actor);
    }
    agencyById.set(unitId, staff);
  }
  const agencies = [...agencyById.values()].filter((a) => a.specialists.length > 0);
  if (operatorsByCenter.size === 0 || agencies.length === 0) {
    throw new Error(
      `tenant ${tenant.code} needs an intake center with an operator and an agency with a specialist (load the demo data first)`,
    );
  }
  return {
    operatorsByCenter,
    agencies,
    agencyById: new Map(agencies.map((a) => [a.agencyId, a])),
  };
}

/** Restores indexes a previous, interrupted load dropped (their definitions were kept). */
async function restoreDroppedIndexes(db: Kysely<DB>, log: (line: string) => void): Promise<void> {
  const kept = await sql<{
    exists: boolean;
  }>`SELECT to_regclass('bulk_seed_dropped_indexes') IS NOT NULL AS exists`.execute(db);
  if (!kept.rows[0]?.exists) {
    return;
  }
  const rows = await sql<{
    name: string;
    definition: string;
  }>`SELECT name, definition FROM bulk_seed_dropped_indexes ORDER BY name`.execute(db);
  await sql`SET maintenance_work_mem = '1GB'`.execute(db);
  for (const row of rows.rows) {
    const started = Date.now();
    await sql
      .raw(row.definition.replace(/^CREATE (UNIQUE )?INDEX /, 'CREATE $1INDEX IF NOT EXISTS '))
      .execute(db);
    log(`  index ${row.name} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  await sql`DROP TABLE bulk_seed_dropped_indexes`.execute(db);
}

async function dropSecondaryIndexes(db: Kysely<DB>): Promise<void> {
  await sql`CREATE TABLE bulk_seed_dropped_indexes (name text PRIMARY KEY, definition text NOT NULL)`.execute(
    db,
  );
  await sql`
    INSERT INTO bulk_seed_dropped_indexes (name, definition)
    SELECT i.indexname, i.indexdef FROM pg_indexes i
    WHERE i.schemaname = current_schema() AND i.tablename IN (${sql.join(INDEXED_TABLES)})
      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = (quote_ident(i.indexname))::regclass)`.execute(
    db,
  );
  const rows = await sql<{ name: string }>`SELECT name FROM bulk_seed_dropped_indexes`.execute(db);
  for (const row of rows.rows) {
    await sql`DROP INDEX ${sql.id(row.name)}`.execute(db);
  }
}

function pointNear(random: Random, anchor: Anchor): { latitude: number; longitude: number } {
  const degrees = anchor.spreadKm / KM_PER_DEGREE;
  const cos = Math.cos((anchor.latitude * Math.PI) / 180);
  return {
    latitude: Number((anchor.latitude + random.gaussian() * degrees).toFixed(6)),
    longitude: Number((anchor.longitude + (random.gaussian() * degrees) / cos).toFixed(6)),
  };
}

/** The instant of the i-th of n reports: evenly over the days, within 05:00–23:00 Vietnam time. */
function receivedAt(i: number, n: number, from: Date, now: Date, random: Random): Date {
  const days = (now.getTime() - from.getTime()) / 86_400_000;
  const x = (days * (i + random.next())) / n;
  const day = Math.floor(x);
  const local = 5 + (x - day) * 18;
  const midnightVn =
    Math.floor((from.getTime() + 7 * 3_600_000) / 86_400_000) * 86_400_000 - 7 * 3_600_000;
  const at = new Date(midnightVn + day * 86_400_000 + local * 3_600_000);
  return at > now ? new Date(now.getTime() - 60_000) : at < from ? from : at;
}

export async function seedBulk(db: Kysely<DB>, options: SeedBulkOptions): Promise<SeedBulkResult> {
  const log = options.log ?? (() => undefined);
  const tenant = await db
    .selectFrom('tenants')
    .selectAll()
    .where('code', '=', options.tenantCode)
    .executeTakeFirst();
  if (!tenant) {
    throw new Error(`no tenant with code "${options.tenantCode}"`);
  }
  // A second load into the same tenant draws anew (its tracking codes must not repeat the first's).
  const existing = await db
    .selectFrom('reports')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('tenant_id', '=', tenant.id)
    .executeTakeFirstOrThrow();
  const random = seededRandom(options.seed + Number(existing.n) * 7919);
  const cast = await loadCast(db, tenant);
  const ctx = await engineContext(db, tenant, options.now);
  const lifecycle = new Lifecycle(cast, ctx, random);
  const fields: FieldChoice[] = (
    await db
      .selectFrom('fields')
      .select(['id', 'code', 'default_agency_id', 'fast_track'])
      .where('tenant_id', '=', tenant.id)
      .where('is_active', '=', true)
      .orderBy('code')
      .execute()
  ).map((f) => ({
    id: f.id,
    code: f.code,
    // A default agency without staff cannot act; the operator then picks another.
    defaultAgencyId:
      f.default_agency_id && cast.agencyById.has(f.default_agency_id) ? f.default_agency_id : null,
    fastTrack: f.fast_track,
  }));
  const areas = (
    await db
      .selectFrom('areas')
      .select('id')
      .where('tenant_id', '=', tenant.id)
      .where('level', 'in', ['commune', 'ward', 'special_zone'])
      .where('is_active', '=', true)
      .execute()
  ).map((a) => a.id);
  const centers = [...cast.operatorsByCenter.keys()];
  const anchors = PROVINCE_ANCHORS[tenant.code] ?? FALLBACK_ANCHORS;
  // The first kind the profile takes is the usual one (a report, or Kon Tum's feedback).
  const contactKinds = ctx.profile.scope.contactKinds;
  const rebuild = options.rebuildIndexes ?? options.reports >= 100_000;
  const batchSize = options.batchSize ?? 1000;

  await restoreDroppedIndexes(db, log);
  if (rebuild) {
    log('dropping secondary indexes for the load');
    await dropSecondaryIndexes(db);
  }
  const started = Date.now();
  const states: Record<string, number> = {};
  const recent: Recent[] = [];
  let rows = 0;
  let batch: Batch = emptyBatch();
  let pending: Promise<void> | null = null;
  let lastLog = started;

  const flush = async () => {
    const current = batch;
    batch = emptyBatch();
    rows += Object.values(current).reduce((sum, list) => sum + list.length, 0);
    if (pending) {
      await pending;
    }
    pending = writeBatch(db, current);
    // Let the statement reach the server before the next batch is generated.
    await new Promise((resolve) => setImmediate(resolve));
  };

  for (let i = 0; i < options.reports; i += 1) {
    const at = receivedAt(i, options.reports, options.from, options.now, random);
    const fate = drawFate(random);
    const original = fate.outcome === 'duplicate' && recent.length > 0 ? random.pick(recent) : null;
    const fieldIndex = original
      ? original.fieldIndex
      : fields.indexOf(random.weighted(fields, (f) => FIELD_WEIGHTS[f.code] ?? 1));
    const field = fields[fieldIndex] ?? null;
    const anchor = random.weighted(anchors, (a) => a.weight);
    const town = original?.town ?? anchor.name;
    const point = original
      ? {
          latitude: original.latitude + random.gaussian() * 0.0003,
          longitude: original.longitude + random.gaussian() * 0.0003,
        }
      : pointNear(random, anchor);
    const text = original?.text ?? reportText(random, field?.code ?? null, town);
    const id = randomUUID();
    const intakeCenterId = random.pick(centers);
    const confidential = random.chance(0.03);
    const consentToPublish = random.chance(0.3);
    const contactKind =
      contactKinds.length > 1 && random.chance(0.3)
        ? random.pick(contactKinds.slice(1))
        : (contactKinds[0] ?? 'report');
    const steps = lifecycle.live(
      {
        reportId: id,
        intakeCenterId,
        receivedAt: at,
        fieldCode: field?.code ?? null,
        isIncident: field?.fastTrack != null,
        confidential,
        consentToPublish,
        contactKind,
        defaultAgencyId: field?.defaultAgencyId ?? null,
        original,
        text,
        fate,
      },
      options.now,
    );
    const phone = `09${String(random.int(100_000_000)).padStart(8, '0')}`;
    const report = new ReportRows(
      {
        id,
        tenant_id: tenant.id,
        tracking_code: newTrackingCode(at, random.int),
        channel: random.weighted(CHANNELS, (c) => c[1])[0],
        reporter_name: personName(random),
        reporter_phone: phone,
        reporter_phone_key: toE164(phone).replace('+', ''),
        reporter_email: random.chance(0.2) ? `nguoidan${random.int(1_000_000)}@example.vn` : null,
        reporter_language: random.chance(0.01) ? 'en' : 'vi',
        consent_public_identity: consentToPublish,
        consent_data_processing: true,
        hide_identity: random.chance(0.05),
        kind: contactKind,
        title: text.title,
        content_original: text.content,
        content: text.content,
        latitude: point.latitude,
        longitude: point.longitude,
        address: text.address,
        area_id: areas.length > 0 ? random.pick(areas) : null,
        received_at: at,
        field_id: field?.id ?? null,
        priority: field?.fastTrack === 'emergency' ? 'emergency' : 'normal',
        is_confidential: confidential,
        is_incident: field?.fastTrack != null,
        intake_center_id: intakeCenterId,
        state: 'submitted',
        version: 0,
        created_at: at,
        updated_at: at,
      },
      DEFAULT_REMIND_FRACTION,
    );
    for (const step of steps) {
      report.apply(step.result, step.ctx);
    }
    report.finish(options.now);
    const state = String(report.report.state);
    states[state] = (states[state] ?? 0) + 1;
    batch.reports.push(report.report);
    batch.assignments.push(...report.assignments.values());
    batch.deadlines.push(...report.deadlines.values());
    batch.events.push(...report.events);
    if (report.report.duplicate_of_id && original) {
      batch.subscriptions.push({
        tenant_id: tenant.id,
        report_id: original.id,
        source_report_id: id,
        created_at: report.report.updated_at,
      });
    }
    if (!original) {
      recent.push({ id, fieldIndex, ...point, text, town });
      if (recent.length > 2000) {
        recent.splice(0, 1000);
      }
    }
    if (batch.reports.length >= batchSize) {
      await flush();
      if (Date.now() - lastLog > 5000) {
        lastLog = Date.now();
        const seconds = (lastLog - started) / 1000;
        log(
          `  ${(i + 1).toLocaleString('en-US')} reports, ${Math.round(rows / seconds).toLocaleString('en-US')} rows/s`,
        );
      }
    }
  }
  await flush();
  await pending;
  const loadSeconds = (Date.now() - started) / 1000;
  log(
    `loaded ${options.reports.toLocaleString('en-US')} reports (${rows.toLocaleString('en-US')} rows) in ${loadSeconds.toFixed(1)} s`,
  );
  if (rebuild) {
    log('building the indexes again');
    await restoreDroppedIndexes(db, log);
  }
  // VACUUM sets the visibility map (index-only scans skip the heap) and the hint bits, which the
  // first reads of freshly loaded rows would otherwise write; ANALYZE gives the planner the data.
  for (const table of [...INDEXED_TABLES, 'report_subscriptions']) {
    await sql`VACUUM (ANALYZE) ${sql.id(table)}`.execute(db);
  }
  const seconds = (Date.now() - started) / 1000;
  return {
    reports: options.reports,
    rows,
    seconds,
    rowsPerSecond: Math.round(rows / loadSeconds),
    states,
  };
}
