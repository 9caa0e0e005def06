import type { OrgUnit } from '../../infra/db/schema';

export function presentOrgUnit(unit: OrgUnit) {
  const contact: Record<string, string> = {};
  for (const [key, value] of Object.entries(unit.contact ?? {})) {
    if (typeof value === 'string') {
      contact[key] = value;
    }
  }
  return {
    id: unit.id,
    code: unit.code,
    name: unit.name,
    shortName: unit.short_name,
    kind: unit.kind,
    parentId: unit.parent_id,
    contact,
    calendarCode: unit.calendar_code,
    isActive: unit.is_active,
  };
}
