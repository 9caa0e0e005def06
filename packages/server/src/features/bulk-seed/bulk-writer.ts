/**
 * Writes generated rows in large batches: every table of a batch in ONE statement (data-modifying
 * CTEs over `json_populate_recordset`), so a batch is atomic, costs one round trip, and the same
 * statement runs on PostgreSQL and PGlite. While the server inserts one batch the generator builds
 * the next (the caller starts `write` and awaits it later).
 */
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { DB } from '../../infra/db/schema';

export type TableSpec = { table: string; columns: readonly string[]; jsonb: readonly string[] };

export const REPORT_COLUMNS = [
  'id',
  'tenant_id',
  'tracking_code',
  'channel',
  'reporter_name',
  'reporter_phone',
  'reporter_email',
  'reporter_address',
  'reporter_language',
  'consent_public_identity',
  'consent_data_processing',
  'hide_identity',
  'kind',
  'title',
  'content_original',
  'content',
  'latitude',
  'longitude',
  'address',
  'area_id',
  'incident_at',
  'received_at',
  'field_id',
  'priority',
  'is_confidential',
  'is_state_secret',
  'state',
  'lead_agency_id',
  'due_at',
  'is_overdue',
  'duplicate_of_id',
  'answer',
  'answered_at',
  'published_at',
  'rating',
  'rated_at',
  'version',
  'last_event_seq',
  'last_event_hash',
  'engine',
  'intake_center_id',
  'track',
  'publication',
  'reporter_phone_key',
  'is_incident',
  'created_at',
  'updated_at',
] as const;

export const TABLES = {
  reports: { table: 'reports', columns: REPORT_COLUMNS, jsonb: ['engine'] },
  assignments: {
    table: 'report_assignments',
    columns: [
      'id',
      'tenant_id',
      'report_id',
      'engine_id',
      'agency_id',
      'role',
      'state',
      'assigned_by',
      'assigned_at',
      'accepted_at',
      'completed_at',
      'due_at',
      'return_reason',
      'suggested_agency_id',
      'answer',
      'version',
      'created_at',
      'updated_at',
    ],
    jsonb: [],
  },
  deadlines: {
    table: 'report_deadlines',
    columns: [
      'id',
      'tenant_id',
      'report_id',
      'assignment_id',
      'engine_id',
      'step',
      'org_unit_id',
      'started_at',
      'due_at',
      'remind_at',
      'reminded_at',
      'overdue_at',
      'completed_at',
      'sweep',
      'article',
      'outcome',
      'extended',
      'created_at',
    ],
    jsonb: [],
  },
  events: {
    table: 'report_events',
    columns: [
      'tenant_id',
      'report_id',
      'seq',
      'type',
      'actor_kind',
      'actor_user_id',
      'actor_role',
      'actor_agency_id',
      'from_state',
      'to_state',
      'reason',
      'payload',
      'is_public',
      'occurred_at',
      'prev_hash',
      'hash',
    ],
    jsonb: ['payload'],
  },
  subscriptions: {
    table: 'report_subscriptions',
    columns: ['tenant_id', 'report_id', 'source_report_id', 'created_at'],
    jsonb: [],
  },
} as const satisfies Record<string, TableSpec>;

export type TableName = keyof typeof TABLES;
export type Batch = Record<TableName, Record<string, unknown>[]>;

export function emptyBatch(): Batch {
  return { reports: [], assignments: [], deadlines: [], events: [], subscriptions: [] };
}

/**
 * The rows as one JSON array. A jsonb column holding a JSON text (the event payloads, as the
 * event log stores them) is embedded as is rather than parsed and printed again.
 */
export function toJsonArray(spec: TableSpec, rows: readonly Record<string, unknown>[]): string {
  const parts: string[] = [];
  for (const row of rows) {
    const fields: string[] = [];
    for (const column of spec.columns) {
      const value = row[column];
      if (value === undefined || value === null) {
        continue;
      }
      const text =
        spec.jsonb.includes(column) && typeof value === 'string' ? value : JSON.stringify(value);
      fields.push(`"${column}":${text}`);
    }
    parts.push(`{${fields.join(',')}}`);
  }
  return `[${parts.join(',')}]`;
}

/** Inserts a batch of every table in one statement; resolves when the server has stored it. */
export async function writeBatch(db: Kysely<DB>, batch: Batch): Promise<void> {
  const names = (Object.keys(TABLES) as TableName[]).filter((name) => batch[name].length > 0);
  if (names.length === 0) {
    return;
  }
  const ctes = names.map((name) => {
    const spec: TableSpec = TABLES[name];
    const columns = sql.join(spec.columns.map((c) => sql.id(c)));
    return sql`${sql.id(`w_${name}`)} AS (
      INSERT INTO ${sql.id(spec.table)} (${columns})
      SELECT ${columns} FROM json_populate_recordset(NULL::${sql.id(spec.table)}, ${toJsonArray(spec, batch[name])}::json)
      RETURNING 1)`;
  });
  const counts = sql.join(names.map((name) => sql`(SELECT count(*) FROM ${sql.id(`w_${name}`)})`));
  await sql`WITH ${sql.join(ctes)} SELECT ${counts}`.execute(db);
}
