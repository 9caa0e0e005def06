/**
 * The citizen's side of a report, without an account: the public view by tracking code, and the
 * private view and the reporter's own actions with tracking code + the phone number they gave.
 */
import { availableActions, getProfile, isProfileId, normalisePhone, toE164 } from '@paht/domain';
import type { ActionName, RegulationProfile } from '@paht/domain';
import type { Kysely } from 'kysely';
import type { DB, Report, Tenant } from '../../infra/db/schema';
import { notFound } from '../../infra/http/app-error';
import { engineContext } from './engine-context';
import type { PublicAttachment } from './report.presenter';
import { presentPrivateReport, presentPublicReport } from './report.presenter';
import { lockReport } from './report-store';
import { decodeSnapshot } from './snapshot-codec';
import { runAction } from './take-action';
import type { ActionCommand, ActionEnv } from './take-action';

/** The reporter's own actions (the engine decides when each is open). */
export const REPORTER_ACTIONS = [
  'supplement_information',
  'ask_follow_up',
  'rate',
] as const satisfies readonly ActionName[];

async function byTrackingCode(
  db: Kysely<DB>,
  tenantId: string,
  trackingCode: string,
): Promise<Report | undefined> {
  return db
    .selectFrom('reports')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('tracking_code', '=', trackingCode.trim().toUpperCase())
    .executeTakeFirst();
}

function phoneMatches(report: Report, phone: string): boolean {
  const national = normalisePhone(phone);
  return (
    national !== null &&
    report.reporter_phone_key !== null &&
    toE164(national).replace('+', '') === report.reporter_phone_key
  );
}

async function viewExtras(db: Kysely<DB>, report: Report, publicOnly: boolean) {
  const [field, area, events, files] = await Promise.all([
    report.field_id
      ? db.selectFrom('fields').select('name').where('id', '=', report.field_id).executeTakeFirst()
      : undefined,
    report.area_id
      ? db.selectFrom('areas').select('name').where('id', '=', report.area_id).executeTakeFirst()
      : undefined,
    db
      .selectFrom('report_events')
      .selectAll()
      .where('report_id', '=', report.id)
      .orderBy('seq')
      .execute(),
    db
      .selectFrom('attachments')
      .select(['id', 'kind', 'content_type', 'thumbnail_key', 'is_public'])
      .where('report_id', '=', report.id)
      .where('kind', '!=', 'call_recording')
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
  ]);
  const attachments: PublicAttachment[] = files
    .filter((f) => !publicOnly || f.is_public)
    .map((f) => ({
      id: f.id,
      kind: f.kind,
      contentType: f.content_type,
      url: `/api/public/reports/${report.tracking_code}/attachments/${f.id}`,
      thumbnailUrl: f.thumbnail_key
        ? `/api/public/reports/${report.tracking_code}/attachments/${f.id}/thumbnail`
        : null,
    }));
  return { fieldName: field?.name ?? null, areaName: area?.name ?? null, events, attachments };
}

function profileOf(tenant: Tenant): RegulationProfile {
  if (!isProfileId(tenant.profile_id)) {
    throw new Error(`unknown profile ${tenant.profile_id}`);
  }
  return getProfile(tenant.profile_id);
}

/** A report the public may see: not confidential, not a state secret, not withheld. */
export function isPublicReport(report: Report): boolean {
  return !report.is_confidential && !report.is_state_secret && report.publication !== 'withheld';
}

export async function publicView(db: Kysely<DB>, tenant: Tenant, trackingCode: string) {
  const report = await byTrackingCode(db, tenant.id, trackingCode);
  if (!report || !isPublicReport(report)) {
    throw notFound('report');
  }
  return presentPublicReport(report, profileOf(tenant), await viewExtras(db, report, true));
}

/** The reporter's view; a wrong phone number looks exactly like an unknown code. */
export async function privateView(
  db: Kysely<DB>,
  tenant: Tenant,
  trackingCode: string,
  phone: string,
  now: Date,
) {
  const report = await byTrackingCode(db, tenant.id, trackingCode);
  if (!report || !phoneMatches(report, phone) || !report.engine) {
    throw notFound('report');
  }
  const ctx = await engineContext(db, tenant, now);
  const offered = availableActions(
    decodeSnapshot(report.engine),
    { kind: 'reporter', reporterId: null },
    ctx,
  )
    .map((a) => a.action)
    .filter((a): a is (typeof REPORTER_ACTIONS)[number] =>
      (REPORTER_ACTIONS as readonly string[]).includes(a),
    );
  return presentPrivateReport(report, {
    // Only photos are served to citizens (features/attachments): video, audio and documents may
    // hide a voice or an ID card and stay with staff, so the reporter's view lists the photos too.
    ...(await viewExtras(db, report, true)),
    availableActions: offered,
  });
}

export async function reporterAction(
  env: ActionEnv,
  tenant: Tenant,
  trackingCode: string,
  phone: string,
  command: ActionCommand,
) {
  const report = await byTrackingCode(env.db, tenant.id, trackingCode);
  if (!report || !phoneMatches(report, phone)) {
    throw notFound('report');
  }
  await env.db.transaction().execute(async (tx) => {
    const loaded = await lockReport(tx, tenant.id, report.id);
    if (!loaded) {
      throw notFound('report');
    }
    await runAction(tx, env, tenant, loaded, { kind: 'reporter', reporterId: null }, command);
  });
  return privateView(env.db, tenant, trackingCode, phone, env.now());
}
