-- Tenants (one province each), their organisation tree, fields and administrative areas.
CREATE TABLE tenants (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code text NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9][a-z0-9-]{1,39}$'),
  name text NOT NULL,
  profile_id text NOT NULL,
  hosts text[] NOT NULL DEFAULT '{}',
  time_zone text NOT NULL DEFAULT 'Asia/Ho_Chi_Minh',
  province_code text,
  settings jsonb NOT NULL DEFAULT '{}',
  is_active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
-- Host-name resolution of a request's tenant.
CREATE INDEX tenants_hosts_idx ON tenants USING gin (hosts);
CREATE TRIGGER tenants_touch BEFORE UPDATE ON tenants FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

CREATE TABLE org_units (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  code text NOT NULL,
  name text NOT NULL,
  short_name text,
  kind text NOT NULL CHECK (kind IN (
    'intake_center', 'provincial_committee', 'department', 'commune',
    'utility', 'central_agency', 'other')),
  parent_id uuid REFERENCES org_units (id),
  contact jsonb NOT NULL DEFAULT '{}',
  -- W6: a unit may count its deadlines on its own calendar; NULL = the tenant's.
  calendar_code text,
  is_active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, code),
  UNIQUE (tenant_id, id)
);
CREATE INDEX org_units_parent_idx ON org_units (tenant_id, parent_id);
CREATE TRIGGER org_units_touch BEFORE UPDATE ON org_units FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

CREATE TABLE areas (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  code text NOT NULL,
  name text NOT NULL,
  level text NOT NULL CHECK (level IN ('province', 'ward', 'commune', 'special_zone', 'other')),
  parent_id uuid REFERENCES areas (id),
  boundary jsonb,
  source text,
  is_active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, code),
  UNIQUE (tenant_id, id)
);
CREATE INDEX areas_parent_idx ON areas (tenant_id, parent_id);
CREATE INDEX areas_name_trgm_idx ON areas USING gin (vn_fold(name) gin_trgm_ops);
CREATE TRIGGER areas_touch BEFORE UPDATE ON areas FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

CREATE TABLE fields (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  code text NOT NULL,
  name text NOT NULL,
  name_en text,
  default_agency_id uuid,
  fast_track text CHECK (fast_track IN ('urban_infrastructure', 'emergency')),
  icon text,
  sort_order integer NOT NULL DEFAULT 0,
  is_active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, code),
  UNIQUE (tenant_id, id),
  FOREIGN KEY (tenant_id, default_agency_id) REFERENCES org_units (tenant_id, id)
);
CREATE TRIGGER fields_touch BEFORE UPDATE ON fields FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
