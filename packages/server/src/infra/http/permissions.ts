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
  'reports.enter': {
    roles: { operator: 'tenant' },
    apiKey: true,
    description:
      'enter a report received by hotline, e-mail, walk-in or letter (operators of an intake center; integrations such as the national portal)',
  },
  'reports.read': {
    roles: {
      operator: 'tenant',
      supervisor: 'tenant',
      admin: 'tenant',
      specialist: 'own_unit',
      leader: 'own_unit',
    },
    apiKey: true,
    description:
      'read reports, their timeline and deadlines (agency roles: reports their agency is or was assigned)',
  },
  'reports.act': {
    roles: {
      operator: 'tenant',
      supervisor: 'tenant',
      specialist: 'own_unit',
      leader: 'own_unit',
    },
    description:
      'take a lifecycle action; the lifecycle engine decides which role of which unit may take which action in which state',
  },
  'reports.personal_data': {
    roles: { operator: 'tenant', supervisor: 'tenant', specialist: 'own_unit', leader: 'own_unit' },
    description: 'read the reporter’s identity and contact (every read is audited)',
  },
  'reports.export': {
    roles: { supervisor: 'tenant', admin: 'tenant' },
    description: 'export reports (every export is audited)',
  },
  'audit.read': {
    roles: { admin: 'tenant', supervisor: 'tenant' },
    description: 'read the audit log and verify the event log’s hash chain',
  },
} as const satisfies Record<string, PermissionRule>;

export type Permission = keyof typeof PERMISSIONS;

export const API_KEY_SCOPES = (Object.keys(PERMISSIONS) as Permission[]).filter(
  (permission) => (PERMISSIONS[permission] as PermissionRule).apiKey === true,
);

export function isPermission(value: string): value is Permission {
  return value in PERMISSIONS;
}
