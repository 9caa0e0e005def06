import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { eventHash } from './event-log';

export type ChainBreak = {
  reportId: string;
  seq: number;
  problem: 'hash' | 'prev_hash' | 'gap' | 'truncated';
};
export type VerifyResult = { reports: number; events: number; breaks: ChainBreak[] };

const BATCH = 5_000;

/** Limits a verification to one report (the admin endpoint's `reportId`). */
export type VerifyOptions = { reportId?: string };

/** Reports whose recorded chain head is not their newest event: events were removed. */
async function findTruncatedChains(
  db: Kysely<DB>,
  tenantId?: string,
  reportId?: string,
): Promise<ChainBreak[]> {
  let query = db
    .selectFrom('reports as r')
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('report_events')
          .select(['report_id', (e) => e.fn.max('seq').as('max_seq')])
          .groupBy('report_id')
          .as('e'),
      (join) => join.onRef('e.report_id', '=', 'r.id'),
    )
    .select(['r.id', 'r.last_event_seq', 'r.last_event_hash', 'e.max_seq'])
    .where((eb) =>
      eb.or([
        eb('e.max_seq', 'is', null).and('r.last_event_seq', '>', 0),
        eb('e.max_seq', '!=', eb.ref('r.last_event_seq')),
      ]),
    );
  if (tenantId) {
    query = query.where('r.tenant_id', '=', tenantId);
  }
  if (reportId) {
    query = query.where('r.id', '=', reportId);
  }
  const rows = await query.execute();
  return rows.map((row) => ({
    reportId: row.id,
    seq: row.last_event_seq,
    problem: 'truncated' as const,
  }));
}

/**
 * Recomputes every event's hash from its stored fields and its predecessor, report by report.
 * Reads in keyset batches so a 10-million-report log is checked in constant memory.
 */
export async function verifyEventLog(
  db: Kysely<DB>,
  tenantId?: string,
  options: VerifyOptions = {},
): Promise<VerifyResult> {
  const result: VerifyResult = { reports: 0, events: 0, breaks: [] };
  let after: { reportId: string; seq: number } | null = null;
  let current: { reportId: string; seq: number; hash: string | null } | null = null;
  for (;;) {
    let query = db
      .selectFrom('report_events')
      .selectAll()
      .orderBy('report_id')
      .orderBy('seq')
      .limit(BATCH);
    if (tenantId) {
      query = query.where('tenant_id', '=', tenantId);
    }
    if (options.reportId) {
      query = query.where('report_id', '=', options.reportId);
    }
    if (after) {
      const { reportId, seq } = after;
      query = query.where((eb) =>
        eb.or([
          eb('report_id', '>', reportId),
          eb.and([eb('report_id', '=', reportId), eb('seq', '>', seq)]),
        ]),
      );
    }
    const rows = await query.execute();
    for (const row of rows) {
      if (!current || current.reportId !== row.report_id) {
        current = { reportId: row.report_id, seq: 0, hash: null };
        result.reports += 1;
      }
      result.events += 1;
      if (row.seq !== current.seq + 1) {
        result.breaks.push({ reportId: row.report_id, seq: row.seq, problem: 'gap' });
      }
      if ((row.prev_hash ?? null) !== current.hash) {
        result.breaks.push({ reportId: row.report_id, seq: row.seq, problem: 'prev_hash' });
      }
      const expected = eventHash(row.prev_hash, {
        tenantId: row.tenant_id,
        reportId: row.report_id,
        seq: row.seq,
        type: row.type,
        actorKind: row.actor_kind,
        actorUserId: row.actor_user_id,
        actorRole: row.actor_role,
        actorAgencyId: row.actor_agency_id,
        fromState: row.from_state,
        toState: row.to_state,
        reason: row.reason,
        payload: row.payload,
        isPublic: row.is_public,
        occurredAt: new Date(row.occurred_at).toISOString(),
      });
      if (expected !== row.hash) {
        result.breaks.push({ reportId: row.report_id, seq: row.seq, problem: 'hash' });
      }
      current = { reportId: row.report_id, seq: row.seq, hash: row.hash };
    }
    const lastRow = rows.at(-1);
    if (rows.length < BATCH || !lastRow) {
      result.breaks.push(...(await findTruncatedChains(db, tenantId, options.reportId)));
      return result;
    }
    after = { reportId: lastRow.report_id, seq: lastRow.seq };
  }
}
