/**
 * A lifecycle action through HTTP (issue 4 item 5): check tenant, role and agency, lock the report,
 * refuse a stale version (409, nothing changes), ask the engine, and store its result — state,
 * assignments, deadlines, events, notifications — in one transaction.
 */
import { applyAction } from '@paht/domain';
import type { ActionName, Actor as EngineActor, ActionSuccess } from '@paht/domain';
import type { Kysely } from 'kysely';
import type { DB, Report, Tenant } from '../../infra/db/schema';
import type { Actor } from '../../infra/http/actor';
import { AppError, notFound, validationFailed } from '../../infra/http/app-error';
import type { FieldError } from '../../infra/http/app-error';
import { authorizeList } from '../../infra/http/authorize';
import { requireUser } from '../accounts/require-user';
import { engineContext } from './engine-context';
import { enqueueNotifications } from './notify';
import { engineActor } from './report-access';
import { refusalError } from './refusal-error';
import { lockReport, storeResult } from './report-store';
import type { LoadedReport } from './report-store';

export type ActionCommand = {
  action: ActionName;
  /** The version the actor saw; a different current version is a 409. */
  version: number;
  input: Record<string, unknown>;
};

export type ActionEnv = {
  db: Kysely<DB>;
  now: () => Date;
  publicUrl: string;
  remindFraction: number;
};

export function versionConflict(current: number, expected: number): AppError {
  return new AppError('VERSION_CONFLICT', `report is at version ${current}, not ${expected}`, {
    extra: { currentVersion: current },
  });
}

const UNIT_KEYS = ['leadAgencyId', 'suggestedAgencyId', 'unitId', 'agencyId'] as const;

/** Units an input names must be active units of the tenant (and not the intake center). */
async function checkReferences(
  tx: Kysely<DB>,
  tenantId: string,
  input: Record<string, unknown>,
): Promise<void> {
  const named: { path: string; id: string }[] = [];
  for (const key of UNIT_KEYS) {
    const value = input[key];
    if (typeof value === 'string') {
      named.push({ path: key, id: value });
    }
  }
  const coordinators = input.coordinatingAgencyIds;
  if (Array.isArray(coordinators)) {
    coordinators.forEach((id, index) => {
      if (typeof id === 'string') {
        named.push({ path: `coordinatingAgencyIds.${index}`, id });
      }
    });
  }
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  const ids = named.map((n) => n.id).filter((id) => uuid.test(id));
  const found = ids.length
    ? await tx
        .selectFrom('org_units')
        .select('id')
        .where('tenant_id', '=', tenantId)
        .where('id', 'in', ids)
        .where('is_active', '=', true)
        .where('kind', '!=', 'intake_center')
        .execute()
    : [];
  const known = new Set(found.map((row) => row.id));
  const errors: FieldError[] = named
    .filter((n) => !known.has(n.id))
    .map((n) => ({
      path: `body.input.${n.path}`,
      code: 'unit.unknown',
      message: {
        vi: 'Không có cơ quan, đơn vị này.',
        en: 'There is no such agency or unit.',
      },
    }));
  const fieldCode = input.fieldCode;
  if (typeof fieldCode === 'string') {
    const field = await tx
      .selectFrom('fields')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where('code', '=', fieldCode)
      .where('is_active', '=', true)
      .executeTakeFirst();
    if (!field) {
      errors.push({
        path: 'body.input.fieldCode',
        code: 'field.unknown',
        message: { vi: 'Không có lĩnh vực này.', en: 'There is no such field.' },
      });
    }
  }
  const duplicateOf = input.duplicateOf;
  if (typeof duplicateOf === 'string') {
    const original = uuid.test(duplicateOf)
      ? await tx
          .selectFrom('reports')
          .select('id')
          .where('tenant_id', '=', tenantId)
          .where('id', '=', duplicateOf)
          .executeTakeFirst()
      : undefined;
    if (!original) {
      errors.push({
        path: 'body.input.duplicateOf',
        code: 'report.unknown',
        message: { vi: 'Không có phản ánh này.', en: 'There is no such report.' },
      });
    }
  }
  if (errors.length > 0) {
    throw validationFailed(errors);
  }
}

/** Runs the engine on a locked report and stores the outcome; shared with reporter actions. */
export async function runAction(
  tx: Kysely<DB>,
  env: ActionEnv,
  tenant: Tenant,
  loaded: LoadedReport,
  actor: EngineActor,
  command: ActionCommand,
): Promise<ActionSuccess> {
  if (loaded.row.version !== command.version) {
    throw versionConflict(loaded.row.version, command.version);
  }
  await checkReferences(tx, tenant.id, command.input);
  const ctx = await engineContext(tx, tenant, env.now());
  const result = applyAction(loaded.snapshot, actor, command.action, command.input, ctx);
  if (!result.ok) {
    throw refusalError(result.refusal);
  }
  await storeResult(tx, tenant.id, loaded.row.id, result, ctx, {
    remindFraction: env.remindFraction,
  });
  if (result.snapshot.fieldCode !== loaded.snapshot.fieldCode) {
    // Intake classified the report (distribute with a field): the field column follows.
    const fieldCode = result.snapshot.fieldCode;
    const field = fieldCode
      ? await tx
          .selectFrom('fields')
          .select('id')
          .where('tenant_id', '=', tenant.id)
          .where('code', '=', fieldCode)
          .executeTakeFirst()
      : undefined;
    await tx
      .updateTable('reports')
      .set({ field_id: field?.id ?? null })
      .where('id', '=', loaded.row.id)
      .execute();
  }
  const rejected = result.events.find((e) => e.type === 'report.rejected');
  if (rejected && typeof rejected.payload.duplicateOf === 'string') {
    // Khánh Hòa Điều 12.1: the duplicate's reporter follows the original's updates.
    await tx
      .insertInto('report_subscriptions')
      .values({
        tenant_id: tenant.id,
        report_id: rejected.payload.duplicateOf,
        source_report_id: loaded.row.id,
      })
      .onConflict((oc) => oc.columns(['report_id', 'source_report_id']).doNothing())
      .execute();
  }
  const stored = await tx
    .selectFrom('reports')
    .selectAll()
    .where('id', '=', loaded.row.id)
    .executeTakeFirstOrThrow();
  await enqueueNotifications(tx, {
    tenant,
    publicUrl: env.publicUrl,
    report: stored,
    drafts: result.notifications,
    events: result.events,
    now: ctx.now,
  });
  return result;
}

/** A staff member takes `command.action` on report `reportId`. */
export async function takeAction(
  env: ActionEnv,
  tenant: Tenant,
  actor: Actor,
  reportId: string,
  command: ActionCommand,
): Promise<Report> {
  const scope = authorizeList(actor, 'reports.act');
  const user = requireUser(actor);
  return env.db.transaction().execute(async (tx) => {
    const loaded = await lockReport(tx, scope.tenantId, reportId);
    if (!loaded) {
      throw notFound('report');
    }
    if (scope.orgUnitId) {
      // Agency staff may not learn that a report they were never assigned exists.
      const assigned = await tx
        .selectFrom('report_assignments')
        .select('id')
        .where('report_id', '=', reportId)
        .where('agency_id', '=', scope.orgUnitId)
        .executeTakeFirst();
      if (!assigned) {
        throw notFound('report');
      }
    }
    await runAction(tx, env, tenant, loaded, engineActor(user), command);
    return tx
      .selectFrom('reports')
      .selectAll()
      .where('id', '=', reportId)
      .executeTakeFirstOrThrow();
  });
}
