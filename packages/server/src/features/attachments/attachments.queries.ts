/** All SQL of attachments (HOUSE_STYLE "Layering" 4). */
import type { Kysely, Selectable } from 'kysely';
import type { DB, Report } from '../../infra/db/schema';
import { isPublicKind } from './attachment-rules';
import type { StoredFile } from './attachment-storage';

export type Attachment = Selectable<DB['attachments']>;

export type Uploader = {
  kind: 'reporter' | 'staff' | 'integration';
  userId: string | null;
};

export async function insertAttachments(
  tx: Kysely<DB>,
  report: Pick<Report, 'id' | 'tenant_id'>,
  uploader: Uploader,
  files: readonly StoredFile[],
): Promise<Attachment[]> {
  if (files.length === 0) {
    return [];
  }
  return tx
    .insertInto('attachments')
    .values(
      files.map((file) => ({
        id: file.id,
        tenant_id: report.tenant_id,
        report_id: report.id,
        kind: file.kind,
        content_type: file.contentType,
        byte_size: file.bytes.length,
        sha256: file.sha256,
        storage_key: file.storageKey,
        thumbnail_key: file.thumbnailKey,
        original_name: file.originalName,
        width: file.width,
        height: file.height,
        is_public: isPublicKind(file.kind),
        uploaded_by_kind: uploader.kind,
        uploaded_by: uploader.userId,
        captured_at: file.taken?.at ? new Date(file.taken.at) : null,
        captured_latitude: validLatitude(file.taken?.latitude),
        captured_longitude: validLongitude(file.taken?.longitude),
      })),
    )
    .returningAll()
    .execute();
}

function validLatitude(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= 90
    ? value
    : null;
}

function validLongitude(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= 180
    ? value
    : null;
}

/** A report's attachments, oldest first. */
export async function findReportAttachments(
  db: Kysely<DB>,
  reportId: string,
): Promise<Attachment[]> {
  return db
    .selectFrom('attachments')
    .selectAll()
    .where('report_id', '=', reportId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function findReportAttachment(
  db: Kysely<DB>,
  tenantId: string,
  reportId: string,
  attachmentId: string,
): Promise<Attachment | undefined> {
  return db
    .selectFrom('attachments')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('report_id', '=', reportId)
    .where('id', '=', attachmentId)
    .executeTakeFirst();
}

export async function countReportAttachments(db: Kysely<DB>, reportId: string): Promise<number> {
  const row = await db
    .selectFrom('attachments')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('report_id', '=', reportId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function findReportByTrackingCode(
  db: Kysely<DB>,
  tenantId: string,
  trackingCode: string,
): Promise<Report | undefined> {
  return db
    .selectFrom('reports')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('tracking_code', '=', trackingCode.trim().toUpperCase())
    .executeTakeFirst();
}

export async function hasReportWithIdempotencyKey(
  db: Kysely<DB>,
  tenantId: string,
  key: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('reports')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
  return row !== undefined;
}
