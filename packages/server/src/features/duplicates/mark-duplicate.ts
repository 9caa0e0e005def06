/**
 * Marks a report under intake as a duplicate of an existing one (Khánh Hòa Điều 12.1): the
 * lifecycle engine's `reject` with reason `duplicate`, whose message tells the reporter which case
 * already handles their report — its tracking code, title, date and state — and whose
 * `duplicateOf` links the two and subscribes the reporter to the original's updates
 * (take-action.ts).
 */
import type { Report, Tenant } from '../../infra/db/schema';
import type { Actor } from '../../infra/http/actor';
import { validationFailed } from '../../infra/http/app-error';
import { authorizeList } from '../../infra/http/authorize';
import { scopeReports } from '../reports/report-access';
import { takeAction } from '../reports/take-action';
import type { ActionEnv } from '../reports/take-action';
import { reportStateLabel } from './report-state-labels';

export type MarkDuplicate = {
  /** The version of the duplicate the operator saw (else 409, nothing changes). */
  version: number;
  originalId: string;
  /** The operator's own words, added after the standard text. */
  explanation?: string | undefined;
};

function receivedDate(instant: Date, timeZone: string, language: 'vi' | 'en'): string {
  return new Intl.DateTimeFormat(language === 'vi' ? 'vi-VN' : 'en-GB', {
    timeZone,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(instant);
}

/** The reason the reporter reads, in the language they chose. */
export function duplicateExplanation(
  original: Report,
  tenant: Tenant,
  language: 'vi' | 'en',
  note?: string,
): string {
  const date = receivedDate(original.received_at, tenant.time_zone, language);
  const state = reportStateLabel(original.state, language);
  const text =
    language === 'vi'
      ? `Phản ánh trùng lặp với phản ánh đã được tiếp nhận xử lý trên hệ thống: mã tra cứu ${original.tracking_code} — "${original.title}", tiếp nhận ngày ${date}, tình trạng: ${state}. Ông/Bà sẽ được thông báo khi phản ánh này có kết quả trả lời.`
      : `This report duplicates a report already being handled: tracking code ${original.tracking_code} — "${original.title}", received on ${date}, status: ${state}. You will be told when it is answered.`;
  return note ? `${text}\n${note}` : text;
}

export async function markDuplicate(
  env: ActionEnv,
  tenant: Tenant,
  actor: Actor,
  reportId: string,
  command: MarkDuplicate,
): Promise<Report> {
  authorizeList(actor, 'reports.act');
  if (command.originalId === reportId) {
    throw validationFailed([
      {
        path: 'body.originalId',
        code: 'report.self_duplicate',
        message: {
          vi: 'Phản ánh không thể trùng với chính nó.',
          en: 'A report cannot duplicate itself.',
        },
      },
    ]);
  }
  const original = await scopeReports(
    env.db.selectFrom('reports').selectAll(),
    actor,
    'reports.read',
  )
    .where('reports.id', '=', command.originalId)
    .executeTakeFirst();
  if (!original) {
    throw validationFailed([
      {
        path: 'body.originalId',
        code: 'report.unknown',
        message: { vi: 'Không có phản ánh này.', en: 'There is no such report.' },
      },
    ]);
  }
  if (original.duplicate_of_id) {
    // Point the reporter at the case that is handled, not at another copy of it.
    throw validationFailed([
      {
        path: 'body.originalId',
        code: 'report.is_duplicate',
        message: {
          vi: 'Phản ánh này cũng là phản ánh trùng; hãy chọn phản ánh gốc.',
          en: 'That report is itself a duplicate; choose the original.',
        },
      },
    ]);
  }
  // An unknown or invisible duplicate is answered 404 by takeAction; the language only shapes
  // the text it would have carried.
  const duplicate = await env.db
    .selectFrom('reports')
    .select('reporter_language')
    .where('tenant_id', '=', tenant.id)
    .where('id', '=', reportId)
    .executeTakeFirst();
  const language = duplicate?.reporter_language ?? 'vi';
  return takeAction(env, tenant, actor, reportId, {
    action: 'reject',
    version: command.version,
    input: {
      reason: 'duplicate',
      duplicateOf: original.id,
      explanation: duplicateExplanation(original, tenant, language, command.explanation),
    },
  });
}
