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
  publicReport: (tenantCode: string, trackingCode: string) =>
    ['tenant', tenantCode, 'public-report', trackingCode] as const,
  /** The reporter's own view; the phone is part of the key, never stored beyond memory. */
  privateReport: (tenantCode: string, trackingCode: string, phone: string) =>
    ['tenant', tenantCode, 'private-report', trackingCode, phone] as const,
  report: (tenantCode: string, reportId: string) =>
    ['tenant', tenantCode, 'report', reportId] as const,
  reportEvents: (tenantCode: string, reportId: string) =>
    ['tenant', tenantCode, 'report', reportId, 'events'] as const,
  duplicateCandidates: (tenantCode: string, reportId: string) =>
    ['tenant', tenantCode, 'report', reportId, 'duplicate-candidates'] as const,
  inbox: (tenantCode: string, filters: Record<string, string | boolean>) =>
    ['tenant', tenantCode, 'inbox', filters] as const,
};
