/**
 * Test-only support for the per-profile scenario tests (issue 4 "Done when"): a tenant on one
 * regulation profile with the official calendar, an intake center and three agencies with a
 * specialist and a leader each, signed-in sessions, a real SMTP server and an HTTP SMS gateway
 * that keep what they receive, and small helpers that drive a report through HTTP.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ProfileId } from '@paht/domain';
import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import pg from 'pg';
import { expect } from 'vitest';
import type { OrgUnit, Tenant } from '../../../infra/db/schema';
import { runOutboxOnce } from '../../../infra/jobs/outbox-worker';
import { createMailer } from '../../../infra/mail/mailer';
import { createSmsGateway } from '../../../infra/sms/sms-gateway';
import { createOrgUnit, createTenant, createUser, TEST_PASSWORD } from '../../../testing/factories';
import { readMail, startSmtpSink } from '../../../testing/smtp-sink';
import type { ReadMail } from '../../../testing/smtp-sink';
import { createTestApp, signInAs } from '../../../testing/test-app';
import type { Session, TestApp } from '../../../testing/test-app';
import { seedTenantCalendar } from '../../calendar/seed-calendar';
import { sweepOnce } from '../../sweeper/sweep-deadlines';

/** '2026-05-08 16:00' Vietnam time (UTC+7) as an instant. */
export function vn(local: string): Date {
  return new Date(`${local.replace(' ', 'T')}:00+07:00`);
}

export type StaffView = {
  id: string;
  trackingCode: string;
  version: number;
  state: string;
  track: string;
  receivedAt: string;
  publication: string | null;
  leadAgencyId: string | null;
  dueAt: string | null;
  isOverdue: boolean;
  isConfidential: boolean;
  duplicateOfId: string | null;
  answer: string | null;
  rating: string | null;
  assignments: { id: string; agencyId: string; role: string; state: string }[];
  deadlines: {
    step: string;
    assignmentId: string | null;
    dueAt: string;
    overdueAt: string | null;
    isExtended: boolean;
    article: string;
  }[];
  availableActions: { action: string; assignmentId: string | null }[];
};

export type CitizenEvent = { type: string; occurredAt: string; details: Record<string, unknown> };

export type PublicView = {
  trackingCode: string;
  state: string;
  reporterName: string | null;
  answer: string | null;
  publishedAt: string | null;
  rating: string | null;
  timeline: { type: string; occurredAt: string }[];
};

export type PrivateView = {
  trackingCode: string;
  version: number;
  state: string;
  isConfidential: boolean;
  answer: string | null;
  rating: string | null;
  reporter: { name: string | null; phone: string | null; email: string | null };
  timeline: CitizenEvent[];
  availableActions: string[];
};

export type Refused = { status: number; code: string; refusal: string | undefined };

export type Sms = { to: string; text: string };

export const STAFF = {
  operator: { username: 'tiepnhan', unit: 'intake', roles: ['operator'] },
  aSpecialist: { username: 'a.chuyenvien', unit: 'a', roles: ['specialist'] },
  aLeader: { username: 'a.lanhdao', unit: 'a', roles: ['leader'] },
  bSpecialist: { username: 'b.chuyenvien', unit: 'b', roles: ['specialist'] },
  bLeader: { username: 'b.lanhdao', unit: 'b', roles: ['leader'] },
  cSpecialist: { username: 'c.chuyenvien', unit: 'c', roles: ['specialist'] },
  cLeader: { username: 'c.lanhdao', unit: 'c', roles: ['leader'] },
} as const;
export type StaffName = keyof typeof STAFF;

/** The address each staff member gets notifications at. */
export function staffEmail(name: StaffName): string {
  return `${STAFF[name].username}@tinh.example.vn`;
}

async function startSmsSink() {
  const received: Sms[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const message = JSON.parse(body) as Sms;
      received.push({ to: message.to, text: message.text });
      response.writeHead(202).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/send`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Closes the app and its database. On PostgreSQL it first waits until the pool's connections have
 * really gone: `pg.Pool#end` resolves before its clients' sockets close, and the test database is
 * then dropped `WITH (FORCE)`, which kills a connection still closing and surfaces as an uncaught
 * "terminating connection due to administrator command" (test-database.ts).
 */
export async function closeApp(t: TestApp): Promise<void> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    await t.close();
    return;
  }
  const { rows } = await sql<{ name: string }>`SELECT current_database() AS name`.execute(
    t.database.db,
  );
  await t.app.close();
  await t.database.db.destroy();
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const result = await admin.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1',
        [rows[0]?.name],
      );
      if (result.rows[0]?.n === 0) {
        break;
      }
      await sleep(20);
    }
  } finally {
    await admin.end();
  }
  await t.database.close();
}

/** Delivery runs on its own clock: the business clock only decides when jobs were written. */
const DELIVERY_CLOCK = () => new Date('2100-01-01T00:00:00Z');

let citizenAddress = 0;
/** Each citizen request from its own address, so the public rate limits never interfere. */
function nextCitizenAddress(): string {
  citizenAddress += 1;
  return `10.77.${Math.floor(citizenAddress / 250) % 250}.${(citizenAddress % 250) + 1}`;
}

export type Scenario = Awaited<ReturnType<typeof openScenario>>;

/**
 * A tenant on `profileId`, its calendar seeded with the official days off, an intake center
 * (`ioc`) and agencies `so-a`, `so-b`, `so-c` with a specialist and a leader each, every staff
 * member signed in at `signInAt` (Vietnam time).
 */
export async function openScenario(profileId: ProfileId, signInAt: string) {
  const t: TestApp = await createTestApp({
    // The clock moves over months; sessions must outlive it. Workers stay off: the test runs
    // the outbox and the overdue sweep itself, at the moments it chooses.
    SESSION_TTL_HOURS: '100000',
    WORKERS: 'false',
  });
  const smtp = await startSmtpSink();
  const smsSink = await startSmsSink();
  const { db } = t.database;
  t.clock.set(vn(signInAt));
  const tenant: Tenant = await createTenant(db, 'tinh', profileId);
  await seedTenantCalendar(db, tenant.id, vn(signInAt));
  const units: Record<'intake' | 'a' | 'b' | 'c', OrgUnit> = {
    intake: await createOrgUnit(db, tenant.id, 'ioc', 'intake_center'),
    a: await createOrgUnit(db, tenant.id, 'so-a'),
    b: await createOrgUnit(db, tenant.id, 'so-b'),
    c: await createOrgUnit(db, tenant.id, 'so-c'),
  };
  const sessions = {} as Record<StaffName, Session>;
  for (const [name, spec] of Object.entries(STAFF) as [StaffName, (typeof STAFF)[StaffName]][]) {
    const user = await createUser(
      db,
      tenant.id,
      spec.username,
      [...spec.roles],
      units[spec.unit].id,
    );
    await db
      .updateTable('users')
      .set({ email: staffEmail(name) })
      .where('id', '=', user.id)
      .execute();
    sessions[name] = await signInAs(t.app, tenant.code, spec.username, TEST_PASSWORD);
  }
  const base = `/t/${tenant.code}`;
  const mailer = createMailer({
    smtpUrl: smtp.url,
    from: 'PAHT <no-reply@paht.test>',
    dataDir: '/tmp',
  });
  const smsGateway = createSmsGateway({ url: smsSink.url, token: undefined, dataDir: '/tmp' });

  const view = async (who: StaffName, id: string): Promise<StaffView> => {
    const response = await sessions[who].request({
      method: 'GET',
      url: `${base}/api/reports/${id}`,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<StaffView>();
  };

  const send = async (
    who: StaffName,
    id: string,
    action: string,
    input: object,
  ): Promise<LightMyRequestResponse> => {
    const current = await view(who, id);
    return sessions[who].request({
      method: 'POST',
      url: `${base}/api/reports/${id}/actions`,
      payload: { action, version: current.version, input },
    });
  };

  const refused = (response: LightMyRequestResponse): Refused => {
    const body = response.json<{ code: string; refusal?: string }>();
    return { status: response.statusCode, code: body.code, refusal: body.refusal };
  };

  const citizen = (options: {
    method: 'GET' | 'POST';
    url: string;
    payload?: object;
    headers?: Record<string, string>;
  }) =>
    t.app.inject({ ...options, url: `${base}${options.url}`, remoteAddress: nextCitizenAddress() });

  return {
    t,
    db,
    tenant,
    units,
    sessions,
    smtp,
    sms: smsSink.received,

    /** Sets the clock to a Vietnam local time. */
    at(local: string): void {
      t.clock.set(vn(local));
    },

    /** A citizen's own submission (public, no account); returns the new report's id and code. */
    async submit(body: object, idempotencyKey?: string) {
      const response = await citizen({
        method: 'POST',
        url: '/api/reports',
        payload: body,
        ...(idempotencyKey ? { headers: { 'idempotency-key': idempotencyKey } } : {}),
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

    /** An operator enters a hotline call, letter, walk-in … with its channel and receivedAt. */
    async enter(body: object) {
      const response = await sessions.operator.request({
        method: 'POST',
        url: `${base}/api/intake/reports`,
        payload: body,
      });
      expect(response.statusCode, response.body).toBe(201);
      const report = response.json<StaffView>();
      return { id: report.id, trackingCode: report.trackingCode, view: report };
    },

    view,

    /** Takes an action at the report's current version; fails the test unless it succeeds. */
    async act(who: StaffName, id: string, action: string, input: object = {}): Promise<StaffView> {
      const response = await send(who, id, action, input);
      expect(response.statusCode, `${action} by ${who}: ${response.body}`).toBe(200);
      return response.json<StaffView>();
    },

    /** Takes an action that must be refused; returns the status and the refusal code. */
    async refuse(who: StaffName, id: string, action: string, input: object = {}): Promise<Refused> {
      const response = await send(who, id, action, input);
      expect(response.statusCode, `${action} by ${who} should be refused`).not.toBe(200);
      return refused(response);
    },

    /** The due instant (ISO, Z) of an open deadline of a step, on the report or an assignment. */
    due(report: StaffView, step: string, assignmentId: string | null = null): string | undefined {
      return report.deadlines.find((d) => d.step === step && d.assignmentId === assignmentId)
        ?.dueAt;
    },

    /** Event types of the report's log, oldest first (GET /api/reports/:id/events). */
    async eventTypes(id: string, who: StaffName = 'operator'): Promise<string[]> {
      const response = await sessions[who].request({
        method: 'GET',
        url: `${base}/api/reports/${id}/events`,
      });
      expect(response.statusCode, response.body).toBe(200);
      return response.json<{ items: { type: string }[] }>().items.map((e) => e.type);
    },

    /** How each deadline row of the report ended (step, outcome, overdue or not), by start. */
    async deadlineRows(id: string) {
      return db
        .selectFrom('report_deadlines')
        .select(['step', 'outcome', 'due_at', 'overdue_at', 'extended', 'org_unit_id'])
        .where('report_id', '=', id)
        .orderBy('started_at')
        .orderBy('step')
        .execute();
    },

    /**
     * Outbox jobs written for the report (of one notice type, when given): kind, recipient and
     * notice type, oldest first (e-mail before SMS within one event).
     */
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

    /**
     * Runs four outbox workers side by side until the outbox is empty (e-mail to the SMTP server,
     * SMS to the gateway); they claim with SKIP LOCKED, so each message still goes out once.
     */
    async deliver(): Promise<void> {
      for (;;) {
        const runs = await Promise.all(
          [1, 2, 3, 4].map(() =>
            runOutboxOnce(db, { mailer, sms: smsGateway }, DELIVERY_CLOCK, undefined, 5),
          ),
        );
        expect(runs.map((run) => run.failed)).toEqual([0, 0, 0, 0]);
        if (runs.every((run) => run.delivered === 0)) {
          return;
        }
      }
    },

    /** Mail the SMTP server received for `address` (of one notice type, when given), decoded. */
    mailTo(address: string, tag?: string): ReadMail[] {
      return smtp.received
        .filter((m) => m.to.includes(address))
        .map(readMail)
        .filter((mail) => tag === undefined || mail.tag === tag);
    },

    publicView: (trackingCode: string) =>
      citizen({ method: 'GET', url: `/api/public/reports/${trackingCode}` }),

    privateView: (trackingCode: string, phone: string) =>
      citizen({
        method: 'POST',
        url: `/api/public/reports/${trackingCode}/private`,
        payload: { phone },
      }),

    /** The reporter acts with tracking code + phone, at the private view's current version. */
    async reporterAct(trackingCode: string, phone: string, action: string, input: object = {}) {
      const current = await citizen({
        method: 'POST',
        url: `/api/public/reports/${trackingCode}/private`,
        payload: { phone },
      });
      expect(current.statusCode, current.body).toBe(200);
      return citizen({
        method: 'POST',
        url: `/api/public/reports/${trackingCode}/actions`,
        payload: { phone, action, version: current.json<PrivateView>().version, input },
      });
    },

    refused,

    /** One pass of the deadline sweeper at the current clock (overdue marks, reminders). */
    sweep: () =>
      sweepOnce(db, t.clock.now(), {
        publicUrl: t.app.deps.config.publicUrl,
        remindFraction: t.app.deps.config.remindFraction,
      }),

    /** One sweeper pass; returns how many steps of report `id` it marked overdue. */
    async sweepOverdue(id: string): Promise<number> {
      const count = async () =>
        (
          await db
            .selectFrom('report_events')
            .select('seq')
            .where('report_id', '=', id)
            .where('type', '=', 'deadline.overdue')
            .execute()
        ).length;
      const before = await count();
      await sweepOnce(db, t.clock.now(), {
        publicUrl: t.app.deps.config.publicUrl,
        remindFraction: t.app.deps.config.remindFraction,
      });
      return (await count()) - before;
    },

    async close(): Promise<void> {
      await closeApp(t);
      await smtp.close();
      await smsSink.close();
    },
  };
}
