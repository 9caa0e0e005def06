/**
 * The workers as `main.ts` starts them (WORKERS=true): the outbox delivers on its own and the
 * sweeper marks what falls due, each on its timer, until stopped. The test waits for outcomes,
 * never for a duration.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readMail, startSmtpSink } from '../../testing/smtp-sink';
import type { SmtpSink } from '../../testing/smtp-sink';
import { startWorkers } from './start-workers';
import type { Workers } from './start-workers';
import { citizenReport, openSweeperWorld } from './sweeper-test-support';
import type { SweeperWorld } from './sweeper-test-support';

let w: SweeperWorld;
let smtp: SmtpSink;
let workers: Workers | undefined;

beforeAll(async () => {
  smtp = await startSmtpSink();
  w = await openSweeperWorld({ SMTP_URL: smtp.url, WORKER_INTERVAL_MS: '20' });
});
afterAll(async () => {
  await workers?.stop();
  await w?.t.close();
  await smtp?.close();
});

describe('startWorkers', () => {
  it('delivers notifications and sweeps deadlines on their own until stopped', async () => {
    w.t.clock.set('2026-03-02T02:00:00Z');
    workers = startWorkers({
      db: w.db,
      config: w.t.app.deps.config,
      log: w.t.app.log,
      now: w.t.clock.now,
    });
    const report = await w.submit(citizenReport(1));
    await vi.waitFor(() => expect(smtp.received).toHaveLength(1), { timeout: 10_000 });
    expect(readMail(smtp.received[0] ?? { from: '', to: [], raw: '' }).subject).toBe(
      `Đã tiếp nhận phản ánh ${report.trackingCode}`,
    );

    // The intake half day ends at 14:30; past it, the sweeper marks the step and the outbox
    // tells the intake center.
    w.t.clock.set('2026-03-02T08:00:00Z');
    await vi.waitFor(
      async () => expect(await w.events(report.id, 'deadline.overdue')).toHaveLength(1),
      { timeout: 10_000 },
    );
    await vi.waitFor(
      () => expect(smtp.received.map((m) => readMail(m).tag)).toContain('deadline.overdue'),
      { timeout: 10_000 },
    );

    // Stopping waits for a running tick, so no transaction is cut by the database closing.
    await workers.stop();
    workers = undefined;
  });
});
