/**
 * The staff inbox (issue 4 item 4): what waits for me or my unit, nearest deadline first, each
 * item with its deadline state in working time, filters, search, counts per state and a cursor.
 *
 * Whose inbox: supervisors, administrators and integrations see everything open in the tenant;
 * an intake operator the reports of their intake center that wait for it; agency staff the
 * assignments of their agency that wait for it and the reports their agency must publish or
 * answer a follow-up on as lead — their own role's work first (a leader's approvals). The states
 * come from the lifecycle engine (inbox-duties.ts), so each profile's rules decide them.
 */
import type { AssignmentRole, RegulationProfile, Role } from '@paht/domain';
import type { Kysely } from 'kysely';
import type { DB, Tenant } from '../../infra/db/schema';
import type { Actor } from '../../infra/http/actor';
import { AppError } from '../../infra/http/app-error';
import { authorizeList } from '../../infra/http/authorize';
import { tenantCalendars, tenantProfile } from '../reports/engine-context';
import { findOpenDeadlines, nearestDeadline } from './deadline-state';
import type { DeadlineView } from './deadline-state';
import { OPEN_REPORT_STATES, dutiesOf } from './inbox-duties';
import type { ReportDuty } from './inbox-duties';
import { COUNT_CAP, countInboxStages, findInboxRows } from './inbox.queries';
import type { InboxRow, Segment, StageCount } from './inbox.queries';
import { decodeCursor, encodeCursor, withSearchMemory } from './report-filters';
import type { ReportFilters } from './report-filters';

export type Perspective =
  | { kind: 'tenant' }
  | { kind: 'intake_center'; unitId: string }
  | { kind: 'agency'; unitId: string; roles: Role[] };

export type InboxQuery = {
  filters: ReportFilters;
  /** Stages (report or assignment states) to keep; all when empty. */
  stages?: readonly string[] | undefined;
  isOverdueOnly: boolean;
  cursor?: string | undefined;
  limit: number;
};

export type InboxItem = InboxRow & { deadline: DeadlineView | null };

export type InboxPage = {
  perspective: Perspective;
  items: InboxItem[];
  nextCursor: string | null;
  /** Per state at most COUNT_CAP; `isCapped` when some state holds more. */
  counts: {
    total: number;
    overdue: number;
    byState: Record<string, number>;
    cap: number;
    isCapped: boolean;
  };
};

const AGENCY_ROLES: readonly Role[] = ['specialist', 'leader'];

/** Whose inbox the actor opens (see the file comment). */
export function perspectiveOf(actor: Actor): Perspective {
  const scope = authorizeList(actor, 'reports.read');
  if (actor.kind !== 'user') {
    return { kind: 'tenant' };
  }
  if (actor.roles.includes('supervisor') || actor.roles.includes('admin')) {
    return { kind: 'tenant' };
  }
  if (
    actor.roles.includes('operator') &&
    actor.orgUnitKind === 'intake_center' &&
    actor.orgUnitId
  ) {
    return { kind: 'intake_center', unitId: actor.orgUnitId };
  }
  const roles = actor.roles.filter((role) => AGENCY_ROLES.includes(role));
  const unitId = scope.orgUnitId ?? actor.orgUnitId;
  if (roles.length > 0 && unitId && actor.orgUnitKind !== 'intake_center') {
    return { kind: 'agency', unitId, roles };
  }
  throw new AppError('FORBIDDEN', 'no inbox: the account belongs to no intake center or agency');
}

function reportSegment(
  duty: ReportDuty,
  unit: { column: 'intake_center_id' | 'lead_agency_id'; id: string } | null,
  group: 0 | 1,
): Segment {
  return {
    group,
    stage: duty.state,
    source: { kind: 'report', unit, state: duty.state, followUpStatus: duty.followUpStatus },
  };
}

/** The segments of a perspective under the tenant's profile. */
export function segmentsOf(perspective: Perspective, profile: RegulationProfile): Segment[] {
  switch (perspective.kind) {
    case 'tenant':
      return OPEN_REPORT_STATES.map((state) =>
        reportSegment({ state, followUpStatus: null }, null, 0),
      );
    case 'intake_center': {
      const unit = { column: 'intake_center_id', id: perspective.unitId } as const;
      return dutiesOf(profile, 'intake_center', ['operator']).report.map((duty) =>
        reportSegment(duty, unit, 0),
      );
    }
    case 'agency': {
      const unitDuties = dutiesOf(profile, 'agency', AGENCY_ROLES);
      const mine = dutiesOf(profile, 'agency', perspective.roles);
      const unit = { column: 'lead_agency_id', id: perspective.unitId } as const;
      const segments: Segment[] = unitDuties.report.map((duty) => {
        const own = mine.report.find((m) => m.state === duty.state);
        const isMine =
          own !== undefined &&
          (own.followUpStatus === null || own.followUpStatus === duty.followUpStatus);
        return reportSegment(duty, unit, isMine ? 0 : 1);
      });
      for (const duty of unitDuties.assignment) {
        const ownRoles = mine.assignment.find((m) => m.state === duty.state)?.roles ?? [];
        const byGroup: Record<0 | 1, AssignmentRole[]> = { 0: [], 1: [] };
        for (const role of duty.roles) {
          byGroup[ownRoles.includes(role) ? 0 : 1].push(role);
        }
        for (const group of [0, 1] as const) {
          if (byGroup[group].length > 0) {
            segments.push({
              group,
              stage: duty.state,
              source: {
                kind: 'assignment',
                agencyId: perspective.unitId,
                state: duty.state,
                roles: byGroup[group],
              },
            });
          }
        }
      }
      return segments;
    }
  }
}

/** Counts per state (every state the inbox can hold, zero included), each at most COUNT_CAP. */
function summarise(counts: readonly StageCount[]): InboxPage['counts'] {
  const byState: Record<string, number> = {};
  const overdueByState: Record<string, number> = {};
  for (const count of counts) {
    byState[count.stage] = (byState[count.stage] ?? 0) + count.total;
    overdueByState[count.stage] = (overdueByState[count.stage] ?? 0) + count.overdue;
  }
  const values = [...Object.values(byState), ...Object.values(overdueByState)];
  const capped = (n: number) => Math.min(n, COUNT_CAP);
  const sum = (record: Record<string, number>) =>
    Object.values(record).reduce((total, n) => total + capped(n), 0);
  return {
    total: sum(byState),
    overdue: sum(overdueByState),
    byState: Object.fromEntries(Object.entries(byState).map(([stage, n]) => [stage, capped(n)])),
    cap: COUNT_CAP,
    isCapped: values.some((n) => n > COUNT_CAP),
  };
}

/** A page of `actor`'s inbox at `now`. */
export async function findInbox(
  db: Kysely<DB>,
  tenant: Tenant,
  actor: Actor,
  query: InboxQuery,
  env: { now: Date; remindFraction: number },
): Promise<InboxPage> {
  const perspective = perspectiveOf(actor);
  const profile = await tenantProfile(db, tenant);
  const wanted = query.stages && query.stages.length > 0 ? new Set(query.stages) : null;
  const segments = segmentsOf(perspective, profile).filter(
    (segment) => wanted === null || wanted.has(segment.stage),
  );
  const after = query.cursor ? decodeCursor(query.cursor, ['group', 'instant', 'uuid']) : null;
  const [rows, counts] = await withSearchMemory(db, query.filters.terms, async (q) => [
    await findInboxRows(q, tenant.id, segments, query.filters, {
      overdueAt: query.isOverdueOnly ? env.now : null,
      after: after
        ? { group: Number(after[0]), due: String(after[1]), id: String(after[2]) }
        : null,
      limit: query.limit + 1,
    }),
    await countInboxStages(q, tenant.id, segments, query.filters, {
      now: env.now,
      overdueOnly: query.isOverdueOnly,
    }),
  ]);
  const page = rows.slice(0, query.limit);
  const [deadlines, calendarFor] = await Promise.all([
    findOpenDeadlines(
      db,
      tenant.id,
      page.map((row) => row.report_id),
    ),
    tenantCalendars(db, tenant.id),
  ]);
  const items = page.map((row) => ({
    ...row,
    deadline: nearestDeadline(
      deadlines,
      row.report_id,
      row.assignment_id,
      env.now,
      calendarFor,
      env.remindFraction,
    ),
  }));
  const last = page.at(-1);
  return {
    perspective,
    items,
    nextCursor:
      rows.length > query.limit && last
        ? encodeCursor([last.grp, last.sort_due_text, last.item_id])
        : null,
    counts: summarise(counts),
  };
}
