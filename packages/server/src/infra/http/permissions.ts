import type { Role } from '@paht/domain';

/**
 * The permission table: which role may do what, and over which resources. `tenant` grants every
 * resource of the actor's tenant; `own_unit` only those of the actor's own organisation unit
 * (agency roles, HOUSE_STYLE "Layering" 5). Integration API keys hold explicit scopes, each of
 * which must be marked `apiKey: true` here. `authorize` (authorize.ts) is the one function that
 * reads this table; the table test checks every route against it.
 */
export type Grant = 'tenant' | 'own_unit';

export type PermissionRule = {
  roles: Partial<Record<Role, Grant>>;
  apiKey?: boolean;
  description: string;
};

const ALL_STAFF: Partial<Record<Role, Grant>> = {
  operator: 'tenant',
  specialist: 'tenant',
  leader: 'tenant',
  supervisor: 'tenant',
  admin: 'tenant',
};
const ADMIN_ONLY: Partial<Record<Role, Grant>> = { admin: 'tenant' };

export const PERMISSIONS = {
  'account.self': {
    roles: ALL_STAFF,
    description: 'read one’s own session, change one’s own password, sign out',
  },
  'tenant.manage': { roles: ADMIN_ONLY, description: 'edit the tenant’s settings' },
  'org_units.read': {
    roles: ALL_STAFF,
    apiKey: true,
    description: 'read the organisation tree (staff route reports to it)',
  },
  'org_units.manage': { roles: ADMIN_ONLY, description: 'create and edit organisation units' },
  'users.read': {
    roles: { admin: 'tenant', supervisor: 'tenant', leader: 'own_unit' },
    description: 'read staff accounts (leaders: of their own agency)',
  },
  'users.manage': {
    roles: ADMIN_ONLY,
    description: 'create, edit, deactivate accounts; reset passwords',
  },
  'fields.read': { roles: ALL_STAFF, apiKey: true, description: 'read fields (lĩnh vực)' },
  'fields.manage': { roles: ADMIN_ONLY, description: 'create and edit fields' },
  'areas.read': { roles: ALL_STAFF, apiKey: true, description: 'read administrative areas' },
  'areas.manage': { roles: ADMIN_ONLY, description: 'create and edit administrative areas' },
  'calendar.read': {
    roles: ALL_STAFF,
    apiKey: true,
    description: 'read the working-time calendar',
  },
  'calendar.manage': {
    roles: ADMIN_ONLY,
    description: 'confirm, move, add or remove calendar days; edit office hours',
  },
  'api_keys.manage': { roles: ADMIN_ONLY, description: 'issue and revoke integration API keys' },
} as const satisfies Record<string, PermissionRule>;

export type Permission = keyof typeof PERMISSIONS;

export const API_KEY_SCOPES = (Object.keys(PERMISSIONS) as Permission[]).filter(
  (permission) => (PERMISSIONS[permission] as PermissionRule).apiKey === true,
);

export function isPermission(value: string): value is Permission {
  return value in PERMISSIONS;
}
