export * from './text';
export { VALIDATION_MESSAGES } from './schemas/messages';
export type { LocalisedMessage } from './schemas/messages';
export type { FieldRequirement, ReporterRequirements } from './schemas/reporter-requirements';
export { AGENCY_SCOPED_ROLES, ROLE_LABELS, ROLES, isRole } from './roles';
export type { Role } from './roles';
export * from './calendar';
