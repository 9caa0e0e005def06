import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { DB, Tenant } from '../../infra/db/schema';

export async function findActiveTenants(db: Kysely<DB>): Promise<Tenant[]> {
  return db
    .selectFrom('tenants')
    .selectAll()
    .where('is_active', '=', true)
    .orderBy('name')
    .execute();
}

export async function findTenantByCode(db: Kysely<DB>, code: string): Promise<Tenant | undefined> {
  return db
    .selectFrom('tenants')
    .selectAll()
    .where('code', '=', code)
    .where('is_active', '=', true)
    .executeTakeFirst();
}

export async function findTenantByHost(db: Kysely<DB>, host: string): Promise<Tenant | undefined> {
  return db
    .selectFrom('tenants')
    .selectAll()
    .where(sql<boolean>`hosts @> ARRAY[${host}]::text[]`)
    .where('is_active', '=', true)
    .executeTakeFirst();
}
