/**
 * Kysely table types. They mirror the SQL migrations by hand; `schema.test.ts` compares them
 * with the migrated database's information_schema so they cannot drift.
 */
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, T | string, T | string>;
/** A JSON column with a database default. */
type JsonWithDefault<T> = ColumnType<T, T | string | undefined, T | string>;

export type ContactInfo = { phone?: string; email?: string; address?: string; website?: string };
export type OfficeInterval = { start: string; end: string };

export type TenantTable = {
  id: Generated<string>;
  code: string;
  name: string;
  profile_id: string;
  hosts: Generated<string[]>;
  time_zone: Generated<string>;
  province_code: string | null;
  settings: JsonWithDefault<Record<string, unknown>>;
  is_active: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
};

export type OrgUnitKind =
  | 'intake_center'
  | 'provincial_committee'
  | 'department'
  | 'commune'
  | 'utility'
  | 'central_agency'
  | 'other';

export type OrgUnitTable = {
  id: Generated<string>;
  tenant_id: string;
  code: string;
  name: string;
  short_name: string | null;
  kind: OrgUnitKind;
  parent_id: string | null;
  contact: JsonWithDefault<ContactInfo>;
  calendar_code: string | null;
  is_active: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
};

export type AreaLevel = 'province' | 'ward' | 'commune' | 'special_zone' | 'other';

export type AreaTable = {
  id: Generated<string>;
  tenant_id: string;
  code: string;
  name: string;
  level: AreaLevel;
  parent_id: string | null;
  boundary: Json<unknown> | null;
  source: string | null;
  is_active: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
};

export type FastTrack = 'urban_infrastructure' | 'emergency';

export type FieldTable = {
  id: Generated<string>;
  tenant_id: string;
  code: string;
  name: string;
  name_en: string | null;
  default_agency_id: string | null;
  fast_track: FastTrack | null;
  icon: string | null;
  sort_order: Generated<number>;
  is_active: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
};

export type Role = 'operator' | 'specialist' | 'leader' | 'supervisor' | 'admin';

export type UserTable = {
  id: Generated<string>;
  tenant_id: string;
  org_unit_id: string | null;
  username: string;
  display_name: string;
  email: string | null;
  phone: string | null;
  roles: Role[];
  password_hash: string;
  is_active: Generated<boolean>;
  failed_sign_ins: Generated<number>;
  locked_until: Timestamp | null;
  last_sign_in_at: Timestamp | null;
  password_changed_at: ColumnType<Date, Date | string | undefined, Date | string>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
};

export type SessionTable = {
  id: string;
  tenant_id: string;
  user_id: string;
  csrf_token: string;
  ip: string | null;
  user_agent: string | null;
  created_at: CreatedAt;
  last_seen_at: ColumnType<Date, Date | string | undefined, Date | string>;
  expires_at: Timestamp;
};

export type ApiKeyTable = {
  id: Generated<string>;
  tenant_id: string;
  name: string;
  prefix: string;
  key_hash: string;
  scopes: Generated<string[]>;
  org_unit_id: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
};

export type SignInAttemptTable = {
  id: Generated<number>;
  tenant_id: string;
  username: string;
  ip: string | null;
  succeeded: boolean;
  created_at: CreatedAt;
};

export type CalendarDayKind =
  'holiday' | 'make_up_off' | 'swap_off' | 'swap_workday' | 'ad_hoc_off';

export type CalendarDayTable = {
  id: Generated<string>;
  tenant_id: string;
  calendar_code: Generated<string>;
  /** 'YYYY-MM-DD' */
  date: ColumnType<string, string, string>;
  kind: CalendarDayKind;
  name: string;
  status: Generated<'provisional' | 'confirmed'>;
  legal_basis: string | null;
  occasion: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
};

export type OfficeScheduleTable = {
  id: Generated<string>;
  tenant_id: string;
  calendar_code: Generated<string>;
  name: string;
  valid_from: ColumnType<string, string, string>;
  valid_to: ColumnType<string | null, string | null | undefined, string | null>;
  season_from: string | null;
  season_to: string | null;
  weekdays: Generated<number[]>;
  intervals: Json<OfficeInterval[]>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
};

export type ReportTable = {
  id: Generated<string>;
  tenant_id: string;
  tracking_code: string;
  channel: string;
  reporter_name: string | null;
  reporter_phone: string | null;
  reporter_email: string | null;
  reporter_address: string | null;
  reporter_citizen_id: string | null;
  reporter_language: Generated<'vi' | 'en'>;
  consent_public_identity: Generated<boolean>;
  consent_data_processing: Generated<boolean>;
  hide_identity: Generated<boolean>;
  kind: Generated<string>;
  title: string;
  content_original: string;
  content: string;
  latitude: number | null;
  longitude: number | null;
  address: string | null;
  area_id: string | null;
  incident_at: Timestamp | null;
  received_at: Timestamp;
  field_id: string | null;
  priority: Generated<'normal' | 'urgent' | 'emergency'>;
  is_confidential: Generated<boolean>;
  is_state_secret: Generated<boolean>;
  state: string;
  lead_agency_id: string | null;
  due_at: Timestamp | null;
  is_overdue: Generated<boolean>;
  duplicate_of_id: string | null;
  answer: string | null;
  answered_at: Timestamp | null;
  published_at: Timestamp | null;
  rating: string | null;
  rated_at: Timestamp | null;
  idempotency_key: string | null;
  version: Generated<number>;
  created_by: string | null;
  last_event_seq: Generated<number>;
  last_event_hash: string | null;
  /** The lifecycle engine's snapshot (features/reports/snapshot-codec.ts). */
  engine: Json<Record<string, unknown>> | null;
  intake_center_id: string | null;
  track: Generated<string>;
  publication: 'public' | 'private' | 'withheld' | null;
  reporter_phone_key: string | null;
  idempotency_fingerprint: string | null;
  is_incident: Generated<boolean>;
  edited_by: string | null;
  edited_at: Timestamp | null;
  rating_changeable_until: Timestamp | null;
  /** Folded words of title and content (migration 0013), computed by the database. */
  search_words: ColumnType<string, never, never>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
};

export type ReportAssignmentTable = {
  id: Generated<string>;
  tenant_id: string;
  report_id: string;
  agency_id: string;
  role: 'lead' | 'coordinating';
  state: string;
  assigned_by: string | null;
  assigned_at: Timestamp;
  accepted_at: Timestamp | null;
  completed_at: Timestamp | null;
  due_at: Timestamp | null;
  extended_due_at: Timestamp | null;
  return_reason: string | null;
  suggested_agency_id: string | null;
  result: string | null;
  version: Generated<number>;
  engine_id: string | null;
  answer: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
};

export type ReportDeadlineTable = {
  id: Generated<string>;
  tenant_id: string;
  report_id: string;
  assignment_id: string | null;
  step: string;
  org_unit_id: string | null;
  started_at: Timestamp;
  due_at: Timestamp;
  remind_at: Timestamp | null;
  reminded_at: Timestamp | null;
  overdue_at: Timestamp | null;
  completed_at: Timestamp | null;
  engine_id: string | null;
  sweep: Generated<boolean>;
  article: string | null;
  outcome: 'met' | 'late' | 'cancelled' | null;
  extended: Generated<boolean>;
  created_at: CreatedAt;
};

export type ReportSubscriptionTable = {
  id: Generated<string>;
  tenant_id: string;
  report_id: string;
  source_report_id: string;
  created_at: CreatedAt;
};

export type ReportEventTable = {
  id: Generated<number>;
  tenant_id: string;
  report_id: string;
  seq: number;
  type: string;
  actor_kind: 'reporter' | 'staff' | 'system' | 'integration';
  actor_user_id: string | null;
  actor_role: string | null;
  actor_agency_id: string | null;
  from_state: string | null;
  to_state: string | null;
  reason: string | null;
  payload: JsonWithDefault<Record<string, unknown>>;
  is_public: Generated<boolean>;
  occurred_at: Timestamp;
  prev_hash: string | null;
  hash: string;
};

export type AttachmentTable = {
  id: Generated<string>;
  tenant_id: string;
  report_id: string;
  kind: 'photo' | 'video' | 'audio' | 'document' | 'call_recording';
  content_type: string;
  byte_size: number;
  sha256: string;
  storage_key: string;
  thumbnail_key: string | null;
  original_name: string | null;
  width: number | null;
  height: number | null;
  is_public: Generated<boolean>;
  uploaded_by_kind: 'reporter' | 'staff' | 'integration';
  uploaded_by: string | null;
  created_at: CreatedAt;
  /** From the photo's EXIF before it was stripped (migration 0012); staff only. */
  captured_at: Timestamp | null;
  captured_latitude: number | null;
  captured_longitude: number | null;
};

export type OutboxJobTable = {
  id: Generated<string>;
  tenant_id: string | null;
  kind: 'email' | 'sms';
  payload: Json<Record<string, unknown>>;
  dedupe_key: string | null;
  run_at: ColumnType<Date, Date | string | undefined, Date | string>;
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  locked_until: Timestamp | null;
  last_error: string | null;
  done_at: Timestamp | null;
  failed_at: Timestamp | null;
  created_at: CreatedAt;
};

export type AuditLogTable = {
  id: Generated<number>;
  tenant_id: string;
  actor_kind: string;
  actor_user_id: string | null;
  actor_api_key_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  details: JsonWithDefault<Record<string, unknown>>;
  ip: string | null;
  occurred_at: ColumnType<Date, Date | string | undefined, never>;
};

export type DB = {
  tenants: TenantTable;
  org_units: OrgUnitTable;
  areas: AreaTable;
  fields: FieldTable;
  users: UserTable;
  sessions: SessionTable;
  api_keys: ApiKeyTable;
  sign_in_attempts: SignInAttemptTable;
  calendar_days: CalendarDayTable;
  office_schedules: OfficeScheduleTable;
  reports: ReportTable;
  report_assignments: ReportAssignmentTable;
  report_deadlines: ReportDeadlineTable;
  report_events: ReportEventTable;
  report_subscriptions: ReportSubscriptionTable;
  attachments: AttachmentTable;
  outbox_jobs: OutboxJobTable;
  audit_log: AuditLogTable;
};

export type Tenant = Selectable<TenantTable>;
export type OrgUnit = Selectable<OrgUnitTable>;
export type Area = Selectable<AreaTable>;
export type Field = Selectable<FieldTable>;
export type User = Selectable<UserTable>;
export type NewUser = Insertable<UserTable>;
export type UserUpdate = Updateable<UserTable>;
export type CalendarDay = Selectable<CalendarDayTable>;
export type OfficeSchedule = Selectable<OfficeScheduleTable>;
export type Report = Selectable<ReportTable>;
export type ReportAssignment = Selectable<ReportAssignmentTable>;
export type ReportDeadline = Selectable<ReportDeadlineTable>;
export type ReportEvent = Selectable<ReportEventTable>;
