/**
 * Shared by the sweeper's and the notifications' tests: a Khánh Hòa world (testing/factories.ts)
 * whose staff have e-mail addresses, signed-in sessions, and small readers of what the database
 * holds for a report (events, outbox jobs, deadline rows).
 */
import { expect } from 'vitest';
import { createWorld, TEST_PASSWORD } from '../../testing/factories';
import type { World } from '../../testing/factories';
import { createTestApp, signInAs } from '../../testing/test-app';
import type { Session, TestApp } from '../../testing/test-app';
import type { SweepConfig } from './sweep-deadlines';

export const T = '/t/tinh-mot';

/** Khánh Hòa requires name, phone, address, place and time (Điều 5); e-mail is optional. */
export function citizenReport(n: number, reporter: Record<string, string> = {}) {
  return {
    reporter: {
      name: 'Nguyễn Văn An',
      phone: '0912 345 678',
      address: '12 Trần Phú, Nha Trang',
      email: 'an.nguyen@example.vn',
      ...reporter,
    },
    title: `Đèn đường hỏng số ${n} trên đường Trần Phú`,
    content: `Cột đèn số ${n} trước nhà 12 Trần Phú không sáng từ tối thứ Hai, đoạn đường rất tối.`,
    location: { latitude: 12.2388, longitude: 109.1967, address: '12 Trần Phú, Nha Trang' },
    incidentAt: '2026-03-01T12:00:00Z',
  };
}

export type StaffView = {
  id: string;
  trackingCode: string;
  version: number;
  state: string;
  isOverdue: boolean;
  assignments: { id: string; agencyId: string; role: string; state: string }[];
  deadlines: { id: string; step: string; dueAt: string; assignmentId: string | null }[];
};

/** The staff address of each test account: `<username>@tinh-mot.example.vn`. */
export function staffEmail(username: string): string {
  return `${username}@tinh-mot.example.vn`;
}

export async function openSweeperWorld(env: Record<string, string> = {}) {
  // The clock moves over weeks; sessions must outlive it.
  const t: TestApp = await createTestApp({ SESSION_TTL_HOURS: '2000', ...env });
  const world: World = await createWorld(t.database.db);
  await t.database.db
    .updateTable('users')
    .set((eb) => ({ email: eb('username', '||', '@tinh-mot.example.vn') }))
    .where('tenant_id', '=', world.one.tenant.id)
    .execute();
  const sessions = {
    operator: await signInAs(t.app, 'tinh-mot', 'tiepnhan', TEST_PASSWORD),
    specialist: await signInAs(t.app, 'tinh-mot', 'a.chuyenvien', TEST_PASSWORD),
    leader: await signInAs(t.app, 'tinh-mot', 'a.lanhdao', TEST_PASSWORD),
    otherSpecialist: await signInAs(t.app, 'tinh-mot', 'b.chuyenvien', TEST_PASSWORD),
  };
  const db = t.database.db;
  const config: SweepConfig = {
    publicUrl: t.app.deps.config.publicUrl,
    remindFraction: t.app.deps.config.remindFraction,
  };

  return {
    t,
    db,
    world,
    sessions,
    config,

    /** A citizen submits through the public API; returns the report's id and tracking code. */
    async submit(payload: object, headers: Record<string, string> = {}) {
      const response = await t.app.inject({
        method: 'POST',
        url: `${T}/api/reports`,
        payload,
        headers,
      });
      expect(response.statusCode, response.body).toBe(201);
      const { trackingCode } = response.json<{ trackingCode: string }>();
      const row = await db
        .selectFrom('reports')
        .select('id')
        .where('tracking_code', '=', trackingCode)
        .executeTakeFirstOrThrow();
      return { id: row.id, trackingCode };
    },

    async view(session: Session, id: string): Promise<StaffView> {
      const response = await session.request({ method: 'GET', url: `${T}/api/reports/${id}` });
      expect(response.statusCode, response.body).toBe(200);
      return response.json<StaffView>();
    },

    /** A staff action at the report's current version; fails the test unless it succeeds. */
    async act(session: Session, id: string, action: string, input: object = {}) {
      const current = await this.view(session, id);
      const response = await session.request({
        method: 'POST',
        url: `${T}/api/reports/${id}/actions`,
        payload: { action, version: current.version, input },
      });
      expect(response.statusCode, response.body).toBe(200);
      return response.json<StaffView>();
    },

    async events(id: string, type?: string) {
      let query = db
        .selectFrom('report_events')
        .select(['seq', 'type', 'actor_kind', 'payload', 'occurred_at'])
        .where('report_id', '=', id);
      if (type) {
        query = query.where('type', '=', type);
      }
      return query.orderBy('seq').execute();
    },

    /** Outbox jobs written for the report: kind, recipient and notice type. */
    async jobs(id: string, tag?: string) {
      const rows = await db
        .selectFrom('outbox_jobs')
        .select(['kind', 'payload', 'dedupe_key'])
        .where('dedupe_key', 'like', `${id}:%`)
        .orderBy('created_at')
        .orderBy('dedupe_key')
        .execute();
      return rows
        .map((row) => {
          const payload = row.payload as { to: string; tag?: string };
          return { kind: row.kind, to: payload.to, tag: payload.tag ?? null };
        })
        .filter((job) => tag === undefined || job.tag === tag);
    },

    async deadlineRows(id: string) {
      return db
        .selectFrom('report_deadlines')
        .select(['step', 'due_at', 'remind_at', 'reminded_at', 'overdue_at', 'completed_at'])
        .where('report_id', '=', id)
        .orderBy('started_at')
        .orderBy('step')
        .execute();
    },
  };
}

export type SweeperWorld = Awaited<ReturnType<typeof openSweeperWorld>>;
