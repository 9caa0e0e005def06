import { AppError } from './app-error';
import type { Actor, StaffActor } from './actor';
import { PERMISSIONS } from './permissions';
import type { Grant, Permission, PermissionRule } from './permissions';

/** The resource an action touches; omitted for tenant-wide checks (lists are scoped instead). */
export type Target = { tenantId: string; orgUnitId?: string | null };

/** What a list query must be limited to: the tenant, and the unit when the grant is own-unit. */
export type Scope = { tenantId: string; orgUnitId?: string };

function grantOf(actor: StaffActor, permission: Permission): Grant | null {
  const rule: PermissionRule = PERMISSIONS[permission];
  if (actor.kind === 'api_key') {
    return rule.apiKey === true && actor.scopes.includes(permission) ? 'tenant' : null;
  }
  let best: Grant | null = null;
  for (const role of actor.roles) {
    const grant = rule.roles[role];
    if (grant === 'tenant') {
      return 'tenant';
    }
    if (grant === 'own_unit') {
      best = 'own_unit';
    }
  }
  return best;
}

/**
 * The one authorisation decision of the server. Anonymous → 401; a role without the permission →
 * 403; a resource of another tenant, or of another unit under an own-unit grant → 404, exactly as
 * if it did not exist (what you may not see looks absent).
 */
export function authorize(actor: Actor, permission: Permission, target?: Target): StaffActor {
  if (actor.kind === 'anonymous') {
    throw new AppError('UNAUTHENTICATED', `sign-in required for ${permission}`);
  }
  const grant = grantOf(actor, permission);
  if (!grant) {
    throw new AppError('FORBIDDEN', `${actor.kind} lacks ${permission}`);
  }
  if (target) {
    if (target.tenantId !== actor.tenantId) {
      throw new AppError('NOT_FOUND', 'resource of another tenant');
    }
    if (grant === 'own_unit' && (target.orgUnitId ?? null) !== actor.orgUnitId) {
      throw new AppError('NOT_FOUND', 'resource of another unit');
    }
  }
  return actor;
}

/** `authorize` for a list: returns the where-clause scope the query must apply. */
export function authorizeList(actor: Actor, permission: Permission): Scope {
  const staff = authorize(actor, permission);
  if (grantOf(staff, permission) === 'tenant') {
    return { tenantId: staff.tenantId };
  }
  if (!staff.orgUnitId) {
    throw new AppError(
      'FORBIDDEN',
      `${permission} is limited to an own unit, and the actor has none`,
    );
  }
  return { tenantId: staff.tenantId, orgUnitId: staff.orgUnitId };
}
