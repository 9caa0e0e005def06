/**
 * What the public list and map show. The reporter's name passes only through `publicIdentity`;
 * no contact detail of the reporter is ever part of a row (public-reports.queries.ts).
 */
import { publicIdentity } from '@paht/domain';
import type { PublicListPage, PublicMap } from './find-public-reports';

const EXCERPT_LENGTH = 280;

function excerpt(text: string | null): string | null {
  if (text === null) {
    return null;
  }
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= EXCERPT_LENGTH ? flat : `${flat.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…`;
}

export function presentPublicList(page: PublicListPage) {
  return {
    items: page.items.map((row) => {
      const identity = publicIdentity(page.profile, {
        confidential: row.is_confidential,
        hideIdentity: row.hide_identity,
        consentToPublish: row.consent_public_identity,
      });
      const base = `/api/public/reports/${row.tracking_code}`;
      return {
        trackingCode: row.tracking_code,
        title: row.title,
        excerpt: excerpt(row.content),
        state: row.state,
        kind: row.kind,
        field: row.field_code ? { code: row.field_code, name: row.field_name } : null,
        area: row.area_code ? { code: row.area_code, name: row.area_name } : null,
        location: { latitude: row.latitude, longitude: row.longitude, address: row.address },
        receivedAt: row.received_at.toISOString(),
        publishedAt: row.published_at.toISOString(),
        reporterName: identity.showName ? row.reporter_name : null,
        answerExcerpt: excerpt(row.answer),
        rating: row.rating,
        thumbnailUrl: row.thumbnailId ? `${base}/attachments/${row.thumbnailId}/thumbnail` : null,
        url: base,
      };
    }),
    nextCursor: page.nextCursor,
  };
}

/** A GeoJSON FeatureCollection (RFC 7946) with the cap as foreign members. */
export function presentPublicMap(map: PublicMap) {
  return {
    type: 'FeatureCollection' as const,
    features: map.points.map((point) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [point.longitude, point.latitude] },
      properties: {
        trackingCode: point.tracking_code,
        title: point.title,
        state: point.state,
        field: point.field_code,
        publishedAt: point.published_at.toISOString(),
      },
    })),
    limit: map.limit,
    isTruncated: map.isTruncated,
  };
}
