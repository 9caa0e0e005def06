/**
 * The reporter adds photos with tracking code + phone (issue 4 item 2), and who may fetch them:
 * the public only for a public report, staff only for a report they may see.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyEventLog } from '../../infra/events/verify-log';
import { createWorld, TEST_PASSWORD } from '../../testing/factories';
import type { World } from '../../testing/factories';
import { CITIZEN_REPORT, REPORTER_PHONE } from '../../testing/permission-rows';
import { createTestApp, signInAs } from '../../testing/test-app';
import type { Session, TestApp } from '../../testing/test-app';
import {
  FAKE_JPEG,
  multipart,
  photoWithExif,
  plainPng,
  storedFileCount,
  submission,
  tempDataDir,
} from './attachments-test-support';
import type { Part } from './attachments-test-support';

const T = '/t/tinh-mot';
let t: TestApp;
let world: World;
let data: Awaited<ReturnType<typeof tempDataDir>>;
let operator: Session;
let specialistA: Session;

type Problem = { code: string; errors?: { path: string; code: string }[] };
type Uploaded = { id: string; kind: string; isPublic: boolean; url: string | null };

async function newReport(extra: object = {}): Promise<{ id: string; trackingCode: string }> {
  const body = submission({ ...CITIZEN_REPORT, ...extra }, [
    { name: 'files', filename: 'a.jpg', value: await photoWithExif(900, 600) },
  ]);
  const response = await t.app.inject({
    method: 'POST',
    url: `${T}/api/reports`,
    payload: body.payload,
    headers: body.headers,
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

const upload = (trackingCode: string, parts: readonly Part[]) => {
  const body = multipart(parts);
  return t.app.inject({
    method: 'POST',
    url: `${T}/api/public/reports/${trackingCode}/attachments`,
    payload: body.payload,
    headers: body.headers,
  });
};

async function act(id: string, action: string, input: object) {
  const current = (await operator.request({ method: 'GET', url: `${T}/api/reports/${id}` })).json<{
    version: number;
  }>();
  const response = await operator.request({
    method: 'POST',
    url: `${T}/api/reports/${id}/actions`,
    payload: { action, version: current.version, input },
  });
  expect(response.statusCode, response.body).toBe(200);
}

beforeAll(async () => {
  data = await tempDataDir();
  t = await createTestApp({ DATA_DIR: data.dir });
  world = await createWorld(t.database.db);
  operator = await signInAs(t.app, 'tinh-mot', 'tiepnhan', TEST_PASSWORD);
  specialistA = await signInAs(t.app, 'tinh-mot', 'a.chuyenvien', TEST_PASSWORD);
});
afterAll(async () => {
  await t?.close();
  await data?.remove();
});

describe('the reporter supplements a report with photos', () => {
  let report: { id: string; trackingCode: string };
  let added: Uploaded[];

  it('adds photos while the intake center awaits information, and records it in the history', async () => {
    report = await newReport();
    await act(report.id, 'request_information', { message: 'Xin gửi thêm ảnh chụp cột đèn.' });
    const png = await plainPng({ r: 1, g: 2, b: 3 });
    const response = await upload(report.trackingCode, [
      { name: 'phone', value: '0912 345 678' },
      { name: 'files', filename: 'cot-den.png', value: png },
    ]);
    expect(response.statusCode, response.body).toBe(201);
    added = response.json<{ items: Uploaded[] }>().items;
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ kind: 'photo', isPublic: true });
    const events = (
      await operator.request({ method: 'GET', url: `${T}/api/reports/${report.id}/events` })
    ).json<{ items: { type: string; actorKind: string; payload: { attachmentIds: string[] } }[] }>()
      .items;
    expect(events.at(-1)).toMatchObject({
      type: 'report.attachments_added',
      actorKind: 'reporter',
      payload: { attachmentIds: [added[0]?.id] },
    });
    expect(
      (await verifyEventLog(t.database.db, undefined, { reportId: report.id })).breaks,
    ).toEqual([]);
    const publicPhoto = await t.app.inject({ method: 'GET', url: `${T}${added[0]?.url}` });
    expect(publicPhoto.statusCode).toBe(200);
  });

  it('does not store the same photo twice when the upload is retried', async () => {
    const files = await storedFileCount(data.dir);
    const response = await upload(report.trackingCode, [
      { name: 'phone', value: REPORTER_PHONE },
      { name: 'files', filename: 'cot-den.png', value: await plainPng({ r: 1, g: 2, b: 3 }) },
    ]);
    expect(response.statusCode).toBe(201);
    expect(response.json<{ items: Uploaded[] }>().items.map((a) => a.id)).toEqual([added[0]?.id]);
    expect(await storedFileCount(data.dir)).toBe(files);
  });

  it('answers a wrong phone number exactly like an unknown tracking code', async () => {
    const parts = [
      { name: 'phone', value: '0987654321' },
      { name: 'files', filename: 'a.png', value: await plainPng() },
    ];
    const wrongPhone = await upload(report.trackingCode, parts);
    const unknownCode = await upload('260302-ZZZZZZZZ', parts);
    expect(wrongPhone.statusCode).toBe(404);
    expect(unknownCode.statusCode).toBe(404);
    expect(wrongPhone.json<Problem>().code).toBe(unknownCode.json<Problem>().code);
  });

  it('names the bad file, and wants multipart with a phone', async () => {
    const fake = await upload(report.trackingCode, [
      { name: 'phone', value: REPORTER_PHONE },
      FAKE_JPEG,
    ]);
    expect(fake.statusCode).toBe(415);
    expect(fake.json<Problem>().errors?.[0]?.path).toBe('files.0');
    const noPhone = await upload(report.trackingCode, [
      { name: 'files', filename: 'a.png', value: await plainPng() },
    ]);
    expect(noPhone.statusCode).toBe(400);
    expect(noPhone.json<Problem>().errors?.[0]?.path).toBe('phone');
    const json = await t.app.inject({
      method: 'POST',
      url: `${T}/api/public/reports/${report.trackingCode}/attachments`,
      payload: { phone: REPORTER_PHONE },
    });
    expect(json.statusCode).toBe(415);
  });

  it('refuses files once the report is closed', async () => {
    const rejected = await newReport();
    await act(rejected.id, 'reject', {
      reason: 'incomplete',
      explanation: 'Phản ánh thiếu địa điểm cụ thể.',
    });
    const response = await upload(rejected.trackingCode, [
      { name: 'phone', value: REPORTER_PHONE },
      { name: 'files', filename: 'a.png', value: await plainPng() },
    ]);
    expect(response.statusCode).toBe(409);
    expect(response.json<Problem>().code).toBe('INVALID_TRANSITION');
  });
});

describe('who may fetch a photo', () => {
  it('hides every photo of a confidential report from the public, not from staff', async () => {
    const report = await newReport({ isConfidential: true });
    const staff = (
      await operator.request({ method: 'GET', url: `${T}/api/reports/${report.id}` })
    ).json<{ attachments: { id: string; url: string; isPublic: boolean }[] }>();
    const [photo] = staff.attachments;
    expect(photo?.isPublic).toBe(true);
    for (const suffix of ['', '/thumbnail']) {
      const publicly = await t.app.inject({
        method: 'GET',
        url: `${T}/api/public/reports/${report.trackingCode}/attachments/${photo?.id}${suffix}`,
      });
      expect(publicly.statusCode).toBe(404);
      const forStaff = await operator.request({ method: 'GET', url: `${T}${photo?.url}${suffix}` });
      expect(forStaff.statusCode).toBe(200);
    }
  });

  it('shows an agency’s staff only the files of reports assigned to their agency', async () => {
    const report = await newReport();
    const [photo] = (
      await operator.request({ method: 'GET', url: `${T}/api/reports/${report.id}` })
    ).json<{ attachments: { url: string }[] }>().attachments;
    const before = await specialistA.request({ method: 'GET', url: `${T}${photo?.url}` });
    expect(before.statusCode).toBe(404);
    await act(report.id, 'distribute', { leadAgencyId: world.one.agencyA.id });
    const after = await specialistA.request({ method: 'GET', url: `${T}${photo?.url}` });
    expect(after.statusCode).toBe(200);
  });

  it('never serves one report’s photo under another report’s tracking code', async () => {
    const first = await newReport();
    const second = await newReport();
    const [photo] = (
      await operator.request({ method: 'GET', url: `${T}/api/reports/${first.id}` })
    ).json<{ attachments: { id: string }[] }>().attachments;
    const crossed = await t.app.inject({
      method: 'GET',
      url: `${T}/api/public/reports/${second.trackingCode}/attachments/${photo?.id}`,
    });
    expect(crossed.statusCode).toBe(404);
  });
});
