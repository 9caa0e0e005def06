/**
 * The SQL of duplicate detection (issue 4 item 6). Candidates are reports of the same tenant
 * received within the period, near the report's point when it has one (the GiST index
 * `reports_point_received_idx` of migration 0008 answers the bounding box, the exact great-circle
 * distance then trims it to a circle), whose folded title and content are trigram-similar
 * (`%` over `vn_fold`, the GIN index `reports_text_trgm_idx` of migration 0005).
 */
import { sql } from 'kysely';
import type { Kysely, RawBuilder } from 'kysely';
import type { DB } from '../../infra/db/schema';

export type CandidateSearch = {
  tenantId: string;
  reportId: string;
  /** The report's title and content; folded in SQL by the same `vn_fold` as the index. */
  text: string;
  fieldId: string | null;
  point: { latitude: number; longitude: number } | null;
  receivedAt: Date;
  radiusMeters: number;
  periodDays: number;
  minSimilarity: number;
  limit: number;
  /** An own-unit grant sees only reports its unit is or was assigned. */
  orgUnitId?: string | undefined;
};

export type CandidateRow = {
  id: string;
  tracking_code: string;
  title: string;
  state: string;
  received_at: Date;
  field_id: string | null;
  similarity: number;
  distance_m: number | null;
  same_field: boolean;
  score: number;
};

const EARTH_RADIUS_M = 6_371_008.8;
const METRES_PER_DEGREE_LATITUDE = 111_320;

/** Haversine distance in metres from the report's point to `reports.(latitude, longitude)`. */
function distanceTo(point: { latitude: number; longitude: number }): RawBuilder<number> {
  const lat = point.latitude;
  const lon = point.longitude;
  return sql<number>`(2 * ${EARTH_RADIUS_M}::float8 * asin(least(1, sqrt(
    power(sin(radians(reports.latitude - ${lat}::float8) / 2), 2)
    + cos(radians(${lat}::float8)) * cos(radians(reports.latitude))
      * power(sin(radians(reports.longitude - ${lon}::float8) / 2), 2)))))`;
}

/** A box a little larger than the circle, in degrees, for the GiST index. */
function boundingBox(point: { latitude: number; longitude: number }, radiusMeters: number) {
  const dLat = (radiusMeters / METRES_PER_DEGREE_LATITUDE) * 1.01;
  const cosLat = Math.max(Math.cos((point.latitude * Math.PI) / 180), 0.01);
  const dLon = dLat / cosLat;
  return sql<boolean>`point(reports.longitude, reports.latitude) <@ box(
    point(${point.longitude - dLon}::float8, ${point.latitude - dLat}::float8),
    point(${point.longitude + dLon}::float8, ${point.latitude + dLat}::float8))`;
}

/**
 * Candidates, the same field first, then by score (highest first):
 * score = 0.6 × text similarity + 0.25 × closeness + 0.15 × nearness in time, where
 * closeness = 1 − distance / radius (0 when either report has no point) and
 * nearness in time = 1 − |received apart| / period. Rejected reports and reports already marked
 * as duplicates are left out: the reporter is pointed to an original that is being handled.
 */
export async function searchDuplicateCandidates(
  db: Kysely<DB>,
  search: CandidateSearch,
): Promise<CandidateRow[]> {
  const periodMs = search.periodDays * 86_400_000;
  const received = search.receivedAt.getTime();
  const folded = sql<string>`vn_fold(reports.title || ' ' || reports.content)`;
  const probe = sql<string>`vn_fold(${search.text}::text)`;
  const { point, fieldId, orgUnitId } = search;
  return db.transaction().execute(async (tx) => {
    // `%` compares against this threshold (and so can use the trigram index); `true` = SET
    // LOCAL, which ends with this transaction.
    await sql`SELECT set_config('pg_trgm.similarity_threshold', ${String(search.minSimilarity)}, true)`.execute(
      tx,
    );
    let inner = tx
      .selectFrom('reports')
      .select(['id', 'tracking_code', 'title', 'state', 'received_at', 'field_id'])
      .select(sql<number>`similarity(${folded}, ${probe})`.as('similarity'))
      .select(
        point
          ? distanceTo(point).as('distance_m')
          : sql<number | null>`NULL::float8`.as('distance_m'),
      )
      .select(
        sql<number>`abs(extract(epoch FROM reports.received_at - ${search.receivedAt}::timestamptz))`.as(
          'seconds_apart',
        ),
      )
      .select(
        fieldId
          ? sql<boolean>`coalesce(reports.field_id = ${fieldId}::uuid, false)`.as('same_field')
          : sql<boolean>`false`.as('same_field'),
      )
      .where('tenant_id', '=', search.tenantId)
      .where('id', '!=', search.reportId)
      .where('received_at', '>=', new Date(received - periodMs))
      .where('received_at', '<=', new Date(received + periodMs))
      .where('state', '!=', 'rejected')
      .where('duplicate_of_id', 'is', null)
      .where(sql<boolean>`${folded} % ${probe}`);
    if (point) {
      inner = inner
        .where('latitude', 'is not', null)
        .where(boundingBox(point, search.radiusMeters))
        .where(sql<boolean>`${distanceTo(point)} <= ${search.radiusMeters}::float8`);
    }
    if (orgUnitId) {
      inner = inner.where((eb) =>
        eb.exists(
          eb
            .selectFrom('report_assignments')
            .select('report_assignments.id')
            .whereRef('report_assignments.report_id', '=', 'reports.id')
            .where('report_assignments.agency_id', '=', orgUnitId),
        ),
      );
    }
    const rows = await tx
      .selectFrom(inner.as('c'))
      .select([
        'c.id',
        'c.tracking_code',
        'c.title',
        'c.state',
        'c.received_at',
        'c.field_id',
        'c.similarity',
        'c.distance_m',
        'c.same_field',
      ])
      .select(
        sql<number>`round((0.6 * c.similarity
          + 0.25 * CASE WHEN c.distance_m IS NULL THEN 0
                        ELSE greatest(0, 1 - c.distance_m / ${search.radiusMeters}::float8) END
          + 0.15 * greatest(0, 1 - c.seconds_apart / ${periodMs / 1000}::float8))::numeric, 3)::float8`.as(
          'score',
        ),
      )
      .orderBy('c.same_field', 'desc')
      .orderBy('score', 'desc')
      .orderBy('c.received_at', 'asc')
      .limit(search.limit)
      .execute();
    return rows.map((row) => ({
      ...row,
      similarity: Number(row.similarity),
      distance_m: row.distance_m === null ? null : Number(row.distance_m),
      score: Number(row.score),
    }));
  });
}
