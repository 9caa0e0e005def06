import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, TEST_PASSWORD } from '../../testing/factories';
import type { World } from '../../testing/factories';
import { createTestApp, signInAs } from '../../testing/test-app';
import type { Session, TestApp } from '../../testing/test-app';
import { seedTenantCalendar } from './seed-calendar';

let t: TestApp;
let world: World;
let admin: Session;

beforeAll(async () => {
  t = await createTestApp();
  world = await createWorld(t.database.db);
  admin = await signInAs(t.app, 'tinh-mot', 'quantri', TEST_PASSWORD);
});
afterAll(async () => {
  await t.close();
});

describe('tenant calendar seed', () => {
  it('loads the official 2026 schedule as confirmed days with their notices, once', async () => {
    const now = new Date('2026-11-23T03:00:00Z');
    const created = await seedTenantCalendar(t.database.db, world.one.tenant.id, now);
    expect(created).toBeGreaterThan(20);
    expect(await seedTenantCalendar(t.database.db, world.one.tenant.id, now)).toBe(0);
    const days = (
      await admin.request({
        method: 'GET',
        url: '/t/tinh-mot/api/calendar/days?from=2026-01-01&to=2026-12-31',
      })
    ).json().items as { date: string; kind: string; status: string; legalBasis: string | null }[];
    const byDate = new Map(days.map((d) => [d.date, d]));
    // Tết Bính Ngọ: Mon 16/2 – Fri 20/2 (TB 9441/TB-BNV); Sat 10/1 worked in exchange for Fri 2/1.
    expect(byDate.get('2026-02-17')).toMatchObject({ kind: 'holiday', status: 'confirmed' });
    expect(byDate.get('2026-02-17')?.legalBasis).toBeTruthy();
    expect(byDate.get('2026-01-10')).toMatchObject({ kind: 'swap_workday', status: 'confirmed' });
    expect(byDate.get('2026-01-02')).toMatchObject({ kind: 'swap_off' });
    expect(byDate.get('2026-04-27')).toMatchObject({ kind: 'make_up_off' });
    expect(byDate.get('2026-11-24')).toMatchObject({ kind: 'holiday' });
    const next = (
      await admin.request({
        method: 'GET',
        url: '/t/tinh-mot/api/calendar/days?from=2027-01-01&to=2027-12-31',
      })
    ).json().items as { date: string; status: string }[];
    expect(next.length).toBeGreaterThan(5);
    expect(next.every((d) => d.status === 'provisional')).toBe(true);
  });

  it('generates a later year by rule on request, keeping dates already present', async () => {
    const response = await admin.request({
      method: 'POST',
      url: '/t/tinh-mot/api/calendar/generate',
      payload: { year: 2030 },
    });
    expect(response.statusCode).toBe(201);
    const body = response.json() as {
      created: number;
      items: { date: string; name: string; status: string }[];
    };
    expect(body.created).toBe(body.items.length);
    // 2030: Tết is Sat 2 Feb in Vietnam (China: 3 Feb), Giỗ Tổ 10/3 lunar = Fri 12 Apr.
    expect(body.items.map((d) => d.date)).toContain('2030-02-02');
    expect(body.items.map((d) => d.date)).toContain('2030-04-12');
    const again = await admin.request({
      method: 'POST',
      url: '/t/tinh-mot/api/calendar/generate',
      payload: { year: 2030 },
    });
    expect(again.json().created).toBe(0);
    const outOfRange = await admin.request({
      method: 'POST',
      url: '/t/tinh-mot/api/calendar/generate',
      payload: { year: 1999 },
    });
    expect(outOfRange.statusCode).toBe(400);
    expect(outOfRange.json().errors[0].path).toBe('body.year');
  });
});
