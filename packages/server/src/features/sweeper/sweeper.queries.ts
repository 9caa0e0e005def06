/**
 * The deadline sweeper's SQL. Every claim is `FOR UPDATE … SKIP LOCKED` inside the caller's short
 * transaction: several server processes sweep at once, each takes rows no other holds, and none
 * waits behind another (ARCHITECTURE.md "Scale"). The scans ride the partial indexes of open steps
 * (`report_deadlines_open_due_idx`, `report_deadlines_open_remind_idx`, docs/data-model.md).
 */
import type { Kysely } from 'kysely';
import type { DB, Report, Tenant } from '../../infra/db/schema';

/**
 * Locks one report that has a swept step past its due instant and not yet marked, skipping
 * reports another sweeper (or a staff action) holds and those this pass already visited. The
 * caller re-reads the report under the lock: the row may have changed since the scan began.
 */
export async function claimReportWithOverdueStep(
  tx: Kysely<DB>,
  now: Date,
  visited: readonly string[],
): Promise<{ reportId: string; tenantId: string } | undefined> {
  let query = tx
    .selectFrom('report_deadlines as d')
    .innerJoin('reports as r', 'r.id', 'd.report_id')
    .select(['r.id as reportId', 'r.tenant_id as tenantId'])
    .where('d.completed_at', 'is', null)
    .where('d.overdue_at', 'is', null)
    .where('d.sweep', '=', true)
    // The engine's rule (dueForOverdue): a step is overdue from its due instant on.
    .where('d.due_at', '<=', now)
    .where('r.engine', 'is not', null);
  if (visited.length > 0) {
    query = query.where('r.id', 'not in', visited);
  }
  return query.orderBy('d.due_at').limit(1).forUpdate('r').skipLocked().executeTakeFirst();
}

export type ReminderRow = {
  id: string;
  tenantId: string;
  reportId: string;
  engineId: string | null;
  step: string;
  orgUnitId: string | null;
  dueAt: Date;
  remindAt: Date;
  overdueAt: Date | null;
  article: string | null;
};

/** Locks up to `limit` open steps whose reminder instant has come and that were not reminded. */
export async function claimDueReminders(
  tx: Kysely<DB>,
  now: Date,
  limit: number,
): Promise<ReminderRow[]> {
  const rows = await tx
    .selectFrom('report_deadlines')
    .select([
      'id',
      'tenant_id as tenantId',
      'report_id as reportId',
      'engine_id as engineId',
      'step',
      'org_unit_id as orgUnitId',
      'due_at as dueAt',
      'remind_at as remindAt',
      'overdue_at as overdueAt',
      'article',
    ])
    .where('completed_at', 'is', null)
    .where('reminded_at', 'is', null)
    .where('remind_at', '<=', now)
    .orderBy('remind_at')
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();
  return rows.flatMap((row) => (row.remindAt ? [{ ...row, remindAt: row.remindAt }] : []));
}

export async function markReminded(tx: Kysely<DB>, id: string, now: Date): Promise<void> {
  await tx.updateTable('report_deadlines').set({ reminded_at: now }).where('id', '=', id).execute();
}

export async function getTenant(tx: Kysely<DB>, tenantId: string): Promise<Tenant> {
  return tx.selectFrom('tenants').selectAll().where('id', '=', tenantId).executeTakeFirstOrThrow();
}

export async function getReport(tx: Kysely<DB>, reportId: string): Promise<Report> {
  return tx.selectFrom('reports').selectAll().where('id', '=', reportId).executeTakeFirstOrThrow();
}
