/** Permission-table rows of the audit routes (see testing/permission-rows.ts). */
import type { Endpoint } from '../../testing/permission-rows';

const AUDITORS = { admin: 200, supervisor: 200, anonymous: 401, others: 403 };

export const rows: Endpoint[] = [
  {
    route: 'GET /api/audit-log',
    variant: 'tenant',
    build: async () => ({ url: '/t/tinh-mot/api/audit-log?limit=5' }),
    expect: AUDITORS,
  },
  {
    route: 'GET /api/reports/export',
    variant: 'without personal data',
    build: async () => ({ url: '/t/tinh-mot/api/reports/export?from=2026-01-01' }),
    expect: AUDITORS,
  },
  {
    route: 'GET /api/reports/export',
    variant: 'with personal data (needs the personal-data permission too)',
    build: async () => ({ url: '/t/tinh-mot/api/reports/export?includePersonalData=true' }),
    expect: { supervisor: 200, anonymous: 401, others: 403 },
  },
  {
    route: 'GET /api/event-log/verify',
    variant: 'tenant',
    build: async () => ({ url: '/t/tinh-mot/api/event-log/verify' }),
    expect: AUDITORS,
  },
  {
    route: 'GET /api/event-log/verify',
    variant: 'one report of the tenant',
    build: async (c) => ({
      url: `/t/tinh-mot/api/event-log/verify?reportId=${c.reports.assignedA.id}`,
    }),
    expect: AUDITORS,
  },
  {
    route: 'GET /api/event-log/verify',
    variant: 'report of another tenant',
    build: async (c) => ({
      url: `/t/tinh-mot/api/event-log/verify?reportId=${c.reports.otherTenant.id}`,
    }),
    expect: { admin: 404, supervisor: 404, anonymous: 401, others: 403 },
  },
];
