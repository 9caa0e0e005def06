/** Permission-table rows of the public list and map (see testing/permission-rows.ts). */
import type { Endpoint } from '../../testing/permission-rows';

export const rows: Endpoint[] = [
  // Public: anyone, signed in or not, with or without an API key, sees the same published reports.
  {
    route: 'GET /api/public/reports',
    variant: 'public list',
    build: async () => ({ url: '/t/tinh-mot/api/public/reports' }),
    expect: { others: 200 },
  },
  {
    route: 'GET /api/public/reports',
    variant: 'filtered by field, area, box and search',
    build: async () => ({
      url: '/t/tinh-mot/api/public/reports?field=chieu-sang&area=tinh&bbox=109,12,110,13&q=den%20duong',
    }),
    expect: { others: 200 },
  },
  {
    route: 'GET /api/public/reports/map',
    variant: 'bounding box',
    build: async () => ({ url: '/t/tinh-mot/api/public/reports/map?bbox=109,12,110,13' }),
    expect: { others: 200 },
  },
];
