import type { Kysely } from 'kysely';
import type { DB } from '../../infra/db/schema';

/** Helpers shared by the demo loader's test files. */

export const TENANTS = [
  { code: 'khanh-hoa', name: 'Tỉnh Khánh Hòa', profileId: 'khanh-hoa-2022', province: '56' },
  { code: 'quang-ngai', name: 'Tỉnh Quảng Ngãi', profileId: 'kon-tum-dvcqg', province: '51' },
  { code: 'can-tho', name: 'Thành phố Cần Thơ', profileId: 'soc-trang-2024', province: '92' },
  { code: 'phu-tho', name: 'Tỉnh Phú Thọ', profileId: 'hoa-binh-1022', province: '25' },
  { code: 'vinh-long', name: 'Tỉnh Vĩnh Long', profileId: 'vinh-long-2020', province: '86' },
];

export async function tenantId(db: Kysely<DB>, code: string): Promise<string> {
  const row = await db
    .selectFrom('tenants')
    .select('id')
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function units(db: Kysely<DB>, code: string) {
  return db
    .selectFrom('org_units')
    .selectAll()
    .where('tenant_id', '=', await tenantId(db, code))
    .execute();
}

export async function usersWithUnits(db: Kysely<DB>, code: string) {
  return db
    .selectFrom('users')
    .leftJoin('org_units', 'org_units.id', 'users.org_unit_id')
    .select(['users.username', 'users.roles', 'users.password_hash', 'org_units.code as unit'])
    .where('users.tenant_id', '=', await tenantId(db, code))
    .execute();
}

const COUNTED_TABLES = [
  'tenants',
  'org_units',
  'areas',
  'fields',
  'users',
  'office_schedules',
  'calendar_days',
] as const;
export type CountedTable = (typeof COUNTED_TABLES)[number];

/** Row counts of every table the loader writes (and of calendar_days, which it must not). */
export async function rowCounts(db: Kysely<DB>): Promise<Record<CountedTable, number>> {
  const counts: Record<CountedTable, number> = {
    tenants: 0,
    org_units: 0,
    areas: 0,
    fields: 0,
    users: 0,
    office_schedules: 0,
    calendar_days: 0,
  };
  for (const table of COUNTED_TABLES) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}
