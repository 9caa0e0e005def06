-- The head of each report's event chain, written with the events: deleting the newest events
-- (which a chain alone cannot reveal) shows as a head that no longer matches.
ALTER TABLE reports ADD COLUMN last_event_seq integer NOT NULL DEFAULT 0;
ALTER TABLE reports ADD COLUMN last_event_hash text;

-- Transactional outbox: side effects (e-mail, SMS) are rows written in the business transaction and
-- delivered by workers that claim them with FOR UPDATE SKIP LOCKED and a lease.
CREATE TABLE outbox_jobs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid REFERENCES tenants (id),
  kind text NOT NULL CHECK (kind IN ('email', 'sms')),
  payload jsonb NOT NULL,
  -- Enqueueing the same notification twice (a retried request) keeps one job.
  dedupe_key text UNIQUE,
  run_at timestamptz NOT NULL DEFAULT now(),
  attempts integer NOT NULL DEFAULT 0,
  max_attempts integer NOT NULL DEFAULT 8,
  locked_until timestamptz,
  last_error text,
  done_at timestamptz,
  failed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
-- Workers scan only pending jobs.
CREATE INDEX outbox_jobs_pending_idx ON outbox_jobs (run_at) WHERE done_at IS NULL AND failed_at IS NULL;
CREATE INDEX outbox_jobs_tenant_idx ON outbox_jobs (tenant_id, created_at);

-- Audit of staff reads of reporters' personal data and of every export (Sóc Trăng Điều 4.5;
-- Vĩnh Long: disclosures by Sở TT&TT are logged).
CREATE TABLE audit_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  actor_kind text NOT NULL,
  actor_user_id uuid,
  actor_api_key_id uuid,
  action text NOT NULL,
  subject_type text NOT NULL,
  subject_id uuid,
  details jsonb NOT NULL DEFAULT '{}',
  ip text,
  occurred_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_log_tenant_time_idx ON audit_log (tenant_id, occurred_at);
CREATE INDEX audit_log_subject_idx ON audit_log (subject_id);
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION forbid_change();
