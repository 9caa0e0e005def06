/**
 * Who may fetch which attachment's bytes (issue 4 item 1, serving). One rule per audience:
 * - the public: only photos marked public, of a report the public may see at all (not
 *   confidential, not a state secret, not withheld — `isPublicReport`), by its tracking code;
 * - staff: any attachment of a report they may see (`findVisibleReport`), except that a hotline
 *   call recording (the reporter's voice, Sóc Trăng Điều 4.5) needs `reports.personal_data` and
 *   each fetch is written to the audit log like any read of the reporter's identity.
 * What may not be seen answers exactly like what does not exist (404).
 */
import type { Kysely } from 'kysely';
import { writeAudit } from '../../infra/audit/audit-log';
import type { DB, Report, Tenant } from '../../infra/db/schema';
import type { Actor } from '../../infra/http/actor';
import { AppError, notFound } from '../../infra/http/app-error';
import { authorize } from '../../infra/http/authorize';
import type { Storage } from '../../infra/storage/storage';
import { isPublicReport } from '../reports/citizen-access';
import { findVisibleReport } from '../reports/report-access';
import {
  findReportAttachment,
  findReportAttachments,
  findReportByTrackingCode,
} from './attachments.queries';
import type { Attachment } from './attachments.queries';

export type FileVariant = 'original' | 'thumbnail';

export type AttachmentFile = {
  bytes: Buffer;
  contentType: string;
  filename: string;
  disposition: 'inline' | 'attachment';
  etag: string;
  /** public: shared caches may keep it briefly; staff: the browser revalidates; sensitive: never stored. */
  caching: 'public' | 'staff' | 'sensitive';
};

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'video/mp4': 'mp4',
  'video/quicktime': 'mov',
  'video/webm': 'webm',
  'video/3gpp': '3gp',
  'audio/mpeg': 'mp3',
  'audio/mp4': 'm4a',
  'audio/x-m4a': 'm4a',
  'audio/ogg': 'ogg',
  'audio/wav': 'wav',
  'audio/webm': 'weba',
  'audio/amr': 'amr',
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
};

/** A name that says nothing about the reporter: `260302-ABCD2345-1a2b3c4d.jpg`. */
function neutralName(report: Report, attachment: Attachment, variant: FileVariant): string {
  const extension =
    variant === 'thumbnail' ? 'jpg' : (EXTENSIONS[attachment.content_type] ?? 'bin');
  const suffix = variant === 'thumbnail' ? '-thumb' : '';
  return `${report.tracking_code}-${attachment.id.slice(0, 8)}${suffix}.${extension}`;
}

async function loadBytes(
  storage: Storage,
  report: Report,
  attachment: Attachment,
  variant: FileVariant,
  filename: string,
  caching: AttachmentFile['caching'],
): Promise<AttachmentFile> {
  const key = variant === 'thumbnail' ? attachment.thumbnail_key : attachment.storage_key;
  const bytes = key ? await storage.get(key) : null;
  if (!bytes) {
    throw notFound('attachment');
  }
  const isThumbnail = variant === 'thumbnail';
  return {
    bytes,
    contentType: isThumbnail ? 'image/jpeg' : attachment.content_type,
    filename,
    // Documents are downloaded, never rendered on our origin; media plays in place.
    disposition: !isThumbnail && attachment.kind === 'document' ? 'attachment' : 'inline',
    etag: `"${attachment.sha256.slice(0, 32)}${isThumbnail ? '-t' : ''}"`,
    caching,
  };
}

export async function getPublicAttachmentFile(
  db: Kysely<DB>,
  storage: Storage,
  tenant: Tenant,
  trackingCode: string,
  attachmentId: string,
  variant: FileVariant,
): Promise<AttachmentFile> {
  const report = await findReportByTrackingCode(db, tenant.id, trackingCode);
  if (!report || !isPublicReport(report)) {
    throw notFound('attachment');
  }
  const attachment = await findReportAttachment(db, tenant.id, report.id, attachmentId);
  if (!attachment || !attachment.is_public || attachment.kind === 'call_recording') {
    throw notFound('attachment');
  }
  return loadBytes(
    storage,
    report,
    attachment,
    variant,
    neutralName(report, attachment, variant),
    'public',
  );
}

/** Whether `actor` may read the reporter's personal data on this report (same scope as reading it). */
export async function mayReadPersonalData(
  db: Kysely<DB>,
  actor: Actor,
  reportId: string,
): Promise<boolean> {
  try {
    await findVisibleReport(db, actor, 'reports.personal_data', reportId);
    return true;
  } catch (error) {
    if (error instanceof AppError && (error.code === 'FORBIDDEN' || error.code === 'NOT_FOUND')) {
      return false;
    }
    throw error;
  }
}

/** A report's attachments as a staff member may list them (call recordings need personal data). */
export async function findStaffAttachments(
  db: Kysely<DB>,
  actor: Actor,
  report: Report,
): Promise<Attachment[]> {
  const rows = await findReportAttachments(db, report.id);
  if (!rows.some((a) => a.kind === 'call_recording')) {
    return rows;
  }
  const mayHear = await mayReadPersonalData(db, actor, report.id);
  return mayHear ? rows : rows.filter((a) => a.kind !== 'call_recording');
}

export async function getStaffAttachmentFile(
  db: Kysely<DB>,
  storage: Storage,
  actor: Actor,
  request: { reportId: string; attachmentId: string; variant: FileVariant; ip: string; at: Date },
): Promise<AttachmentFile> {
  const report = await findVisibleReport(db, actor, 'reports.read', request.reportId);
  const attachment = await findReportAttachment(
    db,
    report.tenant_id,
    report.id,
    request.attachmentId,
  );
  if (!attachment) {
    throw notFound('attachment');
  }
  const filename =
    request.variant === 'original' && attachment.original_name
      ? attachment.original_name
      : neutralName(report, attachment, request.variant);
  if (attachment.kind !== 'call_recording') {
    return loadBytes(storage, report, attachment, request.variant, filename, 'staff');
  }
  if (!(await mayReadPersonalData(db, actor, report.id))) {
    throw notFound('attachment');
  }
  const file = await loadBytes(storage, report, attachment, request.variant, filename, 'sensitive');
  await writeAudit(db, authorize(actor, 'reports.personal_data'), {
    action: 'report.personal_data_read',
    subjectType: 'report',
    subjectId: report.id,
    details: {
      trackingCode: report.tracking_code,
      attachmentId: attachment.id,
      kind: attachment.kind,
    },
    ip: request.ip,
    at: request.at,
  });
  return file;
}
