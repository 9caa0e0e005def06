/**
 * Which reports a staff member may see (HOUSE_STYLE "Layering" 5: one decision, in one place).
 * Tenant-wide grants (intake operators, supervisors, admins) see every report of their tenant;
 * agency roles see the reports their agency is or was assigned. Anything else looks absent (404).
 */
import type { StaffActor as EngineStaffActor, UnitKind } from '@paht/domain';
import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { DB, OrgUnitKind, Report } from '../../infra/db/schema';
import type { Actor, UserActor } from '../../infra/http/actor';
import { AppError, notFound } from '../../infra/http/app-error';
import { authorizeList } from '../../infra/http/authorize';
import type { Permission } from '../../infra/http/permissions';

export function engineUnitKind(kind: OrgUnitKind | null): UnitKind {
  if (kind === 'intake_center') {
    return 'intake_center';
  }
  if (kind === 'provincial_committee') {
    return 'province';
  }
  return 'agency';
}

/** The engine's view of a signed-in staff member. */
export function engineActor(actor: UserActor): EngineStaffActor {
  if (!actor.orgUnitId) {
    throw new AppError('FORBIDDEN', 'a staff member without a unit cannot act on reports');
  }
  return {
    kind: 'staff',
    userId: actor.userId,
    roles: actor.roles,
    unitId: actor.orgUnitId,
    unitKind: engineUnitKind(actor.orgUnitKind),
  };
}

/** Restricts a reports query to what `actor` may see under `permission`. */
export function scopeReports<O>(
  query: SelectQueryBuilder<DB, 'reports', O>,
  actor: Actor,
  permission: Permission,
): SelectQueryBuilder<DB, 'reports', O> {
  const scope = authorizeList(actor, permission);
  let scoped = query.where('reports.tenant_id', '=', scope.tenantId);
  const unitId = scope.orgUnitId;
  if (unitId) {
    scoped = scoped.where((eb) =>
      eb.exists(
        eb
          .selectFrom('report_assignments')
          .select('report_assignments.id')
          .whereRef('report_assignments.report_id', '=', 'reports.id')
          .where('report_assignments.agency_id', '=', unitId),
      ),
    );
  }
  return scoped;
}

/** One report `actor` may see under `permission`, or 404. */
export async function findVisibleReport(
  db: Kysely<DB>,
  actor: Actor,
  permission: Permission,
  reportId: string,
): Promise<Report> {
  const report = await scopeReports(db.selectFrom('reports').selectAll(), actor, permission)
    .where('reports.id', '=', reportId)
    .executeTakeFirst();
  if (!report) {
    throw notFound('report');
  }
  return report;
}
