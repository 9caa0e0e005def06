import type { MessageKey } from '../../i18n/messages';
import { ADMINISTRATION_ROLES } from '../../lib/roles';
import type { Role } from '../../lib/roles';
import { paths } from '../../lib/paths';

export type StaffSection = {
  id: string;
  title: MessageKey;
  description: MessageKey;
  roles: readonly Role[];
  /** The screen's path, once it exists; until then the section is listed without a link. */
  path: ((tenantCode: string) => string) | null;
};

/**
 * The parts of the staff console and who works in each (DOMAIN.md lifecycle: operators take
 * reports in, specialists handle, leaders approve, supervisors follow). The server's permission
 * table decides what each role may actually do; this only says where to go.
 */
export const STAFF_SECTIONS: readonly StaffSection[] = [
  {
    id: 'intake',
    title: 'section.intake.title',
    description: 'section.intake.description',
    roles: ['operator'],
    path: paths.inbox,
  },
  {
    id: 'handling',
    title: 'section.handling.title',
    description: 'section.handling.description',
    roles: ['specialist'],
    path: paths.inbox,
  },
  {
    id: 'approval',
    title: 'section.approval.title',
    description: 'section.approval.description',
    roles: ['leader'],
    path: paths.inbox,
  },
  {
    id: 'supervision',
    title: 'section.supervision.title',
    description: 'section.supervision.description',
    roles: ['supervisor', 'leader'],
    path: null,
  },
  {
    id: 'administration',
    title: 'section.administration.title',
    description: 'section.administration.description',
    roles: ADMINISTRATION_ROLES,
    path: paths.administration,
  },
];

export function sectionsFor(roles: readonly Role[]): StaffSection[] {
  return STAFF_SECTIONS.filter((section) => section.roles.some((role) => roles.includes(role)));
}
