/** Permission-table rows of the staff inbox and report list (see testing/permission-rows.ts). */
import type { Endpoint } from '../../testing/permission-rows';
import { STAFF_ONLY_READ } from '../../testing/permission-rows';

export const rows: Endpoint[] = [
  // Every staff role has an inbox (tenant-wide, intake center or agency); the lists are scoped in
  // the query, so an agency role's own-unit grant is enough. API keys need the reports.read scope.
  {
    route: 'GET /api/inbox',
    variant: 'own inbox',
    build: async () => ({ url: '/t/tinh-mot/api/inbox' }),
    expect: STAFF_ONLY_READ,
  },
  {
    route: 'GET /api/inbox',
    variant: 'with filters and search',
    build: async (c) => ({
      url: `/t/tinh-mot/api/inbox?q=den%20duong&leadAgencyId=${c.one.agencyA.id}&overdue=true`,
    }),
    expect: STAFF_ONLY_READ,
  },
  {
    route: 'GET /api/reports',
    variant: 'scoped list',
    build: async () => ({ url: '/t/tinh-mot/api/reports' }),
    expect: STAFF_ONLY_READ,
  },
  {
    route: 'GET /api/reports',
    variant: 'search',
    build: async () => ({ url: '/t/tinh-mot/api/reports?q=tran%20phu&state=in_progress' }),
    expect: STAFF_ONLY_READ,
  },
];
