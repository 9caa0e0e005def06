import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, TEST_PASSWORD } from '../../testing/factories';
import type { World } from '../../testing/factories';
import { createTestApp, signInAs } from '../../testing/test-app';
import type { TestApp } from '../../testing/test-app';
import { LOCKOUT_MINUTES, MAX_FAILED_SIGN_INS } from './sign-in';

let t: TestApp;
let world: World;

beforeAll(async () => {
  t = await createTestApp();
  world = await createWorld(t.database.db);
});
afterAll(async () => {
  await t.close();
});

const signIn = (
  tenant: string,
  username: string,
  password: string,
  headers: Record<string, string> = {},
) =>
  t.app.inject({
    method: 'POST',
    url: `/t/${tenant}/api/auth/sign-in`,
    payload: { username, password },
    headers,
  });

describe('sign-in', () => {
  it('opens an HTTP-only session scoped to the tenant path and returns who I am', async () => {
    const response = await signIn('tinh-mot', 'a.lanhdao', TEST_PASSWORD);
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'paht_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/t/tinh-mot' });
    const body = response.json();
    expect(body.user).toMatchObject({
      username: 'a.lanhdao',
      roles: ['leader'],
      orgUnit: { id: world.one.agencyA.id, kind: 'department' },
    });
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const stored = await t.database.db.selectFrom('sessions').select('id').execute();
    expect(stored.map((s) => s.id)).not.toContain(cookie?.value);
  });

  it('answers a wrong password and an unknown user alike, in Vietnamese and English', async () => {
    const wrong = await signIn('tinh-mot', 'giamsat', 'sai-mat-khau-1');
    const unknown = await signIn('tinh-mot', 'khong-co-ai', 'sai-mat-khau-1');
    for (const response of [wrong, unknown]) {
      expect(response.statusCode).toBe(401);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({
        code: 'INVALID_CREDENTIALS',
        message: { vi: 'Tên đăng nhập hoặc mật khẩu không đúng.' },
      });
    }
  });

  it('reports every missing field at once with its path', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/t/tinh-mot/api/auth/sign-in',
      payload: {},
    });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'body.password',
      'body.username',
    ]);
    expect(body.errors[0].message.vi).toBeTruthy();
  });

  it('does not accept one tenant’s account on another tenant', async () => {
    const response = await signIn('tinh-hai', 'a.lanhdao', 'wrong');
    expect(response.statusCode).toBe(401);
    const session = await signInAs(t.app, 'tinh-mot', 'quantri', TEST_PASSWORD);
    const crossed = await t.app.inject({
      method: 'GET',
      url: '/t/tinh-hai/api/auth/session',
      headers: { cookie: session.cookie },
    });
    expect(crossed.statusCode).toBe(401);
  });

  it('refuses a sign-in posted from a foreign origin (login CSRF)', async () => {
    const response = await signIn('tinh-mot', 'giamsat', TEST_PASSWORD, {
      origin: 'https://evil.example',
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('CSRF_FAILED');
  });

  it(`locks the account after ${MAX_FAILED_SIGN_INS} failures for ${LOCKOUT_MINUTES} minutes`, async () => {
    for (let i = 1; i < MAX_FAILED_SIGN_INS; i += 1) {
      expect((await signIn('tinh-hai', 'giamsat', `wrong-${i}`)).statusCode).toBe(401);
    }
    const locked = await signIn('tinh-hai', 'giamsat', 'wrong-last');
    expect(locked.statusCode).toBe(423);
    expect(locked.json()).toMatchObject({
      code: 'ACCOUNT_LOCKED',
      retryAfterSeconds: LOCKOUT_MINUTES * 60,
    });
    expect((await signIn('tinh-hai', 'giamsat', TEST_PASSWORD)).statusCode).toBe(423);
    t.clock.advance(LOCKOUT_MINUTES * 60_000 + 1000);
    expect((await signIn('tinh-hai', 'giamsat', TEST_PASSWORD)).statusCode).toBe(200);
  });
});

describe('session, CSRF, sign-out and password change', () => {
  it('requires the CSRF token on cookie-authenticated writes', async () => {
    const session = await signInAs(t.app, 'tinh-mot', 'a.chuyenvien', TEST_PASSWORD);
    const without = await session.request({
      method: 'POST',
      url: '/t/tinh-mot/api/auth/sign-out',
      csrf: false,
    });
    expect(without.statusCode).toBe(403);
    expect(without.json().code).toBe('CSRF_FAILED');
    const wrong = await session.request({
      method: 'POST',
      url: '/t/tinh-mot/api/auth/sign-out',
      csrf: false,
      headers: { 'x-csrf-token': 'x'.repeat(43) },
    });
    expect(wrong.statusCode).toBe(403);
    const me = await session.request({ method: 'GET', url: '/t/tinh-mot/api/auth/session' });
    expect(me.statusCode).toBe(200);
    expect(me.json().csrfToken).toBe(session.csrfToken);
  });

  it('sign-out ends the session', async () => {
    const session = await signInAs(t.app, 'tinh-mot', 'a.chuyenvien', TEST_PASSWORD);
    expect(
      (await session.request({ method: 'POST', url: '/t/tinh-mot/api/auth/sign-out' })).statusCode,
    ).toBe(204);
    expect(
      (await session.request({ method: 'GET', url: '/t/tinh-mot/api/auth/session' })).statusCode,
    ).toBe(401);
  });

  it('changes the password: checks the current one and the policy, ends other sessions', async () => {
    const first = await signInAs(t.app, 'tinh-mot', 'tiepnhan', TEST_PASSWORD);
    const second = await signInAs(t.app, 'tinh-mot', 'tiepnhan', TEST_PASSWORD);
    const url = '/t/tinh-mot/api/auth/password';
    const badCurrent = await first.request({
      method: 'POST',
      url,
      payload: { currentPassword: 'nope', newPassword: 'MatKhauMoi2027' },
    });
    expect(badCurrent.statusCode).toBe(401);
    expect(badCurrent.json().errors[0].path).toBe('body.currentPassword');
    const weak = await first.request({
      method: 'POST',
      url,
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'short1' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors[0]).toMatchObject({ path: 'body.newPassword', code: 'too_small' });
    const ok = await first.request({
      method: 'POST',
      url,
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'MatKhauMoi2027' },
    });
    expect(ok.statusCode).toBe(204);
    expect(
      (await first.request({ method: 'GET', url: '/t/tinh-mot/api/auth/session' })).statusCode,
    ).toBe(200);
    expect(
      (await second.request({ method: 'GET', url: '/t/tinh-mot/api/auth/session' })).statusCode,
    ).toBe(401);
    expect((await signIn('tinh-mot', 'tiepnhan', 'MatKhauMoi2027')).statusCode).toBe(200);
  });
});

describe('rate limit', () => {
  it('limits sign-in attempts per address and tenant', async () => {
    const limited = await createTestApp({ SIGN_IN_RATE_LIMIT: '3' });
    try {
      await createWorld(limited.database.db);
      const attempt = () =>
        limited.app.inject({
          method: 'POST',
          url: '/t/tinh-mot/api/auth/sign-in',
          payload: { username: 'x-user', password: 'y' },
        });
      for (let i = 0; i < 3; i += 1) {
        expect((await attempt()).statusCode).toBe(401);
      }
      const blocked = await attempt();
      expect(blocked.statusCode).toBe(429);
      expect(blocked.json()).toMatchObject({
        code: 'RATE_LIMITED',
        message: { en: expect.stringContaining('Too many') },
      });
    } finally {
      await limited.close();
    }
  });

  it('lets every attempt through with RATE_LIMITS=false (a load test from one address)', async () => {
    const open = await createTestApp({ SIGN_IN_RATE_LIMIT: '3', RATE_LIMITS: 'false' });
    try {
      await createWorld(open.database.db);
      for (let i = 0; i < 5; i += 1) {
        const attempt = await open.app.inject({
          method: 'POST',
          url: '/t/tinh-mot/api/auth/sign-in',
          payload: { username: 'x-user', password: 'y' },
        });
        expect(attempt.statusCode).toBe(401);
      }
    } finally {
      await open.close();
    }
  });
});
