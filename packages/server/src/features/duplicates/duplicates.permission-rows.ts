/** Permission-table rows of the duplicate routes (see testing/permission-rows.ts). */
import type { Endpoint } from '../../testing/permission-rows';

const STAFF_404 = {
  operator: 404,
  specialist: 404,
  leader: 404,
  supervisor: 404,
  admin: 404,
  anonymous: 401,
  others: 403,
};

export const rows: Endpoint[] = [
  {
    route: 'GET /api/reports/:id/duplicate-candidates',
    variant: 'report under intake (not assigned to any agency)',
    build: async (c) => ({
      url: `/t/tinh-mot/api/reports/${c.reports.unassigned.id}/duplicate-candidates`,
    }),
    expect: {
      operator: 200,
      supervisor: 200,
      admin: 200,
      specialist: 404,
      leader: 404,
      anonymous: 401,
      others: 403,
    },
  },
  {
    route: 'GET /api/reports/:id/duplicate-candidates',
    variant: 'report already distributed to own agency (no longer under intake)',
    build: async (c) => ({
      url: `/t/tinh-mot/api/reports/${c.reports.assignedA.id}/duplicate-candidates`,
    }),
    expect: {
      operator: 409,
      supervisor: 409,
      admin: 409,
      specialist: 409,
      leader: 409,
      anonymous: 401,
      others: 403,
    },
  },
  {
    route: 'GET /api/reports/:id/duplicate-candidates',
    variant: 'other tenant',
    build: async (c) => ({
      url: `/t/tinh-mot/api/reports/${c.reports.otherTenant.id}/duplicate-candidates`,
    }),
    expect: STAFF_404,
  },
  {
    route: 'POST /api/reports/:id/mark-duplicate',
    variant: 'report under intake, stale version',
    build: async (c) => ({
      url: `/t/tinh-mot/api/reports/${c.reports.unassigned.id}/mark-duplicate`,
      payload: { version: 999, originalId: c.reports.assignedA.id },
    }),
    // The engine lets only the intake center reject; a supervisor without a unit cannot act.
    expect: { operator: 409, specialist: 404, leader: 404, anonymous: 401, others: 403 },
  },
  {
    route: 'POST /api/reports/:id/mark-duplicate',
    variant: 'original of another tenant',
    build: async (c) => ({
      url: `/t/tinh-mot/api/reports/${c.reports.unassigned.id}/mark-duplicate`,
      payload: { version: 999, originalId: c.reports.otherTenant.id },
    }),
    expect: {
      operator: 400,
      specialist: 400,
      leader: 400,
      supervisor: 400,
      anonymous: 401,
      others: 403,
    },
  },
  {
    route: 'POST /api/reports/:id/mark-duplicate',
    variant: 'report of another tenant',
    build: async (c) => ({
      url: `/t/tinh-mot/api/reports/${c.reports.otherTenant.id}/mark-duplicate`,
      payload: { version: 1, originalId: c.reports.assignedA.id },
    }),
    expect: {
      operator: 404,
      specialist: 404,
      leader: 404,
      supervisor: 404,
      anonymous: 401,
      others: 403,
    },
  },
];
