import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { openTestDatabase } from '../db/test-database';
import { createMailer } from '../mail/mailer';
import { createSmsGateway } from '../sms/sms-gateway';
import { startSmtpSink } from '../../testing/smtp-sink';
import { testClock } from '../../testing/test-app';
import { enqueueJob, retryDelayMs } from './outbox';
import { runOutboxOnce } from './outbox-worker';

let database: Database;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
const smsReceived: {
  body: { to: string; text: string; reference: string };
  auth: string | undefined;
}[] = [];
let smsFailures = 0;
let smsUrl = '';
const smsServer = createServer((request, response) => {
  let body = '';
  request.on('data', (chunk: Buffer) => (body += chunk.toString()));
  request.on('end', () => {
    if (smsFailures > 0) {
      smsFailures -= 1;
      response.writeHead(503).end();
      return;
    }
    smsReceived.push({ body: JSON.parse(body), auth: request.headers.authorization });
    response.writeHead(202).end('{}');
  });
});
const clock = testClock('2026-03-02T02:00:00Z');

beforeAll(async () => {
  database = await openTestDatabase();
  smtp = await startSmtpSink();
  await new Promise<void>((resolve) => smsServer.listen(0, '127.0.0.1', resolve));
  smsUrl = `http://127.0.0.1:${(smsServer.address() as AddressInfo).port}/send`;
});
afterAll(async () => {
  await smtp.close();
  await new Promise((resolve) => smsServer.close(resolve));
  await database.close();
});

const deliverers = () => ({
  mailer: createMailer({ smtpUrl: smtp.url, from: 'PAHT <no-reply@paht.test>', dataDir: '/tmp' }),
  sms: createSmsGateway({ url: smsUrl, token: 'secret-token', dataDir: '/tmp' }),
});

describe('outbox', () => {
  it('delivers an e-mail through a real SMTP server, once, in Vietnamese', async () => {
    await enqueueJob(database.db, {
      tenantId: null,
      runAt: clock.now(),
      kind: 'email',
      dedupeKey: 'receipt:1',
      payload: {
        to: 'dan@example.vn',
        subject: 'Đã tiếp nhận phản ánh KH-001',
        text: 'Mã theo dõi: KH-001',
      },
    });
    // The same notification enqueued again by a retried request stays one job.
    await enqueueJob(database.db, {
      tenantId: null,
      runAt: clock.now(),
      kind: 'email',
      dedupeKey: 'receipt:1',
      payload: { to: 'dan@example.vn', subject: 'again', text: 'again' },
    });
    const result = await runOutboxOnce(database.db, deliverers(), clock.now);
    expect(result).toEqual({ delivered: 1, failed: 0 });
    expect(await runOutboxOnce(database.db, deliverers(), clock.now)).toEqual({
      delivered: 0,
      failed: 0,
    });
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]?.to).toEqual(['dan@example.vn']);
    expect(smtp.received[0]?.raw).toMatch(/Subject: =\?UTF-8\?/);
    expect(smtp.received[0]?.raw).toContain('KH-001');
  });

  it('retries a refused e-mail with back-off and then delivers it exactly once', async () => {
    smtp.received.length = 0;
    smtp.rejectNext(1);
    await enqueueJob(database.db, {
      tenantId: null,
      runAt: clock.now(),
      kind: 'email',
      payload: {
        to: 'dan@example.vn',
        subject: 'Yêu cầu bổ sung thông tin',
        text: 'Vui lòng bổ sung',
      },
    });
    expect(await runOutboxOnce(database.db, deliverers(), clock.now)).toEqual({
      delivered: 0,
      failed: 1,
    });
    const job = await database.db
      .selectFrom('outbox_jobs')
      .selectAll()
      .orderBy('created_at', 'desc')
      .executeTakeFirstOrThrow();
    expect(job.attempts).toBe(1);
    expect(job.run_at.getTime()).toBe(clock.now().getTime() + retryDelayMs(1));
    expect(await runOutboxOnce(database.db, deliverers(), clock.now)).toEqual({
      delivered: 0,
      failed: 0,
    });
    clock.advance(retryDelayMs(1));
    expect(await runOutboxOnce(database.db, deliverers(), clock.now)).toEqual({
      delivered: 1,
      failed: 0,
    });
    expect(smtp.received).toHaveLength(1);
  });

  it('sends SMS through the HTTP gateway with the job id as reference, retrying 5xx', async () => {
    smsFailures = 1;
    await enqueueJob(database.db, {
      tenantId: null,
      runAt: clock.now(),
      kind: 'sms',
      payload: { to: '0905123456', text: 'PAHT: phan anh KH-001 da duoc tiep nhan' },
    });
    expect(await runOutboxOnce(database.db, deliverers(), clock.now)).toEqual({
      delivered: 0,
      failed: 1,
    });
    clock.advance(retryDelayMs(1));
    expect(await runOutboxOnce(database.db, deliverers(), clock.now)).toEqual({
      delivered: 1,
      failed: 0,
    });
    expect(smsReceived).toHaveLength(1);
    expect(smsReceived[0]?.body.to).toBe('0905123456');
    expect(smsReceived[0]?.auth).toBe('Bearer secret-token');
  });

  it('lets two workers run at once without delivering a job twice', async () => {
    smtp.received.length = 0;
    for (let i = 0; i < 12; i += 1) {
      await enqueueJob(database.db, {
        tenantId: null,
        runAt: clock.now(),
        kind: 'email',
        payload: { to: `nguoi${i}@example.vn`, subject: `Thông báo ${i}`, text: 'x' },
      });
    }
    const [a, b] = await Promise.all([
      runOutboxOnce(database.db, deliverers(), clock.now, undefined, 8),
      runOutboxOnce(database.db, deliverers(), clock.now, undefined, 8),
    ]);
    const rest = await runOutboxOnce(database.db, deliverers(), clock.now);
    expect((a?.delivered ?? 0) + (b?.delivered ?? 0) + rest.delivered).toBe(12);
    expect(smtp.received.map((m) => m.to[0]).sort()).toEqual(
      Array.from({ length: 12 }, (_, i) => `nguoi${i}@example.vn`).sort(),
    );
  });

  it('gives up after the maximum number of attempts', async () => {
    smsFailures = 100;
    await database.db
      .insertInto('outbox_jobs')
      .values({
        kind: 'sms',
        payload: JSON.stringify({ to: '0905000000', text: 'x' }),
        max_attempts: 2,
        run_at: clock.now(),
      })
      .execute();
    await runOutboxOnce(database.db, deliverers(), clock.now);
    clock.advance(retryDelayMs(1));
    await runOutboxOnce(database.db, deliverers(), clock.now);
    const job = await database.db
      .selectFrom('outbox_jobs')
      .selectAll()
      .where('max_attempts', '=', 2)
      .executeTakeFirstOrThrow();
    expect(job.failed_at).not.toBeNull();
    expect(job.last_error).toContain('503');
    smsFailures = 0;
  });
});
