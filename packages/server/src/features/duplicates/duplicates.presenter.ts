import type { DuplicateCandidates } from './find-duplicate-candidates';

export function presentCandidates(found: DuplicateCandidates) {
  return {
    reportId: found.reportId,
    settings: found.settings,
    items: found.items.map((row) => ({
      id: row.id,
      trackingCode: row.tracking_code,
      title: row.title,
      state: row.state,
      receivedAt: row.received_at.toISOString(),
      fieldId: row.field_id,
      isSameField: row.same_field,
      distanceMeters: row.distance_m === null ? null : Math.round(row.distance_m),
      similarity: Math.round(row.similarity * 1000) / 1000,
      score: row.score,
    })),
  };
}
