import type { Kysely } from 'kysely';
import type { DB, Role } from '../../infra/db/schema';
import { hashPassword } from '../accounts/password';
import { buildAccounts } from './demo-accounts';
import { addressData, provinceOf, wardsOf } from './demo-areas';
import { buildFields } from './demo-fields';
import { buildUnits } from './demo-organisation';
import { DEMO_PROVINCES } from './demo-provinces';
import {
  insertAreasIfAbsent,
  insertDefaultScheduleIfAbsent,
  insertFieldsIfAbsent,
  insertTenantIfAbsent,
  insertUnitsIfAbsent,
  insertUsersIfAbsent,
} from './demo.queries';
import type { DemoProvince } from './demo.types';

/** The one demo password (docs/demo-data.md): ≥ 10 characters, letters and digits. */
export const DEMO_PASSWORD = 'PahtDemo2026';

export type DemoSummary = {
  tenants: { code: string; name: string; profileId: string; created: boolean }[];
  /** Every demo account; `orgUnit` is the unit's code. */
  accounts: {
    tenantCode: string;
    username: string;
    password: string;
    roles: Role[];
    orgUnit: string | null;
  }[];
};

export type LoadDemoDataOptions = {
  /** Password of the accounts this load creates; accounts that exist already keep theirs. */
  password?: string;
};

/**
 * Loads the five demo tenants (one per seed regulation profile, named as the provinces are since
 * 1 July 2025) with their organisation, fields, areas, office hours and staff accounts.
 *
 * Idempotent: every row is inserted only if its natural key is absent, so a second load creates
 * nothing and leaves what an administrator has edited alone. One transaction per tenant.
 * Calendar days are not loaded here.
 */
export async function loadDemoData(
  db: Kysely<DB>,
  options: LoadDemoDataOptions = {},
): Promise<DemoSummary> {
  const password = options.password ?? DEMO_PASSWORD;
  // One argon2id hash (~50 ms) shared by every demo account keeps a full load fast; each account
  // gets its own hash when its password is changed.
  const passwordHash = await hashPassword(password);
  const summary: DemoSummary = { tenants: [], accounts: [] };
  for (const [index, province] of DEMO_PROVINCES.entries()) {
    const created = await db
      .transaction()
      .execute((tx) => loadProvince(tx, province, index, passwordHash));
    summary.tenants.push({
      code: province.tenantCode,
      name: province.name,
      profileId: province.profileId,
      created,
    });
    summary.accounts.push(
      ...buildAccounts(province, index).map((a) => ({
        tenantCode: province.tenantCode,
        username: a.username,
        password,
        roles: a.roles,
        orgUnit: a.orgUnit,
      })),
    );
  }
  return summary;
}

/** Loads one tenant; true when the tenant itself was new. */
async function loadProvince(
  tx: Kysely<DB>,
  province: DemoProvince,
  index: number,
  passwordHash: string,
): Promise<boolean> {
  const tenant = await insertTenantIfAbsent(tx, {
    code: province.tenantCode,
    name: province.name,
    profileId: province.profileId,
    provinceCode: province.provinceCode,
    hosts: [`${province.tenantCode}.paht.localhost`],
  });
  const unitIds = await insertUnitsIfAbsent(tx, tenant.id, buildUnits(province));
  await insertAreasIfAbsent(
    tx,
    tenant.id,
    provinceOf(province.provinceCode),
    wardsOf(province.provinceCode),
    addressData().source,
  );
  await insertFieldsIfAbsent(tx, tenant.id, buildFields(province), unitIds);
  await insertDefaultScheduleIfAbsent(tx, tenant.id);
  await insertUsersIfAbsent(
    tx,
    tenant.id,
    province.tenantCode,
    buildAccounts(province, index),
    unitIds,
    passwordHash,
  );
  return tenant.created;
}
