/**
 * The audit feature through HTTP (issue 4 item 10): every staff read of a reporter's personal data
 * and every export is in the audit log, which supervisors and administrators filter and page;
 * exports are CSV for Excel without the reporter's identity unless asked for and allowed.
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
let supervisor: Session;
let admin: Session;

const T = '/t/tinh-mot';

type Entry = {
  id: number;
  occurredAt: string;
  action: string;
  actor: { kind: string; userId: string | null; username: string | null };
  subjectType: string;
  subjectId: string | null;
  details: Record<string, unknown>;
};
type Page = { items: Entry[]; nextCursor: string | null };
type Submitted = { id: string; trackingCode: string };

const REPORTER = {
  name: 'Nguyễn Văn An',
  phone: '0912 345 678',
  address: '12 Trần Phú, Nha Trang',
  email: 'an.nguyen@example.vn',
};

async function submit(at: string, extra: object = {}): Promise<Submitted> {
  t.clock.set(at);
  const response = await t.app.inject({
    method: 'POST',
    url: `${T}/api/reports`,
    payload: {
      reporter: REPORTER,
      title: 'Đèn đường hỏng trên đường Trần Phú',
      content: 'Ba cột đèn trước số 12 Trần Phú không sáng, đoạn đường rất tối.',
      location: { latitude: 12.2388, longitude: 109.1967, address: '12 Trần Phú, Nha Trang' },
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

async function act(session: Session, id: string, action: string, input: object) {
  const current = await session.request({ method: 'GET', url: `${T}/api/reports/${id}` });
  const response = await session.request({
    method: 'POST',
    url: `${T}/api/reports/${id}/actions`,
    payload: { action, version: current.json<{ version: number }>().version, input },
  });
  expect(response.statusCode, response.body).toBe(200);
}

async function auditLog(session: Session, query: string): Promise<Page> {
  const response = await session.request({ method: 'GET', url: `${T}/api/audit-log${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Page>();
}

/** RFC 4180 rows (quoted cells may hold separators, quotes and line breaks). */
function parseCsv(text: string, separator = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') {
        quoted = false;
      } else {
        cell += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === separator) {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else {
      cell += ch;
    }
  }
  return rows;
}

const r = {} as Record<'lamp' | 'formula' | 'secret' | 'april', Submitted>;

beforeAll(async () => {
  t = await createTestApp({ SESSION_TTL_HOURS: '5000' });
  world = await createWorld(t.database.db);
  operator = await signInAs(t.app, 'tinh-mot', 'tiepnhan', TEST_PASSWORD);
  specialist = await signInAs(t.app, 'tinh-mot', 'a.chuyenvien', TEST_PASSWORD);
  supervisor = await signInAs(t.app, 'tinh-mot', 'giamsat', TEST_PASSWORD);
  admin = await signInAs(t.app, 'tinh-mot', 'quantri', TEST_PASSWORD);
  r.lamp = await submit('2026-03-02T02:00:00Z');
  r.formula = await submit('2026-03-03T02:00:00Z', {
    title: '=HYPERLINK("http://x.example") cây đổ',
    content: 'Cây phượng đổ chắn ngang đường, "rất nguy hiểm", cần cưa dọn gấp;\nxin cảm ơn.',
  });
  r.secret = await submit('2026-03-04T02:00:00Z', {
    title: 'Hàng rào khu quân sự bị phá',
    content: 'Đoạn hàng rào phía bắc khu vực quân sự bị phá một khoảng lớn.',
  });
  r.april = await submit('2026-04-06T02:00:00Z');
  t.clock.set('2026-04-06T03:00:00Z');
  await act(operator, r.lamp.id, 'distribute', { leadAgencyId: world.one.agencyA.id });
  await act(operator, r.secret.id, 'mark_state_secret', { basis: 'Luật Bảo vệ bí mật nhà nước' });
  // A report of the other tenant, which nothing here may show.
  t.clock.set('2026-03-02T05:00:00Z');
  await t.app.inject({
    method: 'POST',
    url: '/t/tinh-hai/api/reports',
    payload: {
      reporter: REPORTER,
      title: 'Đèn đường hỏng ở tỉnh hai',
      content: 'Ba cột đèn không sáng, đoạn đường rất tối.',
      location: { latitude: 12.2388, longitude: 109.1967 },
      incidentAt: '2026-03-01T12:00:00Z',
    },
  });
});
afterAll(async () => t?.close());

describe('audit log', () => {
  it('records every staff read of a reporter’s identity, and pages newest first', async () => {
    const read = async (session: Session, id: string, at: string) => {
      t.clock.set(at);
      const response = await session.request({
        method: 'GET',
        url: `${T}/api/reports/${id}/reporter`,
      });
      expect(response.statusCode, response.body).toBe(200);
    };
    await read(operator, r.lamp.id, '2026-04-07T01:00:00Z');
    await read(specialist, r.lamp.id, '2026-04-07T02:00:00Z');
    await read(operator, r.formula.id, '2026-04-07T03:00:00Z');
    await read(supervisor, r.formula.id, '2026-04-08T01:00:00Z');
    await read(operator, r.april.id, '2026-04-08T02:00:00Z');

    const all = await auditLog(supervisor, '?action=report.personal_data_read');
    expect(all.items.map((e) => [e.actor.username, e.subjectId, e.occurredAt])).toEqual([
      ['tiepnhan', r.april.id, '2026-04-08T02:00:00.000Z'],
      ['giamsat', r.formula.id, '2026-04-08T01:00:00.000Z'],
      ['tiepnhan', r.formula.id, '2026-04-07T03:00:00.000Z'],
      ['a.chuyenvien', r.lamp.id, '2026-04-07T02:00:00.000Z'],
      ['tiepnhan', r.lamp.id, '2026-04-07T01:00:00.000Z'],
    ]);
    expect(all.items[0]).toMatchObject({
      subjectType: 'report',
      actor: { kind: 'user', userId: world.one.users.operator.id },
      details: { trackingCode: r.april.trackingCode },
    });

    // Pages of two, following the cursor to the end.
    const seen: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page: Page = await auditLog(
        admin,
        `?action=report.personal_data_read&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...page.items.map((e) => e.occurredAt));
      cursor = page.nextCursor;
    }
    expect(seen).toEqual(all.items.map((e) => e.occurredAt));
  });

  it('filters by actor, subject and period (a date counts in the tenant’s time zone)', async () => {
    const byActor = await auditLog(admin, `?actorUserId=${world.one.users.operator.id}`);
    expect(byActor.items).toHaveLength(3);
    const bySubject = await auditLog(admin, `?subjectType=report&subjectId=${r.formula.id}`);
    expect(bySubject.items.map((e) => e.actor.username)).toEqual(['giamsat', 'tiepnhan']);
    // 8 April in Vietnam starts at 2026-04-07T17:00Z.
    const day = await auditLog(admin, '?from=2026-04-08&to=2026-04-08');
    expect(day.items.map((e) => e.occurredAt)).toEqual([
      '2026-04-08T02:00:00.000Z',
      '2026-04-08T01:00:00.000Z',
    ]);
    const instant = await auditLog(admin, '?from=2026-04-07T02:00:00Z&to=2026-04-07T03:00:00Z');
    expect(instant.items.map((e) => e.actor.username)).toEqual(['a.chuyenvien']);
    const bad = await admin.request({ method: 'GET', url: `${T}/api/audit-log?cursor=abc` });
    expect(bad.statusCode).toBe(400);
  });

  it('shows nothing of another tenant', async () => {
    const other = await signInAs(t.app, 'tinh-hai', 'quantri', TEST_PASSWORD);
    const response = await other.request({ method: 'GET', url: '/t/tinh-hai/api/audit-log' });
    expect(response.json<Page>().items).toEqual([]);
  });
});

describe('reports export', () => {
  it('gives Excel a UTF-8 CSV with a BOM and the staff columns, without the reporter', async () => {
    t.clock.set('2026-04-09T02:00:00Z');
    const response = await admin.request({
      method: 'GET',
      url: `${T}/api/reports/export?from=2026-03-01&to=2026-03-31`,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="phan-anh-tinh-mot-2026-04-09.csv"',
    );
    expect(response.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const text = response.rawPayload.toString('utf8').slice(1);
    const [header, ...rows] = parseCsv(text);
    expect(header?.slice(0, 4)).toEqual([
      'Mã tra cứu',
      'Thời điểm tiếp nhận',
      'Kênh tiếp nhận',
      'Loại',
    ]);
    expect(header).not.toContain('Họ tên người phản ánh');
    expect(rows.map((row) => row[0])).toEqual([
      r.lamp.trackingCode,
      r.formula.trackingCode,
      r.secret.trackingCode,
    ]);
    const column = (name: string) => header?.indexOf(name) ?? -1;
    const lamp = rows[0] ?? [];
    expect(lamp[column('Thời điểm tiếp nhận')]).toBe('2026-03-02 09:00:00');
    expect(lamp[column('Kênh tiếp nhận')]).toBe('Cổng thông tin');
    expect(lamp[column('Trạng thái')]).toBe('Đang xử lý');
    expect(lamp[column('Cơ quan chủ trì')]).toBe('Đơn vị so-a');
    expect(lamp[column('Vĩ độ')]).toBe('12.2388');
    // Citizen text that looks like a formula is shown, not run; quotes and line breaks survive.
    const formula = rows[1] ?? [];
    expect(formula[column('Tiêu đề')]).toBe('\'=HYPERLINK("http://x.example") cây đổ');
    expect(formula[column('Nội dung')]).toBe(
      'Cây phượng đổ chắn ngang đường, "rất nguy hiểm", cần cưa dọn gấp;\nxin cảm ơn.',
    );
    // A state secret is named, never carried.
    const secret = rows[2] ?? [];
    expect(secret[column('Tiêu đề')]).toBe('[Bí mật nhà nước]');
    expect(secret[column('Bí mật nhà nước')]).toBe('Có');
    expect(secret[column('Kết quả trả lời')]).toBe('');
    expect(text).not.toContain('khu vực quân sự');
    expect(text).not.toContain('0912345678');
    expect(text).not.toContain('Nguyễn Văn An');

    const audit = await auditLog(admin, '?action=reports.exported');
    expect(audit.items[0]).toMatchObject({
      actor: { username: 'quantri' },
      subjectType: 'tenant',
      subjectId: world.one.tenant.id,
      details: {
        format: 'csv',
        rowCount: 3,
        includesPersonalData: false,
        filters: { from: '2026-02-28T17:00:00.000Z', to: '2026-03-31T17:00:00.000Z' },
      },
    });
  });

  it('filters by state and channel, in English and with semicolons on request', async () => {
    const response = await supervisor.request({
      method: 'GET',
      url: `${T}/api/reports/export?state=submitted&channel=web&language=en&separator=semicolon`,
    });
    expect(response.statusCode, response.body).toBe(200);
    const [header, ...rows] = parseCsv(response.rawPayload.toString('utf8').slice(1), ';');
    expect(header?.[0]).toBe('Tracking code');
    expect(rows.map((row) => row[0])).toEqual([
      r.formula.trackingCode,
      r.secret.trackingCode,
      r.april.trackingCode,
    ]);
    expect(rows[2]?.[header?.indexOf('Latitude') ?? -1]).toBe('12,2388');
    expect(rows[2]?.[header?.indexOf('State') ?? -1]).toBe('Submitted, awaiting intake');
  });

  it('adds the reporter only on request and with the personal-data permission, audited per report', async () => {
    const refused = await admin.request({
      method: 'GET',
      url: `${T}/api/reports/export?includePersonalData=true`,
    });
    expect(refused.statusCode).toBe(403);

    t.clock.set('2026-04-10T02:00:00Z');
    const response = await supervisor.request({
      method: 'GET',
      url: `${T}/api/reports/export?includePersonalData=true&from=2026-04-01`,
    });
    expect(response.statusCode, response.body).toBe(200);
    const [header, ...rows] = parseCsv(response.rawPayload.toString('utf8').slice(1));
    expect(header?.slice(-5)).toEqual([
      'Họ tên người phản ánh',
      'Số điện thoại',
      'Thư điện tử',
      'Địa chỉ người phản ánh',
      'Số CCCD',
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.slice(-5)).toEqual([
      'Nguyễn Văn An',
      '0912345678',
      'an.nguyen@example.vn',
      '12 Trần Phú, Nha Trang',
      '',
    ]);
    const exported = await auditLog(supervisor, '?action=reports.exported&from=2026-04-10');
    expect(exported.items.map((e) => e.details)).toEqual([
      {
        format: 'csv',
        rowCount: 1,
        includesPersonalData: true,
        filters: { from: '2026-03-31T17:00:00.000Z' },
      },
    ]);
    const reads = await auditLog(
      supervisor,
      `?action=report.personal_data_read&subjectId=${r.april.id}&from=2026-04-10`,
    );
    expect(reads.items.map((e) => [e.actor.username, e.details])).toEqual([
      ['giamsat', { trackingCode: r.april.trackingCode, via: 'export' }],
    ]);
  });
});
