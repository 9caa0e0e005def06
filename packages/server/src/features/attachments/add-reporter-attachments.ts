/**
 * The reporter adds photos (or other files) to their report with its tracking code and their
 * phone number (issue 4 item 2), typically when the intake center asked for more information.
 * Allowed only in REPORTER_UPLOAD_STATES. The rows and a `report.attachments_added` event are one
 * transaction under the report's row lock; files already attached (same content) are not stored
 * again, so a retried upload changes nothing.
 */
import { normalisePhone, toE164 } from '@paht/domain';
import type { ReportState } from '@paht/domain';
import type { Report, Tenant } from '../../infra/db/schema';
import { AppError, notFound, validationFailed } from '../../infra/http/app-error';
import { appendEvents } from '../../infra/events/event-log';
import { lockReport } from '../reports/report-store';
import { REPORTER_UPLOAD_STATES, UPLOAD_LIMITS } from './attachment-rules';
import { putFiles, removeFiles } from './attachment-storage';
import {
  countReportAttachments,
  findReportAttachments,
  findReportByTrackingCode,
  insertAttachments,
} from './attachments.queries';
import type { Attachment } from './attachments.queries';
import { prepareFiles } from './prepare-files';
import type { PreparedFile } from './prepare-files';
import type { AttachmentEnv } from './submit-report-with-attachments';
import type { IncomingFile } from './upload-form';

export type AddReporterAttachments = {
  tenant: Tenant;
  trackingCode: string;
  phone: string;
  files: readonly IncomingFile[];
};

function phoneMatches(report: Report, phone: string): boolean {
  const national = normalisePhone(phone);
  return (
    national !== null &&
    report.reporter_phone_key !== null &&
    toE164(national).replace('+', '') === report.reporter_phone_key
  );
}

function closedFor(state: string): AppError {
  return new AppError('INVALID_TRANSITION', `no reporter uploads in state ${state}`, {
    userMessage: {
      vi: 'Phản ánh đã được trả lời hoặc đã kết thúc, không thể gửi thêm tệp. Nếu có vấn đề mới, vui lòng gửi phản ánh mới.',
      en: 'This report has been answered or closed; no more files can be added. Please send a new report for a new matter.',
    },
  });
}

function tooManyForReport(): AppError {
  const max = UPLOAD_LIMITS.attachmentsPerReport;
  return new AppError('PAYLOAD_TOO_LARGE', `a report holds at most ${max} attachments`, {
    fields: [
      {
        path: 'files',
        code: 'files.report_full',
        message: {
          vi: `Mỗi phản ánh có tối đa ${max} tệp đính kèm.`,
          en: `A report holds at most ${max} attachments.`,
        },
      },
    ],
  });
}

/** Files not yet attached to the report (by content), each once. */
function newFiles(prepared: readonly PreparedFile[], existing: readonly Attachment[]) {
  const seen = new Set(existing.map((a) => a.sha256));
  return prepared.filter((file) => {
    if (seen.has(file.sha256)) {
      return false;
    }
    seen.add(file.sha256);
    return true;
  });
}

/** Returns the report and every attachment the reporter's upload names (new or already there). */
export async function addReporterAttachments(
  env: AttachmentEnv,
  command: AddReporterAttachments,
): Promise<{ report: Report; attachments: Attachment[] }> {
  const report = await findReportByTrackingCode(env.db, command.tenant.id, command.trackingCode);
  // A wrong phone number looks exactly like an unknown code.
  if (!report || !phoneMatches(report, command.phone)) {
    throw notFound('report');
  }
  if (!REPORTER_UPLOAD_STATES.has(report.state as ReportState)) {
    throw closedFor(report.state);
  }
  if (command.files.length === 0) {
    throw validationFailed([
      {
        path: 'files',
        code: 'required',
        message: { vi: 'Chọn ít nhất một tệp.', en: 'Choose at least one file.' },
      },
    ]);
  }
  const prepared = await prepareFiles(command.files);
  const existing = await findReportAttachments(env.db, report.id);
  const fresh = newFiles(prepared, existing);
  if (existing.length + fresh.length > UPLOAD_LIMITS.attachmentsPerReport) {
    throw tooManyForReport();
  }
  const stored = await putFiles(env.storage, command.tenant.id, fresh);
  try {
    await env.db.transaction().execute(async (tx) => {
      // The lock orders this upload with staff actions and other uploads to the same report.
      const loaded = await lockReport(tx, command.tenant.id, report.id);
      if (!loaded) {
        throw notFound('report');
      }
      if (!REPORTER_UPLOAD_STATES.has(loaded.row.state as ReportState)) {
        throw closedFor(loaded.row.state);
      }
      if (stored.length === 0) {
        return;
      }
      if (
        (await countReportAttachments(tx, report.id)) + stored.length >
        UPLOAD_LIMITS.attachmentsPerReport
      ) {
        throw tooManyForReport();
      }
      const rows = await insertAttachments(tx, report, { kind: 'reporter', userId: null }, stored);
      await appendEvents(tx, command.tenant.id, report.id, [
        {
          type: 'report.attachments_added',
          actorKind: 'reporter',
          payload: { attachmentIds: rows.map((r) => r.id), kinds: rows.map((r) => r.kind) },
          // Staff see it in the history; the reporter sees the files themselves.
          isPublic: false,
          occurredAt: env.now(),
        },
      ]);
    });
  } catch (error) {
    await removeFiles(env.storage, stored);
    throw error;
  }
  const hashes = new Set(prepared.map((f) => f.sha256));
  const attachments = (await findReportAttachments(env.db, report.id)).filter((a) =>
    hashes.has(a.sha256),
  );
  return { report, attachments };
}
