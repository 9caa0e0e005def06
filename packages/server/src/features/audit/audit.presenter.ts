import type { AuditEntryRow } from './audit.queries';

export function presentAuditEntry(row: AuditEntryRow) {
  return {
    id: row.id,
    occurredAt: row.occurred_at.toISOString(),
    action: row.action,
    actor: {
      kind: row.actor_kind,
      userId: row.actor_user_id,
      username: row.username,
      displayName: row.display_name,
      apiKeyId: row.actor_api_key_id,
      apiKeyName: row.api_key_name,
    },
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    details: row.details,
    ip: row.ip,
  };
}
