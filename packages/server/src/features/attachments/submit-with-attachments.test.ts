/**
 * Submissions with files through HTTP (issue 4 item 1): multipart bodies built here, real photos
 * made with sharp; what is stored, what the public and staff get back, and what is refused.
 */
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, TEST_PASSWORD } from '../../testing/factories';
import { CITIZEN_REPORT } from '../../testing/permission-rows';
import { createTestApp, signInAs } from '../../testing/test-app';
import type { Session, TestApp } from '../../testing/test-app';
import {
  FAKE_JPEG,
  multipart,
  PDF,
  photoWithExif,
  plainPng,
  storedFileCount,
  submission,
  tempDataDir,
  wavAudio,
} from './attachments-test-support';

const T = '/t/tinh-mot';
let t: TestApp;
let data: Awaited<ReturnType<typeof tempDataDir>>;
let operator: Session;

type Problem = {
  code: string;
  message: { vi: string; en: string };
  errors?: { path: string; code: string; message: { vi: string; en: string } }[];
};
type StaffAttachment = {
  id: string;
  kind: string;
  isPublic: boolean;
  url: string;
  thumbnailUrl: string | null;
  capturedLocation: { latitude: number; longitude: number } | null;
  capturedAt: string | null;
  originalName: string | null;
};

const count = async (table: 'reports' | 'attachments') =>
  Number(
    (
      await t.database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

const submit = (body: ReturnType<typeof submission>, key?: string) =>
  t.app.inject({
    method: 'POST',
    url: `${T}/api/reports`,
    payload: body.payload,
    headers: { ...body.headers, ...(key ? { 'idempotency-key': key } : {}) },
  });

const reportOf = (trackingCode: string) =>
  t.database.db
    .selectFrom('reports')
    .selectAll()
    .where('tracking_code', '=', trackingCode)
    .executeTakeFirstOrThrow();

beforeAll(async () => {
  data = await tempDataDir();
  t = await createTestApp({ DATA_DIR: data.dir });
  await createWorld(t.database.db);
  operator = await signInAs(t.app, 'tinh-mot', 'tiepnhan', TEST_PASSWORD);
});
afterAll(async () => {
  await t?.close();
  await data?.remove();
});

describe('a citizen submits photos and a document with the report', () => {
  let trackingCode: string;
  let reportId: string;
  let items: StaffAttachment[];

  it('stores the report and its files together and returns the tracking code', async () => {
    const response = await submit(
      submission(CITIZEN_REPORT, [
        { name: 'files', filename: 'IMG_0001.jpg', value: await photoWithExif() },
        { name: 'files', filename: 'den-duong.png', value: await plainPng() },
        { name: 'files', filename: 'don-kien-nghi.pdf', value: PDF },
      ]),
    );
    expect(response.statusCode, response.body).toBe(201);
    trackingCode = response.json<{ trackingCode: string }>().trackingCode;
    reportId = (await reportOf(trackingCode)).id;
    // Original + thumbnail for each photo, the PDF alone.
    expect(await storedFileCount(data.dir)).toBe(5);
    const staff = await operator.request({ method: 'GET', url: `${T}/api/reports/${reportId}` });
    items = staff.json<{ attachments: StaffAttachment[] }>().attachments;
    expect(items.map((a) => [a.kind, a.isPublic, a.originalName])).toEqual([
      ['photo', true, 'IMG_0001.jpg'],
      ['photo', true, 'den-duong.png'],
      ['document', false, 'don-kien-nghi.pdf'],
    ]);
  });

  it('keeps the photo’s GPS and time apart, for staff, as a location suggestion', () => {
    const [exif, plain] = items;
    expect(exif?.capturedAt).toBe('2026-03-01T08:15:00.000Z');
    expect(exif?.capturedLocation?.latitude).toBeCloseTo(12 + 14 / 60 + 30 / 3600, 5);
    expect(exif?.capturedLocation?.longitude).toBeCloseTo(109 + 11 / 60 + 40 / 3600, 5);
    expect(plain?.capturedLocation).toBeNull();
  });

  it('shows the public the re-encoded photos without any metadata, and a thumbnail', async () => {
    const view = await t.app.inject({
      method: 'GET',
      url: `${T}/api/public/reports/${trackingCode}`,
    });
    const attachments = view.json<{
      attachments: { id: string; url: string; thumbnailUrl: string }[];
    }>().attachments;
    expect(attachments.map((a) => a.id).sort()).toEqual([items[0]?.id, items[1]?.id].sort());
    const first = attachments.find((a) => a.id === items[0]?.id);
    const photo = await t.app.inject({ method: 'GET', url: `${T}${first?.url}` });
    expect(photo.statusCode).toBe(200);
    expect(photo.headers['content-type']).toBe('image/jpeg');
    expect(photo.headers['x-content-type-options']).toBe('nosniff');
    expect(photo.headers['cache-control']).toBe('public, max-age=600');
    expect(photo.headers['content-disposition']).toMatch(
      new RegExp(`^inline; filename="${trackingCode}-[0-9a-f]{8}\\.jpg"`),
    );
    const meta = await sharp(photo.rawPayload).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(Math.max(meta.width ?? 0, meta.height ?? 0)).toBe(2560);
    expect(photo.rawPayload.includes(Buffer.from('Nguyen Van A'))).toBe(false);
    expect(photo.body).not.toContain('IMG_0001');
    const thumb = await t.app.inject({ method: 'GET', url: `${T}${first?.thumbnailUrl}` });
    expect(thumb.headers['content-type']).toBe('image/jpeg');
    const thumbMeta = await sharp(thumb.rawPayload).metadata();
    expect(Math.max(thumbMeta.width ?? 0, thumbMeta.height ?? 0)).toBe(320);
  });

  it('serves the document to staff only, as a download', async () => {
    const pdf = items[2];
    const hidden = await t.app.inject({
      method: 'GET',
      url: `${T}/api/public/reports/${trackingCode}/attachments/${pdf?.id}`,
    });
    expect(hidden.statusCode).toBe(404);
    const file = await operator.request({ method: 'GET', url: `${T}${pdf?.url}` });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toBe(
      `attachment; filename="don-kien-nghi.pdf"; filename*=UTF-8''don-kien-nghi.pdf`,
    );
    expect(file.headers['cache-control']).toBe('private, no-cache');
    expect(file.rawPayload.equals(PDF)).toBe(true);
  });

  it('answers conditional and range requests', async () => {
    const url = `${T}${items[0]?.url}`;
    const full = await operator.request({ method: 'GET', url });
    const etag = String(full.headers.etag);
    const unchanged = await operator.request({
      method: 'GET',
      url,
      headers: { 'if-none-match': etag },
    });
    expect(unchanged.statusCode).toBe(304);
    const part = await operator.request({ method: 'GET', url, headers: { range: 'bytes=0-9' } });
    expect(part.statusCode).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 0-9/${full.rawPayload.length}`);
    expect(part.rawPayload.equals(full.rawPayload.subarray(0, 10))).toBe(true);
  });
});

describe('refusals name the file at fault, and nothing is half-written', () => {
  it('refuses text that claims to be a JPEG (judged by content), in Vietnamese and English', async () => {
    const before = { reports: await count('reports'), files: await storedFileCount(data.dir) };
    const response = await submit(
      submission(CITIZEN_REPORT, [
        { name: 'files', filename: 'that.jpg', value: await plainPng() },
        FAKE_JPEG,
      ]),
    );
    expect(response.statusCode).toBe(415);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const problem = response.json<Problem>();
    expect(problem.errors).toEqual([
      {
        path: 'files.1',
        code: 'file.unsupported_type',
        message: {
          vi: expect.stringContaining('Tệp không đúng định dạng'),
          en: expect.stringContaining('not accepted'),
        },
      },
    ]);
    expect(await count('reports')).toBe(before.reports);
    expect(await storedFileCount(data.dir)).toBe(before.files);
  });

  it('lists the report’s mistakes and the files’ in one problem', async () => {
    const { title: _title, ...untitled } = CITIZEN_REPORT;
    const response = await submit(submission(untitled, [FAKE_JPEG]));
    expect(response.statusCode).toBe(400);
    const paths = response.json<Problem>().errors?.map((e) => e.path);
    expect(paths).toEqual(['body.title', 'files.0']);
  });

  it('asks for the report part when it is missing or not JSON', async () => {
    const missing = await submit(
      multipart([{ name: 'files', filename: 'a.png', value: await plainPng() }]),
    );
    expect(missing.statusCode).toBe(400);
    expect(missing.json<Problem>().errors?.[0]?.path).toBe('report');
    const broken = await submit(multipart([{ name: 'report', value: '{"title": "Đèn' }]));
    expect(broken.statusCode).toBe(400);
    expect(broken.json<Problem>().errors?.[0]).toMatchObject({
      path: 'report',
      code: 'report.invalid_json',
    });
  });

  it('removes the stored files when the report is refused after they were written', async () => {
    const before = { reports: await count('reports'), files: await storedFileCount(data.dir) };
    // The field code is checked against the tenant's fields only inside submitReport.
    const response = await submit(
      submission({ ...CITIZEN_REPORT, fieldCode: 'khong-ton-tai' }, [
        { name: 'files', filename: 'a.jpg', value: await photoWithExif(800, 600) },
      ]),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json<Problem>().errors?.[0]?.path).toBe('body.fieldCode');
    expect(await count('reports')).toBe(before.reports);
    expect(await storedFileCount(data.dir)).toBe(before.files);
  });

  it('holds each kind to its cap (audio: 30 MB)', async () => {
    const wav = wavAudio();
    const long = Buffer.concat([wav, Buffer.alloc(30 * 1024 * 1024)]);
    const response = await submit(
      submission(CITIZEN_REPORT, [{ name: 'files', filename: 'ghi-am.wav', value: long }]),
    );
    expect(response.statusCode).toBe(413);
    expect(response.json<Problem>().errors?.[0]).toMatchObject({
      path: 'files.0',
      code: 'file.too_large',
      message: { vi: 'Tệp vượt quá dung lượng cho phép (30 MB).' },
    });
  });

  it('takes at most 10 files', async () => {
    const png = await plainPng();
    const files = Array.from({ length: 11 }, (_, i) => ({
      name: 'files',
      filename: `${i}.png`,
      value: png,
    }));
    const response = await submit(submission(CITIZEN_REPORT, files));
    expect(response.statusCode).toBe(413);
    expect(response.json<Problem>().errors?.[0]).toMatchObject({
      path: 'files',
      code: 'files.too_many',
    });
  });

  it('does not take a call recording from the public', async () => {
    const response = await submit(
      submission(CITIZEN_REPORT, [
        { name: 'call_recording', filename: 'call.wav', value: wavAudio() },
      ]),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json<Problem>().errors?.[0]?.path).toBe('call_recording');
  });
});

describe('Idempotency-Key with files', () => {
  it('replays a retried submission without storing its files again', async () => {
    const body = submission(CITIZEN_REPORT, [
      { name: 'files', filename: 'a.jpg', value: await photoWithExif(1200, 900) },
    ]);
    const first = await submit(body, 'upload-retry-0001');
    expect(first.statusCode, first.body).toBe(201);
    const after = {
      attachments: await count('attachments'),
      files: await storedFileCount(data.dir),
    };
    const again = await submit(body, 'upload-retry-0001');
    expect(again.statusCode).toBe(200);
    expect(again.json<{ trackingCode: string }>().trackingCode).toBe(
      first.json<{ trackingCode: string }>().trackingCode,
    );
    expect(await count('attachments')).toBe(after.attachments);
    expect(await storedFileCount(data.dir)).toBe(after.files);
  });

  it('refuses the same key with other files', async () => {
    const response = await submit(
      submission(CITIZEN_REPORT, [{ name: 'files', filename: 'b.png', value: await plainPng() }]),
      'upload-retry-0001',
    );
    expect(response.statusCode).toBe(409);
    expect(response.json<Problem>().errors?.[0]?.path).toBe('headers.idempotency-key');
  });
});
