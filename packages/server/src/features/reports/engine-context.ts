/**
 * What the lifecycle engine needs from the database for one tenant: its regulation profile with
 * the tenant's overrides and fast-track fields applied, and the working calendar of each unit
 * (W6: a unit with its own `calendar_code` counts on its own office hours and days; every other
 * unit on the tenant's `default` calendar).
 */
import {
  DEFAULT_OFFICE_SCHEDULE,
  applyProfileOverrides,
  buildCalendar,
  getProfile,
  isProfileId,
} from '@paht/domain';
import type {
  CalendarDayData,
  EngineContext,
  OfficeScheduleData,
  RegulationProfile,
  UnitRef,
  WorkingCalendar,
} from '@paht/domain';
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { DB, Tenant } from '../../infra/db/schema';

type CalendarRows = {
  days: Map<string, CalendarDayData[]>;
  schedules: Map<string, OfficeScheduleData[]>;
  unitCalendars: Map<string, string>;
};

type CacheEntry = { stamp: string; rows: CalendarRows; calendars: Map<string, WorkingCalendar> };

/** Built calendars per tenant, rebuilt when a calendar row or a unit's calendar changes. */
const cache = new Map<string, CacheEntry>();

async function calendarStamp(db: Kysely<DB>, tenantId: string): Promise<string> {
  const row = await sql<{ stamp: string }>`
    SELECT concat_ws('|',
      (SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') FROM calendar_days WHERE tenant_id = ${tenantId}),
      (SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') FROM office_schedules WHERE tenant_id = ${tenantId}),
      (SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') FROM org_units WHERE tenant_id = ${tenantId} AND calendar_code IS NOT NULL)
    ) AS stamp`.execute(db);
  return row.rows[0]?.stamp ?? '';
}

async function loadCalendarRows(db: Kysely<DB>, tenantId: string): Promise<CalendarRows> {
  const [dayRows, scheduleRows, unitRows] = await Promise.all([
    db
      .selectFrom('calendar_days')
      .select(['calendar_code', 'date', 'kind', 'name', 'status', 'legal_basis', 'occasion'])
      .where('tenant_id', '=', tenantId)
      .execute(),
    db
      .selectFrom('office_schedules')
      .select(['calendar_code', 'name', 'valid_from', 'valid_to', 'season_from', 'season_to'])
      .select(['weekdays', 'intervals'])
      .where('tenant_id', '=', tenantId)
      .execute(),
    db
      .selectFrom('org_units')
      .select(['id', 'calendar_code'])
      .where('tenant_id', '=', tenantId)
      .where('calendar_code', 'is not', null)
      .execute(),
  ]);
  const days = new Map<string, CalendarDayData[]>();
  for (const row of dayRows) {
    const list = days.get(row.calendar_code) ?? [];
    list.push({
      date: row.date,
      kind: row.kind,
      name: row.name,
      status: row.status,
      legalBasis: row.legal_basis,
      occasion: row.occasion,
    });
    days.set(row.calendar_code, list);
  }
  const schedules = new Map<string, OfficeScheduleData[]>();
  for (const row of scheduleRows) {
    const list = schedules.get(row.calendar_code) ?? [];
    list.push({
      name: row.name,
      validFrom: row.valid_from,
      validTo: row.valid_to,
      seasonFrom: row.season_from,
      seasonTo: row.season_to,
      weekdays: row.weekdays,
      intervals: row.intervals,
    });
    schedules.set(row.calendar_code, list);
  }
  const unitCalendars = new Map<string, string>();
  for (const row of unitRows) {
    if (row.calendar_code) {
      unitCalendars.set(row.id, row.calendar_code);
    }
  }
  return { days, schedules, unitCalendars };
}

function calendarOf(entry: CacheEntry, code: string): WorkingCalendar {
  const built = entry.calendars.get(code);
  if (built) {
    return built;
  }
  const { days, schedules } = entry.rows;
  // A unit's own days replace the tenant's on the same date; its office hours, when it has any,
  // replace the tenant's.
  const own = code === 'default' ? [] : (days.get(code) ?? []);
  const ownDates = new Set(own.map((d) => d.date));
  const inherited = (days.get('default') ?? []).filter((d) => !ownDates.has(d.date));
  const calendar = buildCalendar({
    schedules: schedules.get(code) ?? schedules.get('default') ?? [DEFAULT_OFFICE_SCHEDULE],
    days: [...inherited, ...own],
  });
  entry.calendars.set(code, calendar);
  return calendar;
}

export async function tenantCalendars(
  db: Kysely<DB>,
  tenantId: string,
): Promise<(unit: UnitRef) => WorkingCalendar> {
  const stamp = await calendarStamp(db, tenantId);
  let entry = cache.get(tenantId);
  if (!entry || entry.stamp !== stamp) {
    entry = { stamp, rows: await loadCalendarRows(db, tenantId), calendars: new Map() };
    cache.set(tenantId, entry);
  }
  const current = entry;
  return (unit) => calendarOf(current, current.rows.unitCalendars.get(unit.unitId) ?? 'default');
}

/**
 * The tenant's profile: the regulation's, with `settings.profileOverrides` (validated when saved)
 * and the fast-track fields the tenant marked on its own field tree (fields.fast_track).
 */
export async function tenantProfile(db: Kysely<DB>, tenant: Tenant): Promise<RegulationProfile> {
  if (!isProfileId(tenant.profile_id)) {
    throw new Error(`tenant ${tenant.code} has unknown profile ${tenant.profile_id}`);
  }
  const base = getProfile(tenant.profile_id);
  const fastFields = await db
    .selectFrom('fields')
    .select(['code', 'fast_track'])
    .where('tenant_id', '=', tenant.id)
    .where('fast_track', 'is not', null)
    .execute();
  const fastTrackFields: Record<string, string[]> = {};
  for (const field of fastFields) {
    const track = field.fast_track;
    if (track && base.fastTracks.some((t) => t.id === track)) {
      (fastTrackFields[track] ??= []).push(field.code);
    }
  }
  const settings = tenant.settings as { profileOverrides?: Record<string, unknown> };
  const overrides = { ...(settings.profileOverrides ?? {}) };
  if (Object.keys(fastTrackFields).length > 0) {
    overrides.fastTrackFields = {
      ...(overrides.fastTrackFields as Record<string, string[]> | undefined),
      ...fastTrackFields,
    };
  }
  if (Object.keys(overrides).length === 0) {
    return base;
  }
  const applied = applyProfileOverrides(base, overrides);
  if (!applied.ok) {
    throw new Error(
      `tenant ${tenant.code} has invalid profile overrides: ${applied.errors.map((e) => `${e.path} ${e.code}`).join(', ')}`,
    );
  }
  return applied.profile;
}

export async function engineContext(
  db: Kysely<DB>,
  tenant: Tenant,
  now: Date,
): Promise<EngineContext> {
  const [profile, calendarFor] = await Promise.all([
    tenantProfile(db, tenant),
    tenantCalendars(db, tenant.id),
  ]);
  return { now, profile, calendarFor };
}
