import type { Kysely } from 'kysely';
import type { FastifyBaseLogger } from 'fastify';
import type { DB } from '../db/schema';
import type { Mailer } from '../mail/mailer';
import type { SmsGateway } from '../sms/sms-gateway';
import { claimJobs, completeJob, failJob } from './outbox';

export type Deliverers = { mailer: Mailer; sms: SmsGateway };

const LEASE_MS = 60_000;

/** Claims and delivers one batch; returns how many jobs were delivered and how many failed. */
export async function runOutboxOnce(
  db: Kysely<DB>,
  deliverers: Deliverers,
  now: () => Date,
  log?: FastifyBaseLogger,
  batchSize = 20,
): Promise<{ delivered: number; failed: number }> {
  const jobs = await claimJobs(db, now(), batchSize, LEASE_MS);
  let delivered = 0;
  let failed = 0;
  for (const job of jobs) {
    try {
      if (job.kind === 'email') {
        await deliverers.mailer.send(job.payload, job.id);
      } else {
        await deliverers.sms.send(job.payload, job.id);
      }
      await completeJob(db, job.id, now());
      delivered += 1;
    } catch (error) {
      failed += 1;
      log?.warn(
        { jobId: job.id, kind: job.kind, err: error },
        'outbox delivery failed; will retry',
      );
      await failJob(db, job, error, now());
    }
  }
  return { delivered, failed };
}

/** Polls the outbox until stopped; several processes may run it at once. */
export function startOutboxWorker(options: {
  db: Kysely<DB>;
  deliverers: Deliverers;
  now: () => Date;
  log: FastifyBaseLogger;
  intervalMs?: number;
}): { stop: () => Promise<void> } {
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  const tick = async () => {
    if (stopped) {
      return;
    }
    try {
      // Drain while there is work, then wait for the next tick.
      for (;;) {
        const { delivered, failed } = await runOutboxOnce(
          options.db,
          options.deliverers,
          options.now,
          options.log,
        );
        if (delivered + failed === 0 || stopped) {
          break;
        }
      }
    } catch (error) {
      options.log.error({ err: error }, 'outbox worker tick failed');
    }
  };
  const timer = setInterval(() => {
    running = running.then(tick);
  }, options.intervalMs ?? 2_000);
  timer.unref();
  return {
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
