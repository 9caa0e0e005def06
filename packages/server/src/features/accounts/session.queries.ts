import type { Kysely } from 'kysely';
import type { DB } from '../../infra/db/schema';

export async function findSessionActor(
  db: Kysely<DB>,
  sessionId: string,
  tenantId: string,
  now: Date,
) {
  return db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .leftJoin('org_units as o', 'o.id', 'u.org_unit_id')
    .select([
      's.id as sessionId',
      's.csrf_token as csrfToken',
      's.expires_at as expiresAt',
      's.last_seen_at as lastSeenAt',
      'u.id as userId',
      'u.tenant_id as tenantId',
      'u.username',
      'u.display_name as displayName',
      'u.roles',
      'u.org_unit_id as orgUnitId',
      'o.kind as orgUnitKind',
    ])
    .where('s.id', '=', sessionId)
    .where('s.tenant_id', '=', tenantId)
    .where('s.expires_at', '>', now)
    .where('u.is_active', '=', true)
    .executeTakeFirst();
}

export async function touchSession(db: Kysely<DB>, sessionId: string, now: Date): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', sessionId).execute();
}

export async function insertSession(
  db: Kysely<DB>,
  session: {
    id: string;
    tenantId: string;
    userId: string;
    csrfToken: string;
    ip: string | null;
    userAgent: string | null;
    expiresAt: Date;
  },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id: session.id,
      tenant_id: session.tenantId,
      user_id: session.userId,
      csrf_token: session.csrfToken,
      ip: session.ip,
      user_agent: session.userAgent,
      expires_at: session.expiresAt,
    })
    .execute();
}

export async function deleteSession(db: Kysely<DB>, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

/** After a password change every other session of the user ends. */
export async function deleteOtherSessions(
  db: Kysely<DB>,
  userId: string,
  keepSessionId: string | null,
) {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (keepSessionId) {
    query = query.where('id', '!=', keepSessionId);
  }
  await query.execute();
}

export async function findApiKeyByPrefix(db: Kysely<DB>, prefix: string) {
  return db
    .selectFrom('api_keys')
    .selectAll()
    .where('prefix', '=', prefix)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

export async function touchApiKey(db: Kysely<DB>, id: string, now: Date): Promise<void> {
  await db.updateTable('api_keys').set({ last_used_at: now }).where('id', '=', id).execute();
}
