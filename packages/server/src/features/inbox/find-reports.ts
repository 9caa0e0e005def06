/**
 * The staff report list and search (issue 4 item 4): every report the caller may read
 * (scopeReports: tenant-wide roles all of the tenant's, agency roles those their agency was
 * assigned), newest received first, with the inbox's filters and an opaque cursor.
 */
import type { Kysely } from 'kysely';
import type { DB, Tenant } from '../../infra/db/schema';
import type { Actor } from '../../infra/http/actor';
import { authorizeList } from '../../infra/http/authorize';
import { tenantCalendars } from '../reports/engine-context';
import { findOpenDeadlines, nearestDeadline } from './deadline-state';
import type { DeadlineView } from './deadline-state';
import { findReportRows } from './report-list.queries';
import type { ReportListRow } from './report-list.queries';
import { decodeCursor, encodeCursor, withSearchMemory } from './report-filters';
import type { ReportFilters } from './report-filters';

export type ReportListQuery = {
  filters: ReportFilters;
  states?: readonly string[] | undefined;
  isOverdueOnly: boolean;
  cursor?: string | undefined;
  limit: number;
};

export type ReportListPage = {
  items: (ReportListRow & { deadline: DeadlineView | null })[];
  nextCursor: string | null;
};

export async function findReports(
  db: Kysely<DB>,
  tenant: Tenant,
  actor: Actor,
  query: ReportListQuery,
  env: { now: Date; remindFraction: number },
): Promise<ReportListPage> {
  authorizeList(actor, 'reports.read');
  const after = query.cursor ? decodeCursor(query.cursor, ['instant', 'uuid']) : null;
  const rows = await withSearchMemory(db, query.filters.terms, (q) =>
    findReportRows(
      q,
      actor,
      {
        ...query.filters,
        states: query.states,
        overdueAt: query.isOverdueOnly ? env.now : undefined,
      },
      {
        after: after ? { received: String(after[0]), id: String(after[1]) } : null,
        limit: query.limit + 1,
      },
    ),
  );
  const page = rows.slice(0, query.limit);
  const open = page.filter((row) => row.due_at !== null).map((row) => row.id);
  const [deadlines, calendarFor] = await Promise.all([
    findOpenDeadlines(db, tenant.id, open),
    tenantCalendars(db, tenant.id),
  ]);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      ...row,
      deadline: nearestDeadline(deadlines, row.id, null, env.now, calendarFor, env.remindFraction),
    })),
    nextCursor:
      rows.length > query.limit && last ? encodeCursor([last.received_text, last.id]) : null,
  };
}
