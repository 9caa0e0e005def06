/**
 * Duplicate detection and marking through HTTP on a Khánh Hòa tenant (Khánh Hòa Điều 12.1): the
 * intake operator sees candidates near the report, received in the period, with similar text, the
 * same field first; marking one rejects the report with the original's details, links the two and
 * subscribes the reporter, who then hears of the original's published answer over SMTP.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runOutboxOnce } from '../../infra/jobs/outbox-worker';
import { createMailer } from '../../infra/mail/mailer';
import { createSmsGateway } from '../../infra/sms/sms-gateway';
import { createWorld, TEST_PASSWORD } from '../../testing/factories';
import type { World } from '../../testing/factories';
import { startSmtpSink } from '../../testing/smtp-sink';
import { createTestApp, signInAs } from '../../testing/test-app';
import type { Session, TestApp } from '../../testing/test-app';

let t: TestApp;
let world: World;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let operator: Session;
let specialist: Session;
let leader: Session;

const T = '/t/tinh-mot';
// 12 Trần Phú, Nha Trang.
const HERE = { latitude: 12.2388, longitude: 109.1967 };

type Candidate = {
  id: string;
  trackingCode: string;
  state: string;
  receivedAt: string;
  isSameField: boolean;
  distanceMeters: number | null;
  similarity: number;
  score: number;
};
type Candidates = {
  settings: { radiusMeters: number; periodDays: number; minSimilarity: number; limit: number };
  items: Candidate[];
};
type StaffView = {
  id: string;
  version: number;
  state: string;
  duplicateOfId: string | null;
  assignments: { id: string }[];
};
type Submitted = { id: string; trackingCode: string };

const LAMP_TEXT = {
  title: 'Đèn đường hỏng trên đường Trần Phú',
  content: 'Ba cột đèn trước số 12 Trần Phú không sáng từ tối thứ Hai, đoạn đường rất tối.',
};
const LAMP_REWORDED = {
  title: 'Mất điện đèn chiếu sáng đường Trần Phú',
  content: 'Cả dãy đèn đường Trần Phú đoạn gần số 12 tắt hết từ tối thứ Hai, rất nguy hiểm.',
};
const GARBAGE_TEXT = {
  title: 'Rác thải ùn ứ trước chợ',
  content: 'Rác thải sinh hoạt không được thu gom ba ngày nay, bốc mùi hôi khó chịu.',
};

/** Metres north of HERE as a latitude. */
const north = (metres: number) => HERE.latitude + metres / 111_195;

async function submit(
  tenant: string,
  at: string,
  text: { title: string; content: string },
  options: { latitude?: number; fieldCode?: string; email?: string; language?: 'vi' | 'en' } = {},
): Promise<Submitted> {
  t.clock.set(at);
  const response = await t.app.inject({
    method: 'POST',
    url: `/t/${tenant}/api/reports`,
    payload: {
      reporter: {
        name: 'Nguyễn Văn An',
        phone: '0912 345 678',
        address: '12 Trần Phú, Nha Trang',
        email: options.email ?? 'an.nguyen@example.vn',
        language: options.language ?? 'vi',
      },
      ...text,
      ...(options.fieldCode ? { fieldCode: options.fieldCode } : {}),
      location: { latitude: options.latitude ?? HERE.latitude, longitude: HERE.longitude },
      incidentAt: '2026-01-01T12:00:00Z',
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

async function view(session: Session, id: string): Promise<StaffView> {
  const response = await session.request({ method: 'GET', url: `${T}/api/reports/${id}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<StaffView>();
}

async function act(session: Session, id: string, action: string, input: object = {}) {
  const response = await session.request({
    method: 'POST',
    url: `${T}/api/reports/${id}/actions`,
    payload: { action, version: (await view(session, id)).version, input },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<StaffView>();
}

async function candidates(id: string, query = '') {
  return operator.request({
    method: 'GET',
    url: `${T}/api/reports/${id}/duplicate-candidates${query}`,
  });
}

async function markDuplicate(id: string, originalId: string, version?: number) {
  return operator.request({
    method: 'POST',
    url: `${T}/api/reports/${id}/mark-duplicate`,
    payload: { version: version ?? (await view(operator, id)).version, originalId },
  });
}

/** The text of a quoted-printable message body (nodemailer's encoding for Vietnamese). */
function decodeMail(raw: string): string {
  const unfolded = raw.replace(/=\r?\n/g, '');
  return Buffer.from(
    unfolded.replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');
}

const r: Record<
  'original' | 'otherField' | 'far' | 'old' | 'unrelated' | 'otherTenant' | 'fresh' | 'english',
  Submitted
> = {} as never;

beforeAll(async () => {
  t = await createTestApp({ SESSION_TTL_HOURS: '2000' });
  world = await createWorld(t.database.db);
  smtp = await startSmtpSink();
  for (const [tenant, code, name] of [
    [world.one.tenant.id, 'lighting', 'Chiếu sáng công cộng'],
    [world.one.tenant.id, 'electricity', 'Điện'],
    [world.one.tenant.id, 'environment', 'Môi trường'],
    [world.two.tenant.id, 'lighting', 'Chiếu sáng công cộng'],
  ] as const) {
    await t.database.db
      .insertInto('fields')
      .values({ tenant_id: tenant, code, name, default_agency_id: null })
      .execute();
  }
  operator = await signInAs(t.app, 'tinh-mot', 'tiepnhan', TEST_PASSWORD);
  specialist = await signInAs(t.app, 'tinh-mot', 'a.chuyenvien', TEST_PASSWORD);
  leader = await signInAs(t.app, 'tinh-mot', 'a.lanhdao', TEST_PASSWORD);

  // Received 42 days before the report under intake: outside the 30-day period.
  r.old = await submit('tinh-mot', '2026-01-22T02:00:00Z', LAMP_TEXT, { fieldCode: 'lighting' });
  r.original = await submit('tinh-mot', '2026-03-02T02:00:00Z', LAMP_TEXT, {
    fieldCode: 'lighting',
  });
  // The same words as the report under intake, so a higher score, but another field.
  r.otherField = await submit('tinh-mot', '2026-03-03T02:00:00Z', LAMP_REWORDED, {
    fieldCode: 'electricity',
    latitude: north(40),
  });
  r.far = await submit('tinh-mot', '2026-03-03T03:00:00Z', LAMP_REWORDED, {
    fieldCode: 'lighting',
    latitude: north(5_000),
  });
  r.unrelated = await submit('tinh-mot', '2026-03-04T02:00:00Z', GARBAGE_TEXT, {
    fieldCode: 'environment',
  });
  r.otherTenant = await submit('tinh-hai', '2026-03-04T03:00:00Z', LAMP_REWORDED, {
    fieldCode: 'lighting',
  });
  r.fresh = await submit('tinh-mot', '2026-03-05T02:00:00Z', LAMP_REWORDED, {
    fieldCode: 'lighting',
    latitude: north(60),
    email: 'binh.tran@example.vn',
  });
});
afterAll(async () => {
  await smtp?.close();
  await t?.close();
});

describe('duplicate candidates', () => {
  it('offers reports near, recent and alike, the same field first, each with a score', async () => {
    const response = await candidates(r.fresh.id);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<Candidates>();
    expect(body.settings).toEqual({
      radiusMeters: 300,
      periodDays: 30,
      minSimilarity: 0.3,
      limit: 10,
    });
    expect(body.items.map((c) => c.trackingCode)).toEqual([
      r.original.trackingCode,
      r.otherField.trackingCode,
    ]);
    const [original, otherField] = body.items;
    expect(original).toMatchObject({
      id: r.original.id,
      state: 'submitted',
      receivedAt: '2026-03-02T02:00:00.000Z',
      isSameField: true,
      distanceMeters: 60,
    });
    expect(otherField).toMatchObject({ isSameField: false, distanceMeters: 20 });
    // Identical words score higher, yet the same field comes first.
    expect(otherField?.score ?? 0).toBeGreaterThan(original?.score ?? 1);
    expect(otherField?.similarity).toBe(1);
    for (const c of body.items) {
      const apart = Date.parse('2026-03-05T02:00:00Z') - Date.parse(c.receivedAt);
      const expected =
        0.6 * c.similarity +
        0.25 * (1 - (c.distanceMeters ?? 0) / 300) +
        0.15 * (1 - apart / (30 * 86_400_000));
      expect(Math.abs(c.score - expected)).toBeLessThan(0.002);
    }
  });

  it('widens by the tenant’s settings and by the operator’s query', async () => {
    const setDuplicates = async (duplicates: object | undefined) => {
      await t.database.db
        .updateTable('tenants')
        .set({ settings: JSON.stringify(duplicates ? { duplicates } : {}) })
        .where('id', '=', world.one.tenant.id)
        .execute();
      t.app.invalidateTenantCache();
    };
    await setDuplicates({ radiusMeters: 10_000 });
    try {
      const wide = (await candidates(r.fresh.id)).json<Candidates>();
      expect(wide.settings.radiusMeters).toBe(10_000);
      // The far copy uses the same words: within the same field, the higher score first.
      expect(wide.items.map((c) => c.trackingCode)).toEqual([
        r.far.trackingCode,
        r.original.trackingCode,
        r.otherField.trackingCode,
      ]);
      const strict = (await candidates(r.fresh.id, '?minSimilarity=0.95')).json<Candidates>();
      expect(strict.items.map((c) => c.trackingCode)).toEqual([
        r.far.trackingCode,
        r.otherField.trackingCode,
      ]);
    } finally {
      await setDuplicates(undefined);
    }
    const longer = (await candidates(r.fresh.id, '?periodDays=60')).json<Candidates>();
    expect(longer.items.map((c) => c.trackingCode)).toEqual([
      r.original.trackingCode,
      r.old.trackingCode,
      r.otherField.trackingCode,
    ]);
    const invalid = await candidates(r.fresh.id, '?radiusMeters=1');
    expect(invalid.statusCode).toBe(400);
  });

  it('is for reports under intake, and only what the caller may see', async () => {
    const hidden = await specialist.request({
      method: 'GET',
      url: `${T}/api/reports/${r.fresh.id}/duplicate-candidates`,
    });
    expect(hidden.statusCode).toBe(404);
    const otherTenant = await candidates(r.otherTenant.id);
    expect(otherTenant.statusCode).toBe(404);
  });
});

describe('marking a duplicate (Khánh Hòa Điều 12.1)', () => {
  it('refuses the report itself, a stale version and an unknown original', async () => {
    expect((await markDuplicate(r.fresh.id, r.fresh.id)).statusCode).toBe(400);
    expect((await markDuplicate(r.fresh.id, r.otherTenant.id)).statusCode).toBe(400);
    const stale = await markDuplicate(r.fresh.id, r.original.id, 99);
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ code: string }>().code).toBe('VERSION_CONFLICT');
  });

  it('rejects with the original’s tracking code and state, links and subscribes the reporter', async () => {
    // The original is being handled by agency A when the duplicate comes in.
    t.clock.set('2026-03-05T03:00:00Z');
    await act(operator, r.original.id, 'distribute', { leadAgencyId: world.one.agencyA.id });
    t.clock.set('2026-03-05T04:00:00Z');
    const response = await markDuplicate(r.fresh.id, r.original.id);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<StaffView>()).toMatchObject({
      state: 'rejected',
      duplicateOfId: r.original.id,
    });

    const events = await t.database.db
      .selectFrom('report_events')
      .select(['type', 'payload', 'is_public'])
      .where('report_id', '=', r.fresh.id)
      .orderBy('seq')
      .execute();
    const rejected = events.at(-1);
    expect(rejected).toMatchObject({
      type: 'report.rejected',
      is_public: true,
      payload: { reason: 'duplicate', duplicateOf: r.original.id },
    });
    const explanation = String(rejected?.payload.explanation);
    expect(explanation).toContain(`mã tra cứu ${r.original.trackingCode}`);
    expect(explanation).toContain('tình trạng: Đang xử lý');
    expect(explanation).toContain('tiếp nhận ngày 02/03/2026');

    const subscription = await t.database.db
      .selectFrom('report_subscriptions')
      .select(['report_id', 'source_report_id'])
      .execute();
    expect(subscription).toEqual([{ report_id: r.original.id, source_report_id: r.fresh.id }]);

    // The reporter is told why, with the original's details, by e-mail.
    const jobs = await t.database.db
      .selectFrom('outbox_jobs')
      .select(['payload'])
      .where('kind', '=', 'email')
      .execute();
    const rejection = jobs
      .map((j) => j.payload as { to: string; subject: string; text: string; tag: string })
      .find((p) => p.tag === 'report.rejected');
    expect(rejection?.to).toBe('binh.tran@example.vn');
    expect(rejection?.subject).toContain(r.fresh.trackingCode);
    expect(rejection?.text).toContain(r.original.trackingCode);
    expect(rejection?.text).toContain('Đang xử lý');

    // The private view shows the reason; the rejected copy is no longer a candidate.
    const mine = await t.app.inject({
      method: 'POST',
      url: `${T}/api/public/reports/${r.fresh.trackingCode}/private`,
      payload: { phone: '0912345678' },
    });
    expect(JSON.stringify(mine.json())).toContain(r.original.trackingCode);
  });

  it('tells an English-speaking reporter in English, and never points at a copy', async () => {
    r.english = await submit('tinh-mot', '2026-03-05T05:00:00Z', LAMP_REWORDED, {
      fieldCode: 'lighting',
      email: 'chris@example.com',
      language: 'en',
    });
    const offered = (await candidates(r.english.id)).json<Candidates>();
    expect(offered.items.map((c) => c.trackingCode)).not.toContain(r.fresh.trackingCode);
    expect(offered.items[0]?.trackingCode).toBe(r.original.trackingCode);

    const copy = await markDuplicate(r.english.id, r.fresh.id);
    expect(copy.statusCode).toBe(400);
    expect(copy.json<{ errors: { code: string }[] }>().errors[0]?.code).toBe('report.is_duplicate');

    expect((await markDuplicate(r.english.id, r.original.id)).statusCode).toBe(200);
    const event = await t.database.db
      .selectFrom('report_events')
      .select('payload')
      .where('report_id', '=', r.english.id)
      .where('type', '=', 'report.rejected')
      .executeTakeFirstOrThrow();
    expect(String(event.payload.explanation)).toContain(`tracking code ${r.original.trackingCode}`);
    expect(String(event.payload.explanation)).toContain('status: Being handled');
  });

  it('sends the original’s published answer to the duplicates’ reporters', async () => {
    const lead = (await view(specialist, r.original.id)).assignments[0];
    t.clock.set('2026-03-05T06:00:00Z');
    await act(specialist, r.original.id, 'accept', { assignmentId: lead?.id });
    t.clock.set('2026-03-06T02:00:00Z');
    await act(specialist, r.original.id, 'submit_answer', {
      assignmentId: lead?.id,
      summary: 'Điện lực đã thay bóng đèn ba cột trước số 12 Trần Phú ngày 06/3/2026.',
      resultAt: '2026-03-06T01:30:00Z',
    });
    t.clock.set('2026-03-06T03:00:00Z');
    await act(leader, r.original.id, 'approve', { assignmentId: lead?.id });
    await act(leader, r.original.id, 'publish');

    const mail = createMailer({
      smtpUrl: smtp.url,
      from: 'PAHT <no-reply@paht.test>',
      dataDir: '/tmp',
    });
    const sms = createSmsGateway({
      url: undefined,
      token: undefined,
      dataDir: mkdtempSync(path.join(tmpdir(), 'paht-sms-')),
    });
    for (;;) {
      const { delivered, failed } = await runOutboxOnce(
        t.database.db,
        { mailer: mail, sms },
        t.clock.now,
      );
      expect(failed).toBe(0);
      if (delivered === 0) {
        break;
      }
    }
    const published = smtp.received.filter((m) =>
      /^X-PAHT-Notification: report\.published$/im.test(m.raw),
    );
    expect(
      published
        .map((m) => m.to)
        .flat()
        .sort(),
    ).toEqual(['an.nguyen@example.vn', 'binh.tran@example.vn', 'chris@example.com']);
    const toDuplicate = published.find((m) => m.to.includes('binh.tran@example.vn'));
    expect(decodeMail(toDuplicate?.raw ?? '')).toContain('Đèn đường hỏng trên đường Trần Phú');
    const toEnglish = published.find((m) => m.to.includes('chris@example.com'));
    expect(decodeMail(toEnglish?.raw ?? '')).toContain('has been answered');
  });
});
