import { ROLE_LABELS, isRole } from '@paht/domain';
import type { Role } from '@paht/domain';
import type { Language } from '../i18n/messages';
import { array, string } from './decode';
import type { Decoder } from './decode';

export type { Role };

/** A role's label from the domain catalogue, shared with the server (letters, exports). */
export function roleLabel(role: Role, language: Language): string {
  return ROLE_LABELS[role][language];
}

/**
 * Who may open the administration page: administrators only. The server's permission table
 * has the last word on every call the page makes (`packages/server/src/infra/http/permissions.ts`).
 */
export const ADMINISTRATION_ROLES: readonly Role[] = ['admin'];

/** Who may read a reporter's identity (`reports.personal_data`; every read is audited). */
export const PERSONAL_DATA_ROLES: readonly Role[] = [
  'operator',
  'supervisor',
  'specialist',
  'leader',
];

/** Who works from the inbox (`GET /api/inbox`): the roles that take reports through their life. */
export const INBOX_ROLES: readonly Role[] = ['operator', 'specialist', 'leader', 'supervisor'];

export function hasAnyRole(roles: readonly Role[], wanted: readonly Role[]): boolean {
  return roles.some((role) => wanted.includes(role));
}

/** Roles this client does not know yet (a newer server) are left out rather than failing. */
export const roleList: Decoder<Role[]> = (value, path) => array(string)(value, path).filter(isRole);
