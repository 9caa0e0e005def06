/**
 * The background workers a server process runs unless WORKERS=false (ARCHITECTURE.md "Shape"):
 * the notification outbox (e-mail over SMTP or .eml files, SMS through the HTTP gateway or a file)
 * and the deadline sweeper, both every WORKER_INTERVAL_MS. Both claim their work with
 * `FOR UPDATE SKIP LOCKED`, so every process of a deployment may run them.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { Config } from '../../config';
import type { DB } from '../../infra/db/schema';
import { startOutboxWorker } from '../../infra/jobs/outbox-worker';
import type { Deliverers } from '../../infra/jobs/outbox-worker';
import { startPoller } from '../../infra/jobs/poller';
import { createMailer } from '../../infra/mail/mailer';
import { createSmsGateway } from '../../infra/sms/sms-gateway';
import { sweepOnce } from './sweep-deadlines';

export type Workers = { stop: () => Promise<void> };

/** The mailer and the SMS gateway the configuration names (SMTP_URL, SMS_GATEWAY_URL). */
export function createDeliverers(config: Config): Deliverers {
  return {
    mailer: createMailer({
      smtpUrl: config.smtpUrl,
      from: config.mailFrom,
      dataDir: config.dataDir,
    }),
    sms: createSmsGateway({
      url: config.smsGatewayUrl,
      token: config.smsGatewayToken,
      dataDir: config.dataDir,
    }),
  };
}

export function startWorkers(options: {
  db: Kysely<DB>;
  config: Config;
  log: FastifyBaseLogger;
  now?: () => Date;
}): Workers {
  const { db, config, log } = options;
  const now = options.now ?? (() => new Date());
  const deliverers = createDeliverers(config);
  log.info(
    {
      mail: deliverers.mailer.describe,
      sms: deliverers.sms.describe,
      intervalMs: config.workerIntervalMs,
    },
    'workers started: notification outbox and deadline sweeper',
  );
  const outbox = startOutboxWorker({
    db,
    deliverers,
    now,
    log,
    intervalMs: config.workerIntervalMs,
  });
  const sweeper = startPoller({
    name: 'deadline-sweeper',
    intervalMs: config.workerIntervalMs,
    log,
    tick: async () => {
      const result = await sweepOnce(db, now(), config, log);
      const total =
        result.overdue + result.escalationNotices + result.reminders + result.progressReminders;
      if (total > 0) {
        log.info(result, 'deadline sweep');
      }
      return total;
    },
  });
  return {
    stop: async () => {
      await Promise.all([sweeper.stop(), outbox.stop()]);
    },
  };
}
