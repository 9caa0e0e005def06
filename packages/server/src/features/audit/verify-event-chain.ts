/**
 * Verifies the hash chain of the event log (issue 4 item 10; docs/data-model.md "The event log's
 * hash chain") for a tenant or one report, and groups what is broken by report with the first bad
 * event. Used by the admin endpoint and by `npm run verify-log`.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../infra/db/schema';
import { verifyEventLog } from '../../infra/events/verify-log';
import type { ChainBreak } from '../../infra/events/verify-log';

export type BrokenChain = {
  reportId: string;
  trackingCode: string | null;
  /**
   * The first event whose hash, link or position is wrong, or the first one missing after the
   * last one left (or added past the recorded head). A `truncated` problem's `seq` is the head.
   */
  firstBadSeq: number;
  problems: { seq: number; problem: ChainBreak['problem'] }[];
};

export type ChainVerification = {
  checkedReports: number;
  checkedEvents: number;
  isIntact: boolean;
  brokenChains: BrokenChain[];
};

export async function verifyEventChain(
  db: Kysely<DB>,
  scope: { tenantId?: string | undefined; reportId?: string | undefined },
): Promise<ChainVerification> {
  const result = await verifyEventLog(
    db,
    scope.tenantId,
    scope.reportId ? { reportId: scope.reportId } : {},
  );
  const byReport = new Map<string, ChainBreak[]>();
  for (const found of result.breaks) {
    byReport.set(found.reportId, [...(byReport.get(found.reportId) ?? []), found]);
  }
  const ids = [...byReport.keys()];
  const rows = ids.length
    ? await db
        .selectFrom('reports')
        .leftJoin('report_events', 'report_events.report_id', 'reports.id')
        .select(['reports.id', 'reports.tracking_code', 'reports.last_event_seq'])
        .select((eb) => eb.fn.max('report_events.seq').as('max_seq'))
        .where('reports.id', 'in', ids)
        .groupBy(['reports.id', 'reports.tracking_code', 'reports.last_event_seq'])
        .execute()
    : [];
  const info = new Map(rows.map((row) => [row.id, row]));
  const brokenChains = ids.map((reportId) => {
    const problems = (byReport.get(reportId) ?? []).map((b) => ({
      seq: b.seq,
      problem: b.problem,
    }));
    const row = info.get(reportId);
    const firstBad = problems.map((p) => {
      if (p.problem !== 'truncated' || !row) {
        return p.seq;
      }
      // The head names seq `last_event_seq`: events after the last one left were removed, or
      // events past the head were added behind the application's back.
      const last = row.max_seq ?? 0;
      return last < row.last_event_seq ? last + 1 : row.last_event_seq + 1;
    });
    return {
      reportId,
      trackingCode: row?.tracking_code ?? null,
      firstBadSeq: Math.min(...firstBad),
      problems,
    };
  });
  return {
    checkedReports: result.reports,
    checkedEvents: result.events,
    isIntact: brokenChains.length === 0,
    brokenChains,
  };
}

/** The CLI's and the log's one-paragraph summary. */
export function describeVerification(result: ChainVerification, scope: string): string {
  const head = `Event log of ${scope}: ${result.checkedReports} report(s), ${result.checkedEvents} event(s) checked.`;
  if (result.isIntact) {
    return `${head}\nThe hash chain is intact.`;
  }
  const lines = result.brokenChains.map(
    (chain) =>
      `  ${chain.trackingCode ?? '(no tracking code)'} (${chain.reportId}): first bad event seq ${chain.firstBadSeq} — ${chain.problems
        .map((p) =>
          p.problem === 'truncated'
            ? `chain head (seq ${p.seq}) does not match the events`
            : `${p.problem} at seq ${p.seq}`,
        )
        .join(', ')}`,
  );
  return `${head}\nBROKEN: ${result.brokenChains.length} report chain(s) fail verification:\n${lines.join('\n')}`;
}
