-- Reports, agency assignments, step deadlines, the hash-chained event log and attachments.
-- Access paths and the indexes that serve them are listed in docs/data-model.md.
CREATE TABLE reports (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  tracking_code text NOT NULL,
  channel text NOT NULL CHECK (channel IN (
    'web', 'mobile', 'email', 'hotline', 'chatbot', 'national_portal', 'walk_in', 'paper', 'open311')),
  -- Reporter contact (personal data: never in a public view, reads by staff are audited).
  reporter_name text,
  reporter_phone text,
  reporter_email text,
  reporter_address text,
  reporter_citizen_id text,
  reporter_language text NOT NULL DEFAULT 'vi' CHECK (reporter_language IN ('vi', 'en')),
  -- Sóc Trăng Điều 4.5: personal data public / used for handling only with consent.
  consent_public_identity boolean NOT NULL DEFAULT false,
  consent_data_processing boolean NOT NULL DEFAULT false,
  -- Vĩnh Long: name and address hidden from the public view on request.
  hide_identity boolean NOT NULL DEFAULT false,
  kind text NOT NULL DEFAULT 'report' CHECK (kind IN ('report', 'inquiry', 'feedback', 'recommendation', 'delivery_request')),
  title text NOT NULL,
  content_original text NOT NULL,
  content text NOT NULL,
  latitude double precision CHECK (latitude BETWEEN -90 AND 90),
  longitude double precision CHECK (longitude BETWEEN -180 AND 180),
  address text,
  area_id uuid,
  incident_at timestamptz,
  received_at timestamptz NOT NULL,
  field_id uuid,
  priority text NOT NULL DEFAULT 'normal' CHECK (priority IN ('normal', 'urgent', 'emergency')),
  is_confidential boolean NOT NULL DEFAULT false,
  is_state_secret boolean NOT NULL DEFAULT false,
  state text NOT NULL,
  lead_agency_id uuid,
  -- The nearest open step deadline, denormalised from report_deadlines for inbox sorting.
  due_at timestamptz,
  is_overdue boolean NOT NULL DEFAULT false,
  duplicate_of_id uuid,
  answer text,
  answered_at timestamptz,
  published_at timestamptz,
  rating text,
  rated_at timestamptz,
  idempotency_key text,
  version integer NOT NULL DEFAULT 1,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, id),
  FOREIGN KEY (tenant_id, area_id) REFERENCES areas (tenant_id, id),
  FOREIGN KEY (tenant_id, field_id) REFERENCES fields (tenant_id, id),
  FOREIGN KEY (tenant_id, lead_agency_id) REFERENCES org_units (tenant_id, id),
  FOREIGN KEY (tenant_id, duplicate_of_id) REFERENCES reports (tenant_id, id)
);
-- Public tracking by code.
CREATE UNIQUE INDEX reports_tracking_code_idx ON reports (tenant_id, tracking_code);
-- A retried submission with the same Idempotency-Key finds the first one.
CREATE UNIQUE INDEX reports_idempotency_idx ON reports (tenant_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
-- Intake and supervisor inboxes: by state, nearest deadline first.
CREATE INDEX reports_state_due_idx ON reports (tenant_id, state, due_at, id);
-- Lead-agency views and statistics per agency over a period.
CREATE INDEX reports_lead_agency_idx ON reports (tenant_id, lead_agency_id, state, due_at);
-- Periodic reports and duplicate candidates: received in a period, per field.
CREATE INDEX reports_received_idx ON reports (tenant_id, received_at);
CREATE INDEX reports_field_received_idx ON reports (tenant_id, field_id, received_at);
-- Public list of published reports, newest first, keyset-paginated.
CREATE INDEX reports_published_idx ON reports (tenant_id, published_at DESC, id DESC) WHERE published_at IS NOT NULL;
-- Public map: bounding-box search over published reports (built-in GiST point ops, no PostGIS).
CREATE INDEX reports_published_point_idx ON reports USING gist (point(longitude, latitude))
  WHERE published_at IS NOT NULL AND latitude IS NOT NULL;
-- Full-text / similarity search ignoring diacritics (pg_trgm over vn_fold).
CREATE INDEX reports_text_trgm_idx ON reports USING gin (vn_fold(title || ' ' || content) gin_trgm_ops);
CREATE INDEX reports_duplicate_of_idx ON reports (duplicate_of_id) WHERE duplicate_of_id IS NOT NULL;
CREATE TRIGGER reports_touch BEFORE UPDATE ON reports FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

CREATE TABLE report_assignments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  report_id uuid NOT NULL,
  agency_id uuid NOT NULL,
  role text NOT NULL CHECK (role IN ('lead', 'coordinating')),
  state text NOT NULL,
  assigned_by uuid,
  assigned_at timestamptz NOT NULL,
  accepted_at timestamptz,
  completed_at timestamptz,
  due_at timestamptz,
  extended_due_at timestamptz,
  return_reason text,
  suggested_agency_id uuid,
  result text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, id),
  FOREIGN KEY (tenant_id, report_id) REFERENCES reports (tenant_id, id),
  FOREIGN KEY (tenant_id, agency_id) REFERENCES org_units (tenant_id, id)
);
-- Agency inbox: what waits for my agency, nearest deadline first.
CREATE INDEX report_assignments_agency_idx ON report_assignments (tenant_id, agency_id, state, due_at);
CREATE INDEX report_assignments_report_idx ON report_assignments (report_id);
CREATE TRIGGER report_assignments_touch BEFORE UPDATE ON report_assignments FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- One row per timed step (intake, accept, handle, approve, publish, follow-up answer …).
CREATE TABLE report_deadlines (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  report_id uuid NOT NULL,
  assignment_id uuid,
  step text NOT NULL,
  org_unit_id uuid,
  started_at timestamptz NOT NULL,
  due_at timestamptz NOT NULL,
  remind_at timestamptz,
  reminded_at timestamptz,
  overdue_at timestamptz,
  completed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (tenant_id, report_id) REFERENCES reports (tenant_id, id),
  FOREIGN KEY (tenant_id, assignment_id) REFERENCES report_assignments (tenant_id, id)
);
-- The sweeper's scans touch only open steps (partial indexes stay small at 10 M reports).
CREATE INDEX report_deadlines_open_due_idx ON report_deadlines (due_at) WHERE completed_at IS NULL AND overdue_at IS NULL;
CREATE INDEX report_deadlines_open_remind_idx ON report_deadlines (remind_at) WHERE completed_at IS NULL AND reminded_at IS NULL;
CREATE INDEX report_deadlines_report_idx ON report_deadlines (report_id);

-- Append-only, hash-chained per report: hash = sha256(prev_hash || canonical event).
CREATE TABLE report_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  report_id uuid NOT NULL,
  seq integer NOT NULL,
  type text NOT NULL,
  actor_kind text NOT NULL CHECK (actor_kind IN ('reporter', 'staff', 'system', 'integration')),
  actor_user_id uuid,
  actor_role text,
  actor_agency_id uuid,
  from_state text,
  to_state text,
  reason text,
  payload jsonb NOT NULL DEFAULT '{}',
  is_public boolean NOT NULL DEFAULT false,
  occurred_at timestamptz NOT NULL,
  prev_hash text,
  hash text NOT NULL,
  UNIQUE (report_id, seq),
  FOREIGN KEY (tenant_id, report_id) REFERENCES reports (tenant_id, id)
);
-- Statistics over the log by period and type.
CREATE INDEX report_events_tenant_time_idx ON report_events (tenant_id, occurred_at, type);

CREATE OR REPLACE FUNCTION forbid_change() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'report_events is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER report_events_append_only BEFORE UPDATE OR DELETE ON report_events
  FOR EACH ROW EXECUTE FUNCTION forbid_change();

CREATE TABLE attachments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  report_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('photo', 'video', 'audio', 'document', 'call_recording')),
  content_type text NOT NULL,
  byte_size bigint NOT NULL CHECK (byte_size > 0),
  sha256 text NOT NULL,
  storage_key text NOT NULL,
  thumbnail_key text,
  original_name text,
  width integer,
  height integer,
  is_public boolean NOT NULL DEFAULT true,
  uploaded_by_kind text NOT NULL CHECK (uploaded_by_kind IN ('reporter', 'staff', 'integration')),
  uploaded_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (tenant_id, report_id) REFERENCES reports (tenant_id, id)
);
CREATE INDEX attachments_report_idx ON attachments (report_id);
