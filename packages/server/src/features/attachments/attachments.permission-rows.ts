/**
 * Permission-table rows of the attachment routes (see testing/permission-rows.ts). The files the
 * GET rows fetch are put on the fixture reports here, through the same storage and queries the
 * routes use, in the test app's DATA_DIR (a temporary directory).
 */
import sharp from 'sharp';
import type { Endpoint, ReportFixture } from '../../testing/permission-rows';
import { REPORTER_PHONE, STAFF_ONLY_READ } from '../../testing/permission-rows';
import type { Ctx } from '../../testing/permission-rows';
import { attachmentStorage, putFiles } from './attachment-storage';
import { insertAttachments } from './attachments.queries';
import { prepareFiles } from './prepare-files';
import type { FileField } from './upload-form';

const made = new Map<string, Promise<string>>();

async function png(): Promise<Buffer> {
  return sharp({
    create: { width: 64, height: 48, channels: 3, background: { r: 10, g: 120, b: 200 } },
  })
    .png()
    .toBuffer();
}

/** A one-second WAV of silence: what the hotline system hands over as a call recording. */
function wav(): Buffer {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + 1600, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(800, 24);
  header.writeUInt32LE(1600, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(1600, 40);
  return Buffer.concat([header, Buffer.alloc(1600)]);
}

/** An attachment on a fixture report (made once per report and field), by id. */
function attachmentOf(c: Ctx, report: ReportFixture, field: FileField): Promise<string> {
  const cacheKey = `${report.id}:${field}`;
  let pending = made.get(cacheKey);
  if (!pending) {
    pending = (async () => {
      const row = await c.db
        .selectFrom('reports')
        .select(['id', 'tenant_id'])
        .where('id', '=', report.id)
        .executeTakeFirstOrThrow();
      const bytes = field === 'files' ? await png() : wav();
      const prepared = await prepareFiles([
        { path: field, field, filename: null, bytes, receivedSha256: '' },
      ]);
      const stored = await putFiles(
        attachmentStorage({ dataDir: c.dataDir }),
        row.tenant_id,
        prepared,
      );
      const [inserted] = await insertAttachments(
        c.db,
        row,
        { kind: 'reporter', userId: null },
        stored,
      );
      if (!inserted) {
        throw new Error('fixture: no attachment inserted');
      }
      return inserted.id;
    })();
    made.set(cacheKey, pending);
  }
  return pending;
}

async function uploadForm(phone: string): Promise<FormData> {
  const form = new FormData();
  form.append('phone', phone);
  form.append('files', new Blob([new Uint8Array(await png())], { type: 'image/png' }), 'a.png');
  return form;
}

const NOT_IN_TENANT = {
  operator: 404,
  specialist: 404,
  leader: 404,
  supervisor: 404,
  admin: 404,
  anonymous: 401,
  others: 403,
};

const staffRows = (suffix: '' | '/thumbnail'): Endpoint[] => {
  const route = `GET /api/reports/:id/attachments/:attachmentId${suffix}`;
  const url = async (c: Ctx, report: ReportFixture, field: FileField = 'files') => ({
    url: `/t/tinh-mot/api/reports/${report.id}/attachments/${await attachmentOf(c, report, field)}${suffix}`,
  });
  return [
    {
      route,
      variant: 'photo, assigned to own agency',
      build: (c) => url(c, c.reports.assignedA),
      expect: STAFF_ONLY_READ,
    },
    {
      route,
      variant: 'photo, not assigned to own agency',
      build: (c) => url(c, c.reports.unassigned),
      expect: { ...STAFF_ONLY_READ, specialist: 404, leader: 404 },
    },
    {
      route,
      variant: 'photo of another tenant’s report',
      build: (c) => url(c, c.reports.otherTenant),
      expect: NOT_IN_TENANT,
    },
  ];
};

const publicRows = (suffix: '' | '/thumbnail'): Endpoint[] => {
  const route = `GET /api/public/reports/:trackingCode/attachments/:attachmentId${suffix}`;
  const url = async (c: Ctx, report: ReportFixture) => ({
    url: `/t/tinh-mot/api/public/reports/${report.trackingCode}/attachments/${await attachmentOf(c, report, 'files')}${suffix}`,
  });
  return [
    {
      route,
      variant: 'photo of a public report',
      build: (c) => url(c, c.reports.assignedA),
      expect: { others: 200 },
    },
    {
      route,
      variant: 'photo of a confidential report',
      build: (c) => url(c, c.reports.confidential),
      expect: { others: 404 },
    },
    {
      route,
      variant: 'other tenant’s report',
      build: (c) => url(c, c.reports.otherTenant),
      expect: { others: 404 },
    },
  ];
};

export const rows: Endpoint[] = [
  {
    route: 'POST /api/public/reports/:trackingCode/attachments',
    variant: 'right phone (a retried photo is stored once)',
    build: async (c) => ({
      url: `/t/tinh-mot/api/public/reports/${c.reports.confidential.trackingCode}/attachments`,
      payload: await uploadForm(REPORTER_PHONE),
    }),
    expect: { others: 201 },
  },
  {
    route: 'POST /api/public/reports/:trackingCode/attachments',
    variant: 'wrong phone',
    build: async (c) => ({
      url: `/t/tinh-mot/api/public/reports/${c.reports.confidential.trackingCode}/attachments`,
      payload: await uploadForm('0987654321'),
    }),
    expect: { others: 404 },
  },
  ...publicRows(''),
  ...publicRows('/thumbnail'),
  ...staffRows(''),
  ...staffRows('/thumbnail'),
  {
    route: 'GET /api/reports/:id/attachments/:attachmentId',
    variant: 'call recording: needs reports.personal_data (audited)',
    build: async (c) => ({
      url: `/t/tinh-mot/api/reports/${c.reports.assignedA.id}/attachments/${await attachmentOf(c, c.reports.assignedA, 'call_recording')}`,
    }),
    expect: {
      operator: 200,
      specialist: 200,
      leader: 200,
      supervisor: 200,
      admin: 404,
      anonymous: 401,
      others: 403,
    },
  },
];
