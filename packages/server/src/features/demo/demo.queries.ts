import type { Kysely } from 'kysely';
import type { DB, OfficeInterval } from '../../infra/db/schema';
import type { Province, Ward } from './demo-areas';
import type { DemoAccount, DemoField, DemoUnit } from './demo.types';

/**
 * Insert-if-absent writes of the demo loader. Every insert is `ON CONFLICT DO NOTHING` on the row's
 * natural key (tenant code, unit/field/area code, username), so a second load adds only what is
 * missing and never overwrites what an administrator has edited since.
 */

export type TenantValues = {
  code: string;
  name: string;
  profileId: string;
  provinceCode: string;
  hosts: string[];
};

/** The tenant's id, locked for this transaction so concurrent loads of one tenant queue up. */
export async function insertTenantIfAbsent(
  tx: Kysely<DB>,
  tenant: TenantValues,
): Promise<{ id: string; created: boolean }> {
  const inserted = await tx
    .insertInto('tenants')
    .values({
      code: tenant.code,
      name: tenant.name,
      profile_id: tenant.profileId,
      province_code: tenant.provinceCode,
      hosts: tenant.hosts,
      settings: JSON.stringify({}),
    })
    .onConflict((oc) => oc.column('code').doNothing())
    .returning('id')
    .executeTakeFirst();
  const row = await tx
    .selectFrom('tenants')
    .select('id')
    .where('code', '=', tenant.code)
    .forUpdate()
    .executeTakeFirstOrThrow();
  return { id: row.id, created: inserted !== undefined };
}

/** Inserts the units parents first; returns every unit of the tenant by code. */
export async function insertUnitsIfAbsent(
  tx: Kysely<DB>,
  tenantId: string,
  units: DemoUnit[],
): Promise<Map<string, string>> {
  let ids = await unitIdsByCode(tx, tenantId);
  let pending = units;
  while (pending.length > 0) {
    const known = ids;
    const ready = pending.filter((u) => u.parent === null || known.has(u.parent));
    if (ready.length === 0) {
      throw new Error(`demo units without a parent: ${pending.map((u) => u.code).join(', ')}`);
    }
    await tx
      .insertInto('org_units')
      .values(
        ready.map((u) => ({
          tenant_id: tenantId,
          code: u.code,
          name: u.name,
          short_name: u.shortName,
          kind: u.kind,
          parent_id: u.parent === null ? null : (known.get(u.parent) ?? null),
          contact: JSON.stringify(u.contact),
          calendar_code: null,
        })),
      )
      .onConflict((oc) => oc.columns(['tenant_id', 'code']).doNothing())
      .execute();
    ids = await unitIdsByCode(tx, tenantId);
    pending = pending.filter((u) => !ready.includes(u));
  }
  return ids;
}

async function unitIdsByCode(tx: Kysely<DB>, tenantId: string): Promise<Map<string, string>> {
  const rows = await tx
    .selectFrom('org_units')
    .select(['id', 'code'])
    .where('tenant_id', '=', tenantId)
    .execute();
  return new Map(rows.map((r) => [r.code, r.id]));
}

/** The province and all its communes, wards and special zones, coded as in QĐ 19/2025. */
export async function insertAreasIfAbsent(
  tx: Kysely<DB>,
  tenantId: string,
  province: Province,
  wards: Ward[],
  source: string,
): Promise<void> {
  await tx
    .insertInto('areas')
    .values({
      tenant_id: tenantId,
      code: province.code,
      name: province.fullName,
      level: 'province',
      parent_id: null,
      boundary: null,
      source,
    })
    .onConflict((oc) => oc.columns(['tenant_id', 'code']).doNothing())
    .execute();
  const root = await tx
    .selectFrom('areas')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('code', '=', province.code)
    .executeTakeFirstOrThrow();
  if (wards.length === 0) {
    return;
  }
  await tx
    .insertInto('areas')
    .values(
      wards.map((w) => ({
        tenant_id: tenantId,
        code: w.code,
        name: w.name,
        level: w.level,
        parent_id: root.id,
        boundary: null,
        source,
      })),
    )
    .onConflict((oc) => oc.columns(['tenant_id', 'code']).doNothing())
    .execute();
}

export async function insertFieldsIfAbsent(
  tx: Kysely<DB>,
  tenantId: string,
  fields: DemoField[],
  unitIds: Map<string, string>,
): Promise<void> {
  await tx
    .insertInto('fields')
    .values(
      fields.map((f) => ({
        tenant_id: tenantId,
        code: f.code,
        name: f.name,
        name_en: f.nameEn,
        icon: f.icon,
        sort_order: f.sortOrder,
        default_agency_id: f.agency === null ? null : requireId(unitIds, f.agency),
        fast_track: f.fastTrack,
        is_active: f.isActive,
      })),
    )
    .onConflict((oc) => oc.columns(['tenant_id', 'code']).doNothing())
    .execute();
}

/** The default office hours (DOMAIN.md "Working time"), unless the tenant has a schedule already. */
export async function insertDefaultScheduleIfAbsent(
  tx: Kysely<DB>,
  tenantId: string,
): Promise<void> {
  const existing = await tx
    .selectFrom('office_schedules')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('calendar_code', '=', 'default')
    .executeTakeFirst();
  if (existing) {
    return;
  }
  const intervals: OfficeInterval[] = [
    { start: '07:30', end: '11:30' },
    { start: '13:00', end: '17:00' },
  ];
  await tx
    .insertInto('office_schedules')
    .values({
      tenant_id: tenantId,
      calendar_code: 'default',
      name: 'Giờ hành chính',
      valid_from: '2025-01-01',
      valid_to: null,
      season_from: null,
      season_to: null,
      weekdays: [1, 2, 3, 4, 5],
      intervals: JSON.stringify(intervals),
    })
    .execute();
}

export async function insertUsersIfAbsent(
  tx: Kysely<DB>,
  tenantId: string,
  tenantCode: string,
  accounts: DemoAccount[],
  unitIds: Map<string, string>,
  passwordHash: string,
): Promise<void> {
  await tx
    .insertInto('users')
    .values(
      accounts.map((a) => ({
        tenant_id: tenantId,
        org_unit_id: a.orgUnit === null ? null : requireId(unitIds, a.orgUnit),
        username: a.username,
        display_name: a.displayName,
        email: `${a.username}@${tenantCode}.paht.localhost`,
        phone: null,
        roles: a.roles,
        password_hash: passwordHash,
      })),
    )
    .onConflict((oc) => oc.columns(['tenant_id', 'username']).doNothing())
    .execute();
}

function requireId(ids: Map<string, string>, code: string): string {
  const id = ids.get(code);
  if (id === undefined) {
    throw new Error(`demo data names an unknown unit: ${code}`);
  }
  return id;
}
