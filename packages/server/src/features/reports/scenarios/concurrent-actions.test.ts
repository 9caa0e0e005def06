/**
 * Optimistic concurrency through HTTP (issue 4 item 5): two staff send an action on one report at
 * the same moment with the version they both saw. The report row is locked (FOR UPDATE) before the
 * version check, so on PostgreSQL the second transaction waits for the first and then sees the new
 * version: exactly one change, one 409, one event, and the version bumped once. Run it on
 * PostgreSQL with TEST_DATABASE_URL (on PGlite the single connection serialises the two anyway).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyEventLog } from '../../../infra/events/verify-log';
import { createUser, createWorld, TEST_PASSWORD } from '../../../testing/factories';
import type { World } from '../../../testing/factories';
import { createTestApp, signInAs } from '../../../testing/test-app';
import type { Session, TestApp } from '../../../testing/test-app';
import { closeApp } from './scenario-support';
import type { StaffView } from './scenario-support';

let t: TestApp;
let world: World;
let operator: Session;
let otherOperator: Session;
let specialist: Session;
let leader: Session;

const T = '/t/tinh-mot';

beforeAll(async () => {
  // The clock moves over days; sessions must outlive it.
  t = await createTestApp({ SESSION_TTL_HOURS: '2000', WORKERS: 'false' });
  world = await createWorld(t.database.db);
  await createUser(
    t.database.db,
    world.one.tenant.id,
    'tiepnhan2',
    ['operator'],
    world.one.intake.id,
  );
  operator = await signInAs(t.app, 'tinh-mot', 'tiepnhan', TEST_PASSWORD);
  otherOperator = await signInAs(t.app, 'tinh-mot', 'tiepnhan2', TEST_PASSWORD);
  specialist = await signInAs(t.app, 'tinh-mot', 'a.chuyenvien', TEST_PASSWORD);
  leader = await signInAs(t.app, 'tinh-mot', 'a.lanhdao', TEST_PASSWORD);
});
afterAll(async () => {
  if (t) {
    await closeApp(t);
  }
});

async function submit(n: number): Promise<string> {
  const response = await t.app.inject({
    method: 'POST',
    url: `${T}/api/reports`,
    remoteAddress: `10.66.0.${n + 1}`,
    payload: {
      reporter: {
        name: 'Nguyễn Văn An',
        phone: '0912 345 678',
        address: '12 Trần Phú, Nha Trang',
      },
      title: `Đèn đường hỏng số ${n}`,
      content: `Cột đèn số ${n} trên đường Trần Phú không sáng từ tối thứ Hai, đoạn đường rất tối.`,
      location: { latitude: 12.2388, longitude: 109.1967 },
      incidentAt: '2026-03-01T12:00:00Z',
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  const { trackingCode } = response.json<{ trackingCode: string }>();
  const row = await t.database.db
    .selectFrom('reports')
    .select('id')
    .where('tracking_code', '=', trackingCode)
    .executeTakeFirstOrThrow();
  return row.id;
}

async function view(session: Session, id: string): Promise<StaffView> {
  const response = await session.request({ method: 'GET', url: `${T}/api/reports/${id}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<StaffView>();
}

async function eventTypes(id: string): Promise<string[]> {
  const response = await operator.request({ method: 'GET', url: `${T}/api/reports/${id}/events` });
  return response.json<{ items: { type: string }[] }>().items.map((e) => e.type);
}

function send(session: Session, id: string, version: number, action: string, input: object) {
  return session.request({
    method: 'POST',
    url: `${T}/api/reports/${id}/actions`,
    payload: { action, version, input },
  });
}

describe('two staff acting on one report at once', () => {
  it('two operators distribute to different agencies: one wins, the other gets 409 and nothing changes', async () => {
    t.clock.set('2026-03-02T02:00:00Z');
    const ids = await Promise.all([0, 1, 2, 3, 4].map(submit));
    t.clock.set('2026-03-02T03:00:00Z');
    for (const id of ids) {
      const before = await view(operator, id);
      const responses = await Promise.all([
        send(operator, id, before.version, 'distribute', { leadAgencyId: world.one.agencyA.id }),
        send(otherOperator, id, before.version, 'distribute', {
          leadAgencyId: world.one.agencyB.id,
        }),
      ]);
      expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409]);
      const loser = responses.find((r) => r.statusCode === 409);
      expect(loser?.json()).toMatchObject({
        code: 'VERSION_CONFLICT',
        currentVersion: before.version + 1,
      });
      const winner = responses.find((r) => r.statusCode === 200)?.json<StaffView>();
      const after = await view(operator, id);
      expect(after.version).toBe(before.version + 1);
      expect(after.assignments).toHaveLength(1);
      expect(after.assignments[0]?.agencyId).toBe(winner?.leadAgencyId);
      expect((await eventTypes(id)).filter((type) => type === 'report.distributed')).toHaveLength(
        1,
      );
      const assignments = await t.database.db
        .selectFrom('report_assignments')
        .select('agency_id')
        .where('report_id', '=', id)
        .execute();
      expect(assignments).toEqual([{ agency_id: winner?.leadAgencyId }]);
    }
    const chain = await verifyEventLog(t.database.db, world.one.tenant.id);
    expect(chain.breaks).toEqual([]);
  });

  it('the specialist submits while the leader extends: one change, one 409, one new event', async () => {
    const id = await submit(9);
    t.clock.set('2026-03-02T04:00:00Z');
    const distributed = await view(operator, id);
    const routed = await send(operator, id, distributed.version, 'distribute', {
      leadAgencyId: world.one.agencyA.id,
    });
    expect(routed.statusCode, routed.body).toBe(200);
    const lead = routed.json<StaffView>().assignments[0]?.id;
    const accepted = await send(specialist, id, distributed.version + 1, 'accept', {
      assignmentId: lead,
    });
    expect(accepted.statusCode, accepted.body).toBe(200);

    t.clock.set('2026-03-04T02:00:00Z');
    const before = await view(specialist, id);
    const eventsBefore = await eventTypes(id);
    const responses = await Promise.all([
      send(specialist, id, before.version, 'submit_answer', {
        assignmentId: lead,
        summary: 'Đã thay bóng đèn.',
      }),
      send(leader, id, before.version, 'extend_deadline', {
        assignmentId: lead,
        committedDue: '2026-03-16T17:00:00+07:00',
        reason: 'Cần khảo sát toàn tuyến.',
        complexCase: true,
      }),
    ]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const after = await view(specialist, id);
    expect(after.version).toBe(before.version + 1);
    const eventsAfter = await eventTypes(id);
    expect(eventsAfter.slice(0, eventsBefore.length)).toEqual(eventsBefore);
    const added = eventsAfter.slice(eventsBefore.length);
    expect([['answer.submitted'], ['assignment.extended']]).toContainEqual(added);
  });
});
