import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { DB, NewUser, UserUpdate } from '../../infra/db/schema';

const USER_COLUMNS = [
  'u.id',
  'u.tenant_id',
  'u.org_unit_id',
  'u.username',
  'u.display_name',
  'u.email',
  'u.phone',
  'u.roles',
  'u.is_active',
  'u.last_sign_in_at',
  'u.locked_until',
  'u.created_at',
  'u.updated_at',
] as const;

export async function findUserForSignIn(db: Kysely<DB>, tenantId: string, username: string) {
  return db
    .selectFrom('users')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('username', '=', username)
    .executeTakeFirst();
}

export async function getUserWithUnit(db: Kysely<DB>, tenantId: string, userId: string) {
  return db
    .selectFrom('users as u')
    .leftJoin('org_units as o', 'o.id', 'u.org_unit_id')
    .select([...USER_COLUMNS, 'o.name as org_unit_name', 'o.kind as org_unit_kind'])
    .where('u.tenant_id', '=', tenantId)
    .where('u.id', '=', userId)
    .executeTakeFirst();
}

export type UserRow = NonNullable<Awaited<ReturnType<typeof getUserWithUnit>>>;

export async function findUsers(
  db: Kysely<DB>,
  scope: { tenantId: string; orgUnitId?: string },
  filter: { orgUnitId?: string | undefined; role?: string | undefined; q?: string | undefined },
) {
  let query = db
    .selectFrom('users as u')
    .leftJoin('org_units as o', 'o.id', 'u.org_unit_id')
    .select([...USER_COLUMNS, 'o.name as org_unit_name', 'o.kind as org_unit_kind'])
    .where('u.tenant_id', '=', scope.tenantId);
  if (scope.orgUnitId) {
    query = query.where('u.org_unit_id', '=', scope.orgUnitId);
  }
  if (filter.orgUnitId) {
    query = query.where('u.org_unit_id', '=', filter.orgUnitId);
  }
  if (filter.role) {
    query = query.where(sql<boolean>`u.roles @> ARRAY[${filter.role}]::text[]`);
  }
  if (filter.q) {
    const like = `%${filter.q.toLowerCase()}%`;
    query = query.where((eb) =>
      eb.or([
        eb('u.username', 'like', like),
        eb(eb.fn('vn_fold', ['u.display_name']), 'like', like),
      ]),
    );
  }
  return query.orderBy('u.username').limit(1000).execute();
}

export async function insertUser(db: Kysely<DB>, user: NewUser): Promise<string> {
  const row = await db.insertInto('users').values(user).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateUser(
  db: Kysely<DB>,
  tenantId: string,
  userId: string,
  changes: UserUpdate,
) {
  return db
    .updateTable('users')
    .set(changes)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', userId)
    .returning('id')
    .executeTakeFirst();
}

export async function recordSignInAttempt(
  db: Kysely<DB>,
  attempt: { tenantId: string; username: string; ip: string | null; succeeded: boolean },
): Promise<void> {
  await db
    .insertInto('sign_in_attempts')
    .values({
      tenant_id: attempt.tenantId,
      username: attempt.username,
      ip: attempt.ip,
      succeeded: attempt.succeeded,
    })
    .execute();
}

export async function getPasswordHash(db: Kysely<DB>, userId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('users')
    .select('password_hash')
    .where('id', '=', userId)
    .executeTakeFirst();
  return row?.password_hash;
}
