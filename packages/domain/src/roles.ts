/** Staff roles (DOMAIN.md glossary). Agency roles act only for their own organisation unit. */
export const ROLES = ['operator', 'specialist', 'leader', 'supervisor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Roles scoped to the user's own agency (or intake center, for operators). */
export const AGENCY_SCOPED_ROLES: readonly Role[] = ['operator', 'specialist', 'leader'];

export const ROLE_LABELS: Record<Role, { vi: string; en: string }> = {
  operator: { vi: 'Nhân sự tiếp nhận / điện thoại viên', en: 'Intake operator' },
  specialist: { vi: 'Cán bộ chuyên môn', en: 'Specialist' },
  leader: { vi: 'Cán bộ lãnh đạo', en: 'Leader' },
  supervisor: { vi: 'Giám sát', en: 'Supervisor' },
  admin: { vi: 'Quản trị hệ thống', en: 'Administrator' },
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
