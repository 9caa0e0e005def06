import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../infra/db/database';
import type { DB } from '../../infra/db/schema';
import { openTestDatabase } from '../../infra/db/test-database';
import { verifyPassword } from '../accounts/password';
import { rowCounts, tenantId, usersWithUnits } from './demo-test-support';
import { DEMO_PASSWORD, loadDemoData } from './load-demo-data';

let database: Database;
let db: Kysely<DB>;

beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
  await loadDemoData(db);
});
afterAll(async () => {
  await database.close();
});

describe('loadDemoData run again', () => {
  it('creates nothing on a second run and keeps what an administrator edited', async () => {
    const before = await rowCounts(db);
    const khanhHoa = await tenantId(db, 'khanh-hoa');
    await db
      .updateTable('org_units')
      .set({ name: 'Sở Xây dựng (đã đổi tên)' })
      .where('tenant_id', '=', khanhHoa)
      .where('code', '=', 'so-xay-dung')
      .execute();
    await db
      .updateTable('fields')
      .set({ default_agency_id: null, is_active: false })
      .where('tenant_id', '=', khanhHoa)
      .where('code', '=', 'dien')
      .execute();
    await db
      .updateTable('users')
      .set({ display_name: 'Tên mới', roles: ['admin', 'supervisor'] })
      .where('tenant_id', '=', khanhHoa)
      .where('username', '=', 'admin')
      .execute();

    const second = await loadDemoData(db);

    expect(await rowCounts(db)).toEqual(before);
    expect(second.tenants.every((t) => !t.created)).toBe(true);
    const unit = await db
      .selectFrom('org_units')
      .select('name')
      .where('tenant_id', '=', khanhHoa)
      .where('code', '=', 'so-xay-dung')
      .executeTakeFirstOrThrow();
    expect(unit.name).toBe('Sở Xây dựng (đã đổi tên)');
    const field = await db
      .selectFrom('fields')
      .select(['default_agency_id', 'is_active'])
      .where('tenant_id', '=', khanhHoa)
      .where('code', '=', 'dien')
      .executeTakeFirstOrThrow();
    expect(field).toEqual({ default_agency_id: null, is_active: false });
    const admin = await db
      .selectFrom('users')
      .select(['display_name', 'roles'])
      .where('tenant_id', '=', khanhHoa)
      .where('username', '=', 'admin')
      .executeTakeFirstOrThrow();
    expect(admin).toEqual({ display_name: 'Tên mới', roles: ['admin', 'supervisor'] });
  });

  it('re-creates only a missing account, with the password given to that load', async () => {
    const vinhLong = await tenantId(db, 'vinh-long');
    await db
      .deleteFrom('users')
      .where('tenant_id', '=', vinhLong)
      .where('username', '=', 'tiepnhan2')
      .execute();
    const before = await rowCounts(db);

    await loadDemoData(db, { password: 'KhacMatKhau2026' });

    expect((await rowCounts(db)).users).toBe(before.users + 1);
    const users = await usersWithUnits(db, 'vinh-long');
    const hashOf = (username: string) =>
      users.find((u) => u.username === username)?.password_hash ?? '';
    expect(await verifyPassword(hashOf('tiepnhan2'), 'KhacMatKhau2026')).toBe(true);
    expect(await verifyPassword(hashOf('tiepnhan'), DEMO_PASSWORD)).toBe(true);
  });
});

describe('loadDemoData run twice at once', () => {
  it('creates each row once: the tenant row lock queues the second load', async () => {
    const fresh = await openTestDatabase();
    try {
      const [a, b] = await Promise.all([loadDemoData(fresh.db), loadDemoData(fresh.db)]);
      const created = [...a.tenants, ...b.tenants].filter((t) => t.created);
      expect(created).toHaveLength(5);
      const schedules = await fresh.db
        .selectFrom('office_schedules')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(schedules.n)).toBe(5);
      const users = await fresh.db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(users.n)).toBe(a.accounts.length);
    } finally {
      await fresh.close();
    }
  });
});
