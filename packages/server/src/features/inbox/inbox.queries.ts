/**
 * The SQL of the staff inbox.
 *
 * An inbox is a union of *segments*: one per state (or assignment state) that waits for the
 * unit, each read by an index range scan `(tenant_id, unit, state, due_at, id)` and cut at the page
 * size inside the segment, then merged. So a page costs (segments × page size) index entries
 * whatever the tenant's volume (docs/workflow/inbox-and-public-list.md shows the plans). Reports
 * without a deadline come after those with one: each segment has a second branch `due_at IS NULL`
 * read in id order from the same index.
 */
import { sql } from 'kysely';
import type { Kysely, RawBuilder, SqlBool } from 'kysely';
import type { DB } from '../../infra/db/schema';
import type { FollowUpStatus } from './inbox-duties';
import { allOf, reportConditions } from './report-filters';
import type { ReportFilters } from './report-filters';

/** One state that waits for the unit, read from one index range. */
export type Segment = {
  /** 0: the caller's own roles must act; 1: another role of the caller's unit must. */
  group: 0 | 1;
  /** What the item waits in: the report's state, or the assignment's. */
  stage: string;
  source:
    | {
        kind: 'report';
        unit: { column: 'intake_center_id' | 'lead_agency_id'; id: string } | null;
        state: string;
        followUpStatus: FollowUpStatus | null;
      }
    | { kind: 'assignment'; agencyId: string; state: string; roles: readonly string[] };
};

/** Sort key of the last item of a page: group, `due_at` as PostgreSQL prints it (or infinity), id. */
export type InboxCursor = { group: number; due: string; id: string };

export type InboxRow = {
  grp: number;
  stage: string;
  item_id: string;
  sort_due_text: string;
  report_id: string;
  tracking_code: string;
  title: string;
  state: string;
  channel: string;
  field_id: string | null;
  area_id: string | null;
  lead_agency_id: string | null;
  intake_center_id: string | null;
  received_at: Date;
  priority: string;
  track: string;
  is_confidential: boolean;
  is_state_secret: boolean;
  version: number;
  assignment_id: string | null;
  assignment_engine_id: string | null;
  assignment_role: string | null;
  assignment_state: string | null;
};

type Branch = 'dated' | 'undated';

const REPORT_COLUMNS = sql`r.id AS report_id, r.tracking_code, r.title, r.state, r.channel,
  r.field_id, r.area_id, r.lead_agency_id, r.intake_center_id, r.received_at, r.priority, r.track,
  r.is_confidential, r.is_state_secret, r.version`;

function dueColumn(segment: Segment) {
  return segment.source.kind === 'report' ? sql.ref('r.due_at') : sql.ref('a.due_at');
}

function idColumn(segment: Segment) {
  return segment.source.kind === 'report' ? sql.ref('r.id') : sql.ref('a.id');
}

/**
 * The segment's own conditions: tenant, unit, state (the index prefix), then the filters. States
 * are literals (from the engine's closed lists), so the planner can match the partial indexes of
 * migration 0009 that hold open work only.
 */
function segmentConditions(
  tenantId: string,
  segment: Segment,
  filters: ReportFilters,
  search: RawBuilder<SqlBool> | null,
): RawBuilder<SqlBool>[] {
  const source = segment.source;
  const conditions: RawBuilder<SqlBool>[] = [];
  if (source.kind === 'report') {
    conditions.push(sql<SqlBool>`r.tenant_id = ${tenantId}`);
    if (source.unit) {
      conditions.push(sql<SqlBool>`${sql.ref(`r.${source.unit.column}`)} = ${source.unit.id}`);
    }
    conditions.push(sql<SqlBool>`r.state = ${sql.lit(source.state)}`);
    if (source.followUpStatus) {
      conditions.push(
        sql<SqlBool>`r.engine -> 'followUp' ->> 'status' = ${sql.lit(source.followUpStatus)}`,
      );
    }
  } else {
    conditions.push(
      sql<SqlBool>`a.tenant_id = ${tenantId}`,
      sql<SqlBool>`a.agency_id = ${source.agencyId}`,
      sql<SqlBool>`a.state = ${sql.lit(source.state)}`,
      sql<SqlBool>`a.role IN (${sql.join(source.roles.map((role) => sql.lit(role)))})`,
      // Assignment actions need the report in progress (docs/lifecycle.md).
      sql<SqlBool>`r.state = 'in_progress'`,
    );
  }
  return [...conditions, ...reportConditions('r', filters), ...(search ? [search] : [])];
}

/**
 * A search is run once per statement, not once per segment: the open reports of the tenant whose
 * text matches are materialised first (one trigram index scan, one check of each candidate), and
 * every segment keeps the reports among them.
 */
type Search = { with: RawBuilder<unknown>; filters: ReportFilters; condition: RawBuilder<SqlBool> };

function searchOf(
  tenantId: string,
  segments: readonly Segment[],
  filters: ReportFilters,
): Search | null {
  const { terms, ...rest } = filters;
  if (!terms || terms.length === 0) {
    return null;
  }
  const states = new Set(
    segments.map((s) => (s.source.kind === 'report' ? s.source.state : 'in_progress')),
  );
  const text = reportConditions('r', { terms });
  return {
    with: sql`WITH hits AS MATERIALIZED (
      SELECT r.id FROM reports r
      WHERE r.tenant_id = ${tenantId}
        AND r.state IN (${sql.join([...states].map((state) => sql.lit(state)))})
        AND ${allOf(text)})`,
    filters: rest,
    condition: sql<SqlBool>`r.id IN (SELECT id FROM hits)`,
  };
}

function fromClause(segment: Segment) {
  return segment.source.kind === 'report'
    ? sql`FROM reports r`
    : sql`FROM report_assignments a JOIN reports r ON r.id = a.report_id AND r.tenant_id = a.tenant_id`;
}

function assignmentColumns(segment: Segment) {
  return segment.source.kind === 'report'
    ? sql`NULL::uuid AS assignment_id, NULL::text AS assignment_engine_id,
        NULL::text AS assignment_role, NULL::text AS assignment_state`
    : sql`a.id AS assignment_id, a.engine_id AS assignment_engine_id, a.role AS assignment_role,
        a.state AS assignment_state`;
}

/**
 * One branch of one segment, already cut at `limit`, or null when the cursor is past all of it.
 * The keyset condition is a row comparison on the index's last two columns, so the scan starts
 * right after the cursor.
 */
function branchQuery(
  tenantId: string,
  segment: Segment,
  branch: Branch,
  search: Search | null,
  filters: ReportFilters,
  options: { overdueAt: Date | null; after: InboxCursor | null; limit: number },
): RawBuilder<InboxRow> | null {
  const due = dueColumn(segment);
  const id = idColumn(segment);
  const { after, overdueAt } = options;
  const conditions = segmentConditions(
    tenantId,
    segment,
    search?.filters ?? filters,
    search?.condition ?? null,
  );
  if (branch === 'dated') {
    conditions.push(sql<SqlBool>`${due} IS NOT NULL`);
    if (overdueAt) {
      conditions.push(sql<SqlBool>`${due} <= ${overdueAt}`);
    }
  } else {
    if (overdueAt) {
      return null;
    }
    conditions.push(sql<SqlBool>`${due} IS NULL`);
  }
  if (after && after.group > segment.group) {
    return null;
  }
  if (after && after.group === segment.group) {
    const isAfterDated = after.due === 'infinity';
    if (branch === 'dated') {
      if (isAfterDated) {
        return null;
      }
      conditions.push(
        sql<SqlBool>`(${due}, ${id}) > (${after.due}::timestamptz, ${after.id}::uuid)`,
      );
    } else if (isAfterDated) {
      conditions.push(sql<SqlBool>`${id} > ${after.id}::uuid`);
    }
  }
  const sortDue = branch === 'dated' ? sql`${due}` : sql`'infinity'::timestamptz`;
  return sql<InboxRow>`(SELECT ${sql.lit(segment.group)}::int AS grp, ${segment.stage}::text AS stage,
      ${id} AS item_id, ${sortDue} AS sort_due, ${sortDue}::text AS sort_due_text,
      ${REPORT_COLUMNS}, ${assignmentColumns(segment)}
    ${fromClause(segment)}
    WHERE ${allOf(conditions)}
    ORDER BY ${due}, ${id}
    LIMIT ${options.limit})`;
}

/** A page of the inbox: `limit` items after `after`, the caller's own first, nearest deadline first. */
export async function findInboxRows(
  db: Kysely<DB>,
  tenantId: string,
  segments: readonly Segment[],
  filters: ReportFilters,
  options: { overdueAt: Date | null; after: InboxCursor | null; limit: number },
): Promise<InboxRow[]> {
  const search = searchOf(tenantId, segments, filters);
  const branches = segments
    .flatMap((segment) =>
      (['dated', 'undated'] as const).map((branch) =>
        branchQuery(tenantId, segment, branch, search, filters, options),
      ),
    )
    .filter((query): query is RawBuilder<InboxRow> => query !== null);
  if (branches.length === 0) {
    return [];
  }
  const result = await sql<InboxRow>`${search?.with ?? sql``}
    SELECT * FROM (${sql.join(branches, sql` UNION ALL `)}) AS items
    ORDER BY grp, sort_due, item_id
    LIMIT ${options.limit}`.execute(db);
  return result.rows;
}

export type StageCount = { stage: string; total: number; overdue: number };

/**
 * Counting stops at this many items per state: a count costs one index entry per item, so an
 * uncapped count of everything open in a large province would cost what a page never does.
 */
export const COUNT_CAP = 1000;

function cappedCount(segment: Segment, conditions: RawBuilder<SqlBool>[]) {
  return sql`(SELECT count(*)::int FROM (SELECT 1 ${fromClause(segment)}
    WHERE ${allOf(conditions)} LIMIT ${COUNT_CAP + 1}) AS counted)`;
}

/** Items per stage for the same segments and filters (every page at once), capped at COUNT_CAP + 1. */
export async function countInboxStages(
  db: Kysely<DB>,
  tenantId: string,
  segments: readonly Segment[],
  filters: ReportFilters,
  options: { now: Date; overdueOnly: boolean },
): Promise<StageCount[]> {
  if (segments.length === 0) {
    return [];
  }
  const search = searchOf(tenantId, segments, filters);
  const parts = segments.map((segment) => {
    const due = dueColumn(segment);
    const overdue = sql<SqlBool>`${due} <= ${options.now}`;
    const conditions = segmentConditions(
      tenantId,
      segment,
      search?.filters ?? filters,
      search?.condition ?? null,
    );
    const all = options.overdueOnly ? [...conditions, overdue] : conditions;
    return sql`SELECT ${segment.stage}::text AS stage, ${cappedCount(segment, all)} AS total,
      ${cappedCount(segment, [...conditions, overdue])} AS overdue`;
  });
  const result = await sql<StageCount>`${search?.with ?? sql``}
    ${sql.join(parts, sql` UNION ALL `)}`.execute(db);
  return result.rows;
}
