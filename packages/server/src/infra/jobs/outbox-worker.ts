import type { Kysely } from 'kysely';
import type { FastifyBaseLogger } from 'fastify';
import type { DB } from '../db/schema';
import type { Mailer } from '../mail/mailer';
import type { SmsGateway } from '../sms/sms-gateway';
import { claimJobs, completeJob, failJob } from './outbox';
import { startPoller } from './poller';
import type { Poller } from './poller';

export type Deliverers = { mailer: Mailer; sms: SmsGateway };

const LEASE_MS = 60_000;
/**
 * A job is started only while half its lease remains (the mailer's and the gateway's timeouts
 * are shorter than that half): a job whose lease ran out may be claimed by another worker, and
 * starting it here as well would send it twice. What is left over is claimed again once the
 * lease has passed.
 */
const START_WITHIN_MS = LEASE_MS / 2;

/** Claims and delivers one batch; returns how many jobs were delivered and how many failed. */
export async function runOutboxOnce(
  db: Kysely<DB>,
  deliverers: Deliverers,
  now: () => Date,
  log?: FastifyBaseLogger,
  batchSize = 20,
): Promise<{ delivered: number; failed: number }> {
  const jobs = await claimJobs(db, now(), batchSize, LEASE_MS);
  // Wall time, not the business clock: the lease guards against slow networks.
  const claimedAt = Date.now();
  let delivered = 0;
  let failed = 0;
  for (const job of jobs) {
    if (Date.now() - claimedAt > START_WITHIN_MS) {
      break;
    }
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
}): Poller {
  return startPoller({
    name: 'outbox',
    intervalMs: options.intervalMs ?? 2_000,
    log: options.log,
    tick: async () => {
      const { delivered, failed } = await runOutboxOnce(
        options.db,
        options.deliverers,
        options.now,
        options.log,
      );
      return delivered + failed;
    },
  });
}
