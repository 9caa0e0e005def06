-- The audit log read by supervisors and administrators (issue 4 item 10): newest first, filtered
-- by action or by actor within a tenant, keyset-paginated on (occurred_at, id). The period-only
-- and subject filters use audit_log_tenant_time_idx and audit_log_subject_idx of migration 0006.
CREATE INDEX audit_log_tenant_action_idx ON audit_log (tenant_id, action, occurred_at, id);
CREATE INDEX audit_log_tenant_actor_idx ON audit_log (tenant_id, actor_user_id, occurred_at, id)
  WHERE actor_user_id IS NOT NULL;
