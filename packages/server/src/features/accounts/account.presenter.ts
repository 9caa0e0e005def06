import type { UserRow } from './user.queries';

/** What leaves the server about a staff account: never the password hash or lockout counters. */
export function presentUser(row: UserRow) {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    email: row.email,
    phone: row.phone,
    roles: row.roles,
    orgUnitId: row.org_unit_id,
    orgUnitName: row.org_unit_name,
    isActive: row.is_active,
    isLocked: row.locked_until !== null && row.locked_until > new Date(),
    lastSignInAt: row.last_sign_in_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export function presentSession(
  row: UserRow,
  session: { csrfToken: string; expiresAt: Date | null },
) {
  return {
    user: {
      id: row.id,
      username: row.username,
      displayName: row.display_name,
      roles: row.roles,
      orgUnit:
        row.org_unit_id && row.org_unit_name && row.org_unit_kind
          ? { id: row.org_unit_id, name: row.org_unit_name, kind: row.org_unit_kind }
          : null,
    },
    csrfToken: session.csrfToken,
    expiresAt: session.expiresAt?.toISOString() ?? null,
  };
}
