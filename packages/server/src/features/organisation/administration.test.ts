import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, TEST_PASSWORD } from '../../testing/factories';
import type { World } from '../../testing/factories';
import { createTestApp, signInAs } from '../../testing/test-app';
import type { Session, TestApp } from '../../testing/test-app';

let t: TestApp;
let world: World;
let admin: Session;
const url = (path: string) => `/t/tinh-mot/api${path}`;

beforeAll(async () => {
  t = await createTestApp();
  world = await createWorld(t.database.db);
  admin = await signInAs(t.app, 'tinh-mot', 'quantri', TEST_PASSWORD);
});
afterAll(async () => {
  await t.close();
});

const fieldPaths = (body: { errors?: { path: string }[] }) =>
  (body.errors ?? []).map((e) => e.path);

describe('organisation units', () => {
  it('creates a unit under a parent, normalising its name to NFC', async () => {
    const response = await admin.request({
      method: 'POST',
      url: url('/org-units'),
      payload: {
        code: 'so-y-te',
        name: 'Sở Y tế'.normalize('NFD'),
        kind: 'department',
        parentId: world.one.intake.id,
      },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      code: 'so-y-te',
      name: 'Sở Y tế',
      parentId: world.one.intake.id,
    });
  });

  it('refuses a duplicate code with a 409 naming the field', async () => {
    const response = await admin.request({
      method: 'POST',
      url: url('/org-units'),
      payload: { code: 'so-a', name: 'Trùng', kind: 'department' },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().errors[0]).toMatchObject({
      path: 'body.code',
      message: { vi: 'Mã đơn vị đã được sử dụng.' },
    });
  });

  it('refuses a parent that would make a cycle, and a parent of another tenant', async () => {
    const child = await admin.request({
      method: 'POST',
      url: url('/org-units'),
      payload: {
        code: 'phong-con',
        name: 'Phòng con',
        kind: 'other',
        parentId: world.one.agencyA.id,
      },
    });
    const cycle = await admin.request({
      method: 'PATCH',
      url: url(`/org-units/${world.one.agencyA.id}`),
      payload: { parentId: child.json().id },
    });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().errors[0]).toMatchObject({ path: 'body.parentId', code: 'cycle' });
    const foreign = await admin.request({
      method: 'PATCH',
      url: url(`/org-units/${world.one.agencyA.id}`),
      payload: { parentId: world.two.intake.id },
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors[0]).toMatchObject({ path: 'body.parentId', code: 'not_found' });
  });

  it('reports every invalid field at once', async () => {
    const response = await admin.request({
      method: 'POST',
      url: url('/org-units'),
      payload: { code: 'Có Dấu', name: '', kind: 'bogus' },
    });
    expect(response.statusCode).toBe(400);
    expect(fieldPaths(response.json()).sort()).toEqual(['body.code', 'body.kind', 'body.name']);
    const codeError = response.json().errors.find((e: { path: string }) => e.path === 'body.code');
    expect(codeError.message.vi).toBe('Mã chỉ gồm chữ thường không dấu, số và gạch ngang.');
  });
});

describe('users', () => {
  it('needs a unit for agency roles and an intake center for operators', async () => {
    const base = { displayName: 'Trần Thị Bình', password: 'MatKhau2026x' };
    const noUnit = await admin.request({
      method: 'POST',
      url: url('/users'),
      payload: { ...base, username: 'binh.tt', roles: ['specialist'] },
    });
    expect(noUnit.statusCode).toBe(400);
    expect(noUnit.json().errors[0]).toMatchObject({ path: 'body.orgUnitId', code: 'required' });
    const operatorAtDepartment = await admin.request({
      method: 'POST',
      url: url('/users'),
      payload: {
        ...base,
        username: 'binh.tt',
        roles: ['operator'],
        orgUnitId: world.one.agencyA.id,
      },
    });
    expect(operatorAtDepartment.statusCode).toBe(400);
    expect(operatorAtDepartment.json().errors[0].code).toBe('operator_unit');
    const weak = await admin.request({
      method: 'POST',
      url: url('/users'),
      payload: {
        ...base,
        username: 'binh.tt',
        roles: ['operator'],
        orgUnitId: world.one.intake.id,
        password: 'binh.tt12345',
      },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors[0]).toMatchObject({ path: 'body.password', code: 'too_weak' });
    const ok = await admin.request({
      method: 'POST',
      url: url('/users'),
      payload: {
        ...base,
        username: 'Binh.TT',
        roles: ['operator'],
        orgUnitId: world.one.intake.id,
      },
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ username: 'binh.tt', roles: ['operator'], isActive: true });
    expect(JSON.stringify(ok.json())).not.toContain('argon2');
  });

  it('deactivating an account ends its sessions; an admin cannot deactivate themselves', async () => {
    const victim = await signInAs(t.app, 'tinh-mot', 'b.chuyenvien', TEST_PASSWORD);
    const response = await admin.request({
      method: 'PATCH',
      url: url(`/users/${world.one.otherAgencyUser.id}`),
      payload: { isActive: false },
    });
    expect(response.statusCode).toBe(200);
    expect((await victim.request({ method: 'GET', url: url('/auth/session') })).statusCode).toBe(
      401,
    );
    const self = await admin.request({
      method: 'PATCH',
      url: url(`/users/${world.one.users.admin.id}`),
      payload: { isActive: false },
    });
    expect(self.statusCode).toBe(409);
    expect(self.json().message.vi).toContain('Bạn không thể tự vô hiệu hóa');
  });

  it('searches accounts ignoring diacritics', async () => {
    const response = await admin.request({ method: 'GET', url: url('/users?q=can bo a.lanh') });
    expect(response.json().items.map((u: { username: string }) => u.username)).toEqual([
      'a.lanhdao',
    ]);
  });
});

describe('calendar', () => {
  it('requires the notice number to confirm a day, and refuses two entries on one date', async () => {
    const provisional = await admin.request({
      method: 'POST',
      url: url('/calendar/days'),
      payload: {
        date: '2027-02-05',
        kind: 'holiday',
        name: 'Tết Nguyên Đán (dự kiến)',
        status: 'provisional',
      },
    });
    expect(provisional.statusCode).toBe(201);
    const id = provisional.json().id;
    const confirmWithout = await admin.request({
      method: 'PATCH',
      url: url(`/calendar/days/${id}`),
      payload: { status: 'confirmed' },
    });
    expect(confirmWithout.statusCode).toBe(400);
    expect(confirmWithout.json().errors[0].path).toBe('body.legalBasis');
    const confirmed = await admin.request({
      method: 'PATCH',
      url: url(`/calendar/days/${id}`),
      payload: { status: 'confirmed', legalBasis: 'TB 1234/TB-BNV', date: '2027-02-08' },
    });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json()).toMatchObject({
      date: '2027-02-08',
      status: 'confirmed',
      legalBasis: 'TB 1234/TB-BNV',
    });
    const clash = await admin.request({
      method: 'POST',
      url: url('/calendar/days'),
      payload: { date: '2027-02-08', kind: 'ad_hoc_off', name: 'Trùng', legalBasis: 'x' },
    });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().errors[0].path).toBe('body.date');
    const invalidDate = await admin.request({
      method: 'POST',
      url: url('/calendar/days'),
      payload: { date: '2027-02-30', kind: 'holiday', name: 'Sai', legalBasis: 'x' },
    });
    expect(invalidDate.statusCode).toBe(400);
    expect(invalidDate.json().errors[0].message.vi).toContain('Ngày không hợp lệ');
  });

  it('refuses overlapping office intervals', async () => {
    const response = await admin.request({
      method: 'POST',
      url: url('/calendar/schedules'),
      payload: {
        name: 'Sai',
        validFrom: '2026-01-01',
        weekdays: [1, 2, 3, 4, 5],
        intervals: [
          { start: '07:30', end: '11:30' },
          { start: '11:00', end: '17:00' },
        ],
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0]).toMatchObject({
      path: 'body.intervals.1',
      code: 'invalid_interval',
    });
  });
});

describe('API keys', () => {
  it('returns the secret once, stores only its hash, and authenticates with its scopes', async () => {
    const created = await admin.request({
      method: 'POST',
      url: url('/api-keys'),
      payload: { name: 'Cổng DVCQG', scopes: ['fields.read'] },
    });
    expect(created.statusCode).toBe(201);
    const { key, id } = created.json();
    expect(key).toMatch(/^paht_[A-Za-z0-9]{12}_/);
    const listed = await admin.request({ method: 'GET', url: url('/api-keys') });
    // The secret is base64url and may itself contain '_': it is everything after the prefix.
    const secret = (key as string).slice('paht_'.length + 12 + 1);
    expect(secret.length).toBeGreaterThan(20);
    expect(JSON.stringify(listed.json())).not.toContain(secret);
    const stored = await t.database.db
      .selectFrom('api_keys')
      .select('key_hash')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(stored.key_hash).not.toContain(secret);
    const read = await t.app.inject({
      method: 'GET',
      url: url('/fields'),
      headers: { authorization: `Bearer ${key}` },
    });
    expect(read.statusCode).toBe(200);
    const outOfScope = await t.app.inject({
      method: 'GET',
      url: url('/org-units'),
      headers: { authorization: `Bearer ${key}` },
    });
    expect(outOfScope.statusCode).toBe(403);
    const badScope = await admin.request({
      method: 'POST',
      url: url('/api-keys'),
      payload: { name: 'x', scopes: ['users.manage'] },
    });
    expect(badScope.statusCode).toBe(400);
  });
});

describe('tenant resolution', () => {
  it('resolves the tenant from the host name as well as the path prefix', async () => {
    const byHost = await t.app.inject({
      method: 'GET',
      url: '/api/tenant',
      headers: { host: 'tinh-hai.example.vn' },
    });
    expect(byHost.json()).toMatchObject({ code: 'tinh-hai' });
    const byPath = await t.app.inject({ method: 'GET', url: '/t/tinh-mot/api/tenant' });
    expect(byPath.json()).toMatchObject({ code: 'tinh-mot' });
    const unknown = await t.app.inject({ method: 'GET', url: '/t/khong-co/api/tenant' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('TENANT_NOT_FOUND');
  });
});
