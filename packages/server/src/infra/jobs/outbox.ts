import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';

export type EmailPayload = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** For the log and the mail headers; never personal data beyond the address. */
  tag?: string;
};
export type SmsPayload = { to: string; text: string; tag?: string };

export type OutboxJob =
  | {
      id: string;
      tenantId: string | null;
      kind: 'email';
      payload: EmailPayload;
      attempts: number;
      maxAttempts: number;
    }
  | {
      id: string;
      tenantId: string | null;
      kind: 'sms';
      payload: SmsPayload;
      attempts: number;
      maxAttempts: number;
    };

export type NewJob =
  { kind: 'email'; payload: EmailPayload } | { kind: 'sms'; payload: SmsPayload };

/**
 * Enqueues a side effect in the caller's transaction, so it exists exactly when the business
 * change does. The same `dedupeKey` enqueued twice keeps the first job.
 */
export async function enqueueJob(
  tx: Kysely<DB>,
  /** `runAt` is the business clock's now (or later): never the database's own clock. */
  job: NewJob & { tenantId: string | null; dedupeKey?: string; runAt: Date },
): Promise<void> {
  await tx
    .insertInto('outbox_jobs')
    .values({
      tenant_id: job.tenantId,
      kind: job.kind,
      payload: JSON.stringify(job.payload),
      dedupe_key: job.dedupeKey ?? null,
      run_at: job.runAt,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .execute();
}

/**
 * Claims due jobs for this worker: `FOR UPDATE SKIP LOCKED` lets any number of processes claim at
 * once without taking the same job, and the lease (`locked_until`) is committed before delivery
 * so no transaction is held open across the network call.
 */
export async function claimJobs(
  db: Kysely<DB>,
  now: Date,
  limit: number,
  leaseMs: number,
): Promise<OutboxJob[]> {
  return db.transaction().execute(async (tx) => {
    const rows = await tx
      .selectFrom('outbox_jobs')
      .select(['id', 'tenant_id', 'kind', 'payload', 'attempts', 'max_attempts'])
      .where('done_at', 'is', null)
      .where('failed_at', 'is', null)
      .where('run_at', '<=', now)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]))
      .orderBy('run_at')
      .limit(limit)
      .forUpdate()
      .skipLocked()
      .execute();
    if (rows.length === 0) {
      return [];
    }
    await tx
      .updateTable('outbox_jobs')
      .set({ locked_until: new Date(now.getTime() + leaseMs) })
      .where(
        'id',
        'in',
        rows.map((r) => r.id),
      )
      .execute();
    return rows.map(
      (row) =>
        ({
          id: row.id,
          tenantId: row.tenant_id,
          kind: row.kind,
          payload: row.payload,
          attempts: row.attempts,
          maxAttempts: row.max_attempts,
        }) as OutboxJob,
    );
  });
}

export async function completeJob(db: Kysely<DB>, id: string, now: Date): Promise<void> {
  await db
    .updateTable('outbox_jobs')
    .set({ done_at: now, locked_until: null, attempts: sql`attempts + 1` })
    .where('id', '=', id)
    .execute();
}

/** Exponential back-off: 30 s, 1 min, 2 min … capped at 6 h; after max attempts the job fails. */
export function retryDelayMs(attempt: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempt - 1), 6 * 3_600_000);
}

export async function failJob(
  db: Kysely<DB>,
  job: OutboxJob,
  error: unknown,
  now: Date,
): Promise<void> {
  const attempts = job.attempts + 1;
  const message = error instanceof Error ? error.message : String(error);
  const isFinal = attempts >= job.maxAttempts;
  await db
    .updateTable('outbox_jobs')
    .set({
      attempts,
      last_error: message.slice(0, 1000),
      locked_until: null,
      ...(isFinal
        ? { failed_at: now }
        : { run_at: new Date(now.getTime() + retryDelayMs(attempts)) }),
    })
    .where('id', '=', job.id)
    .execute();
}
