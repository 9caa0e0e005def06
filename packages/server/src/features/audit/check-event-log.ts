/**
 * The admin endpoint's verification of the event log: the actor's tenant, or one of its reports;
 * each verification is itself written to the audit log.
 */
import type { Kysely } from 'kysely';
import { writeAudit } from '../../infra/audit/audit-log';
import type { DB } from '../../infra/db/schema';
import type { Actor } from '../../infra/http/actor';
import { notFound } from '../../infra/http/app-error';
import { authorize } from '../../infra/http/authorize';
import { verifyEventChain } from './verify-event-chain';
import type { ChainVerification } from './verify-event-chain';

export async function checkEventLog(
  db: Kysely<DB>,
  actor: Actor,
  reportId: string | undefined,
  context: { now: Date; ip: string | null },
): Promise<ChainVerification> {
  const staff = authorize(actor, 'audit.read');
  if (reportId) {
    const report = await db
      .selectFrom('reports')
      .select('id')
      .where('tenant_id', '=', staff.tenantId)
      .where('id', '=', reportId)
      .executeTakeFirst();
    if (!report) {
      throw notFound('report');
    }
  }
  const result = await verifyEventChain(db, { tenantId: staff.tenantId, reportId });
  await writeAudit(db, staff, {
    action: 'event_log.verified',
    subjectType: reportId ? 'report' : 'tenant',
    subjectId: reportId ?? staff.tenantId,
    details: {
      checkedReports: result.checkedReports,
      checkedEvents: result.checkedEvents,
      isIntact: result.isIntact,
      brokenReportIds: result.brokenChains.map((chain) => chain.reportId),
    },
    ip: context.ip,
    at: context.now,
  });
  return result;
}
