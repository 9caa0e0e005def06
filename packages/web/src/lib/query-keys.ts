/**
 * Query keys. Everything a tenant's staff may see sits under `['tenant', code, …]`, so signing
 * out drops one tenant's cached data in one call and leaves other tenants alone.
 */
export const queryKeys = {
  tenants: () => ['tenants'] as const,
  tenantRoot: (tenantCode: string) => ['tenant', tenantCode] as const,
  tenant: (tenantCode: string) => ['tenant', tenantCode, 'info'] as const,
  session: (tenantCode: string) => ['tenant', tenantCode, 'session'] as const,
  /** Set when the user signed out here, so the sign-in page can confirm it. */
  signedOut: (tenantCode: string) => ['tenant', tenantCode, 'signed-out'] as const,
  orgUnits: (tenantCode: string) => ['tenant', tenantCode, 'org-units'] as const,
  users: (tenantCode: string) => ['tenant', tenantCode, 'users'] as const,
  fields: (tenantCode: string) => ['tenant', tenantCode, 'fields'] as const,
};
