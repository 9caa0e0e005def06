/** The SQL of the staff report list. */
import { sql } from 'kysely';
import type { Kysely, SqlBool } from 'kysely';
import type { DB } from '../../infra/db/schema';
import type { Actor } from '../../infra/http/actor';
import { scopeReports } from '../reports/report-access';
import { allOf, reportConditions } from './report-filters';
import type { ReportFilters } from './report-filters';

/** Sort key of the staff list's last item: received_at as PostgreSQL prints it, id. */
export type ListCursor = { received: string; id: string };

/**
 * Reports `actor` may read (scopeReports), newest received first, keyset-paginated on
 * `(received_at, id)` — the order of `reports_received_idx` read backwards.
 */
export async function findReportRows(
  db: Kysely<DB>,
  actor: Actor,
  filters: ReportFilters & { states?: readonly string[] | undefined; overdueAt?: Date | undefined },
  options: { after: ListCursor | null; limit: number },
) {
  let query = scopeReports(db.selectFrom('reports'), actor, 'reports.read')
    .select([
      'reports.id',
      'reports.tracking_code',
      'reports.title',
      'reports.state',
      'reports.channel',
      'reports.field_id',
      'reports.area_id',
      'reports.lead_agency_id',
      'reports.intake_center_id',
      'reports.received_at',
      'reports.priority',
      'reports.track',
      'reports.is_confidential',
      'reports.is_state_secret',
      'reports.version',
      'reports.due_at',
      'reports.published_at',
    ])
    .select(sql<string>`reports.received_at::text`.as('received_text'))
    .where(allOf(reportConditions('reports', filters)));
  if (filters.states && filters.states.length > 0) {
    query = query.where('reports.state', 'in', [...filters.states]);
  }
  if (filters.overdueAt) {
    query = query.where('reports.due_at', '<=', filters.overdueAt);
  }
  const after = options.after;
  if (after) {
    query = query.where(
      sql<SqlBool>`(reports.received_at, reports.id) < (${after.received}::timestamptz, ${after.id}::uuid)`,
    );
  }
  return query
    .orderBy('reports.received_at', 'desc')
    .orderBy('reports.id', 'desc')
    .limit(options.limit)
    .execute();
}

export type ReportListRow = Awaited<ReturnType<typeof findReportRows>>[number];
