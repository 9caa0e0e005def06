/**
 * What leaves the server about an attachment. URLs are relative to the tenant's API root
 * (`/t/{code}` or the tenant's own host), like every other link the report views return.
 */
import type { Report } from '../../infra/db/schema';
import type { Attachment } from './attachments.queries';

/** For staff: the file's facts, who added it, and the place and time its photo metadata gave. */
export function presentStaffAttachment(reportId: string, a: Attachment) {
  const base = `/api/reports/${reportId}/attachments/${a.id}`;
  const hasPlace = a.captured_latitude !== null && a.captured_longitude !== null;
  return {
    id: a.id,
    kind: a.kind,
    contentType: a.content_type,
    byteSize: a.byte_size,
    width: a.width,
    height: a.height,
    originalName: a.original_name,
    isPublic: a.is_public,
    uploadedByKind: a.uploaded_by_kind,
    uploadedBy: a.uploaded_by,
    createdAt: a.created_at.toISOString(),
    capturedAt: a.captured_at?.toISOString() ?? null,
    /** A suggestion only: where the camera was, which may not be where the problem is. */
    capturedLocation: hasPlace
      ? { latitude: a.captured_latitude, longitude: a.captured_longitude }
      : null,
    url: base,
    thumbnailUrl: a.thumbnail_key ? `${base}/thumbnail` : null,
  };
}

/** For the reporter after an upload: public files get the public links, others none. */
export function presentReporterAttachment(report: Report, a: Attachment) {
  const base = `/api/public/reports/${report.tracking_code}/attachments/${a.id}`;
  return {
    id: a.id,
    kind: a.kind,
    contentType: a.content_type,
    isPublic: a.is_public,
    url: a.is_public ? base : null,
    thumbnailUrl: a.is_public && a.thumbnail_key ? `${base}/thumbnail` : null,
  };
}
