/** The SQL of the staff report list. */
import { sql } from 'kysely';
import type { Kysely, SqlBool } from 'kysely';
import type { DB } from '../../infra/db/schema';
import type { Actor } from '../../infra/http/actor';
import { scopeReports } from '../reports/report-access';
import { allOf, reportConditions, textCondition } from './report-filters';
import type { ReportFilters } from './report-filters';

/** Sort key of the staff list's last item: received_at as PostgreSQL prints it, id. */
export type ListCursor = { received: string; id: string };

/**
 * Reports `actor` may read (scopeReports), newest received first, keyset-paginated on
 * `(received_at, id)` — the order of `reports_received_idx` read backwards.
 */
/**
 * How many of the newest reports (in the list's filters and order) a search reads before it asks
 * the words index instead. A word in a large share of the reports fills a page within them, in a
 * few milliseconds; asking the index for such a word means reading every match to sort them by
 * date (a second at 1 million reports). PostgreSQL's estimate cannot tell the two apart for words
 * that come together ("hồ sơ trễ hẹn"), so the list tries the window first (docs/performance.md).
 */
export const SEARCH_WINDOW = 4000;

const LIST_COLUMNS = [
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
] as const;

type ListFilters = ReportFilters & {
  states?: readonly string[] | undefined;
  overdueAt?: Date | undefined;
};

/** The list without its search, newest received first, after the cursor. */
function listQuery(db: Kysely<DB>, actor: Actor, filters: ListFilters, after: ListCursor | null) {
  let query = scopeReports(db.selectFrom('reports'), actor, 'reports.read')
    .select(LIST_COLUMNS)
    .select(sql<string>`reports.received_at::text`.as('received_text'))
    .where(allOf(reportConditions('reports', { ...filters, terms: undefined })));
  if (filters.states && filters.states.length > 0) {
    query = query.where('reports.state', 'in', [...filters.states]);
  }
  if (filters.overdueAt) {
    query = query.where('reports.due_at', '<=', filters.overdueAt);
  }
  if (after) {
    query = query.where(
      sql<SqlBool>`(reports.received_at, reports.id) < (${after.received}::timestamptz, ${after.id}::uuid)`,
    );
  }
  return query.orderBy('reports.received_at', 'desc').orderBy('reports.id', 'desc');
}

/**
 * Reports `actor` may read (scopeReports), newest received first, keyset-paginated on
 * `(received_at, id)` — the order of `reports_received_idx` read backwards. A search first looks
 * among the SEARCH_WINDOW newest reports: a full page of matches there is exactly the page the
 * whole table would give (every match outside is older); otherwise the words index answers.
 */
export async function findReportRows(
  db: Kysely<DB>,
  actor: Actor,
  filters: ListFilters,
  options: { after: ListCursor | null; limit: number; searchWindow?: number },
) {
  const terms = filters.terms;
  if (!terms || terms.length === 0) {
    return listQuery(db, actor, filters, options.after).limit(options.limit).execute();
  }
  const recent = listQuery(db, actor, filters, options.after)
    .select('reports.search_words')
    .limit(options.searchWindow ?? SEARCH_WINDOW)
    .as('recent');
  const windowed = await db
    .selectFrom(recent)
    .selectAll('recent')
    .where(allOf(textCondition('recent', terms)))
    .orderBy('recent.received_at', 'desc')
    .orderBy('recent.id', 'desc')
    .limit(options.limit)
    .execute();
  if (windowed.length >= options.limit) {
    // The words were needed for the match only.
    return windowed.map(({ search_words: _words, ...row }) => row);
  }
  return listQuery(db, actor, filters, options.after)
    .where(allOf(textCondition('reports', terms)))
    .limit(options.limit)
    .execute();
}

export type ReportListRow = Awaited<ReturnType<typeof findReportRows>>[number];
