/**
 * Notifications end to end (issue 4 item 8): reports driven through HTTP on a Khánh Hòa tenant,
 * the outbox worker run with the deliverers the configuration names — SMTP_URL pointing at a real
 * SMTP server started here, SMS_GATEWAY_URL at a tiny HTTP gateway started here — and what arrived
 * read back: recipients, subjects and bodies, in Vietnamese, or English where the reporter chose it.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retryDelayMs } from '../../infra/jobs/outbox';
import { runOutboxOnce } from '../../infra/jobs/outbox-worker';
import type { Deliverers } from '../../infra/jobs/outbox-worker';
import { readMail, startSmtpSink } from '../../testing/smtp-sink';
import type { ReadMail, SmtpSink } from '../../testing/smtp-sink';
import { createDeliverers } from './start-workers';
import { sweepOnce } from './sweep-deadlines';
import { T, citizenReport, openSweeperWorld, staffEmail } from './sweeper-test-support';
import type { SweeperWorld } from './sweeper-test-support';

type SmsRequest = {
  body: { to: string; text: string; reference: string };
  authorization: string | undefined;
  idempotencyKey: string | undefined;
};

let w: SweeperWorld;
let smtp: SmtpSink;
let deliverers: Deliverers;
const sms: SmsRequest[] = [];
let smsFailures = 0;
const smsGateway = createServer((request, response) => {
  let body = '';
  request.on('data', (chunk: Buffer) => (body += chunk.toString()));
  request.on('end', () => {
    if (smsFailures > 0) {
      smsFailures -= 1;
      response.writeHead(503).end();
      return;
    }
    sms.push({
      body: JSON.parse(body) as SmsRequest['body'],
      authorization: request.headers.authorization,
      idempotencyKey: request.headers['idempotency-key'] as string | undefined,
    });
    response.writeHead(202, { 'content-type': 'application/json' }).end('{}');
  });
});

let read = 0;
/** Runs the outbox worker until it has nothing left; returns the mail that arrived meanwhile. */
async function deliver(): Promise<ReadMail[]> {
  for (;;) {
    const { delivered, failed } = await runOutboxOnce(w.db, deliverers, w.t.clock.now);
    expect(failed).toBe(0);
    if (delivered === 0) {
      break;
    }
  }
  const fresh = smtp.received.slice(read).map(readMail);
  read = smtp.received.length;
  return fresh;
}

const link = (code: string) => `http://localhost:3000/t/tinh-mot/tra-cuu/${code}`;

beforeAll(async () => {
  smtp = await startSmtpSink();
  await new Promise<void>((resolve) => smsGateway.listen(0, '127.0.0.1', resolve));
  const smsUrl = `http://127.0.0.1:${(smsGateway.address() as AddressInfo).port}/send`;
  w = await openSweeperWorld({
    SMTP_URL: smtp.url,
    MAIL_FROM: 'Trung tâm PAHT <pakn@tinh-mot.example.vn>',
    SMS_GATEWAY_URL: smsUrl,
    SMS_GATEWAY_TOKEN: 'gateway-secret',
  });
  deliverers = createDeliverers(w.t.app.deps.config);
});
afterAll(async () => {
  await w?.t.close();
  await smtp?.close();
  await new Promise((resolve) => smsGateway.close(resolve));
});

describe('notifications through the outbox', () => {
  let report = { id: '', trackingCode: '' };

  it('tells the reporter of receipt, with the tracking code, in Vietnamese', async () => {
    // Monday 2 March 2026, 09:00 in Vietnam.
    w.t.clock.set('2026-03-02T02:00:00Z');
    report = await w.submit(citizenReport(1));
    const [receipt, ...others] = await deliver();
    expect(others).toEqual([]);
    expect(receipt).toMatchObject({
      to: ['an.nguyen@example.vn'],
      subject: `Đã tiếp nhận phản ánh ${report.trackingCode}`,
      tag: 'report.submitted',
    });
    expect(receipt?.text).toContain(`Mã tra cứu: ${report.trackingCode}`);
    expect(receipt?.text).toContain(`Theo dõi tiến độ tại: ${link(report.trackingCode)}`);
    expect(receipt?.text).toContain('Hệ thống tiếp nhận phản ánh hiện trường — Tỉnh tinh-mot');
    expect(smtp.received.at(-1)?.from).toBe('pakn@tinh-mot.example.vn');
    // The Message-ID is the job's: a retry after a crash carries the same one.
    const job = await w.db
      .selectFrom('outbox_jobs')
      .select('id')
      .where('dedupe_key', 'like', `${report.id}:%:report.submitted:reporter:%`)
      .executeTakeFirstOrThrow();
    expect(receipt?.messageId).toBe(`<${job.id}@paht>`);
    // A citizen who wrote in by web and gave an e-mail address is not texted as well.
    expect(sms).toEqual([]);
  });

  it('asks the reporter for more information, with the question', async () => {
    w.t.clock.set('2026-03-02T02:10:00Z');
    await w.act(w.sessions.operator, report.id, 'request_information', {
      message: 'Đề nghị cho biết số hiệu các cột đèn bị hỏng (ghi trên thân cột).',
    });
    const [request, ...others] = await deliver();
    expect(others).toEqual([]);
    expect(request).toMatchObject({
      to: ['an.nguyen@example.vn'],
      subject: `Đề nghị bổ sung thông tin phản ánh ${report.trackingCode}`,
    });
    expect(request?.text).toContain(
      'Nội dung cần bổ sung:\nĐề nghị cho biết số hiệu các cột đèn bị hỏng (ghi trên thân cột).',
    );
    expect(request?.text).toContain(`Bổ sung tại: ${link(report.trackingCode)}`);

    // The reporter answers in the private view (tracking code + phone).
    w.t.clock.set('2026-03-02T03:00:00Z');
    const view = await w.t.app.inject({
      method: 'POST',
      url: `${T}/api/public/reports/${report.trackingCode}/private`,
      payload: { phone: '0912345678' },
    });
    const supplemented = await w.t.app.inject({
      method: 'POST',
      url: `${T}/api/public/reports/${report.trackingCode}/actions`,
      payload: {
        phone: '0912345678',
        action: 'supplement_information',
        version: view.json<{ version: number }>().version,
        input: { note: 'Cột số 14, 15 và 16.' },
      },
    });
    expect(supplemented.statusCode, supplemented.body).toBe(200);
    expect(await deliver()).toEqual([]);
  });

  it('tells an agency of its assignment, and the intake center of its return with the reason', async () => {
    w.t.clock.set('2026-03-02T03:30:00Z');
    const toB = await w.act(w.sessions.operator, report.id, 'distribute', {
      leadAgencyId: w.world.one.agencyB.id,
    });
    const [assigned, ...others] = await deliver();
    expect(others).toEqual([]);
    expect(assigned).toMatchObject({
      to: [staffEmail('b.chuyenvien')],
      subject: `[PAHT] Phản ánh ${report.trackingCode} được chuyển đến đơn vị`,
      tag: 'assignment.received',
    });
    expect(assigned?.text).toContain(
      `Xử lý tại: http://localhost:3000/t/tinh-mot/can-bo/phan-anh/${report.id}`,
    );

    w.t.clock.set('2026-03-02T04:00:00Z');
    await w.act(w.sessions.otherSpecialist, report.id, 'return', {
      assignmentId: toB.assignments[0]?.id,
      reason: 'Chiếu sáng đô thị không thuộc thẩm quyền của Sở B; đề nghị chuyển Sở A.',
      suggestedAgencyId: w.world.one.agencyA.id,
    });
    const [returned, ...rest] = await deliver();
    expect(rest).toEqual([]);
    expect(returned).toMatchObject({
      to: [staffEmail('tiepnhan')],
      subject: `[PAHT] Phản ánh ${report.trackingCode} bị trả lại`,
    });
    expect(returned?.text).toContain(
      'Lý do:\nChiếu sáng đô thị không thuộc thẩm quyền của Sở B; đề nghị chuyển Sở A.',
    );
  });

  it('tells the leader an answer waits for approval, and the reporter the published answer', async () => {
    w.t.clock.set('2026-03-02T06:00:00Z');
    const toA = await w.act(w.sessions.operator, report.id, 'distribute', {
      leadAgencyId: w.world.one.agencyA.id,
    });
    const lead = toA.assignments.find((a) => a.agencyId === w.world.one.agencyA.id);
    expect((await deliver()).map((m) => [m.to[0], m.tag])).toEqual([
      [staffEmail('a.chuyenvien'), 'assignment.received'],
      [staffEmail('a.lanhdao'), 'assignment.received'],
    ]);
    w.t.clock.set('2026-03-02T06:30:00Z');
    await w.act(w.sessions.specialist, report.id, 'accept', { assignmentId: lead?.id });
    w.t.clock.set('2026-03-03T02:00:00Z');
    await w.act(w.sessions.specialist, report.id, 'submit_answer', {
      assignmentId: lead?.id,
      summary:
        'Điện lực đã thay bóng đèn các cột số 14, 15 và 16 trên đường Trần Phú ngày 03/3/2026.',
      resultAt: '2026-03-03T01:30:00Z',
    });
    // Only the leader approves: the specialist who wrote it is not told.
    const [approval, ...others] = await deliver();
    expect(others).toEqual([]);
    expect(approval).toMatchObject({
      to: [staffEmail('a.lanhdao')],
      subject: `[PAHT] Dự thảo trả lời phản ánh ${report.trackingCode} chờ phê duyệt`,
    });
    expect(approval?.text).toContain('Điện lực đã thay bóng đèn các cột số 14, 15 và 16');

    w.t.clock.set('2026-03-03T03:00:00Z');
    await w.act(w.sessions.leader, report.id, 'approve', { assignmentId: lead?.id });
    await deliver();
    await w.act(w.sessions.leader, report.id, 'publish');
    const [published, ...rest] = await deliver();
    expect(rest).toEqual([]);
    expect(published).toMatchObject({
      to: ['an.nguyen@example.vn'],
      subject: `Đã có kết quả trả lời phản ánh ${report.trackingCode}`,
      tag: 'report.published',
    });
    expect(published?.text).toContain(
      'Nội dung trả lời:\nĐiện lực đã thay bóng đèn các cột số 14, 15 và 16 trên đường Trần Phú ngày 03/3/2026.',
    );
    expect(published?.text).toContain(`Xem và đánh giá tại: ${link(report.trackingCode)}`);
  });

  it('writes in English to a reporter who chose it, and gives the reason of a rejection', async () => {
    w.t.clock.set('2026-03-04T02:00:00Z');
    const english = await w.submit(
      citizenReport(2, { email: 'john.smith@example.com', language: 'en', phone: '0903 000 111' }),
    );
    const [receipt] = await deliver();
    expect(receipt).toMatchObject({
      to: ['john.smith@example.com'],
      subject: `Report ${english.trackingCode} received`,
    });
    expect(receipt?.text).toContain(`Tracking code: ${english.trackingCode}`);
    expect(receipt?.text).toContain('Kind regards,');

    w.t.clock.set('2026-03-04T02:30:00Z');
    await w.act(w.sessions.operator, english.id, 'reject', {
      reason: 'incomplete',
      explanation:
        'Phản ánh chưa nêu vị trí cột đèn hỏng. / The report does not say where the lamp is.',
    });
    const [rejected, ...others] = await deliver();
    expect(others).toEqual([]);
    expect(rejected).toMatchObject({
      to: ['john.smith@example.com'],
      subject: `Report ${english.trackingCode} was not accepted`,
    });
    expect(rejected?.text).toContain(
      'Reason:\nPhản ánh chưa nêu vị trí cột đèn hỏng. / The report does not say where the lamp is.',
    );
  });

  it('tells the intake center of an overdue step with its deadline and article', async () => {
    w.t.clock.set('2026-03-05T02:00:00Z');
    const late = await w.submit(citizenReport(3, { email: 'binh.tran@example.vn' }));
    await deliver();
    expect(await sweepOnce(w.db, new Date('2026-03-05T07:30:00Z'), w.config)).toMatchObject({
      overdue: 1,
    });
    w.t.clock.set('2026-03-05T07:31:00Z');
    const mails = await deliver();
    expect(mails.map((m) => [m.to[0], m.tag])).toEqual([
      // The reminder was not sent: the step was already due when the sweeper came by.
      [staffEmail('tiepnhan'), 'deadline.overdue'],
    ]);
    expect(mails[0]?.subject).toBe(`[PAHT] Quá hạn xử lý phản ánh ${late.trackingCode}`);
    expect(mails[0]?.text).toContain(
      'Bước: Tiếp nhận, phân loại\nHạn: 14:30 05/03/2026\nCăn cứ: Khánh Hòa Điều 6.3; Phụ lục II Bước 1',
    );
  });

  it('retries while the SMTP server is down and delivers once when it is back', async () => {
    await smtp.pause();
    w.t.clock.set('2026-03-06T02:00:00Z');
    const report4 = await w.submit(citizenReport(4, { email: 'chi.le@example.vn' }));
    expect(await runOutboxOnce(w.db, deliverers, w.t.clock.now)).toEqual({
      delivered: 0,
      failed: 1,
    });
    const job = await w.db
      .selectFrom('outbox_jobs')
      .selectAll()
      .where('dedupe_key', 'like', `${report4.id}:%`)
      .executeTakeFirstOrThrow();
    expect(job).toMatchObject({ attempts: 1, done_at: null, failed_at: null });
    expect(job.last_error).toMatch(/ECONNREFUSED/);
    // Back-off: not before 30 s.
    expect(job.run_at).toEqual(new Date('2026-03-06T02:00:30Z'));
    w.t.clock.set('2026-03-06T02:00:29Z');
    expect(await runOutboxOnce(w.db, deliverers, w.t.clock.now)).toEqual({
      delivered: 0,
      failed: 0,
    });

    await smtp.resume();
    w.t.clock.set('2026-03-06T02:00:30Z');
    const mails = await deliver();
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({
      to: ['chi.le@example.vn'],
      messageId: `<${job.id}@paht>`,
    });
    w.t.clock.set('2026-03-06T03:00:00Z');
    expect(await deliver()).toEqual([]);
    const done = await w.db
      .selectFrom('outbox_jobs')
      .select(['attempts', 'done_at'])
      .where('id', '=', job.id)
      .executeTakeFirstOrThrow();
    expect(done).toEqual({ attempts: 2, done_at: new Date('2026-03-06T02:00:30Z') });
    expect(retryDelayMs(1)).toBe(30_000);
  });

  it('texts a hotline reporter without e-mail through the SMS gateway, retried after a 5xx', async () => {
    w.t.clock.set('2026-03-09T02:00:00Z');
    const entered = await w.sessions.operator.request({
      method: 'POST',
      url: `${T}/api/intake/reports`,
      payload: {
        ...citizenReport(5, { phone: '0905 123 456' }),
        reporter: {
          name: 'Phạm Thị Dung',
          phone: '0905 123 456',
          address: '3 Lê Thánh Tôn, Nha Trang',
        },
        channel: 'hotline',
        receivedAt: '2026-03-09T08:40:00+07:00',
      },
    });
    expect(entered.statusCode, entered.body).toBe(201);
    const code = entered.json<{ trackingCode: string }>().trackingCode;
    smsFailures = 1;
    expect(await runOutboxOnce(w.db, deliverers, w.t.clock.now)).toEqual({
      delivered: 0,
      failed: 1,
    });
    expect(sms).toEqual([]);
    w.t.clock.set('2026-03-09T02:00:30Z');
    expect(await deliver()).toEqual([]);
    expect(sms).toHaveLength(1);
    const [text] = sms;
    expect(text?.body.to).toBe('0905123456');
    expect(text?.body.text).toBe(`PAHT: Da tiep nhan phan anh. Ma tra cuu ${code}. ${link(code)}`);
    expect(text?.authorization).toBe('Bearer gateway-secret');
    // The gateway can drop a duplicate: the reference is the job's id, the same on every try.
    const job = await w.db
      .selectFrom('outbox_jobs')
      .select(['id', 'attempts'])
      .where('kind', '=', 'sms')
      .executeTakeFirstOrThrow();
    expect(text?.body.reference).toBe(job.id);
    expect(text?.idempotencyKey).toBe(job.id);
    expect(job.attempts).toBe(2);
  });
});
