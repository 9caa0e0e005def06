/** Permission-table rows of the report routes (see testing/permission-rows.ts). */
import type { Endpoint } from '../../testing/permission-rows';
import {
  CITIZEN_REPORT,
  OPERATOR_REPORT,
  REPORTER_PHONE,
  STAFF_ONLY_READ,
} from '../../testing/permission-rows';

export const rows: Endpoint[] = [
  // Reports (issue 4). Agency roles see only reports their agency was assigned; another tenant's
  // report does not exist; the engine's own rules answer 409 after these checks pass.
  ...(['GET /api/reports/:id', 'GET /api/reports/:id/events'] as const).flatMap(
    (route): Endpoint[] => [
      {
        route,
        variant: 'assigned to own agency',
        build: async (c) => ({
          url: `/t/tinh-mot/api/reports/${c.reports.assignedA.id}${route.endsWith('/events') ? '/events' : ''}`,
        }),
        expect: STAFF_ONLY_READ,
      },
      {
        route,
        variant: 'not assigned to own agency',
        build: async (c) => ({
          url: `/t/tinh-mot/api/reports/${c.reports.unassigned.id}${route.endsWith('/events') ? '/events' : ''}`,
        }),
        expect: { ...STAFF_ONLY_READ, specialist: 404, leader: 404 },
      },
      {
        route,
        variant: 'other tenant',
        build: async (c) => ({
          url: `/t/tinh-mot/api/reports/${c.reports.otherTenant.id}${route.endsWith('/events') ? '/events' : ''}`,
        }),
        expect: {
          operator: 404,
          specialist: 404,
          leader: 404,
          supervisor: 404,
          admin: 404,
          anonymous: 401,
          others: 403,
        },
      },
    ],
  ),
  {
    route: 'GET /api/reports/:id/reporter',
    variant: 'assigned to own agency (audited)',
    build: async (c) => ({ url: `/t/tinh-mot/api/reports/${c.reports.assignedA.id}/reporter` }),
    expect: {
      operator: 200,
      specialist: 200,
      leader: 200,
      supervisor: 200,
      anonymous: 401,
      others: 403,
    },
  },
  {
    route: 'GET /api/reports/:id/reporter',
    variant: 'not assigned to own agency',
    build: async (c) => ({ url: `/t/tinh-mot/api/reports/${c.reports.unassigned.id}/reporter` }),
    expect: {
      operator: 200,
      specialist: 404,
      leader: 404,
      supervisor: 200,
      anonymous: 401,
      others: 403,
    },
  },
  {
    route: 'GET /api/reports/:id/reporter',
    variant: 'other tenant',
    build: async (c) => ({ url: `/t/tinh-mot/api/reports/${c.reports.otherTenant.id}/reporter` }),
    expect: {
      operator: 404,
      specialist: 404,
      leader: 404,
      supervisor: 404,
      anonymous: 401,
      others: 403,
    },
  },
  {
    route: 'POST /api/reports/:id/actions',
    variant: 'assigned to own agency, stale version',
    build: async (c) => ({
      url: `/t/tinh-mot/api/reports/${c.reports.assignedA.id}/actions`,
      payload: {
        action: 'request_information',
        version: 999,
        input: { message: 'Xin bổ sung ảnh.' },
      },
    }),
    // A supervisor without a unit of its own cannot act on a report (403).
    expect: {
      operator: 409,
      specialist: 409,
      leader: 409,
      anonymous: 401,
      others: 403,
    },
  },
  {
    route: 'POST /api/reports/:id/actions',
    variant: 'not assigned to own agency',
    build: async (c) => ({
      url: `/t/tinh-mot/api/reports/${c.reports.unassigned.id}/actions`,
      payload: {
        action: 'request_information',
        version: 999,
        input: { message: 'Xin bổ sung ảnh.' },
      },
    }),
    expect: {
      operator: 409,
      specialist: 404,
      leader: 404,
      anonymous: 401,
      others: 403,
    },
  },
  {
    route: 'POST /api/reports/:id/actions',
    variant: 'other tenant',
    build: async (c) => ({
      url: `/t/tinh-mot/api/reports/${c.reports.otherTenant.id}/actions`,
      payload: {
        action: 'request_information',
        version: 1,
        input: { message: 'Xin bổ sung ảnh.' },
      },
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
  {
    route: 'PATCH /api/reports/:id/content',
    variant: 'intake operators only, stale version',
    build: async (c) => ({
      url: `/t/tinh-mot/api/reports/${c.reports.unassigned.id}/content`,
      payload: { version: 999, content: 'Ba cột đèn trước số 12 Trần Phú không sáng.' },
    }),
    expect: { operator: 409, anonymous: 401, others: 403 },
  },
  {
    route: 'PATCH /api/reports/:id/content',
    variant: 'other tenant',
    build: async (c) => ({
      url: `/t/tinh-mot/api/reports/${c.reports.otherTenant.id}/content`,
      payload: { version: 1, content: 'Ba cột đèn trước số 12 Trần Phú không sáng.' },
    }),
    expect: { operator: 404, anonymous: 401, others: 403 },
  },
  {
    route: 'POST /api/intake/reports',
    variant: 'operator enters a hotline call',
    build: async () => ({ url: '/t/tinh-mot/api/intake/reports', payload: OPERATOR_REPORT }),
    expect: { operator: 201, anonymous: 401, others: 403 },
  },
  {
    route: 'POST /api/reports',
    variant: 'public submission (a session does not make it staff)',
    build: async () => ({ url: '/t/tinh-mot/api/reports', payload: CITIZEN_REPORT }),
    expect: { others: 201 },
  },
  {
    route: 'GET /api/public/reports/:trackingCode',
    variant: 'public report',
    build: async (c) => ({
      url: `/t/tinh-mot/api/public/reports/${c.reports.assignedA.trackingCode}`,
    }),
    expect: { others: 200 },
  },
  {
    route: 'GET /api/public/reports/:trackingCode',
    variant: 'confidential report',
    build: async (c) => ({
      url: `/t/tinh-mot/api/public/reports/${c.reports.confidential.trackingCode}`,
    }),
    expect: { others: 404 },
  },
  {
    route: 'GET /api/public/reports/:trackingCode',
    variant: 'other tenant’s code',
    build: async (c) => ({
      url: `/t/tinh-mot/api/public/reports/${c.reports.otherTenant.trackingCode}`,
    }),
    expect: { others: 404 },
  },
  {
    route: 'POST /api/public/reports/:trackingCode/private',
    variant: 'right phone',
    build: async (c) => ({
      url: `/t/tinh-mot/api/public/reports/${c.reports.confidential.trackingCode}/private`,
      payload: { phone: REPORTER_PHONE },
    }),
    expect: { others: 200 },
  },
  {
    route: 'POST /api/public/reports/:trackingCode/private',
    variant: 'wrong phone',
    build: async (c) => ({
      url: `/t/tinh-mot/api/public/reports/${c.reports.confidential.trackingCode}/private`,
      payload: { phone: '0987654321' },
    }),
    expect: { others: 404 },
  },
  {
    route: 'POST /api/public/reports/:trackingCode/actions',
    variant: 'right phone, stale version',
    build: async (c) => ({
      url: `/t/tinh-mot/api/public/reports/${c.reports.unassigned.trackingCode}/actions`,
      payload: {
        phone: REPORTER_PHONE,
        action: 'rate',
        version: 999,
        input: { level: 'satisfied' },
      },
    }),
    expect: { others: 409 },
  },
];
