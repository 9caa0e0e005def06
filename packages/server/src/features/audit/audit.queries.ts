/**
 * The SQL of the audit feature: the audit log read newest first with a keyset cursor, the rows of
 * a reports export, and the per-report audit rows of an export that carries personal data.
 */
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { DB } from '../../infra/db/schema';
import type { Actor } from '../../infra/http/actor';
import { scopeReports } from '../reports/report-access';

export type AuditFilters = {
  actions?: string[] | undefined;
  actorUserId?: string | undefined;
  subjectType?: string | undefined;
  subjectId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
};

/**
 * The position after which the next page starts (newest first). `occurredAt` is the database's
 * own text of the instant: microseconds survive the round trip, which a JS Date would cut.
 */
export type AuditCursor = { occurredAt: string; id: number };

export async function findAuditEntries(
  db: Kysely<DB>,
  tenantId: string,
  filters: AuditFilters,
  after: AuditCursor | null,
  limit: number,
) {
  let query = db
    .selectFrom('audit_log as a')
    .leftJoin('users as u', 'u.id', 'a.actor_user_id')
    .leftJoin('api_keys as k', 'k.id', 'a.actor_api_key_id')
    .select([
      'a.id',
      'a.actor_kind',
      'a.actor_user_id',
      'a.actor_api_key_id',
      'a.action',
      'a.subject_type',
      'a.subject_id',
      'a.details',
      'a.ip',
      'a.occurred_at',
      'u.username',
      'u.display_name',
      'k.name as api_key_name',
    ])
    .select(sql<string>`a.occurred_at::text`.as('occurred_at_text'))
    .where('a.tenant_id', '=', tenantId);
  if (filters.actions && filters.actions.length > 0) {
    query = query.where('a.action', 'in', filters.actions);
  }
  if (filters.actorUserId) {
    query = query.where('a.actor_user_id', '=', filters.actorUserId);
  }
  if (filters.subjectType) {
    query = query.where('a.subject_type', '=', filters.subjectType);
  }
  if (filters.subjectId) {
    query = query.where('a.subject_id', '=', filters.subjectId);
  }
  if (filters.from) {
    query = query.where('a.occurred_at', '>=', filters.from);
  }
  if (filters.to) {
    query = query.where('a.occurred_at', '<', filters.to);
  }
  if (after) {
    const at = sql<Date>`${after.occurredAt}::timestamptz`;
    const { id } = after;
    query = query.where((eb) =>
      eb.or([
        eb('a.occurred_at', '<', at),
        eb.and([eb('a.occurred_at', '=', at), eb('a.id', '<', id)]),
      ]),
    );
  }
  return query.orderBy('a.occurred_at', 'desc').orderBy('a.id', 'desc').limit(limit).execute();
}

export type AuditEntryRow = Awaited<ReturnType<typeof findAuditEntries>>[number];

export type ExportFilters = {
  from?: Date | undefined;
  to?: Date | undefined;
  states?: string[] | undefined;
  channels?: string[] | undefined;
  fieldId?: string | undefined;
  areaId?: string | undefined;
  leadAgencyId?: string | undefined;
};

const EXPORT_COLUMNS = [
  'reports.id',
  'reports.tracking_code',
  'reports.received_at',
  'reports.channel',
  'reports.kind',
  'reports.title',
  'reports.content',
  'reports.content_original',
  'reports.address',
  'reports.latitude',
  'reports.longitude',
  'reports.incident_at',
  'reports.priority',
  'reports.track',
  'reports.state',
  'reports.due_at',
  'reports.is_overdue',
  'reports.is_confidential',
  'reports.is_state_secret',
  'reports.publication',
  'reports.answer',
  'reports.answered_at',
  'reports.published_at',
  'reports.rating',
] as const;

/**
 * Reports `actor` may export, oldest received first; at most `limit` rows. The reporter's
 * columns are read only when the export includes them, so they never leave the database otherwise.
 */
export async function findExportRows(
  db: Kysely<DB>,
  actor: Actor,
  filters: ExportFilters,
  options: { limit: number; includePersonalData: boolean },
) {
  const personal = (
    column:
      | 'reports.reporter_name'
      | 'reports.reporter_phone'
      | 'reports.reporter_email'
      | 'reports.reporter_address'
      | 'reports.reporter_citizen_id',
  ) =>
    options.includePersonalData
      ? sql<string | null>`${sql.ref(column)}`
      : sql<string | null>`NULL::text`;
  let query = scopeReports(db.selectFrom('reports'), actor, 'reports.export')
    .leftJoin('fields as f', 'f.id', 'reports.field_id')
    .leftJoin('areas as ar', 'ar.id', 'reports.area_id')
    .leftJoin('org_units as lead', 'lead.id', 'reports.lead_agency_id')
    .leftJoin('reports as original', 'original.id', 'reports.duplicate_of_id')
    .select(EXPORT_COLUMNS)
    .select([
      personal('reports.reporter_name').as('reporter_name'),
      personal('reports.reporter_phone').as('reporter_phone'),
      personal('reports.reporter_email').as('reporter_email'),
      personal('reports.reporter_address').as('reporter_address'),
      personal('reports.reporter_citizen_id').as('reporter_citizen_id'),
    ])
    .select([
      'f.name as field_name',
      'ar.name as area_name',
      'lead.name as lead_agency_name',
      'original.tracking_code as duplicate_of_code',
    ]);
  if (filters.from) {
    query = query.where('reports.received_at', '>=', filters.from);
  }
  if (filters.to) {
    query = query.where('reports.received_at', '<', filters.to);
  }
  if (filters.states && filters.states.length > 0) {
    query = query.where('reports.state', 'in', filters.states);
  }
  if (filters.channels && filters.channels.length > 0) {
    query = query.where('reports.channel', 'in', filters.channels);
  }
  if (filters.fieldId) {
    query = query.where('reports.field_id', '=', filters.fieldId);
  }
  if (filters.areaId) {
    query = query.where('reports.area_id', '=', filters.areaId);
  }
  if (filters.leadAgencyId) {
    query = query.where('reports.lead_agency_id', '=', filters.leadAgencyId);
  }
  return query
    .orderBy('reports.received_at', 'asc')
    .orderBy('reports.id', 'asc')
    .limit(options.limit)
    .execute();
}

export type ExportRow = Awaited<ReturnType<typeof findExportRows>>[number];
