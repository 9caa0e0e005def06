/**
 * The public API of @paht/domain (README.md). The server and the web import only from here.
 */
export * from './text';
export * from './schemas';
export { AGENCY_SCOPED_ROLES, ROLE_LABELS, ROLES, isRole } from './roles';
export type { Role } from './roles';
export * from './calendar';
export * from './profiles';
export * from './lifecycle';
export * from './templates';
