/**
 * The public list and map through HTTP, for three profiles side by side: only answers published
 * publicly, never a confidential case; the reporter's name as each regulation allows it — Vĩnh
 * Long Điều 5.4 shows it unless the reporter asked to hide it, Sóc Trăng Điều 4.5 only with
 * consent, Khánh Hòa never — and never a phone number, e-mail, address or citizen id.
 */
import { ASSIGNMENT_ACTIONS } from '@paht/domain';
import type { ProfileId } from '@paht/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrgUnit, createTenant, createUser, TEST_PASSWORD } from '../../testing/factories';
import { createTestApp, signInAs } from '../../testing/test-app';
import type { Session, TestApp } from '../../testing/test-app';

type Item = {
  trackingCode: string;
  title: string;
  excerpt: string;
  state: string;
  field: { code: string; name: string } | null;
  area: { code: string; name: string } | null;
  location: { latitude: number; longitude: number; address: string | null };
  publishedAt: string;
  reporterName: string | null;
  answerExcerpt: string | null;
};
type ListBody = { items: Item[]; nextCursor: string | null };
type MapBody = {
  type: string;
  features: { geometry: { coordinates: number[] }; properties: { trackingCode: string } }[];
  limit: number;
  isTruncated: boolean;
};

type Province = {
  code: string;
  agencyId: string;
  operator: Session;
  specialist: Session;
  leader: Session;
};

let t: TestApp;
let submissions = 0;
const provinces: Record<string, Province> = {};
const codes: Record<string, string> = {};

/** Personal data the reporters gave; none of it may appear in a public answer. */
const SECRETS = [
  '0912345678',
  '0912 345 678',
  'dung.pham@example.vn',
  '15 Phạm Thái Bường',
  '094190012345',
];

function vn(local: string): string {
  return new Date(`${local.replace(' ', 'T')}:00+07:00`).toISOString();
}

async function openProvince(code: string, profileId: ProfileId): Promise<Province> {
  const db = t.database.db;
  const tenant = await createTenant(db, code, profileId);
  const intake = await createOrgUnit(db, tenant.id, 'ioc', 'intake_center');
  const agency = await createOrgUnit(db, tenant.id, 'so-a');
  await createUser(db, tenant.id, 'tiepnhan', ['operator'], intake.id);
  await createUser(db, tenant.id, 'a.chuyenvien', ['specialist'], agency.id);
  await createUser(db, tenant.id, 'a.lanhdao', ['leader'], agency.id);
  await db
    .insertInto('fields')
    .values({ tenant_id: tenant.id, code: 'giao-thong', name: 'Giao thông' })
    .execute();
  const top = await db
    .insertInto('areas')
    .values({ tenant_id: tenant.id, code: 'tinh', name: 'Tỉnh', level: 'province' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('areas')
    .values({
      tenant_id: tenant.id,
      code: 'phuong-1',
      name: 'Phường 1',
      level: 'ward',
      parent_id: top.id,
    })
    .execute();
  return {
    code,
    agencyId: agency.id,
    operator: await signInAs(t.app, code, 'tiepnhan', TEST_PASSWORD),
    specialist: await signInAs(t.app, code, 'a.chuyenvien', TEST_PASSWORD),
    leader: await signInAs(t.app, code, 'a.lanhdao', TEST_PASSWORD),
  };
}

function reportBody(n: number, overrides: Record<string, unknown> = {}) {
  return {
    reporter: {
      name: 'Phạm Văn Dũng',
      phone: '0912 345 678',
      email: 'dung.pham@example.vn',
      address: '15 Phạm Thái Bường, Phường 1',
      citizenId: '094190012345',
    },
    consent: { dataProcessing: true, publicIdentity: false },
    title: `Ổ gà trên đường Nguyễn Huệ số ${n}`,
    content: `Đoạn đường trước số ${n} Nguyễn Huệ có ổ gà lớn, xe máy đã té ngã nhiều lần.`,
    location: {
      latitude: 10.25 + n / 1000,
      longitude: 105.97 + n / 1000,
      address: `${n} Nguyễn Huệ`,
      areaCode: 'phuong-1',
    },
    incidentAt: '2026-03-01T12:00:00Z',
    fieldCode: 'giao-thong',
    ...overrides,
  };
}

async function submit(province: Province, key: string, body: object): Promise<string> {
  submissions += 1;
  const response = await t.app.inject({
    method: 'POST',
    url: `/t/${province.code}/api/reports`,
    remoteAddress: `10.88.0.${submissions}`,
    payload: body,
  });
  expect(response.statusCode, response.body).toBe(201);
  const code = response.json<{ trackingCode: string }>().trackingCode;
  codes[key] = code;
  const row = await t.database.db
    .selectFrom('reports')
    .select('id')
    .where('tracking_code', '=', code)
    .executeTakeFirstOrThrow();
  return row.id;
}

type Staff = { version: number; assignments: { id: string; role: string }[] };

async function act(
  province: Province,
  session: Session,
  id: string,
  action: string,
  input: object = {},
) {
  const url = `/t/${province.code}/api/reports/${id}`;
  const current = (await session.request({ method: 'GET', url })).json<Staff>();
  const isAssignmentAction = (ASSIGNMENT_ACTIONS as readonly string[]).includes(action);
  const lead = isAssignmentAction
    ? current.assignments.find((a) => a.role === 'lead')?.id
    : undefined;
  const response = await session.request({
    method: 'POST',
    url: `${url}/actions`,
    payload: {
      action,
      version: current.version,
      input: { ...(lead ? { assignmentId: lead } : {}), ...input },
    },
  });
  expect(response.statusCode, `${action}: ${response.body}`).toBe(200);
}

/** Submits and drives a report to its answer; `finish` publishes it (or sends it privately). */
async function answered(
  province: Province,
  key: string,
  body: object,
  options: { accept: boolean; publisher: Session; finish?: 'publish' | 'send_privately' },
) {
  const id = await submit(province, key, body);
  const { operator, specialist, leader } = province;
  await act(province, operator, id, 'distribute', { leadAgencyId: province.agencyId });
  if (options.accept) {
    await act(province, specialist, id, 'accept');
  }
  await act(province, specialist, id, 'submit_answer', {
    summary: 'Đơn vị đã vá ổ gà và cắm biển cảnh báo trong ngày.',
  });
  await act(province, leader, id, 'approve');
  await act(province, options.publisher, id, options.finish ?? 'publish');
}

async function publicList(code: string, query = ''): Promise<ListBody> {
  const response = await t.app.inject({
    method: 'GET',
    url: `/t/${code}/api/public/reports${query}`,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<ListBody>();
}

function named(body: ListBody): Record<string, string | null> {
  const byCode = new Map(Object.entries(codes).map(([key, code]) => [code, key]));
  return Object.fromEntries(
    body.items.map((item) => [
      byCode.get(item.trackingCode) ?? item.trackingCode,
      item.reporterName,
    ]),
  );
}

beforeAll(async () => {
  t = await createTestApp({ SESSION_TTL_HOURS: '2000', WORKERS: 'false' });
  t.clock.set(vn('2026-03-02 09:00'));
  provinces.vl = await openProvince('vinh-long-t', 'vinh-long-2020');
  provinces.st = await openProvince('soc-trang-t', 'soc-trang-2024');
  provinces.kh = await openProvince('khanh-hoa-t', 'khanh-hoa-2022');
  const { vl, st, kh } = provinces as Required<typeof provinces> &
    Record<'vl' | 'st' | 'kh', Province>;

  // Vĩnh Long: the agency accepts (Điều 8 Bước 2) and publishes (Điều 10).
  const vlRule = { accept: true, publisher: vl.specialist };
  await answered(vl, 'vlShown', reportBody(1), vlRule);
  t.clock.set(vn('2026-03-02 10:00'));
  await answered(vl, 'vlHidden', reportBody(2, { isIdentityHidden: true }), vlRule);
  t.clock.set(vn('2026-03-02 11:00'));
  await answered(vl, 'vlConfidential', reportBody(3, { isConfidential: true }), {
    ...vlRule,
    finish: 'send_privately',
  });
  t.clock.set(vn('2026-03-02 13:30'));
  await answered(
    vl,
    'vlThird',
    reportBody(4, { title: 'Đèn đường tắt cả tuần ở Nguyễn Huệ' }),
    vlRule,
  );
  await submit(vl, 'vlOpen', reportBody(5));

  // Sóc Trăng: no accept step; the IOC publishes (Điều 9); the name only with consent (Điều 4.5).
  const stRule = { accept: false, publisher: st.operator };
  await answered(st, 'stNoConsent', reportBody(6), stRule);
  await answered(
    st,
    'stConsent',
    reportBody(7, { consent: { dataProcessing: true, publicIdentity: true } }),
    stRule,
  );

  // Khánh Hòa: the lead agency's leader publishes (Điều 9); never the reporter's name.
  await answered(kh, 'khAnswered', reportBody(8), { accept: true, publisher: kh.leader });
});
afterAll(async () => t?.close());

describe('GET /api/public/reports — what the public sees of each profile', () => {
  it('Vĩnh Long Điều 5.4: the name unless hidden by request; nothing of a confidential or unanswered case', async () => {
    const body = await publicList('vinh-long-t');
    expect(named(body)).toEqual({
      vlThird: 'Phạm Văn Dũng',
      vlHidden: null,
      vlShown: 'Phạm Văn Dũng',
    });
    // Newest published first.
    expect(body.items.map((i) => i.trackingCode)).toEqual([
      codes.vlThird,
      codes.vlHidden,
      codes.vlShown,
    ]);
    expect(body.items[0]).toMatchObject({
      state: 'answered',
      field: { code: 'giao-thong', name: 'Giao thông' },
      area: { code: 'phuong-1', name: 'Phường 1' },
      location: { address: '4 Nguyễn Huệ' },
      answerExcerpt: 'Đơn vị đã vá ổ gà và cắm biển cảnh báo trong ngày.',
    });
  });

  it('Sóc Trăng Điều 4.5: the name only with the reporter’s consent', async () => {
    expect(named(await publicList('soc-trang-t'))).toEqual({
      stConsent: 'Phạm Văn Dũng',
      stNoConsent: null,
    });
  });

  it('Khánh Hòa: never the reporter’s name', async () => {
    expect(named(await publicList('khanh-hoa-t'))).toEqual({ khAnswered: null });
  });

  it('never shows a phone number, e-mail, address or citizen id', async () => {
    for (const code of ['vinh-long-t', 'soc-trang-t', 'khanh-hoa-t']) {
      const text = JSON.stringify(await publicList(code));
      for (const secret of SECRETS) {
        expect(text, `${code} ${secret}`).not.toContain(secret);
      }
      expect(text).not.toMatch(/phone|email|citizen/i);
    }
  });

  it('keeps each tenant to its own reports', async () => {
    const codesOfSt = (await publicList('soc-trang-t')).items.map((i) => i.trackingCode);
    expect(codesOfSt).not.toContain(codes.vlShown);
  });
});

describe('GET /api/public/reports — filters and pages', () => {
  it('filters by field and area code (with the areas under it), state, period, bounding box and search', async () => {
    const cases: [string, string[]][] = [
      ['?field=giao-thong', ['vlThird', 'vlHidden', 'vlShown']],
      ['?field=khong-co', []],
      ['?area=tinh', ['vlThird', 'vlHidden', 'vlShown']],
      ['?area=phuong-1&state=answered', ['vlThird', 'vlHidden', 'vlShown']],
      ['?state=follow_up_open', []],
      [
        `?from=${encodeURIComponent(vn('2026-03-02 09:30'))}&to=${encodeURIComponent(vn('2026-03-02 12:00'))}`,
        ['vlHidden'],
      ],
      ['?from=2026-03-03', []],
      ['?bbox=105.9715,10.2515,105.9725,10.2525', ['vlHidden']],
      ['?q=den%20duong', ['vlThird']],
    ];
    const byCode = new Map(Object.entries(codes).map(([key, code]) => [code, key]));
    for (const [query, expected] of cases) {
      const body = await publicList('vinh-long-t', query);
      expect(
        body.items.map((i) => byCode.get(i.trackingCode)),
        query,
      ).toEqual(expected);
    }
  });

  it('pages with a cursor without duplicates or gaps', async () => {
    const whole = (await publicList('vinh-long-t')).items.map((i) => i.trackingCode);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: ListBody = await publicList(
        'vinh-long-t',
        `?limit=1${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...page.items.map((i) => i.trackingCode));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(whole);
  });

  it('pages a province-wide bounding box newest first', async () => {
    const first = await publicList('vinh-long-t', '?bbox=105,10,107,11&limit=2');
    expect(first.items.map((i) => i.trackingCode)).toEqual([codes.vlThird, codes.vlHidden]);
    const second = await publicList(
      'vinh-long-t',
      `?bbox=105,10,107,11&limit=2&cursor=${first.nextCursor}`,
    );
    expect(second.items.map((i) => i.trackingCode)).toEqual([codes.vlShown]);
    expect(second.nextCursor).toBeNull();
  });

  it('refuses a malformed bounding box or cursor', async () => {
    for (const query of ['?bbox=1,2,3', '?bbox=106,10,105,11', '?bbox=a,b,c,d', '?cursor=abc']) {
      const response = await t.app.inject({
        method: 'GET',
        url: `/t/vinh-long-t/api/public/reports${query}`,
      });
      expect(response.statusCode, query).toBe(400);
    }
  });

  it('leaves the view by tracking code where it was', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/t/vinh-long-t/api/public/reports/${codes.vlShown}`,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json<{ trackingCode: string }>().trackingCode).toBe(codes.vlShown);
  });
});

describe('GET /api/public/reports/map', () => {
  async function map(query: string): Promise<MapBody> {
    const response = await t.app.inject({
      method: 'GET',
      url: `/t/vinh-long-t/api/public/reports/map${query}`,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toContain('application/geo+json');
    return response.json<MapBody>();
  }

  it('is a GeoJSON FeatureCollection of the published reports in the box', async () => {
    const body = await map('?bbox=105,10,107,11');
    expect(body.type).toBe('FeatureCollection');
    expect(body.features.map((f) => f.properties.trackingCode)).toEqual([
      codes.vlThird,
      codes.vlHidden,
      codes.vlShown,
    ]);
    expect(body.features[2]?.geometry.coordinates).toEqual([105.971, 10.251]);
    expect(body.isTruncated).toBe(false);
    expect(JSON.stringify(body)).not.toContain('Phạm Văn Dũng');
    expect((await map('?bbox=100,20,101,21')).features).toEqual([]);
  });

  it('is capped, newest first, and says so', async () => {
    const body = await map('?bbox=105,10,107,11&limit=2');
    expect(body.features.map((f) => f.properties.trackingCode)).toEqual([
      codes.vlThird,
      codes.vlHidden,
    ]);
    expect(body).toMatchObject({ limit: 2, isTruncated: true });
  });

  it('samples a crowded box over a grid and says so', async () => {
    // 2 × 2 cells of one point each: the lower-left cell holds two reports, the upper-right one.
    const body = await map('?bbox=105.970,10.250,105.976,10.256&limit=4');
    expect(body.features.map((f) => f.properties.trackingCode)).toContain(codes.vlThird);
    expect(body.isTruncated).toBe(true);
    const roomy = await map('?bbox=105.970,10.250,105.976,10.256&limit=16');
    expect(roomy.features).toHaveLength(3);
    expect(roomy.isTruncated).toBe(false);
  });

  it('needs a bounding box', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/t/vinh-long-t/api/public/reports/map',
    });
    expect(response.statusCode).toBe(400);
  });
});
