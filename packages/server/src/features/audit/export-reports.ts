/**
 * Exports reports as CSV (issue 4 item 10): the columns staff see, never the reporter's identity
 * unless asked for and the actor may read personal data. Every export is written to the audit log
 * with its filters and row count before the file leaves the server; one with personal data also
 * leaves a `report.personal_data_read` row per report, so "who has seen this reporter's data?"
 * has one answer (Sóc Trăng Điều 4.5; Vĩnh Long Điều 13.7).
 */
import type { Kysely } from 'kysely';
import { writeAudit } from '../../infra/audit/audit-log';
import type { DB, Tenant } from '../../infra/db/schema';
import type { Actor } from '../../infra/http/actor';
import { AppError } from '../../infra/http/app-error';
import { authorize } from '../../infra/http/authorize';
import { tenantProfile } from '../reports/engine-context';
import { findExportRows } from './audit.queries';
import type { ExportFilters } from './audit.queries';
import { reportsCsv } from './report-csv';
import type { CsvLanguage } from './report-csv';

/** A larger extract is a database task, not a download (docs/workflow/duplicates-audit-follow-up.md). */
export const EXPORT_MAX_ROWS = 50_000;

export type ExportRequest = {
  filters: ExportFilters;
  includePersonalData: boolean;
  language: CsvLanguage;
  separator: ',' | ';';
};

export type ExportResult = { csv: string; rowCount: number; fileName: string };

const PERSONAL_BATCH = 1_000;

export async function exportReports(
  db: Kysely<DB>,
  tenant: Tenant,
  actor: Actor,
  request: ExportRequest,
  context: { now: Date; ip: string | null },
): Promise<ExportResult> {
  const staff = authorize(actor, 'reports.export');
  if (request.includePersonalData) {
    authorize(actor, 'reports.personal_data');
  }
  const rows = await findExportRows(db, actor, request.filters, {
    limit: EXPORT_MAX_ROWS + 1,
    includePersonalData: request.includePersonalData,
  });
  if (rows.length > EXPORT_MAX_ROWS) {
    throw new AppError('VALIDATION_FAILED', `export exceeds ${EXPORT_MAX_ROWS} rows`, {
      fields: [
        {
          path: 'querystring.from',
          code: 'export.too_many_rows',
          message: {
            vi: `Kết quả vượt quá ${EXPORT_MAX_ROWS} dòng. Vui lòng thu hẹp khoảng thời gian hoặc điều kiện lọc.`,
            en: `The export exceeds ${EXPORT_MAX_ROWS} rows. Please narrow the period or the filters.`,
          },
        },
      ],
    });
  }
  await db.transaction().execute(async (tx) => {
    await writeAudit(tx, staff, {
      action: 'reports.exported',
      subjectType: 'tenant',
      subjectId: tenant.id,
      details: {
        format: 'csv',
        filters: describeFilters(request.filters),
        rowCount: rows.length,
        includesPersonalData: request.includePersonalData,
      },
      ip: context.ip,
      at: context.now,
    });
    if (!request.includePersonalData) {
      return;
    }
    for (let start = 0; start < rows.length; start += PERSONAL_BATCH) {
      await tx
        .insertInto('audit_log')
        .values(
          rows.slice(start, start + PERSONAL_BATCH).map((row) => ({
            tenant_id: tenant.id,
            actor_kind: staff.kind === 'user' ? 'user' : 'api_key',
            actor_user_id: staff.kind === 'user' ? staff.userId : null,
            actor_api_key_id: staff.kind === 'api_key' ? staff.apiKeyId : null,
            action: 'report.personal_data_read',
            subject_type: 'report',
            subject_id: row.id,
            details: JSON.stringify({ trackingCode: row.tracking_code, via: 'export' }),
            ip: context.ip,
            occurred_at: context.now,
          })),
        )
        .execute();
    }
  });
  const csv = reportsCsv(rows, {
    language: request.language,
    timeZone: tenant.time_zone,
    profile: await tenantProfile(db, tenant),
    includePersonalData: request.includePersonalData,
    separator: request.separator,
  });
  const stamp = context.now.toISOString().slice(0, 10);
  return { csv, rowCount: rows.length, fileName: `phan-anh-${tenant.code}-${stamp}.csv` };
}

function describeFilters(filters: ExportFilters): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(filters)
      .filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0))
      .map(([key, value]) => [key, value instanceof Date ? value.toISOString() : value]),
  );
}
