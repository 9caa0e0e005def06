/**
 * Candidate duplicates of a report under intake (issue 4 item 6; Khánh Hòa Điều 12.1): what the
 * intake operator compares before distributing, so one incident is handled once.
 */
import type { Kysely } from 'kysely';
import type { DB, Tenant } from '../../infra/db/schema';
import type { Actor } from '../../infra/http/actor';
import { AppError } from '../../infra/http/app-error';
import { authorizeList } from '../../infra/http/authorize';
import { findVisibleReport } from '../reports/report-access';
import { duplicateSettings } from './duplicate-settings';
import type { DuplicateSettings } from './duplicate-settings';
import { searchDuplicateCandidates } from './duplicates.queries';
import type { CandidateRow } from './duplicates.queries';

/** The states in which the intake center still decides what a report is. */
export const INTAKE_STATES: readonly string[] = [
  'submitted',
  'awaiting_information',
  'intake_accepted',
  'returned_to_intake',
];

export type DuplicateCandidates = {
  reportId: string;
  settings: DuplicateSettings;
  items: CandidateRow[];
};

export async function findDuplicateCandidates(
  db: Kysely<DB>,
  tenant: Tenant,
  actor: Actor,
  reportId: string,
  overrides: Partial<DuplicateSettings> = {},
): Promise<DuplicateCandidates> {
  const scope = authorizeList(actor, 'reports.read');
  const report = await findVisibleReport(db, actor, 'reports.read', reportId);
  if (!INTAKE_STATES.includes(report.state)) {
    throw new AppError('INVALID_TRANSITION', `report is ${report.state}, not under intake`, {
      userMessage: {
        vi: 'Chỉ tìm phản ánh trùng khi phản ánh đang ở bước tiếp nhận.',
        en: 'Duplicates are looked for only while a report is under intake.',
      },
      extra: { state: report.state },
    });
  }
  const settings: DuplicateSettings = { ...duplicateSettings(tenant), ...overrides };
  const point =
    report.latitude !== null && report.longitude !== null
      ? { latitude: report.latitude, longitude: report.longitude }
      : null;
  const items = await searchDuplicateCandidates(db, {
    tenantId: tenant.id,
    reportId: report.id,
    text: `${report.title} ${report.content}`,
    fieldId: report.field_id,
    point,
    receivedAt: report.received_at,
    ...settings,
    orgUnitId: scope.orgUnitId,
  });
  return { reportId: report.id, settings, items };
}
