/**
 * The permission table of the foundation, tested through HTTP: every route × every role
 * (and anonymous, and API keys) × own/other agency × own/other tenant. A route that is not in
 * ENDPOINTS fails the first test, so a new endpoint cannot ship without its row. The rows of the
 * foundation's routes are here; each feature adds its own in `*.permission-rows.ts` next to its
 * routes (testing/permission-rows.ts).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Role } from '@paht/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrgUnit, createUser, createWorld, TEST_PASSWORD } from '../../testing/factories';
import type { World } from '../../testing/factories';
import { createTestApp, signInAs } from '../../testing/test-app';
import type { Session, TestApp } from '../../testing/test-app';
import { ALL_STAFF_READ, CITIZEN_REPORT, SCOPED_KEY_SCOPES } from '../../testing/permission-rows';
import type { Built, Caller, Ctx, Endpoint, Method } from '../../testing/permission-rows';
import { randomToken, sha256 } from './tokens';

const ROLES: Role[] = ['operator', 'specialist', 'leader', 'supervisor', 'admin'];
const CALLERS: Caller[] = [...ROLES, 'anonymous', 'apiKeyScoped', 'apiKeyUnscoped'];

/** Every feature's `*.permission-rows.ts` (rows of the routes it registers). */
const FEATURES_DIR = path.resolve(import.meta.dirname, '../../features');
const FEATURE_ROWS: Endpoint[] = [];
for (const file of readdirSync(FEATURES_DIR, { recursive: true, encoding: 'utf8' }).sort()) {
  if (file.endsWith('.permission-rows.ts')) {
    const module = (await import(path.join(FEATURES_DIR, file))) as { rows: Endpoint[] };
    FEATURE_ROWS.push(...module.rows);
  }
}

let t: TestApp;
let world: World;
let sessions: Record<Role, Session>;
let keys: { scoped: string; unscoped: string };
let counter = 0;

const FOUNDATION_ENDPOINTS: Endpoint[] = [
  {
    route: 'GET /api/tenants',
    variant: 'public',
    build: async () => ({ url: '/api/tenants' }),
    expect: { others: 200 },
  },
  {
    route: 'GET /api/tenant',
    variant: 'public',
    build: async () => ({ url: '/t/tinh-mot/api/tenant' }),
    expect: { others: 200 },
  },
  {
    route: 'POST /api/auth/sign-in',
    variant: 'wrong password',
    build: async () => ({
      url: '/t/tinh-mot/api/auth/sign-in',
      payload: { username: 'nobody', password: 'x' },
    }),
    expect: { others: 401 },
  },
  {
    route: 'POST /api/auth/sign-out',
    variant: 'own session',
    fresh: true,
    build: async () => ({ url: '/t/tinh-mot/api/auth/sign-out' }),
    expect: {
      operator: 204,
      specialist: 204,
      leader: 204,
      supervisor: 204,
      admin: 204,
      others: 401,
      apiKeyScoped: 403,
      apiKeyUnscoped: 403,
    },
  },
  {
    route: 'GET /api/auth/session',
    variant: 'own',
    build: async () => ({ url: '/t/tinh-mot/api/auth/session' }),
    expect: { ...ALL_STAFF_READ, others: 401, apiKeyScoped: 403, apiKeyUnscoped: 403 },
  },
  {
    route: 'POST /api/auth/password',
    variant: 'validation only',
    build: async () => ({
      url: '/t/tinh-mot/api/auth/password',
      payload: { currentPassword: 'wrong', newPassword: 'x' },
    }),
    expect: {
      operator: 401,
      specialist: 401,
      leader: 401,
      supervisor: 401,
      admin: 401,
      others: 401,
      apiKeyScoped: 403,
      apiKeyUnscoped: 403,
    },
  },
  {
    route: 'GET /api/org-units',
    variant: 'tenant',
    build: async () => ({ url: '/t/tinh-mot/api/org-units' }),
    expect: { ...ALL_STAFF_READ, apiKeyScoped: 200, others: 401, apiKeyUnscoped: 403 },
  },
  {
    route: 'GET /api/org-units/:id',
    variant: 'own tenant',
    build: async (c) => ({ url: `/t/tinh-mot/api/org-units/${c.one.agencyB.id}` }),
    expect: { ...ALL_STAFF_READ, apiKeyScoped: 200, others: 401, apiKeyUnscoped: 403 },
  },
  {
    route: 'GET /api/org-units/:id',
    variant: 'other tenant',
    build: async (c) => ({ url: `/t/tinh-mot/api/org-units/${c.two.agencyA.id}` }),
    expect: {
      operator: 404,
      specialist: 404,
      leader: 404,
      supervisor: 404,
      admin: 404,
      apiKeyScoped: 404,
      others: 401,
      apiKeyUnscoped: 403,
    },
  },
  {
    route: 'POST /api/org-units',
    variant: 'own tenant',
    build: async (c) => ({
      url: '/t/tinh-mot/api/org-units',
      payload: { code: c.unique(), name: 'Sở Mới', kind: 'department' },
    }),
    expect: { admin: 201, anonymous: 401, others: 403 },
  },
  {
    route: 'PATCH /api/org-units/:id',
    variant: 'own tenant',
    build: async (c) => ({
      url: `/t/tinh-mot/api/org-units/${c.one.agencyB.id}`,
      payload: { shortName: 'SB' },
    }),
    expect: { admin: 200, anonymous: 401, others: 403 },
  },
  {
    route: 'PATCH /api/org-units/:id',
    variant: 'other tenant',
    build: async (c) => ({
      url: `/t/tinh-mot/api/org-units/${c.two.agencyB.id}`,
      payload: { shortName: 'SB' },
    }),
    expect: { admin: 404, anonymous: 401, others: 403 },
  },
  {
    route: 'GET /api/users',
    variant: 'tenant',
    build: async () => ({ url: '/t/tinh-mot/api/users' }),
    expect: { admin: 200, supervisor: 200, leader: 200, anonymous: 401, others: 403 },
  },
  {
    route: 'GET /api/users/:id',
    variant: 'own agency',
    build: async (c) => ({ url: `/t/tinh-mot/api/users/${c.one.users.specialist.id}` }),
    expect: { admin: 200, supervisor: 200, leader: 200, anonymous: 401, others: 403 },
  },
  {
    route: 'GET /api/users/:id',
    variant: 'other agency',
    build: async (c) => ({ url: `/t/tinh-mot/api/users/${c.one.otherAgencyUser.id}` }),
    expect: { admin: 200, supervisor: 200, leader: 404, anonymous: 401, others: 403 },
  },
  {
    route: 'GET /api/users/:id',
    variant: 'other tenant',
    build: async (c) => ({ url: `/t/tinh-mot/api/users/${c.two.users.specialist.id}` }),
    expect: { admin: 404, supervisor: 404, leader: 404, anonymous: 401, others: 403 },
  },
  {
    route: 'POST /api/users',
    variant: 'own tenant',
    build: async (c) => ({
      url: '/t/tinh-mot/api/users',
      payload: {
        username: c.unique(),
        displayName: 'Nguyễn Văn Mới',
        roles: ['specialist'],
        orgUnitId: c.one.agencyB.id,
        password: 'MatKhauMoi2026',
      },
    }),
    expect: { admin: 201, anonymous: 401, others: 403 },
  },
  {
    route: 'PATCH /api/users/:id',
    variant: 'own tenant',
    build: async (c) => ({
      url: `/t/tinh-mot/api/users/${c.one.otherAgencyUser.id}`,
      payload: { phone: '0905123456' },
    }),
    expect: { admin: 200, anonymous: 401, others: 403 },
  },
  {
    route: 'PATCH /api/users/:id',
    variant: 'other tenant',
    build: async (c) => ({
      url: `/t/tinh-mot/api/users/${c.two.otherAgencyUser.id}`,
      payload: { phone: '0905123456' },
    }),
    expect: { admin: 404, anonymous: 401, others: 403 },
  },
  {
    route: 'POST /api/users/:id/password',
    variant: 'own tenant',
    build: async (c) => {
      const user = await createUser(
        t.database.db,
        c.one.tenant.id,
        c.unique(),
        ['specialist'],
        c.one.agencyB.id,
      );
      return {
        url: `/t/tinh-mot/api/users/${user.id}/password`,
        payload: { newPassword: 'DatLai2026abc' },
      };
    },
    expect: { admin: 204, anonymous: 401, others: 403 },
  },
  {
    route: 'POST /api/users/:id/password',
    variant: 'other tenant',
    build: async (c) => ({
      url: `/t/tinh-mot/api/users/${c.two.otherAgencyUser.id}/password`,
      payload: { newPassword: 'DatLai2026abc' },
    }),
    expect: { admin: 404, anonymous: 401, others: 403 },
  },
  {
    route: 'GET /api/fields',
    variant: 'tenant',
    build: async () => ({ url: '/t/tinh-mot/api/fields' }),
    expect: { ...ALL_STAFF_READ, apiKeyScoped: 200, others: 401, apiKeyUnscoped: 403 },
  },
  {
    route: 'POST /api/fields',
    variant: 'own tenant',
    build: async (c) => ({
      url: '/t/tinh-mot/api/fields',
      payload: { code: c.unique(), name: 'Chiếu sáng', defaultAgencyId: c.one.agencyA.id },
    }),
    expect: { admin: 201, anonymous: 401, others: 403 },
  },
  {
    route: 'POST /api/fields',
    variant: 'agency of other tenant',
    build: async (c) => ({
      url: '/t/tinh-mot/api/fields',
      payload: { code: c.unique(), name: 'Chiếu sáng', defaultAgencyId: c.two.agencyA.id },
    }),
    expect: { admin: 400, anonymous: 401, others: 403 },
  },
  {
    route: 'PATCH /api/fields/:id',
    variant: 'own tenant',
    build: async (c) => ({
      url: `/t/tinh-mot/api/fields/${await fieldOf(c.one.tenant.id)}`,
      payload: { icon: 'lamp' },
    }),
    expect: { admin: 200, anonymous: 401, others: 403 },
  },
  {
    route: 'PATCH /api/fields/:id',
    variant: 'other tenant',
    build: async (c) => ({
      url: `/t/tinh-mot/api/fields/${await fieldOf(c.two.tenant.id)}`,
      payload: { icon: 'lamp' },
    }),
    expect: { admin: 404, anonymous: 401, others: 403 },
  },
  {
    route: 'GET /api/areas',
    variant: 'tenant',
    build: async () => ({ url: '/t/tinh-mot/api/areas?q=phuong' }),
    expect: { ...ALL_STAFF_READ, apiKeyScoped: 200, others: 401, apiKeyUnscoped: 403 },
  },
  {
    route: 'POST /api/areas',
    variant: 'own tenant',
    build: async (c) => ({
      url: '/t/tinh-mot/api/areas',
      payload: { code: c.unique().slice(0, 20), name: 'Phường Mới', level: 'ward' },
    }),
    expect: { admin: 201, anonymous: 401, others: 403 },
  },
  {
    route: 'PATCH /api/areas/:id',
    variant: 'own tenant',
    build: async (c) => ({
      url: `/t/tinh-mot/api/areas/${await areaOf(c.one.tenant.id)}`,
      payload: { name: 'Phường Đổi Tên' },
    }),
    expect: { admin: 200, anonymous: 401, others: 403 },
  },
  {
    route: 'PATCH /api/areas/:id',
    variant: 'other tenant',
    build: async (c) => ({
      url: `/t/tinh-mot/api/areas/${await areaOf(c.two.tenant.id)}`,
      payload: { name: 'Phường Đổi Tên' },
    }),
    expect: { admin: 404, anonymous: 401, others: 403 },
  },
  {
    route: 'GET /api/calendar/days',
    variant: 'tenant',
    build: async () => ({ url: '/t/tinh-mot/api/calendar/days' }),
    expect: { ...ALL_STAFF_READ, apiKeyScoped: 200, others: 401, apiKeyUnscoped: 403 },
  },
  {
    route: 'POST /api/calendar/days',
    variant: 'own tenant',
    build: async () => ({
      url: '/t/tinh-mot/api/calendar/days',
      payload: {
        date: nextDate(),
        kind: 'ad_hoc_off',
        name: 'Nghỉ đột xuất',
        legalBasis: 'CV 1/UBND',
      },
    }),
    expect: { admin: 201, anonymous: 401, others: 403 },
  },
  {
    route: 'PATCH /api/calendar/days/:id',
    variant: 'own tenant',
    build: async (c) => ({
      url: `/t/tinh-mot/api/calendar/days/${await dayOf(c.one.tenant.id)}`,
      payload: { name: 'Nghỉ bù' },
    }),
    expect: { admin: 200, anonymous: 401, others: 403 },
  },
  {
    route: 'PATCH /api/calendar/days/:id',
    variant: 'other tenant',
    build: async (c) => ({
      url: `/t/tinh-mot/api/calendar/days/${await dayOf(c.two.tenant.id)}`,
      payload: { name: 'Nghỉ bù' },
    }),
    expect: { admin: 404, anonymous: 401, others: 403 },
  },
  {
    route: 'DELETE /api/calendar/days/:id',
    variant: 'own tenant',
    build: async (c) => ({ url: `/t/tinh-mot/api/calendar/days/${await dayOf(c.one.tenant.id)}` }),
    expect: { admin: 204, anonymous: 401, others: 403 },
  },
  {
    route: 'DELETE /api/calendar/days/:id',
    variant: 'other tenant',
    build: async (c) => ({ url: `/t/tinh-mot/api/calendar/days/${await dayOf(c.two.tenant.id)}` }),
    expect: { admin: 404, anonymous: 401, others: 403 },
  },
  {
    route: 'POST /api/calendar/generate',
    variant: 'own tenant',
    build: async () => ({ url: '/t/tinh-mot/api/calendar/generate', payload: { year: 2031 } }),
    expect: { admin: 201, anonymous: 401, others: 403 },
  },
  {
    route: 'GET /api/calendar/schedules',
    variant: 'tenant',
    build: async () => ({ url: '/t/tinh-mot/api/calendar/schedules' }),
    expect: { ...ALL_STAFF_READ, apiKeyScoped: 200, others: 401, apiKeyUnscoped: 403 },
  },
  {
    route: 'POST /api/calendar/schedules',
    variant: 'own tenant',
    build: async () => ({
      url: '/t/tinh-mot/api/calendar/schedules',
      payload: {
        name: 'Giờ mùa hè',
        validFrom: '2026-04-15',
        weekdays: [1, 2, 3, 4, 5],
        intervals: [
          { start: '07:00', end: '11:30' },
          { start: '13:30', end: '17:00' },
        ],
      },
    }),
    expect: { admin: 201, anonymous: 401, others: 403 },
  },
  {
    route: 'DELETE /api/calendar/schedules/:id',
    variant: 'own tenant',
    build: async (c) => ({
      url: `/t/tinh-mot/api/calendar/schedules/${await scheduleOf(c.one.tenant.id)}`,
    }),
    expect: { admin: 204, anonymous: 401, others: 403 },
  },
  {
    route: 'DELETE /api/calendar/schedules/:id',
    variant: 'other tenant',
    build: async (c) => ({
      url: `/t/tinh-mot/api/calendar/schedules/${await scheduleOf(c.two.tenant.id)}`,
    }),
    expect: { admin: 404, anonymous: 401, others: 403 },
  },
  {
    route: 'GET /api/api-keys',
    variant: 'tenant',
    build: async () => ({ url: '/t/tinh-mot/api/api-keys' }),
    expect: { admin: 200, anonymous: 401, others: 403 },
  },
  {
    route: 'POST /api/api-keys',
    variant: 'own tenant',
    build: async () => ({
      url: '/t/tinh-mot/api/api-keys',
      payload: { name: 'Tổng đài 1022', scopes: ['fields.read'] },
    }),
    expect: { admin: 201, anonymous: 401, others: 403 },
  },
  {
    route: 'DELETE /api/api-keys/:id',
    variant: 'own tenant',
    build: async (c) => ({
      url: `/t/tinh-mot/api/api-keys/${(await insertKey(c.one.tenant.id, [])).id}`,
    }),
    expect: { admin: 204, anonymous: 401, others: 403 },
  },
  {
    route: 'DELETE /api/api-keys/:id',
    variant: 'other tenant',
    build: async (c) => ({
      url: `/t/tinh-mot/api/api-keys/${(await insertKey(c.two.tenant.id, [])).id}`,
    }),
    expect: { admin: 404, anonymous: 401, others: 403 },
  },
];

const ENDPOINTS: Endpoint[] = [...FOUNDATION_ENDPOINTS, ...FEATURE_ROWS];

let dateCursor = Date.UTC(2030, 0, 1);
function nextDate(): string {
  dateCursor += 86_400_000;
  return new Date(dateCursor).toISOString().slice(0, 10);
}

async function fieldOf(tenantId: string): Promise<string> {
  const row = await t.database.db
    .insertInto('fields')
    .values({ tenant_id: tenantId, code: `f-${++counter}`, name: 'Cây xanh' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
async function areaOf(tenantId: string): Promise<string> {
  const row = await t.database.db
    .insertInto('areas')
    .values({ tenant_id: tenantId, code: `9${++counter}`, name: 'Phường Một', level: 'ward' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
async function dayOf(tenantId: string): Promise<string> {
  const row = await t.database.db
    .insertInto('calendar_days')
    .values({
      tenant_id: tenantId,
      date: nextDate(),
      kind: 'holiday',
      name: 'Lễ',
      legal_basis: 'TB 1',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
async function scheduleOf(tenantId: string): Promise<string> {
  const row = await t.database.db
    .insertInto('office_schedules')
    .values({
      tenant_id: tenantId,
      name: 'Giờ hành chính',
      valid_from: '2025-01-01',
      intervals: JSON.stringify([{ start: '07:30', end: '11:30' }]),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
async function insertKey(tenantId: string, scopes: string[]) {
  const prefix = randomToken(9)
    .replace(/[^A-Za-z0-9]/g, 'x')
    .slice(0, 12)
    .padEnd(12, 'x');
  const secret = randomToken(32);
  const row = await t.database.db
    .insertInto('api_keys')
    .values({ tenant_id: tenantId, name: 'k', prefix, key_hash: sha256(secret), scopes })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, key: `paht_${prefix}_${secret}` };
}

let fixtures: Ctx['reports'];

/** Reports made through HTTP: a citizen submits, the operator distributes one to agency A. */
async function createReportFixtures(): Promise<Ctx['reports']> {
  const submit = async (tenantCode: string, extra: object = {}) => {
    const response = await t.app.inject({
      method: 'POST',
      url: `/t/${tenantCode}/api/reports`,
      payload: { ...CITIZEN_REPORT, ...extra },
    });
    const { trackingCode } = response.json<{ trackingCode: string }>();
    const row = await t.database.db
      .selectFrom('reports')
      .select('id')
      .where('tracking_code', '=', trackingCode)
      .executeTakeFirstOrThrow();
    return { id: row.id, trackingCode };
  };
  const assignedA = await submit('tinh-mot');
  const operator = await signInAs(t.app, 'tinh-mot', 'tiepnhan', TEST_PASSWORD);
  const distributed = await operator.request({
    method: 'POST',
    url: `/t/tinh-mot/api/reports/${assignedA.id}/actions`,
    payload: { action: 'distribute', version: 1, input: { leadAgencyId: world.one.agencyA.id } },
  });
  if (distributed.statusCode !== 200) {
    throw new Error(`fixture: distribute failed ${distributed.body}`);
  }
  return {
    assignedA,
    unassigned: await submit('tinh-mot'),
    confidential: await submit('tinh-mot', { isConfidential: true }),
    otherTenant: await submit('tinh-hai'),
  };
}

async function call(caller: Caller, method: Method, built: Built, fresh = false) {
  const payload = built.payload === undefined ? {} : { payload: built.payload as object };
  if (caller === 'anonymous' || caller === 'apiKeyScoped' || caller === 'apiKeyUnscoped') {
    const key =
      caller === 'apiKeyScoped' ? keys.scoped : caller === 'apiKeyUnscoped' ? keys.unscoped : null;
    return t.app.inject({
      method,
      url: built.url,
      ...payload,
      headers: key ? { authorization: `Bearer ${key}` } : {},
    });
  }
  const session = fresh
    ? await signInAs(t.app, 'tinh-mot', world.one.users[caller].username, TEST_PASSWORD)
    : sessions[caller];
  return session.request({
    method,
    url: built.url,
    ...(built.payload === undefined ? {} : { payload: built.payload }),
  });
}

beforeAll(async () => {
  t = await createTestApp({ SESSION_TTL_HOURS: '2000' });
  world = await createWorld(t.database.db);
  await createOrgUnit(t.database.db, world.one.tenant.id, 'phuong-mot', 'commune');
  sessions = Object.fromEntries(
    await Promise.all(
      ROLES.map(async (role) => [
        role,
        await signInAs(t.app, 'tinh-mot', world.one.users[role].username, TEST_PASSWORD),
      ]),
    ),
  ) as Record<Role, Session>;
  fixtures = await createReportFixtures();
  keys = {
    scoped: (await insertKey(world.one.tenant.id, [...SCOPED_KEY_SCOPES])).key,
    unscoped: (await insertKey(world.one.tenant.id, [])).key,
  };
});
afterAll(async () => {
  await t.close();
});

describe('permission table', () => {
  it('has a row for every API route of the server', () => {
    const covered = new Set(ENDPOINTS.map((e) => e.route));
    const routes = t.app.routeCatalogue
      .filter((r) => r.url.startsWith('/api/') && r.url !== '/api/docs')
      .map((r) => `${r.method} ${r.url}`);
    expect(routes.filter((r) => !covered.has(r))).toEqual([]);
    const sign = routes.filter((r) => r.includes('sign-'));
    expect(sign).toEqual(['POST /api/auth/sign-in', 'POST /api/auth/sign-out']);
  });

  for (const endpoint of ENDPOINTS) {
    const [method, path] = endpoint.route.split(' ') as [Method, string];
    describe(`${endpoint.route} (${endpoint.variant})`, () => {
      for (const caller of CALLERS) {
        const expected = endpoint.expect[caller] ?? endpoint.expect.others;
        it(`${caller} → ${expected}`, async () => {
          counter += 1;
          const built = await endpoint.build({
            ...world,
            reports: fixtures,
            db: t.database.db,
            dataDir: t.app.deps.config.dataDir,
            unique: () => `u${counter}-${caller.toLowerCase()}`,
          });
          const response = await call(caller, method, built, endpoint.fresh);
          expect(response.statusCode, `${path}: ${response.body}`).toBe(expected);
          if (expected >= 400) {
            expect(response.headers['content-type']).toContain('application/problem+json');
          }
        });
      }
    });
  }

  describe('another tenant’s credentials', () => {
    it.each(ROLES)('a %s session of tinh-hai is anonymous on tinh-mot', async (role) => {
      const other = await signInAs(
        t.app,
        'tinh-hai',
        world.two.users[role].username,
        TEST_PASSWORD,
      );
      const response = await t.app.inject({
        method: 'GET',
        url: '/t/tinh-mot/api/org-units',
        headers: { cookie: other.cookie },
      });
      expect(response.statusCode).toBe(401);
    });

    it('an API key of tinh-hai is refused on tinh-mot', async () => {
      const { key } = await insertKey(world.two.tenant.id, ['org_units.read']);
      const response = await t.app.inject({
        method: 'GET',
        url: '/t/tinh-mot/api/org-units',
        headers: { authorization: `Bearer ${key}` },
      });
      expect(response.statusCode).toBe(401);
    });

    it('a revoked API key is refused', async () => {
      const { id, key } = await insertKey(world.one.tenant.id, ['org_units.read']);
      await sessions.admin.request({ method: 'DELETE', url: `/t/tinh-mot/api/api-keys/${id}` });
      const response = await t.app.inject({
        method: 'GET',
        url: '/t/tinh-mot/api/org-units',
        headers: { authorization: `Bearer ${key}` },
      });
      expect(response.statusCode).toBe(401);
    });

    it('lists never show another tenant’s rows', async () => {
      const units = (
        await sessions.admin.request({ method: 'GET', url: '/t/tinh-mot/api/org-units' })
      ).json();
      const ids = units.items.map((u: { id: string }) => u.id);
      expect(ids).toContain(world.one.agencyA.id);
      expect(ids).not.toContain(world.two.agencyA.id);
      const users = (
        await sessions.leader.request({ method: 'GET', url: '/t/tinh-mot/api/users' })
      ).json();
      expect(users.items.map((u: { username: string }) => u.username).sort()).toEqual([
        'a.chuyenvien',
        'a.lanhdao',
      ]);
    });
  });
});
