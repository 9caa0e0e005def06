/**
 * Operators may correct spelling and layout before the report goes out (Khánh Hòa Điều 7.1 "biên
 * tập", Vĩnh Long Điều 6): the text the citizen sent stays in `content_original`, the edit is an
 * event with the text before and after, and staff views show both.
 */
import { cleanText } from '@paht/domain';
import type { Kysely } from 'kysely';
import type { DB, Report, Tenant } from '../../infra/db/schema';
import type { Actor } from '../../infra/http/actor';
import { AppError, notFound } from '../../infra/http/app-error';
import { authorize } from '../../infra/http/authorize';
import { appendEvents } from '../../infra/events/event-log';
import { requireUser } from '../accounts/require-user';
import { versionConflict } from './take-action';

/** Before distribution only: afterwards the agencies work on the text they received. */
const EDITABLE_STATES = [
  'submitted',
  'awaiting_information',
  'intake_accepted',
  'returned_to_intake',
];

export async function editContent(
  env: { db: Kysely<DB>; now: () => Date },
  tenant: Tenant,
  actor: Actor,
  reportId: string,
  body: { version: number; title?: string | undefined; content: string },
): Promise<Report> {
  const user = requireUser(authorize(actor, 'reports.act'));
  if (!user.roles.includes('operator') || user.orgUnitKind !== 'intake_center') {
    throw new AppError('FORBIDDEN', 'only intake-center operators edit a report’s text');
  }
  return env.db.transaction().execute(async (tx) => {
    const report = await tx
      .selectFrom('reports')
      .selectAll()
      .where('tenant_id', '=', tenant.id)
      .where('id', '=', reportId)
      .forUpdate()
      .executeTakeFirst();
    if (!report) {
      throw notFound('report');
    }
    if (report.version !== body.version) {
      throw versionConflict(report.version, body.version);
    }
    if (!EDITABLE_STATES.includes(report.state) || report.intake_center_id !== user.orgUnitId) {
      throw new AppError('INVALID_TRANSITION', `content is not editable in ${report.state}`, {
        userMessage: {
          vi: 'Chỉ biên tập được nội dung trước khi chuyển xử lý.',
          en: 'The text can only be edited before the report is distributed.',
        },
      });
    }
    const content = cleanText(body.content);
    const title = body.title ? cleanText(body.title) : report.title;
    const now = env.now();
    await tx
      .updateTable('reports')
      .set({
        content,
        title,
        edited_by: user.userId,
        edited_at: now,
        version: (eb) => eb('version', '+', 1),
      })
      .where('id', '=', report.id)
      .execute();
    await appendEvents(tx, tenant.id, report.id, [
      {
        type: 'report.content_edited',
        actorKind: 'staff',
        actorUserId: user.userId,
        actorRole: user.roles.join(','),
        actorAgencyId: user.orgUnitId,
        payload: {
          titleBefore: report.title,
          titleAfter: title,
          contentBefore: report.content,
          contentAfter: content,
        },
        isPublic: false,
        occurredAt: now,
      },
    ]);
    return tx
      .selectFrom('reports')
      .selectAll()
      .where('id', '=', report.id)
      .executeTakeFirstOrThrow();
  });
}
