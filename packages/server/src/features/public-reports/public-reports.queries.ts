/**
 * The SQL of the public list and map: published, public answers only — never a confidential,
 * state-secret, withheld or privately sent case. The reporter's contact columns are never read;
 * the name is read so the presenter can apply the profile's rule to it.
 *
 * Access paths (docs/workflow/inbox-and-public-list.md): newest first over
 * `reports_published_idx` (or `reports_public_field_idx` / `reports_public_area_idx` with a field
 * or area), keyset on `(published_at, id)`; a bounding box over the GiST `reports_published_point_idx`.
 */
import { sql } from 'kysely';
import type { Kysely, RawBuilder, SqlBool } from 'kysely';
import type { DB } from '../../infra/db/schema';
import { allOf, reportConditions } from '../inbox/report-filters';
import type { ReportFilters } from '../inbox/report-filters';

/** minLon, minLat, maxLon, maxLat (WGS 84). */
export type BoundingBox = readonly [number, number, number, number];

export type PublicFilters = Pick<ReportFilters, 'fieldId' | 'areaIds' | 'terms'> & {
  states?: readonly string[] | undefined;
  publishedFrom?: Date | undefined;
  publishedTo?: Date | undefined;
  bbox?: BoundingBox | undefined;
};

export type PublicCursor = { published: string; id: string };

function publicConditions(tenantId: string, filters: PublicFilters): RawBuilder<SqlBool>[] {
  const conditions: RawBuilder<SqlBool>[] = [
    sql<SqlBool>`r.tenant_id = ${tenantId}`,
    sql<SqlBool>`r.published_at IS NOT NULL`,
    sql<SqlBool>`r.publication = 'public'`,
    sql<SqlBool>`NOT r.is_confidential`,
    sql<SqlBool>`NOT r.is_state_secret`,
    ...reportConditions('r', filters),
  ];
  if (filters.states && filters.states.length > 0) {
    conditions.push(sql<SqlBool>`r.state IN (${sql.join([...filters.states])})`);
  }
  if (filters.publishedFrom) {
    conditions.push(sql<SqlBool>`r.published_at >= ${filters.publishedFrom}`);
  }
  if (filters.publishedTo) {
    conditions.push(sql<SqlBool>`r.published_at < ${filters.publishedTo}`);
  }
  if (filters.bbox) {
    const [minLon, minLat, maxLon, maxLat] = filters.bbox;
    // The same expression and predicate as the partial GiST index, so it can answer.
    conditions.push(
      sql<SqlBool>`r.latitude IS NOT NULL`,
      sql<SqlBool>`point(r.longitude, r.latitude) <@ box(point(${minLon}::float8, ${minLat}::float8), point(${maxLon}::float8, ${maxLat}::float8))`,
    );
  }
  return conditions;
}

export type PublicReportRow = {
  id: string;
  tracking_code: string;
  title: string;
  content: string;
  state: string;
  kind: string;
  latitude: number | null;
  longitude: number | null;
  address: string | null;
  received_at: Date;
  published_at: Date;
  published_text: string;
  answer: string | null;
  rating: string | null;
  reporter_name: string | null;
  hide_identity: boolean;
  consent_public_identity: boolean;
  is_confidential: boolean;
  field_code: string | null;
  field_name: string | null;
  area_code: string | null;
  area_name: string | null;
};

const PUBLIC_COLUMNS = sql`r.id, r.tracking_code, r.title, r.content, r.state, r.kind, r.latitude,
  r.longitude, r.address, r.received_at, r.published_at, r.published_at::text AS published_text,
  r.answer, r.rating, r.reporter_name, r.hide_identity, r.consent_public_identity, r.is_confidential,
  f.code AS field_code, f.name AS field_name, ar.code AS area_code, ar.name AS area_name`;

/**
 * How many of the newest published reports a bounding-box page looks through first. PostgreSQL
 * estimates a box over the GiST index at a fixed 0.1 % of the rows whatever its size, so left to
 * itself it reads every point of a province-wide box and sorts them; the window answers such a box
 * from the newest rows alone, and a box too small to fill a page from them is small enough for
 * the GiST index (see findPublicReportRows).
 */
export const BOX_WINDOW = 10_000;

/**
 * A page of published public reports, newest published first. With a bounding box, the page is
 * first looked for among the BOX_WINDOW newest published reports after the cursor: when it is
 * full there, it is exactly the page (every later match is older than all of them); otherwise the
 * box holds few reports and the GiST index finds them.
 */
export async function findPublicReportRows(
  db: Kysely<DB>,
  tenantId: string,
  filters: PublicFilters,
  options: { after: PublicCursor | null; limit: number },
): Promise<PublicReportRow[]> {
  const keyset = options.after
    ? [
        sql<SqlBool>`(r.published_at, r.id) < (${options.after.published}::timestamptz, ${options.after.id}::uuid)`,
      ]
    : [];
  const conditions = [...publicConditions(tenantId, filters), ...keyset];
  if (filters.bbox) {
    const windowed = await sql<PublicReportRow>`
      SELECT ${PUBLIC_COLUMNS}
      FROM (SELECT * FROM reports r
            WHERE r.tenant_id = ${tenantId} AND r.published_at IS NOT NULL AND ${allOf(keyset)}
            ORDER BY r.published_at DESC, r.id DESC LIMIT ${BOX_WINDOW}) AS r
      LEFT JOIN fields f ON f.id = r.field_id
      LEFT JOIN areas ar ON ar.id = r.area_id
      WHERE ${allOf(conditions)}
      ORDER BY r.published_at DESC, r.id DESC
      LIMIT ${options.limit}`.execute(db);
    if (windowed.rows.length === options.limit) {
      return windowed.rows;
    }
    // Few recent reports in the box: read its points off the GiST index and sort them. As a
    // materialised CTE, so the planner cannot walk the date index instead — for a sparse box it
    // estimates 0.1 % of the rows inside and would read the whole history to find them.
    const boxed = await sql<PublicReportRow>`
      WITH boxed AS MATERIALIZED (SELECT r.* FROM reports r WHERE ${allOf(conditions)})
      SELECT ${PUBLIC_COLUMNS}
      FROM boxed r
      LEFT JOIN fields f ON f.id = r.field_id
      LEFT JOIN areas ar ON ar.id = r.area_id
      ORDER BY r.published_at DESC, r.id DESC
      LIMIT ${options.limit}`.execute(db);
    return boxed.rows;
  }
  const result = await sql<PublicReportRow>`
    SELECT ${PUBLIC_COLUMNS}
    FROM reports r
    LEFT JOIN fields f ON f.id = r.field_id
    LEFT JOIN areas ar ON ar.id = r.area_id
    WHERE ${allOf(conditions)}
    ORDER BY r.published_at DESC, r.id DESC
    LIMIT ${options.limit}`.execute(db);
  return result.rows;
}

export type PublicPointRow = {
  tracking_code: string;
  title: string;
  state: string;
  latitude: number;
  longitude: number;
  published_at: Date;
  field_code: string | null;
};

/**
 * Located published reports in a bounding box as an even spatial sample: the box is cut into a
 * grid of `cells` × `cells`, and each cell gives at most `perCell` + 1 points straight off the
 * GiST index (no sort), so the cost is bounded by the grid, not by how many reports the box holds.
 * A cell with more than `perCell` points tells the caller the map is truncated.
 */
export async function findPublicPointRows(
  db: Kysely<DB>,
  tenantId: string,
  filters: PublicFilters & { bbox: BoundingBox },
  grid: { cells: number; perCell: number },
): Promise<(PublicPointRow & { cell: number })[]> {
  const [minLon, minLat, maxLon, maxLat] = filters.bbox;
  const { cells, perCell } = grid;
  const width = (maxLon - minLon) / cells;
  const height = (maxLat - minLat) / cells;
  const cellBox = sql`box(
    point(${minLon}::float8 + (cell % ${cells}) * ${width}::float8, ${minLat}::float8 + (cell / ${cells}) * ${height}::float8),
    point(${minLon}::float8 + (cell % ${cells} + 1) * ${width}::float8, ${minLat}::float8 + (cell / ${cells} + 1) * ${height}::float8))`;
  const conditions = publicConditions(tenantId, { ...filters, bbox: undefined });
  const result = await sql<PublicPointRow & { cell: number }>`
    SELECT cell, p.* FROM generate_series(0, ${cells * cells - 1}::int) AS cell,
    LATERAL (
      SELECT r.tracking_code, r.title, r.state, r.latitude, r.longitude, r.published_at,
        f.code AS field_code
      FROM reports r
      LEFT JOIN fields f ON f.id = r.field_id
      WHERE ${allOf(conditions)} AND r.latitude IS NOT NULL
        AND point(r.longitude, r.latitude) <@ ${cellBox}
      LIMIT ${perCell + 1}
    ) AS p`.execute(db);
  return result.rows;
}

/** The first public photo with a thumbnail of each report (`attachments_report_idx`). */
export async function findThumbnails(
  db: Kysely<DB>,
  tenantId: string,
  reportIds: readonly string[],
): Promise<Map<string, string>> {
  if (reportIds.length === 0) {
    return new Map();
  }
  const rows = await db
    .selectFrom('attachments')
    .distinctOn('report_id')
    .select(['report_id', 'id'])
    .where('tenant_id', '=', tenantId)
    .where('report_id', 'in', reportIds)
    .where('kind', '=', 'photo')
    .where('is_public', '=', true)
    .where('thumbnail_key', 'is not', null)
    .orderBy('report_id')
    .orderBy('created_at')
    .execute();
  return new Map(rows.map((row) => [row.report_id, row.id]));
}

/** The id of a field of the tenant by its code, or null. */
export async function findFieldId(
  db: Kysely<DB>,
  tenantId: string,
  code: string,
): Promise<string | null> {
  const row = await db
    .selectFrom('fields')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('code', '=', code)
    .executeTakeFirst();
  return row?.id ?? null;
}
