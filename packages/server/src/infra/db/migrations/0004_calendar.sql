-- Working-time calendar data (DOMAIN.md "Working time", VIETNAM.md §1–2). A row with a NULL
-- calendar_code belongs to the tenant's own calendar; units with their own calendar (W6) name one.
CREATE TABLE calendar_days (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  calendar_code text NOT NULL DEFAULT 'default',
  date date NOT NULL,
  kind text NOT NULL CHECK (kind IN ('holiday', 'make_up_off', 'swap_off', 'swap_workday', 'ad_hoc_off')),
  name text NOT NULL,
  status text NOT NULL DEFAULT 'confirmed' CHECK (status IN ('provisional', 'confirmed')),
  legal_basis text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, calendar_code, date)
);
CREATE TRIGGER calendar_days_touch BEFORE UPDATE ON calendar_days FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- Office hours with validity dates and seasons (season_from/to as 'MM-DD', NULL = all year).
CREATE TABLE office_schedules (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  calendar_code text NOT NULL DEFAULT 'default',
  name text NOT NULL,
  valid_from date NOT NULL,
  valid_to date,
  season_from text CHECK (season_from ~ '^\d{2}-\d{2}$'),
  season_to text CHECK (season_to ~ '^\d{2}-\d{2}$'),
  -- ISO weekdays 1 (Monday) … 7 (Sunday).
  weekdays smallint[] NOT NULL DEFAULT '{1,2,3,4,5}',
  -- [{"start":"07:30","end":"11:30"}, …]
  intervals jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX office_schedules_tenant_idx ON office_schedules (tenant_id, calendar_code);
CREATE TRIGGER office_schedules_touch BEFORE UPDATE ON office_schedules FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
