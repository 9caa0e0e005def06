/**
 * The shape of the permission table's rows (infra/http/permission-table.test.ts). Each feature
 * keeps the rows of its own routes in a `*.permission-rows.ts` file next to them, exporting
 * `rows: Endpoint[]`; the table test loads every such file, and fails for a route without a row.
 */
import type { Role } from '@paht/domain';
import type { Kysely } from 'kysely';
import type { DB } from '../infra/db/schema';
import type { World } from './factories';

export type Caller = Role | 'anonymous' | 'apiKeyScoped' | 'apiKeyUnscoped';
export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
export type Built = { url: string; payload?: unknown };

export type ReportFixture = { id: string; trackingCode: string };

export type Ctx = {
  one: World['one'];
  two: World['two'];
  /** A value no other call of the run has used (for codes and usernames). */
  unique: () => string;
  db: Kysely<DB>;
  /** The test app's DATA_DIR (stored files live under it). */
  dataDir: string;
  /**
   * Reports of tinh-mot made through HTTP: distributed to agency A (lead), not yet distributed,
   * confidential (not distributed); and one of tinh-hai. Their reporter's phone is REPORTER_PHONE.
   */
  reports: {
    assignedA: ReportFixture;
    unassigned: ReportFixture;
    confidential: ReportFixture;
    otherTenant: ReportFixture;
  };
};

export type Endpoint = {
  /** `METHOD /url` exactly as registered (with `:params`). */
  route: string;
  /** A distinct situation of the same route (own agency, other agency, other tenant …). */
  variant: string;
  build: (ctx: Ctx) => Promise<Built>;
  /** Status per caller; `others` for every caller not named. */
  expect: Partial<Record<Caller, number>> & { others: number };
  /** Use a fresh session for this row (sign-out would end the shared one). */
  fresh?: boolean;
};

/** Scoped API keys of the table hold these scopes. */
export const SCOPED_KEY_SCOPES = [
  'org_units.read',
  'fields.read',
  'areas.read',
  'calendar.read',
] as const;

export const ALL_STAFF_READ = {
  operator: 200,
  specialist: 200,
  leader: 200,
  supervisor: 200,
  admin: 200,
};

/** Staff read, anonymous 401, API keys without the scope 403. */
export const STAFF_ONLY_READ = { ...ALL_STAFF_READ, anonymous: 401, others: 403 };

export const REPORTER_PHONE = '0912345678';

/** A valid citizen submission for a khanh-hoa-2022 tenant (the test world's profile). */
export const CITIZEN_REPORT = {
  reporter: { name: 'Nguyễn Văn An', phone: REPORTER_PHONE, address: '12 Trần Phú, Nha Trang' },
  title: 'Đèn đường hỏng trên đường Trần Phú',
  content: 'Ba cột đèn trước số 12 Trần Phú không sáng từ tối thứ Hai, đoạn đường rất tối.',
  location: { latitude: 12.2388, longitude: 109.1967 },
  incidentAt: '2026-03-01T12:00:00Z',
};

/** The same, as an operator enters a hotline call. */
export const OPERATOR_REPORT = {
  ...CITIZEN_REPORT,
  channel: 'hotline',
  receivedAt: '2026-03-02T01:00:00Z',
};
