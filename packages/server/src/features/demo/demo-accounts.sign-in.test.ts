import type { Role } from '@paht/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signInAs } from '../../testing/test-app';
import type { TestApp } from '../../testing/test-app';
import { DEMO_PASSWORD, loadDemoData } from './load-demo-data';
import type { DemoSummary } from './load-demo-data';
import { formatDemoAccounts } from './print-demo-accounts';

let t: TestApp;
let demo: DemoSummary;
const ROLES: Role[] = ['operator', 'specialist', 'leader', 'supervisor', 'admin'];

beforeAll(async () => {
  t = await createTestApp();
  demo = await loadDemoData(t.database.db);
});
afterAll(async () => {
  await t.close();
});

const accountOf = (tenantCode: string, role: Role) => {
  const account = demo.accounts.find((a) => a.tenantCode === tenantCode && a.roles.includes(role));
  if (!account) {
    throw new Error(`no ${role} in ${tenantCode}`);
  }
  return account;
};

describe('demo accounts', () => {
  it('are printed on start with the sign-in address of each province', () => {
    const banner = formatDemoAccounts(demo, 'http://localhost:3000');
    expect(banner).toContain(`Mật khẩu chung / password for every account: ${DEMO_PASSWORD}`);
    expect(banner).toContain('http://localhost:3000/t/khanh-hoa/dang-nhap');
    expect(banner).toMatch(/tiepnhan\s+operator @ ioc/);
  });

  for (const tenantCode of ['khanh-hoa', 'quang-ngai', 'can-tho', 'phu-tho', 'vinh-long']) {
    it.each(ROLES)(
      `${tenantCode}: a demo %s signs in and sees what the role allows`,
      async (role) => {
        const account = accountOf(tenantCode, role);
        const session = await signInAs(t.app, tenantCode, account.username, DEMO_PASSWORD);
        const me = (
          await session.request({ method: 'GET', url: `/t/${tenantCode}/api/auth/session` })
        ).json();
        expect(me.user.roles).toContain(role);
        const users = await session.request({ method: 'GET', url: `/t/${tenantCode}/api/users` });
        expect(users.statusCode).toBe(['admin', 'supervisor', 'leader'].includes(role) ? 200 : 403);
        const createUnit = await session.request({
          method: 'POST',
          url: `/t/${tenantCode}/api/org-units`,
          payload: { code: `thu-${role}`, name: 'Thử', kind: 'other' },
        });
        expect(createUnit.statusCode).toBe(role === 'admin' ? 201 : 403);
      },
    );
  }

  it('a leader sees the accounts of their own agency only', async () => {
    const leader = accountOf('khanh-hoa', 'leader');
    const session = await signInAs(t.app, 'khanh-hoa', leader.username, DEMO_PASSWORD);
    const items = (await session.request({ method: 'GET', url: '/t/khanh-hoa/api/users' })).json()
      .items as {
      username: string;
      orgUnitId: string;
      id: string;
    }[];
    expect(new Set(items.map((u) => u.orgUnitId)).size).toBe(1);
    const other = demo.accounts.find(
      (a) => a.tenantCode === 'khanh-hoa' && a.orgUnit && a.orgUnit !== leader.orgUnit,
    );
    const otherRow = await t.database.db
      .selectFrom('users')
      .innerJoin('tenants', 'tenants.id', 'users.tenant_id')
      .select('users.id')
      .where('tenants.code', '=', 'khanh-hoa')
      .where('users.username', '=', other?.username ?? '')
      .executeTakeFirstOrThrow();
    const response = await session.request({
      method: 'GET',
      url: `/t/khanh-hoa/api/users/${otherRow.id}`,
    });
    expect(response.statusCode).toBe(404);
  });

  it('an account of one province cannot sign in to another, nor use its session there', async () => {
    const admin = accountOf('vinh-long', 'admin');
    const session = await signInAs(t.app, 'vinh-long', admin.username, DEMO_PASSWORD);
    const elsewhere = await t.app.inject({
      method: 'GET',
      url: '/t/can-tho/api/users',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken },
    });
    expect(elsewhere.statusCode).toBe(401);
    // The same user name exists in every province, with its own password hash and account.
    const ids = await t.database.db
      .selectFrom('users')
      .select('tenant_id')
      .where('username', '=', 'admin')
      .execute();
    expect(new Set(ids.map((r) => r.tenant_id)).size).toBe(5);
  });
});
