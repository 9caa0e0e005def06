import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { canonicalJson } from './canonical-json';

export type ActorKind = 'reporter' | 'staff' | 'system' | 'integration';

/** One entry of a report's history (who, role, agency, action, from → to, why, what, when). */
export type EventInput = {
  type: string;
  actorKind: ActorKind;
  actorUserId?: string | null;
  actorRole?: string | null;
  actorAgencyId?: string | null;
  fromState?: string | null;
  toState?: string | null;
  reason?: string | null;
  payload?: Record<string, unknown>;
  /** Shown on the citizen's public timeline. */
  isPublic: boolean;
  occurredAt: Date;
};

type HashedFields = {
  tenantId: string;
  reportId: string;
  seq: number;
  type: string;
  actorKind: string;
  actorUserId: string | null;
  actorRole: string | null;
  actorAgencyId: string | null;
  fromState: string | null;
  toState: string | null;
  reason: string | null;
  payload: Record<string, unknown>;
  isPublic: boolean;
  occurredAt: string;
};

/** hash = sha256(prev_hash + "\n" + canonical JSON of the event); the first event has no prev. */
export function eventHash(prevHash: string | null, fields: HashedFields): string {
  return createHash('sha256')
    .update(`${prevHash ?? ''}\n${canonicalJson(fields)}`)
    .digest('hex');
}

/**
 * The rows of `events` appended to a chain whose head is (`lastSeq`, `lastHash`): numbered and
 * hashed, ready to insert. Pure, so a bulk loader builds exactly the rows `appendEvents` writes.
 */
export function chainEvents(
  tenantId: string,
  reportId: string,
  lastSeq: number,
  lastHash: string | null,
  events: readonly EventInput[],
) {
  let seq = lastSeq;
  let prevHash = lastHash;
  return events.map((event) => {
    seq += 1;
    const fields: HashedFields = {
      tenantId,
      reportId,
      seq,
      type: event.type,
      actorKind: event.actorKind,
      actorUserId: event.actorUserId ?? null,
      actorRole: event.actorRole ?? null,
      actorAgencyId: event.actorAgencyId ?? null,
      fromState: event.fromState ?? null,
      toState: event.toState ?? null,
      reason: event.reason ?? null,
      payload: JSON.parse(JSON.stringify(event.payload ?? {})) as Record<string, unknown>,
      isPublic: event.isPublic,
      occurredAt: event.occurredAt.toISOString(),
    };
    const hash = eventHash(prevHash, fields);
    const row = {
      tenant_id: tenantId,
      report_id: reportId,
      seq,
      type: fields.type,
      actor_kind: event.actorKind,
      actor_user_id: fields.actorUserId,
      actor_role: fields.actorRole,
      actor_agency_id: fields.actorAgencyId,
      from_state: fields.fromState,
      to_state: fields.toState,
      reason: fields.reason,
      payload: JSON.stringify(fields.payload),
      is_public: fields.isPublic,
      occurred_at: event.occurredAt,
      prev_hash: prevHash,
      hash,
    };
    prevHash = hash;
    return row;
  });
}

/**
 * Appends events to a report's chain inside the caller's transaction (the same one that writes
 * the report's new state). The unique (report_id, seq) makes a concurrent writer fail rather
 * than fork the chain; use cases lock the report row first, so that does not happen in practice.
 */
export async function appendEvents(
  tx: Kysely<DB>,
  tenantId: string,
  reportId: string,
  events: readonly EventInput[],
): Promise<void> {
  if (events.length === 0) {
    return;
  }
  const last = await tx
    .selectFrom('report_events')
    .select(['seq', 'hash'])
    .where('report_id', '=', reportId)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const rows = chainEvents(tenantId, reportId, last?.seq ?? 0, last?.hash ?? null, events);
  const head = rows[rows.length - 1];
  await tx.insertInto('report_events').values(rows).execute();
  await tx
    .updateTable('reports')
    .set({ last_event_seq: head?.seq ?? 0, last_event_hash: head?.hash ?? null })
    .where('id', '=', reportId)
    .execute();
}
