/**
 * The report workflow through HTTP on a Khánh Hòa tenant (khanh-hoa-2022): a citizen submits, the
 * intake center distributes, the agency answers, its leader approves, the answer is published,
 * and the public and private views show what each audience may see.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, TEST_PASSWORD } from '../../testing/factories';
import type { World } from '../../testing/factories';
import { createTestApp, signInAs } from '../../testing/test-app';
import type { Session, TestApp } from '../../testing/test-app';

let t: TestApp;
let world: World;
let operator: Session;
let specialist: Session;
let leader: Session;
let otherAgency: Session;

const T = '/t/tinh-mot';

export const CITIZEN_REPORT = {
  reporter: {
    name: 'Nguyễn Văn An',
    phone: '0912 345 678',
    address: '12 Trần Phú, Nha Trang',
    email: 'an.nguyen@example.vn',
  },
  title: 'Đèn đường hỏng trên đường Trần Phú',
  content: 'Ba cột đèn trước số 12 Trần Phú không sáng từ tối thứ Hai, đoạn đường rất tối.',
  location: { latitude: 12.2388, longitude: 109.1967, address: '12 Trần Phú, Nha Trang' },
  incidentAt: '2026-03-01T12:00:00Z',
};

type StaffView = {
  id: string;
  version: number;
  state: string;
  assignments: { id: string; agencyId: string; role: string; state: string }[];
  deadlines: { step: string; dueAt: string; assignmentId: string | null }[];
  availableActions: { action: string; assignmentId: string | null }[];
};

async function act(session: Session, id: string, action: string, input: object = {}) {
  const current = (
    await session.request({ method: 'GET', url: `${T}/api/reports/${id}` })
  ).json<StaffView>();
  const response = await session.request({
    method: 'POST',
    url: `${T}/api/reports/${id}/actions`,
    payload: { action, version: current.version, input },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<StaffView>();
}

beforeAll(async () => {
  // The clock moves over days; sessions must outlive it.
  t = await createTestApp({ SESSION_TTL_HOURS: '2000' });
  world = await createWorld(t.database.db);
  operator = await signInAs(t.app, 'tinh-mot', 'tiepnhan', TEST_PASSWORD);
  specialist = await signInAs(t.app, 'tinh-mot', 'a.chuyenvien', TEST_PASSWORD);
  leader = await signInAs(t.app, 'tinh-mot', 'a.lanhdao', TEST_PASSWORD);
  otherAgency = await signInAs(t.app, 'tinh-mot', 'b.chuyenvien', TEST_PASSWORD);
});
afterAll(async () => t?.close());

describe('report workflow (khanh-hoa-2022)', () => {
  let trackingCode: string;
  let reportId: string;

  it('takes a citizen submission and returns a tracking code, once per Idempotency-Key', async () => {
    // Monday 2 March 2026, 09:00 in Vietnam.
    t.clock.set('2026-03-02T02:00:00Z');
    const send = () =>
      t.app.inject({
        method: 'POST',
        url: `${T}/api/reports`,
        headers: { 'idempotency-key': 'submit-0001-abcdef' },
        payload: CITIZEN_REPORT,
      });
    const first = await send();
    expect(first.statusCode, first.body).toBe(201);
    trackingCode = first.json<{ trackingCode: string }>().trackingCode;
    expect(trackingCode).toMatch(/^260302-[2-9A-Z]{8}$/);
    const again = await send();
    expect(again.statusCode).toBe(200);
    expect(again.json<{ trackingCode: string }>().trackingCode).toBe(trackingCode);
    const count = await t.database.db
      .selectFrom('reports')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
    const row = await t.database.db
      .selectFrom('reports')
      .select(['id', 'reporter_phone', 'state'])
      .where('tracking_code', '=', trackingCode)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ reporter_phone: '0912345678', state: 'submitted' });
    reportId = row.id;
  });

  it('refuses the same Idempotency-Key with a different body', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: `${T}/api/reports`,
      headers: { 'idempotency-key': 'submit-0001-abcdef' },
      payload: { ...CITIZEN_REPORT, title: 'Một phản ánh khác hẳn' },
    });
    expect(response.statusCode).toBe(409);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('explains bad input field by field in Vietnamese and English', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: `${T}/api/reports`,
      payload: { ...CITIZEN_REPORT, reporter: { ...CITIZEN_REPORT.reporter, phone: '123' } },
    });
    expect(response.statusCode).toBe(400);
    const problem = response.json<{ errors: { path: string; message: { vi: string } }[] }>();
    expect(problem.errors.map((e) => e.path)).toContain('body.reporter.phone');
  });

  it('lets the intake operator distribute, and the agency answer with its leader’s approval', async () => {
    const submitted = (
      await operator.request({ method: 'GET', url: `${T}/api/reports/${reportId}` })
    ).json<StaffView>();
    expect(submitted.availableActions.map((a) => a.action)).toContain('distribute');
    t.clock.set('2026-03-02T03:00:00Z');
    const field = await t.database.db
      .insertInto('fields')
      .values({ tenant_id: world.one.tenant.id, code: 'chieu-sang', name: 'Chiếu sáng công cộng' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const unknownField = await operator.request({
      method: 'POST',
      url: `${T}/api/reports/${reportId}/actions`,
      payload: {
        action: 'distribute',
        version: submitted.version,
        input: { leadAgencyId: world.one.agencyA.id, fieldCode: 'khong-co' },
      },
    });
    expect(unknownField.statusCode).toBe(400);
    const distributed = await act(operator, reportId, 'distribute', {
      leadAgencyId: world.one.agencyA.id,
      fieldCode: 'chieu-sang',
    });
    expect((distributed as StaffView & { fieldId: string }).fieldId).toBe(field.id);
    expect(distributed.state).toBe('in_progress');
    const lead = distributed.assignments[0];
    expect(lead).toMatchObject({ agencyId: world.one.agencyA.id, role: 'lead' });

    // Agency B was never assigned: the report does not exist for it.
    const hidden = await otherAgency.request({
      method: 'GET',
      url: `${T}/api/reports/${reportId}`,
    });
    expect(hidden.statusCode).toBe(404);

    const seen = (
      await specialist.request({ method: 'GET', url: `${T}/api/reports/${reportId}` })
    ).json<StaffView>();
    const mine = seen.availableActions
      .filter((a) => a.assignmentId === lead?.id)
      .map((a) => a.action);
    expect(mine).toContain('accept');
    t.clock.set('2026-03-02T04:00:00Z');
    await act(specialist, reportId, 'accept', { assignmentId: lead?.id });
    t.clock.set('2026-03-03T02:00:00Z');
    const answered = await act(specialist, reportId, 'submit_answer', {
      assignmentId: lead?.id,
      summary: 'Điện lực đã thay bóng đèn ba cột trước số 12 Trần Phú ngày 03/3/2026.',
      resultAt: '2026-03-03T01:30:00Z',
    });
    const afterAnswer = answered.assignments.find((a) => a.id === lead?.id);
    expect(afterAnswer?.state).toBe('awaiting_approval');
    t.clock.set('2026-03-03T03:00:00Z');
    const approved = await act(leader, reportId, 'approve', { assignmentId: lead?.id });
    expect(approved.state).toBe('answer_ready');
  });

  it('lets the lead agency’s leader publish (Khánh Hòa Điều 9); the public view hides the reporter', async () => {
    const ready = (
      await leader.request({ method: 'GET', url: `${T}/api/reports/${reportId}` })
    ).json<StaffView>();
    expect(ready.availableActions.map((a) => a.action)).toContain('publish');
    await act(leader, reportId, 'publish');
    const response = await t.app.inject({
      method: 'GET',
      url: `${T}/api/public/reports/${trackingCode}`,
    });
    expect(response.statusCode).toBe(200);
    const view = response.json<Record<string, unknown>>();
    expect(view.answer).toContain('đã thay bóng đèn');
    expect(JSON.stringify(view)).not.toContain('0912345678');
    expect(JSON.stringify(view)).not.toContain('an.nguyen@example.vn');
  });

  it('shows the private view only with the reporter’s phone number', async () => {
    const wrong = await t.app.inject({
      method: 'POST',
      url: `${T}/api/public/reports/${trackingCode}/private`,
      payload: { phone: '0987654321' },
    });
    expect(wrong.statusCode).toBe(404);
    const right = await t.app.inject({
      method: 'POST',
      url: `${T}/api/public/reports/${trackingCode}/private`,
      payload: { phone: '+84 912 345 678' },
    });
    expect(right.statusCode).toBe(200);
    const view = right.json<{ reporter: { phone: string }; availableActions: string[] }>();
    expect(view.reporter.phone).toBe('0912345678');
    expect(view.availableActions).toContain('rate');
  });

  it('refuses a stale version with 409 and changes nothing', async () => {
    const current = (
      await operator.request({ method: 'GET', url: `${T}/api/reports/${reportId}` })
    ).json<StaffView>();
    const response = await operator.request({
      method: 'POST',
      url: `${T}/api/reports/${reportId}/actions`,
      payload: { action: 'publish', version: current.version - 1, input: {} },
    });
    expect(response.statusCode).toBe(409);
    const after = (
      await operator.request({ method: 'GET', url: `${T}/api/reports/${reportId}` })
    ).json<StaffView>();
    expect(after.version).toBe(current.version);
  });

  it('audits a staff read of the reporter’s identity', async () => {
    const response = await operator.request({
      method: 'GET',
      url: `${T}/api/reports/${reportId}/reporter`,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json<{ name: string }>().name).toBe('Nguyễn Văn An');
    const audit = await t.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('subject_id', '=', reportId)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['report.personal_data_read']);
  });
});
