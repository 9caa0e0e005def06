/**
 * The audit log (migration 0006; append-only by trigger): every staff read of a reporter's
 * personal data and every export (Sóc Trăng Điều 4.5; issue 4 item 10).
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { StaffActor } from '../http/actor';

export type AuditEntry = {
  action: 'report.personal_data_read' | 'reports.exported' | 'event_log.verified';
  subjectType: 'report' | 'tenant';
  subjectId: string | null;
  details?: Record<string, unknown>;
  ip?: string | null;
  at: Date;
};

export async function writeAudit(
  db: Kysely<DB>,
  actor: StaffActor,
  entry: AuditEntry,
): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      tenant_id: actor.tenantId,
      actor_kind: actor.kind === 'user' ? 'user' : 'api_key',
      actor_user_id: actor.kind === 'user' ? actor.userId : null,
      actor_api_key_id: actor.kind === 'api_key' ? actor.apiKeyId : null,
      action: entry.action,
      subject_type: entry.subjectType,
      subject_id: entry.subjectId,
      details: JSON.stringify(entry.details ?? {}),
      ip: entry.ip ?? null,
      occurred_at: entry.at,
    })
    .execute();
}
