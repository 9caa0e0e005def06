import type { Kysely } from 'kysely';
import type { DB, OrgUnit } from '../../infra/db/schema';

export async function findOrgUnits(
  db: Kysely<DB>,
  tenantId: string,
  filter: { kind?: string | undefined; includeInactive?: boolean | undefined },
): Promise<OrgUnit[]> {
  let query = db.selectFrom('org_units').selectAll().where('tenant_id', '=', tenantId);
  if (filter.kind) {
    query = query.where('kind', '=', filter.kind as OrgUnit['kind']);
  }
  if (!filter.includeInactive) {
    query = query.where('is_active', '=', true);
  }
  return query.orderBy('kind').orderBy('name').execute();
}

export async function getOrgUnit(
  db: Kysely<DB>,
  tenantId: string,
  id: string,
): Promise<OrgUnit | undefined> {
  return db
    .selectFrom('org_units')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The chain of ancestors of a unit (itself first), to refuse cycles. */
export async function findAncestorIds(
  db: Kysely<DB>,
  tenantId: string,
  id: string,
): Promise<string[]> {
  const ids: string[] = [];
  let current: string | null = id;
  while (current && ids.length < 50 && !ids.includes(current)) {
    ids.push(current);
    const row: { parent_id: string | null } | undefined = await db
      .selectFrom('org_units')
      .select('parent_id')
      .where('tenant_id', '=', tenantId)
      .where('id', '=', current)
      .executeTakeFirst();
    current = row?.parent_id ?? null;
  }
  return ids;
}
