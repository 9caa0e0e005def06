-- The report workflow (issue 4): the lifecycle engine's snapshot stored with each report, and the
-- projections the inboxes, the public views and the sweeper read. docs/data-model.md lists the
-- access paths.

-- The engine's ReportSnapshot (packages/domain lifecycle/types.ts), JSON with ISO instants. It is
-- the source of truth for the lifecycle; the columns below are projections written with it in
-- the same transaction.
ALTER TABLE reports ADD COLUMN engine jsonb;
ALTER TABLE reports ADD COLUMN intake_center_id uuid;
ALTER TABLE reports ADD COLUMN track text NOT NULL DEFAULT 'normal';
ALTER TABLE reports ADD COLUMN publication text CHECK (publication IN ('public', 'private', 'withheld'));
-- Digits of the reporter's phone in E.164 without '+', the second factor of the private view.
ALTER TABLE reports ADD COLUMN reporter_phone_key text;
-- sha256 of the first submission's body under an Idempotency-Key: a different body is refused.
ALTER TABLE reports ADD COLUMN idempotency_fingerprint text;
ALTER TABLE reports ADD COLUMN is_incident boolean NOT NULL DEFAULT false;
-- Names of edits for clarity (Khánh Hòa Điều 7.1): content_original stays as received.
ALTER TABLE reports ADD COLUMN edited_by uuid;
ALTER TABLE reports ADD COLUMN edited_at timestamptz;
ALTER TABLE reports ADD COLUMN rating_changeable_until timestamptz;
-- The channels of the shared submission schema (packages/domain schemas/report-options.ts).
ALTER TABLE reports DROP CONSTRAINT reports_channel_check;
ALTER TABLE reports ADD CONSTRAINT reports_channel_check CHECK (channel IN (
  'web', 'mobile_app', 'chatbot', 'email', 'hotline', 'national_portal', 'walk_in', 'paper', 'fax',
  'open311'));
ALTER TABLE reports ADD CONSTRAINT reports_intake_center_fk
  FOREIGN KEY (tenant_id, intake_center_id) REFERENCES org_units (tenant_id, id);

-- Private view: tracking code + phone; the unique tracking-code index already finds the row.
-- Public list of published, public answers by field / area, newest first.
CREATE INDEX reports_public_field_idx ON reports (tenant_id, field_id, published_at DESC, id DESC)
  WHERE publication = 'public' AND published_at IS NOT NULL;
CREATE INDEX reports_public_area_idx ON reports (tenant_id, area_id, published_at DESC, id DESC)
  WHERE publication = 'public' AND published_at IS NOT NULL;
-- Intake inbox: open reports of one intake center, nearest deadline first.
CREATE INDEX reports_intake_inbox_idx ON reports (tenant_id, intake_center_id, state, due_at, id);
-- Duplicate candidates near a point within a period (GiST over point, all reports).
CREATE INDEX reports_point_received_idx ON reports USING gist (point(longitude, latitude))
  WHERE latitude IS NOT NULL;

-- Assignments and deadlines carry the engine's ids ('<reportId>/a3', '<reportId>/d7').
ALTER TABLE report_assignments ADD COLUMN engine_id text;
ALTER TABLE report_assignments ADD COLUMN answer text;
CREATE UNIQUE INDEX report_assignments_engine_idx ON report_assignments (report_id, engine_id);

ALTER TABLE report_deadlines ADD COLUMN engine_id text;
ALTER TABLE report_deadlines ADD COLUMN sweep boolean NOT NULL DEFAULT true;
ALTER TABLE report_deadlines ADD COLUMN article text;
ALTER TABLE report_deadlines ADD COLUMN outcome text CHECK (outcome IN ('met', 'late', 'cancelled'));
ALTER TABLE report_deadlines ADD COLUMN extended boolean NOT NULL DEFAULT false;
CREATE UNIQUE INDEX report_deadlines_engine_idx ON report_deadlines (report_id, engine_id);

-- A duplicate's reporter follows the original's updates (Khánh Hòa Điều 12.1).
CREATE TABLE report_subscriptions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  report_id uuid NOT NULL,
  source_report_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (report_id, source_report_id),
  FOREIGN KEY (tenant_id, report_id) REFERENCES reports (tenant_id, id),
  FOREIGN KEY (tenant_id, source_report_id) REFERENCES reports (tenant_id, id)
);
CREATE INDEX report_subscriptions_report_idx ON report_subscriptions (report_id);
