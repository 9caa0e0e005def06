/**
 * The public list and map of published reports (issue 4 item 3): no account needed; only answers
 * published publicly, never a confidential or state-secret case; the reporter's name only where
 * the tenant's profile allows it (publicIdentity: Vĩnh Long Điều 5.4 unless hidden, Sóc Trăng
 * Điều 4.5 only with consent, Khánh Hòa never), never a phone, e-mail, address or citizen id.
 */
import type { RegulationProfile } from '@paht/domain';
import type { Kysely } from 'kysely';
import type { DB, Tenant } from '../../infra/db/schema';
import { tenantProfile } from '../reports/engine-context';
import {
  areaWithDescendants,
  decodeCursor,
  encodeCursor,
  periodBounds,
  searchTerms,
  withSearchMemory,
} from '../inbox/report-filters';
import {
  findFieldId,
  findPublicPointRows,
  findPublicReportRows,
  findThumbnails,
} from './public-reports.queries';
import type {
  BoundingBox,
  PublicFilters,
  PublicPointRow,
  PublicReportRow,
} from './public-reports.queries';

export type PublicQuery = {
  fieldCode?: string | undefined;
  areaCode?: string | undefined;
  states?: readonly string[] | undefined;
  from?: string | undefined;
  to?: string | undefined;
  bbox?: BoundingBox | undefined;
  q?: string | undefined;
};

export type PublicListPage = {
  profile: RegulationProfile;
  items: (PublicReportRow & { thumbnailId: string | null })[];
  nextCursor: string | null;
};

/** The filters with codes resolved; null when a code names nothing, so nothing can match. */
async function resolveFilters(
  db: Kysely<DB>,
  tenant: Tenant,
  query: PublicQuery,
): Promise<PublicFilters | null> {
  const published = periodBounds(query.from, query.to, tenant.time_zone);
  const filters: PublicFilters = {
    states: query.states,
    publishedFrom: published.from,
    publishedTo: published.to,
    bbox: query.bbox,
    terms: searchTerms(query.q),
  };
  if (query.fieldCode) {
    const fieldId = await findFieldId(db, tenant.id, query.fieldCode);
    if (!fieldId) {
      return null;
    }
    filters.fieldId = fieldId;
  }
  if (query.areaCode) {
    const areaIds = await areaWithDescendants(db, tenant.id, { code: query.areaCode });
    if (areaIds.length === 0) {
      return null;
    }
    filters.areaIds = areaIds;
  }
  return filters;
}

export async function findPublicReports(
  db: Kysely<DB>,
  tenant: Tenant,
  query: PublicQuery & { cursor?: string | undefined; limit: number },
): Promise<PublicListPage> {
  const after = query.cursor ? decodeCursor(query.cursor, ['instant', 'uuid']) : null;
  const [filters, profile] = await Promise.all([
    resolveFilters(db, tenant, query),
    tenantProfile(db, tenant),
  ]);
  const rows = filters
    ? await withSearchMemory(db, filters.terms, (q) =>
        findPublicReportRows(q, tenant.id, filters, {
          after: after ? { published: String(after[0]), id: String(after[1]) } : null,
          limit: query.limit + 1,
        }),
      )
    : [];
  const page = rows.slice(0, query.limit);
  const thumbnails = await findThumbnails(
    db,
    tenant.id,
    page.map((row) => row.id),
  );
  const last = page.at(-1);
  return {
    profile,
    items: page.map((row) => ({ ...row, thumbnailId: thumbnails.get(row.id) ?? null })),
    nextCursor:
      rows.length > query.limit && last ? encodeCursor([last.published_text, last.id]) : null,
  };
}

export type PublicMap = { points: PublicPointRow[]; isTruncated: boolean; limit: number };

/** The map's grid: up to 8 × 8 cells, fewer for a small limit, each with an equal share. */
export function mapGrid(limit: number): { cells: number; perCell: number } {
  const cells = Math.max(1, Math.min(8, Math.floor(Math.sqrt(limit))));
  return { cells, perCell: Math.max(1, Math.floor(limit / (cells * cells))) };
}

/**
 * Published reports located in `bbox`, at most `limit`: every one when the box holds few, else an
 * even spatial sample with `isTruncated` set (zoom in for the rest). Newest first.
 */
export async function findPublicMap(
  db: Kysely<DB>,
  tenant: Tenant,
  query: PublicQuery & { bbox: BoundingBox; limit: number },
): Promise<PublicMap> {
  const filters = await resolveFilters(db, tenant, query);
  const grid = mapGrid(query.limit);
  const rows = filters
    ? await withSearchMemory(db, filters.terms, (q) =>
        findPublicPointRows(q, tenant.id, { ...filters, bbox: query.bbox }, grid),
      )
    : [];
  const perCell = new Map<number, number>();
  const unique = new Map<string, PublicPointRow>();
  for (const row of rows) {
    perCell.set(row.cell, (perCell.get(row.cell) ?? 0) + 1);
    // A point on the edge between two cells is found in both.
    unique.set(row.tracking_code, row);
  }
  const isTruncated = [...perCell.values()].some((n) => n > grid.perCell);
  const points = [...unique.values()]
    .sort((a, b) => b.published_at.getTime() - a.published_at.getTime())
    .slice(0, query.limit);
  return { points, isTruncated: isTruncated || unique.size > query.limit, limit: query.limit };
}
