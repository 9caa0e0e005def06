import type { Role } from '@paht/domain';
import type { Kysely } from 'kysely';
import type { DB, OrgUnitKind } from '../infra/db/schema';
import { hashPassword } from '../features/accounts/password';

export const TEST_PASSWORD = 'Matkhau2026';

let passwordHash: Promise<string> | undefined;
const sharedHash = () => (passwordHash ??= hashPassword(TEST_PASSWORD));

export async function createTenant(db: Kysely<DB>, code: string, profileId = 'khanh-hoa-2022') {
  return db
    .insertInto('tenants')
    .values({ code, name: `Tỉnh ${code}`, profile_id: profileId, hosts: [`${code}.example.vn`] })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function createOrgUnit(
  db: Kysely<DB>,
  tenantId: string,
  code: string,
  kind: OrgUnitKind = 'department',
  parentId: string | null = null,
) {
  return db
    .insertInto('org_units')
    .values({ tenant_id: tenantId, code, name: `Đơn vị ${code}`, kind, parent_id: parentId })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function createUser(
  db: Kysely<DB>,
  tenantId: string,
  username: string,
  roles: Role[],
  orgUnitId: string | null,
) {
  return db
    .insertInto('users')
    .values({
      tenant_id: tenantId,
      username,
      display_name: `Cán bộ ${username}`,
      roles,
      org_unit_id: orgUnitId,
      password_hash: await sharedHash(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * Two tenants, each with an intake center and two agencies, and one account per role:
 * operator at the intake center, specialist and leader at agency A, admin and supervisor.
 */
export async function createWorld(db: Kysely<DB>) {
  const build = async (code: string) => {
    const tenant = await createTenant(db, code);
    const intake = await createOrgUnit(db, tenant.id, 'ioc', 'intake_center');
    const agencyA = await createOrgUnit(db, tenant.id, 'so-a');
    const agencyB = await createOrgUnit(db, tenant.id, 'so-b');
    const users = {
      operator: await createUser(db, tenant.id, 'tiepnhan', ['operator'], intake.id),
      specialist: await createUser(db, tenant.id, 'a.chuyenvien', ['specialist'], agencyA.id),
      leader: await createUser(db, tenant.id, 'a.lanhdao', ['leader'], agencyA.id),
      supervisor: await createUser(db, tenant.id, 'giamsat', ['supervisor'], null),
      admin: await createUser(db, tenant.id, 'quantri', ['admin'], null),
    };
    const otherAgencyUser = await createUser(
      db,
      tenant.id,
      'b.chuyenvien',
      ['specialist'],
      agencyB.id,
    );
    return { tenant, intake, agencyA, agencyB, users, otherAgencyUser };
  };
  return { one: await build('tinh-mot'), two: await build('tinh-hai') };
}

export type World = Awaited<ReturnType<typeof createWorld>>;
