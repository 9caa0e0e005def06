/**
 * The staff inbox and the staff report list through HTTP on a Khánh Hòa tenant (khanh-hoa-2022):
 * what waits for the intake center, each agency and each role; nearest deadline first; deadline
 * state in working time with a controlled clock; filters, diacritic-insensitive search, counts and
 * cursor pages. Khánh Hòa: intake 0.5 working day from submission (Phụ lục II Bước 1), the agency's
 * specialist accepts (Bước 2), its leader approves and publishes (Điều 9, Phụ lục II Bước 4).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, createWorld, TEST_PASSWORD } from '../../testing/factories';
import type { World } from '../../testing/factories';
import { createTestApp, signInAs } from '../../testing/test-app';
import type { Session, TestApp } from '../../testing/test-app';

const T = '/t/tinh-mot';

type Deadline = { step: string; dueAt: string; state: string; remainingWorkingMinutes: number };
type Item = {
  kind: 'report' | 'assignment';
  state: string;
  isMine: boolean;
  report: { id: string; trackingCode: string; title: string; state: string; channel: string };
  assignment: { id: string; role: string; state: string } | null;
  deadline: Deadline | null;
};
type InboxBody = {
  perspective: { kind: string; unitId: string | null };
  items: Item[];
  nextCursor: string | null;
  counts: {
    total: number;
    overdue: number;
    byState: Record<string, number>;
    cap: number;
    isCapped: boolean;
  };
};
type ListBody = {
  items: { id: string; title: string; state: string; deadline: Deadline | null }[];
  nextCursor: string | null;
};

let t: TestApp;
let world: World;
let operator: Session;
let specialist: Session;
let leader: Session;
let otherAgency: Session;
let supervisor: Session;
let submissions = 0;
const ids: Record<string, string> = {};

/** '2026-03-02 09:00' Vietnam time (UTC+7) as an instant. */
function vn(local: string): string {
  return new Date(`${local.replace(' ', 'T')}:00+07:00`).toISOString();
}

async function submit(key: string, title: string, content: string, extra: object = {}) {
  submissions += 1;
  const response = await t.app.inject({
    method: 'POST',
    url: `${T}/api/reports`,
    remoteAddress: `10.77.0.${submissions}`,
    payload: {
      reporter: { name: 'Nguyễn Văn An', phone: '0912 345 678', address: '12 Trần Phú, Nha Trang' },
      title,
      content,
      location: { latitude: 12.2388, longitude: 109.1967 },
      incidentAt: '2026-03-01T12:00:00Z',
      ...extra,
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  const code = response.json<{ trackingCode: string }>().trackingCode;
  const row = await t.database.db
    .selectFrom('reports')
    .select('id')
    .where('tracking_code', '=', code)
    .executeTakeFirstOrThrow();
  ids[key] = row.id;
}

async function act(session: Session, key: string, action: string, input: object = {}) {
  const url = `${T}/api/reports/${ids[key]}`;
  const current = (await session.request({ method: 'GET', url })).json<{ version: number }>();
  const response = await session.request({
    method: 'POST',
    url: `${url}/actions`,
    payload: { action, version: current.version, input },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ assignments: { id: string; agencyId: string }[] }>();
}

async function inbox(session: Session, query = ''): Promise<InboxBody> {
  const response = await session.request({ method: 'GET', url: `${T}/api/inbox${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<InboxBody>();
}

async function list(session: Session, query = ''): Promise<ListBody> {
  const response = await session.request({ method: 'GET', url: `${T}/api/reports${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<ListBody>();
}

/** The counts without the states that hold nothing. */
function counted(body: InboxBody) {
  const byState = Object.fromEntries(Object.entries(body.counts.byState).filter(([, n]) => n > 0));
  return { total: body.counts.total, overdue: body.counts.overdue, byState };
}

/** The keys of `ids` in the order of `items`. */
function keysOf(items: readonly { report: { id: string } }[]): string[] {
  const byId = new Map(Object.entries(ids).map(([key, id]) => [id, key]));
  return items.map((item) => byId.get(item.report.id) ?? item.report.id);
}

beforeAll(async () => {
  // The clock moves over hours and days; sessions must outlive it.
  t = await createTestApp({ SESSION_TTL_HOURS: '2000', WORKERS: 'false' });
  world = await createWorld(t.database.db);
  const db = t.database.db;
  const tenantId = world.one.tenant.id;
  await db
    .insertInto('fields')
    .values([
      { tenant_id: tenantId, code: 'chieu-sang', name: 'Chiếu sáng công cộng' },
      { tenant_id: tenantId, code: 'moi-truong', name: 'Môi trường' },
    ])
    .execute();
  const province = await db
    .insertInto('areas')
    .values({ tenant_id: tenantId, code: 'tinh', name: 'Tỉnh Một', level: 'province' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('areas')
    .values({
      tenant_id: tenantId,
      code: 'phuong-1',
      name: 'Phường Một',
      level: 'ward',
      parent_id: province.id,
    })
    .execute();
  operator = await signInAs(t.app, 'tinh-mot', 'tiepnhan', TEST_PASSWORD);
  specialist = await signInAs(t.app, 'tinh-mot', 'a.chuyenvien', TEST_PASSWORD);
  leader = await signInAs(t.app, 'tinh-mot', 'a.lanhdao', TEST_PASSWORD);
  otherAgency = await signInAs(t.app, 'tinh-mot', 'b.chuyenvien', TEST_PASSWORD);
  supervisor = await signInAs(t.app, 'tinh-mot', 'giamsat', TEST_PASSWORD);

  // Monday 2 March 2026: intake is due 4 working hours after each submission.
  t.clock.set(vn('2026-03-02 09:00'));
  await submit(
    'lamp',
    'Đèn đường hỏng trên đường Trần Phú',
    'Ba cột đèn trước số 12 Trần Phú không sáng từ tối thứ Hai, cả khu phố tối om.',
    {
      fieldCode: 'chieu-sang',
      location: { latitude: 12.2388, longitude: 109.1967, areaCode: 'phuong-1' },
    },
  );
  t.clock.set(vn('2026-03-02 09:10'));
  await submit(
    'tree',
    'Cây xanh gãy chắn lối đi Lê Lợi',
    'Một cây xanh lớn gãy cành chắn vỉa hè số 40 Lê Lợi.',
  );
  t.clock.set(vn('2026-03-02 09:20'));
  await submit(
    'waste',
    'Rác thải tràn ra lòng phố Nguyễn Trãi',
    'Điểm tập kết rác số 7 Nguyễn Trãi bốc mùi hôi.',
    {
      fieldCode: 'moi-truong',
    },
  );
  t.clock.set(vn('2026-03-02 09:30'));
  await submit(
    'pothole',
    'Ổ gà lớn trên phố Hùng Vương',
    'Ổ gà sâu trước số 3 Hùng Vương, xe máy đã té ngã.',
  );
  t.clock.set(vn('2026-03-02 09:40'));
  await submit(
    'flood',
    'Ngập nước sau mưa ở Quang Trung',
    'Mưa lớn làm ngập sâu trước số 9 Quang Trung.',
  );
  // A hotline call taken at 08:00 and entered at 09:50: its deadline counts from 08:00.
  t.clock.set(vn('2026-03-02 09:50'));
  const call = await operator.request({
    method: 'POST',
    url: `${T}/api/intake/reports`,
    payload: {
      reporter: { name: 'Trần Thị Bình', phone: '0905 111 222', address: '5 Hai Bà Trưng' },
      title: 'Cột điện nghiêng ở Hai Bà Trưng',
      content: 'Cột điện trước số 5 Hai Bà Trưng nghiêng hẳn ra lòng phố, rất nguy hiểm.',
      location: { latitude: 12.24, longitude: 109.19 },
      incidentAt: '2026-03-01T12:00:00Z',
      channel: 'hotline',
      receivedAt: vn('2026-03-02 08:00'),
    },
  });
  expect(call.statusCode, call.body).toBe(201);
  ids.pole = call.json<{ id: string }>().id;

  // One report of the other tenant, which no inbox of tinh-mot may show.
  const other = await t.app.inject({
    method: 'POST',
    url: '/t/tinh-hai/api/reports',
    remoteAddress: '10.77.1.1',
    payload: {
      reporter: { name: 'Lê Văn Cường', phone: '0913 000 111', address: '1 Lê Lợi' },
      title: 'Đèn đường hỏng ở tỉnh hai',
      content: 'Cột đèn trước số 1 Lê Lợi không sáng mấy hôm nay.',
      location: { latitude: 12.2, longitude: 109.1 },
      incidentAt: '2026-03-01T12:00:00Z',
    },
  });
  expect(other.statusCode, other.body).toBe(201);

  // 10:00: the lamp goes to agency A, the tree to agency B; the waste report waits for the reporter.
  t.clock.set(vn('2026-03-02 10:00'));
  await act(operator, 'lamp', 'distribute', { leadAgencyId: world.one.agencyA.id });
  await act(operator, 'tree', 'distribute', { leadAgencyId: world.one.agencyB.id });
  await act(operator, 'waste', 'request_information', { message: 'Xin gửi thêm ảnh.' });
});
afterAll(async () => t?.close());

describe('GET /api/inbox — who sees what', () => {
  it('shows the intake operator the reports of their intake center that wait for intake, nearest deadline first', async () => {
    const body = await inbox(operator);
    expect(body.perspective).toEqual({ kind: 'intake_center', unitId: world.one.intake.id });
    // The call's deadline counts from 08:00 (13:30); the others from their submission.
    expect(keysOf(body.items)).toEqual(['pole', 'pothole', 'flood']);
    expect(body.items.map((i) => i.deadline?.dueAt)).toEqual([
      vn('2026-03-02 13:30'),
      vn('2026-03-02 15:00'),
      vn('2026-03-02 15:10'),
    ]);
    expect(body.items.every((i) => i.kind === 'report' && i.isMine)).toBe(true);
    expect(body.counts).toEqual({
      total: 3,
      overdue: 0,
      // Every state that waits for a Khánh Hòa intake center, empty ones included.
      byState: {
        submitted: 3,
        intake_accepted: 0,
        awaiting_lead_designation: 0,
        returned_to_intake: 0,
      },
      cap: 1000,
      isCapped: false,
    });
  });

  it('shows an agency its own assignments only; the specialist’s acceptance is the specialist’s, not the leader’s', async () => {
    const mine = await inbox(specialist);
    expect(mine.perspective).toEqual({ kind: 'agency', unitId: world.one.agencyA.id });
    expect(keysOf(mine.items)).toEqual(['lamp']);
    expect(mine.items[0]).toMatchObject({
      kind: 'assignment',
      state: 'pending',
      isMine: true,
      assignment: { role: 'lead', state: 'pending' },
      deadline: { step: 'agency_accept', dueAt: vn('2026-03-02 15:30'), state: 'on_time' },
    });
    const leaders = await inbox(leader);
    expect(keysOf(leaders.items)).toEqual(['lamp']);
    expect(leaders.items[0]?.isMine).toBe(false);
    expect(keysOf((await inbox(otherAgency)).items)).toEqual(['tree']);
  });

  it('shows a supervisor everything open in the tenant, reports without a deadline last', async () => {
    const body = await inbox(supervisor);
    expect(body.perspective).toEqual({ kind: 'tenant', unitId: null });
    const keys = keysOf(body.items);
    expect(keys.slice(0, 3)).toEqual(['pole', 'pothole', 'flood']);
    expect(new Set(keys.slice(3, 5))).toEqual(new Set(['lamp', 'tree']));
    expect(keys[5]).toBe('waste');
    expect(body.items[5]).toMatchObject({ state: 'awaiting_information', deadline: null });
    expect(counted(body)).toEqual({
      total: 6,
      overdue: 0,
      byState: { submitted: 3, in_progress: 2, awaiting_information: 1 },
    });
  });

  it('puts the leader’s approvals first once the answer is submitted, and the publication in the leader’s inbox (Khánh Hòa Điều 9)', async () => {
    t.clock.set(vn('2026-03-02 10:30'));
    const distributed = await act(specialist, 'lamp', 'accept', {
      assignmentId: await leadAssignment('lamp'),
    });
    expect(distributed.assignments).toHaveLength(1);
    await act(specialist, 'lamp', 'submit_answer', {
      assignmentId: await leadAssignment('lamp'),
      summary: 'Đã thay bóng đèn ba cột trước số 12 Trần Phú.',
    });
    const leaders = await inbox(leader);
    expect(leaders.items[0]).toMatchObject({
      kind: 'assignment',
      state: 'awaiting_approval',
      isMine: true,
      deadline: { step: 'approval' },
    });
    expect((await inbox(specialist)).items[0]).toMatchObject({
      state: 'awaiting_approval',
      isMine: false,
    });
    await act(leader, 'lamp', 'approve', { assignmentId: await leadAssignment('lamp') });
    const ready = await inbox(leader);
    expect(ready.items[0]).toMatchObject({
      kind: 'report',
      state: 'answer_ready',
      isMine: true,
      assignment: null,
      report: { id: ids.lamp, state: 'answer_ready' },
    });
    expect((await inbox(specialist)).items[0]).toMatchObject({
      state: 'answer_ready',
      isMine: false,
    });
    // Khánh Hòa: the agency publishes, so the intake center has nothing to do here.
    expect(keysOf((await inbox(operator)).items)).not.toContain('lamp');
  });

  it('keeps the other tenant’s reports out of every inbox', async () => {
    const body = await inbox(supervisor, '?q=tinh%20hai&limit=100');
    expect(body.items).toEqual([]);
  });
});

async function leadAssignment(key: string): Promise<string> {
  const view = (
    await supervisor.request({ method: 'GET', url: `${T}/api/reports/${ids[key]}` })
  ).json<{ assignments: { id: string; role: string; state: string }[] }>();
  const lead = view.assignments.find((a) => a.role === 'lead' && a.state !== 'returned');
  if (!lead) {
    throw new Error(`no lead assignment on ${key}`);
  }
  return lead.id;
}

describe('GET /api/inbox — deadline state in working time', () => {
  it('is on time, then due soon from 75 % of the step’s working time, then overdue', async () => {
    // The call: 4 working hours from 08:00 to 13:30 (lunch 11:30–13:00 does not count).
    t.clock.set(vn('2026-03-02 10:31'));
    let pole = (await inbox(operator)).items.find((i) => i.report.id === ids.pole);
    expect(pole?.deadline).toMatchObject({ state: 'on_time', remainingWorkingMinutes: 89 });
    // 60 working minutes left (30 before lunch, 30 after) = 25 % of 240: due soon.
    t.clock.set(vn('2026-03-02 11:00'));
    pole = (await inbox(operator)).items.find((i) => i.report.id === ids.pole);
    expect(pole?.deadline).toMatchObject({ state: 'due_soon', remainingWorkingMinutes: 60 });
    // Over lunch the working time left stands still.
    t.clock.set(vn('2026-03-02 12:15'));
    pole = (await inbox(operator)).items.find((i) => i.report.id === ids.pole);
    expect(pole?.deadline).toMatchObject({ state: 'due_soon', remainingWorkingMinutes: 30 });
    t.clock.set(vn('2026-03-02 13:31'));
    const body = await inbox(operator);
    expect(body.items.map((i) => i.deadline?.state)).toEqual(['overdue', 'on_time', 'on_time']);
    expect(body.counts.overdue).toBe(1);
  });

  it('filters to overdue items only', async () => {
    const body = await inbox(supervisor, '?overdue=true');
    expect(keysOf(body.items)).toEqual(['pole']);
    expect(counted(body)).toEqual({ total: 1, overdue: 1, byState: { submitted: 1 } });
  });
});

describe('GET /api/inbox — filters, search and counts', () => {
  it('searches whole words of title and content ignoring diacritics, case, order and punctuation', async () => {
    for (const q of ['den duong', 'ĐÈN   đường', 'tran phu den', 'đèn-đường!', 'Den Duo']) {
      const body = await inbox(supervisor, `?q=${encodeURIComponent(q)}`);
      expect(keysOf(body.items), q).toEqual(['lamp']);
      expect(body.counts.total, q).toBe(1);
    }
    expect(keysOf((await inbox(supervisor, '?q=hung%20vuong')).items)).toEqual(['pothole']);
    // Whole words, the last one possibly cut short (search as you type): "duo" only at the end,
    // and "uong", inside "đường", never.
    expect((await inbox(supervisor, '?q=duo%20den')).items).toEqual([]);
    expect((await inbox(supervisor, '?q=uong')).items).toEqual([]);
  });

  it('refuses a search with no word of two letters', async () => {
    const response = await supervisor.request({ method: 'GET', url: `${T}/api/inbox?q=a%20%2B` });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe('querystring.q');
  });

  it('filters by state, field, area (with the areas under it), channel, lead agency and received period', async () => {
    const field = await t.database.db
      .selectFrom('fields')
      .select('id')
      .where('code', '=', 'chieu-sang')
      .executeTakeFirstOrThrow();
    const province = await t.database.db
      .selectFrom('areas')
      .select('id')
      .where('code', '=', 'tinh')
      .executeTakeFirstOrThrow();
    const cases: [string, string[]][] = [
      ['?state=submitted', ['pole', 'pothole', 'flood']],
      ['?state=awaiting_information,in_progress', ['tree', 'waste']],
      [`?fieldId=${field.id}`, ['lamp']],
      [`?areaId=${province.id}`, ['lamp']],
      ['?channel=hotline', ['pole']],
      [`?leadAgencyId=${world.one.agencyB.id}`, ['tree']],
      [
        `?receivedFrom=${encodeURIComponent(vn('2026-03-02 09:15'))}&receivedTo=${encodeURIComponent(vn('2026-03-02 09:35'))}`,
        ['waste', 'pothole'].sort(),
      ],
      ['?receivedFrom=2026-03-03', []],
    ];
    for (const [query, expected] of cases) {
      const body = await inbox(supervisor, query);
      expect(keysOf(body.items).sort(), query).toEqual([...expected].sort());
      expect(body.counts.total, query).toBe(expected.length);
    }
  });

  it('counts per state for the same filters', async () => {
    const body = await inbox(supervisor, '?channel=web');
    expect(counted(body).byState).toEqual({
      submitted: 2,
      in_progress: 1,
      answer_ready: 1,
      awaiting_information: 1,
    });
  });
});

describe('GET /api/inbox — cursor pages', () => {
  it('walks every page once, in order, without duplicates or gaps', async () => {
    const whole = keysOf((await inbox(supervisor, '?limit=100')).items);
    expect(whole).toHaveLength(6);
    for (const limit of [1, 2, 4]) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = `?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`;
        const page = await inbox(supervisor, query);
        expect(page.items.length).toBeLessThanOrEqual(limit);
        seen.push(...keysOf(page.items));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen, `limit ${limit}`).toEqual(whole);
    }
  });

  it('pages an agency inbox with the caller’s own work first', async () => {
    await act(operator, 'pothole', 'distribute', { leadAgencyId: world.one.agencyA.id });
    const whole = await inbox(leader, '?limit=100');
    expect(whole.items.map((i) => [i.state, i.isMine])).toEqual([
      ['answer_ready', true],
      ['pending', false],
    ]);
    const first = await inbox(leader, '?limit=1');
    const second = await inbox(leader, `?limit=1&cursor=${first.nextCursor}`);
    expect([...keysOf(first.items), ...keysOf(second.items)]).toEqual(['lamp', 'pothole']);
    expect(second.nextCursor).toBeNull();
  });

  it('refuses a malformed cursor', async () => {
    const response = await supervisor.request({
      method: 'GET',
      url: `${T}/api/inbox?cursor=${Buffer.from('["x"]').toString('base64url')}`,
    });
    expect(response.statusCode).toBe(400);
  });
});

describe('GET /api/inbox — accounts without an inbox', () => {
  it('answers 401 without a session and 403 for an operator who belongs to no intake center', async () => {
    expect((await t.app.inject({ method: 'GET', url: `${T}/api/inbox` })).statusCode).toBe(401);
    await createUser(t.database.db, world.one.tenant.id, 'tiepnhan.le', ['operator'], null);
    const unassigned = await signInAs(t.app, 'tinh-mot', 'tiepnhan.le', TEST_PASSWORD);
    const response = await unassigned.request({ method: 'GET', url: `${T}/api/inbox` });
    expect(response.statusCode).toBe(403);
  });
});

describe('GET /api/reports — staff list and search', () => {
  it('lists every report a supervisor may read, newest received first, with deadlines', async () => {
    const body = await list(supervisor, '?limit=100');
    const byId = new Map(Object.entries(ids).map(([key, id]) => [id, key]));
    expect(body.items.map((i) => byId.get(i.id))).toEqual([
      'flood',
      'pothole',
      'waste',
      'tree',
      'lamp',
      'pole',
    ]);
    expect(body.items.find((i) => byId.get(i.id) === 'pole')?.deadline?.state).toBe('overdue');
  });

  it('limits agency staff to the reports their agency was assigned', async () => {
    const body = await list(otherAgency);
    expect(body.items.map((i) => i.id)).toEqual([ids.tree]);
  });

  it('searches and filters like the inbox, and pages without duplicates or gaps', async () => {
    expect((await list(supervisor, '?q=den%20duong')).items.map((i) => i.id)).toEqual([ids.lamp]);
    expect((await list(supervisor, '?state=answer_ready')).items.map((i) => i.id)).toEqual([
      ids.lamp,
    ]);
    const whole = (await list(supervisor, '?limit=100')).items.map((i) => i.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: ListBody = await list(supervisor, `?limit=4${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(whole);
  });
});
