/**
 * Follow-up and rating through HTTP (issue 4 item 9; DOMAIN.md lifecycle step 7): after the answer
 * the reporter asks for clarification with tracking code + phone, the agency answers — directly
 * (Khánh Hòa Điều 11.1–11.2, Sóc Trăng Điều 10.1–10.2, within 2 working days there) or after the
 * intake center forwards it (Vĩnh Long Điều 11.3) — and the reporter rates on the profile's scale
 * once, may change it within the window (7 days from the first rating by default) and not after.
 */
import type { Role } from '@paht/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOrgUnit,
  createTenant,
  createUser,
  createWorld,
  TEST_PASSWORD,
} from '../../testing/factories';
import type { World } from '../../testing/factories';
import { createTestApp, signInAs } from '../../testing/test-app';
import type { Session, TestApp } from '../../testing/test-app';

let t: TestApp;
let world: World;

const PHONE = '0912 345 678';

type StaffView = {
  id: string;
  version: number;
  state: string;
  rating: string | null;
  assignments: { id: string; state: string }[];
  deadlines: { step: string; dueAt: string; article: string }[];
};
type PrivateView = {
  version: number;
  state: string;
  rating: string | null;
  availableActions: string[];
  timeline: { type: string; details: Record<string, unknown> }[];
};
type Problem = { code: string; refusal?: string };

type Desk = {
  code: string;
  operator: Session;
  specialist: Session;
  leader: Session;
  agencyId: string;
};

/** A tenant of `profileId` with an intake center, one agency and its staff (createWorld's shape). */
async function createDesk(code: string, profileId: string): Promise<Desk> {
  const db = t.database.db;
  const tenant = await createTenant(db, code, profileId);
  const intake = await createOrgUnit(db, tenant.id, 'ioc', 'intake_center');
  const agency = await createOrgUnit(db, tenant.id, 'so-a');
  const user = async (username: string, roles: Role[], unitId: string) => {
    await createUser(db, tenant.id, username, roles, unitId);
    return signInAs(t.app, code, username, TEST_PASSWORD);
  };
  return {
    code,
    operator: await user('tiepnhan', ['operator'], intake.id),
    specialist: await user('a.chuyenvien', ['specialist'], agency.id),
    leader: await user('a.lanhdao', ['leader'], agency.id),
    agencyId: agency.id,
  };
}

async function staffView(desk: Desk, session: Session, id: string): Promise<StaffView> {
  const response = await session.request({
    method: 'GET',
    url: `/t/${desk.code}/api/reports/${id}`,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<StaffView>();
}

async function staffAct(
  desk: Desk,
  session: Session,
  id: string,
  action: string,
  input: object = {},
) {
  const { version } = await staffView(desk, session, id);
  return session.request({
    method: 'POST',
    url: `/t/${desk.code}/api/reports/${id}/actions`,
    payload: { action, version, input },
  });
}

async function mustAct(desk: Desk, session: Session, id: string, action: string, input = {}) {
  const response = await staffAct(desk, session, id, action, input);
  expect(response.statusCode, `${action}: ${response.body}`).toBe(200);
  return response.json<StaffView>();
}

async function privateView(desk: Desk, trackingCode: string): Promise<PrivateView> {
  const response = await t.app.inject({
    method: 'POST',
    url: `/t/${desk.code}/api/public/reports/${trackingCode}/private`,
    payload: { phone: PHONE },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<PrivateView>();
}

async function reporterAct(desk: Desk, trackingCode: string, action: string, input: object) {
  const { version } = await privateView(desk, trackingCode);
  return t.app.inject({
    method: 'POST',
    url: `/t/${desk.code}/api/public/reports/${trackingCode}/actions`,
    payload: { phone: PHONE, action, version, input },
  });
}

async function submit(desk: Desk, at: string, extra: object = {}) {
  t.clock.set(at);
  const response = await t.app.inject({
    method: 'POST',
    url: `/t/${desk.code}/api/reports`,
    payload: {
      reporter: {
        name: 'Nguyễn Văn An',
        phone: PHONE,
        address: '12 Trần Phú',
        email: 'an.nguyen@example.vn',
      },
      title: 'Đèn đường hỏng trên đường Trần Phú',
      content: 'Ba cột đèn trước số 12 Trần Phú không sáng từ tối thứ Hai, đoạn đường rất tối.',
      location: { latitude: 10.2538, longitude: 105.9722, address: '12 Trần Phú' },
      incidentAt: '2026-03-01T12:00:00Z',
      ...extra,
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  const { trackingCode } = response.json<{ trackingCode: string }>();
  const row = await t.database.db
    .selectFrom('reports')
    .select('id')
    .where('tracking_code', '=', trackingCode)
    .executeTakeFirstOrThrow();
  return { id: row.id, trackingCode };
}

async function eventTypes(reportId: string): Promise<string[]> {
  const rows = await t.database.db
    .selectFrom('report_events')
    .select('type')
    .where('report_id', '=', reportId)
    .orderBy('seq')
    .execute();
  return rows.map((r) => r.type);
}

async function reporterMail(reportId: string, tag: string) {
  const jobs = await t.database.db
    .selectFrom('outbox_jobs')
    .innerJoin('reports', 'reports.tenant_id', 'outbox_jobs.tenant_id')
    .select('outbox_jobs.payload')
    .where('reports.id', '=', reportId)
    .where('outbox_jobs.kind', '=', 'email')
    .execute();
  return jobs
    .map((j) => j.payload as { to: string; text: string; tag: string })
    .filter((p) => p.tag === tag && p.to === 'an.nguyen@example.vn');
}

beforeAll(async () => {
  // The clock moves over weeks; sessions must outlive it.
  t = await createTestApp({ SESSION_TTL_HOURS: '5000' });
  world = await createWorld(t.database.db);
});
afterAll(async () => t?.close());

describe('Khánh Hòa 2022: the agency answers a follow-up; three rating levels', () => {
  let desk: Desk;
  let report: { id: string; trackingCode: string };

  beforeAll(async () => {
    const sign = (username: string) => signInAs(t.app, 'tinh-mot', username, TEST_PASSWORD);
    desk = {
      code: 'tinh-mot',
      operator: await sign('tiepnhan'),
      specialist: await sign('a.chuyenvien'),
      leader: await sign('a.lanhdao'),
      agencyId: world.one.agencyA.id,
    };
    // Monday 2 March 2026, 09:00 in Vietnam.
    report = await submit(desk, '2026-03-02T02:00:00Z', {
      location: { latitude: 12.2388, longitude: 109.1967, address: '12 Trần Phú, Nha Trang' },
    });
    t.clock.set('2026-03-02T03:00:00Z');
    const lead = (
      await mustAct(desk, desk.operator, report.id, 'distribute', { leadAgencyId: desk.agencyId })
    ).assignments[0];
    t.clock.set('2026-03-02T04:00:00Z');
    await mustAct(desk, desk.specialist, report.id, 'accept', { assignmentId: lead?.id });
    t.clock.set('2026-03-03T02:00:00Z');
    await mustAct(desk, desk.specialist, report.id, 'submit_answer', {
      assignmentId: lead?.id,
      summary: 'Điện lực đã thay bóng đèn ba cột trước số 12 Trần Phú ngày 03/3/2026.',
      resultAt: '2026-03-03T01:30:00Z',
    });
    t.clock.set('2026-03-03T03:00:00Z');
    await mustAct(desk, desk.leader, report.id, 'approve', { assignmentId: lead?.id });
    // Khánh Hòa Điều 9 / Phụ lục II Bước 4: the agency's leader publishes.
    await mustAct(desk, desk.leader, report.id, 'publish');
  });

  it('lets only the reporter ask, with tracking code and phone, after the answer', async () => {
    const before = await privateView(desk, report.trackingCode);
    expect(before.state).toBe('answered');
    expect(before.availableActions).toEqual(expect.arrayContaining(['ask_follow_up', 'rate']));
    const wrongPhone = await t.app.inject({
      method: 'POST',
      url: `/t/${desk.code}/api/public/reports/${report.trackingCode}/actions`,
      payload: {
        phone: '0987 654 321',
        action: 'ask_follow_up',
        version: before.version,
        input: { question: 'Khi nào sửa xong hẳn?' },
      },
    });
    expect(wrongPhone.statusCode).toBe(404);
    // Staff cannot ask on the reporter's behalf: the action is not in the staff API's reach.
    const staffAsks = await staffAct(desk, desk.operator, report.id, 'ask_follow_up', {
      question: 'Khi nào sửa xong hẳn?',
    });
    expect(staffAsks.statusCode).toBe(403);

    t.clock.set('2026-03-04T02:00:00Z');
    const asked = await reporterAct(desk, report.trackingCode, 'ask_follow_up', {
      question: 'Đèn sáng lại nhưng cột số 3 vẫn chập chờn, khi nào sửa xong hẳn?',
    });
    expect(asked.statusCode, asked.body).toBe(200);
    expect(asked.json<PrivateView>()).toMatchObject({ state: 'follow_up_open' });
  });

  it('has the lead agency answer; Khánh Hòa sets no time for it (Điều 11.2)', async () => {
    const open = await staffView(desk, desk.specialist, report.id);
    expect(open.state).toBe('follow_up_open');
    expect(open.deadlines.map((d) => d.step)).not.toContain('follow_up_answer');
    // No intake forwarding in this profile (Điều 11: the agency clarifies).
    expect((await staffAct(desk, desk.operator, report.id, 'forward_follow_up')).statusCode).toBe(
      409,
    );

    t.clock.set('2026-03-04T03:00:00Z');
    const answered = await mustAct(desk, desk.specialist, report.id, 'answer_follow_up', {
      answer: 'Điện lực đã thay bộ điều khiển cột số 3 chiều 04/3/2026.',
    });
    expect(answered.state).toBe('answered');
    const mail = await reporterMail(report.id, 'follow_up.answered');
    expect(mail).toHaveLength(1);
    expect(mail[0]?.text).toContain('thay bộ điều khiển cột số 3');
    const mine = await privateView(desk, report.trackingCode);
    expect(mine.timeline.filter((e) => e.type.startsWith('follow_up.'))).toEqual([
      expect.objectContaining({ type: 'follow_up.asked' }),
      expect.objectContaining({
        type: 'follow_up.answered',
        details: { answer: 'Điện lực đã thay bộ điều khiển cột số 3 chiều 04/3/2026.' },
      }),
    ]);
  });

  it('takes one rating on Rất hài lòng / Hài lòng / Không hài lòng (Điều 11.3), changeable for 7 days', async () => {
    const notInScale = await reporterAct(desk, report.trackingCode, 'rate', {
      level: 'acceptable',
    });
    expect(notInScale.statusCode).toBe(409);
    expect(notInScale.json<Problem>().refusal).toBe('rating_level_not_in_scale');

    // First rating: Wednesday 4 March 2026, 11:00 in Vietnam.
    t.clock.set('2026-03-04T04:00:00Z');
    const rated = await reporterAct(desk, report.trackingCode, 'rate', { level: 'satisfied' });
    expect(rated.statusCode, rated.body).toBe(200);
    expect(rated.json<PrivateView>().rating).toBe('satisfied');

    // The window is 168 clock hours from the first rating: still open at its last instant.
    t.clock.set('2026-03-11T04:00:00Z');
    const changed = await reporterAct(desk, report.trackingCode, 'rate', {
      level: 'very_satisfied',
    });
    expect(changed.statusCode, changed.body).toBe(200);
    t.clock.set('2026-03-11T04:00:01Z');
    const late = await reporterAct(desk, report.trackingCode, 'rate', { level: 'dissatisfied' });
    expect(late.statusCode).toBe(409);
    expect(late.json<Problem>().refusal).toBe('rating_window_closed');
    expect((await privateView(desk, report.trackingCode)).availableActions).not.toContain('rate');

    const types = await eventTypes(report.id);
    expect(types.filter((type) => type.startsWith('rating.'))).toEqual([
      'rating.given',
      'rating.changed',
    ]);
    const row = await t.database.db
      .selectFrom('reports')
      .select(['rating', 'rated_at'])
      .where('id', '=', report.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ rating: 'very_satisfied', rated_at: new Date('2026-03-11T04:00:00Z') });
    const publicView = await t.app.inject({
      method: 'GET',
      url: `/t/${desk.code}/api/public/reports/${report.trackingCode}`,
    });
    expect(publicView.json<{ rating: string }>().rating).toBe('very_satisfied');
  });
});

describe('Vĩnh Long 2020: the intake center forwards a follow-up (Điều 11.3); Hài lòng / Chấp nhận được / Không hài lòng', () => {
  let desk: Desk;
  let report: { id: string; trackingCode: string };

  beforeAll(async () => {
    desk = await createDesk('tinh-vl', 'vinh-long-2020');
    // Friday 8 May 2026, 09:00 in Vietnam.
    report = await submit(desk, '2026-05-08T02:00:00Z');
    t.clock.set('2026-05-08T02:30:00Z');
    const lead = (
      await mustAct(desk, desk.operator, report.id, 'distribute', { leadAgencyId: desk.agencyId })
    ).assignments[0];
    t.clock.set('2026-05-08T03:00:00Z');
    await mustAct(desk, desk.specialist, report.id, 'accept', { assignmentId: lead?.id });
    t.clock.set('2026-05-11T02:00:00Z');
    await mustAct(desk, desk.specialist, report.id, 'submit_answer', {
      assignmentId: lead?.id,
      summary: 'Đã thay bóng đèn ba cột trước số 12 Trần Phú ngày 11/5/2026.',
      resultAt: '2026-05-11T01:30:00Z',
    });
    t.clock.set('2026-05-11T03:00:00Z');
    await mustAct(desk, desk.leader, report.id, 'approve', { assignmentId: lead?.id });
    // Vĩnh Long Điều 10.4: the agency publishes.
    await mustAct(desk, desk.specialist, report.id, 'publish');
  });

  it('sends the question to the intake center first; the agency answers after it forwards', async () => {
    t.clock.set('2026-05-12T02:00:00Z');
    const asked = await reporterAct(desk, report.trackingCode, 'ask_follow_up', {
      question: 'Đoạn gần số 20 vẫn tối, có sửa luôn không?',
    });
    expect(asked.statusCode, asked.body).toBe(200);

    const tooEarly = await staffAct(desk, desk.specialist, report.id, 'answer_follow_up', {
      answer: 'Sẽ kiểm tra.',
    });
    expect(tooEarly.statusCode).toBe(409);
    expect(tooEarly.json<Problem>().refusal).toBe('follow_up_wrong_stage');

    t.clock.set('2026-05-12T03:00:00Z');
    await mustAct(desk, desk.operator, report.id, 'forward_follow_up', {
      note: 'Đề nghị Sở làm rõ đoạn gần số 20.',
    });
    const forwarded = await staffView(desk, desk.specialist, report.id);
    expect(forwarded.state).toBe('follow_up_open');
    // Vĩnh Long sets no time for the answer (Điều 11): no deadline is started.
    expect(forwarded.deadlines.map((d) => d.step)).not.toContain('follow_up_answer');

    t.clock.set('2026-05-12T04:00:00Z');
    const answered = await mustAct(desk, desk.specialist, report.id, 'answer_follow_up', {
      answer: 'Đoạn gần số 20 thuộc dự án chiếu sáng mới, lắp xong trước 30/5/2026.',
    });
    expect(answered.state).toBe('answered');
    expect((await eventTypes(report.id)).slice(-3)).toEqual([
      'follow_up.asked',
      'follow_up.forwarded',
      'follow_up.answered',
    ]);
    expect(await reporterMail(report.id, 'follow_up.answered')).toHaveLength(1);
  });

  it('rates on the Vĩnh Long scale (Điều 11.2), once, changeable within the window only', async () => {
    const notInScale = await reporterAct(desk, report.trackingCode, 'rate', {
      level: 'very_satisfied',
    });
    expect(notInScale.statusCode).toBe(409);
    expect(notInScale.json<Problem>().refusal).toBe('rating_level_not_in_scale');

    t.clock.set('2026-05-12T05:00:00Z');
    const rated = await reporterAct(desk, report.trackingCode, 'rate', { level: 'acceptable' });
    expect(rated.statusCode, rated.body).toBe(200);
    t.clock.set('2026-05-15T05:00:00Z');
    expect(
      (await reporterAct(desk, report.trackingCode, 'rate', { level: 'satisfied' })).statusCode,
    ).toBe(200);
    t.clock.set('2026-05-19T05:00:01Z');
    const late = await reporterAct(desk, report.trackingCode, 'rate', { level: 'dissatisfied' });
    expect(late.statusCode).toBe(409);
    expect(late.json<Problem>().refusal).toBe('rating_window_closed');
    expect((await staffView(desk, desk.leader, report.id)).rating).toBe('satisfied');
  });
});

describe('Sóc Trăng 2024: the agency answers a follow-up within 2 working days (Điều 10.2)', () => {
  let desk: Desk;
  let report: { id: string; trackingCode: string };

  beforeAll(async () => {
    desk = await createDesk('tinh-st', 'soc-trang-2024');
    // Friday 8 May 2026, 16:00 in Vietnam.
    report = await submit(desk, '2026-05-08T09:00:00Z', {
      reporter: {
        name: 'Nguyễn Văn An',
        phone: PHONE,
        address: '12 Trần Phú, Sóc Trăng',
        citizenId: '094203012345',
      },
      consent: { dataProcessing: true },
    });
    t.clock.set('2026-05-11T02:00:00Z');
    await mustAct(desk, desk.operator, report.id, 'accept_intake', { editedForClarity: false });
    t.clock.set('2026-05-11T03:00:00Z');
    const lead = (
      await mustAct(desk, desk.operator, report.id, 'distribute', { leadAgencyId: desk.agencyId })
    ).assignments[0];
    t.clock.set('2026-05-14T03:00:00Z');
    await mustAct(desk, desk.specialist, report.id, 'submit_answer', {
      assignmentId: lead?.id,
      summary: 'Đã sửa đèn.',
      resultAt: '2026-05-14T02:00:00Z',
    });
    t.clock.set('2026-05-15T02:00:00Z');
    await mustAct(desk, desk.leader, report.id, 'approve', { assignmentId: lead?.id });
    // Sóc Trăng Điều 9: the intake center publishes.
    t.clock.set('2026-05-15T04:00:00Z');
    await mustAct(desk, desk.operator, report.id, 'publish');
  });

  it('starts the 2-working-day clock at the question and stops it at the answer', async () => {
    // Monday 18 May 2026, 10:00 in Vietnam.
    t.clock.set('2026-05-18T03:00:00Z');
    const asked = await reporterAct(desk, report.trackingCode, 'ask_follow_up', {
      question: 'Khi nào sửa xong hẳn?',
    });
    expect(asked.statusCode, asked.body).toBe(200);
    const open = await staffView(desk, desk.specialist, report.id);
    // W2: the start day is not counted; due at the close of office on Wednesday 20 May.
    expect(open.deadlines.find((d) => d.step === 'follow_up_answer')).toMatchObject({
      dueAt: '2026-05-20T10:00:00.000Z',
      article: 'Sóc Trăng Điều 10.2',
    });

    t.clock.set('2026-05-19T02:00:00Z');
    await mustAct(desk, desk.specialist, report.id, 'answer_follow_up', {
      answer: 'Trong tuần này.',
    });
    const step = await t.database.db
      .selectFrom('report_deadlines')
      .select(['started_at', 'due_at', 'completed_at', 'outcome'])
      .where('report_id', '=', report.id)
      .where('step', '=', 'follow_up_answer')
      .executeTakeFirstOrThrow();
    expect(step).toEqual({
      started_at: new Date('2026-05-18T03:00:00Z'),
      due_at: new Date('2026-05-20T10:00:00Z'),
      completed_at: new Date('2026-05-19T02:00:00Z'),
      outcome: 'met',
    });
  });

  it('rates on Rất hài lòng / Hài lòng / Không hài lòng (Điều 10.3)', async () => {
    t.clock.set('2026-05-19T05:00:00Z');
    const rated = await reporterAct(desk, report.trackingCode, 'rate', {
      level: 'very_satisfied',
    });
    expect(rated.statusCode, rated.body).toBe(200);
    expect(rated.json<PrivateView>().rating).toBe('very_satisfied');
  });
});
