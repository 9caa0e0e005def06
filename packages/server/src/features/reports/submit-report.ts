/**
 * A report enters the system (issue 4 item 1): a citizen's own submission (public, no account) or
 * an operator entering a hotline call, e-mail, walk-in or letter with the time it really came in.
 * The report row, the engine's first snapshot and deadlines, the `report.submitted` event and the
 * receipt notification are one transaction. An `Idempotency-Key` makes a retried submission
 * return the first report instead of creating a second one.
 */
import { createHash, randomInt, randomUUID } from 'node:crypto';
import { createReport, submitReportOptions, submitReportSchema, toE164 } from '@paht/domain';
import type { RegulationProfile, SubmitReport, SubmitReportOptions } from '@paht/domain';
import type { Kysely } from 'kysely';
import type { DB, Report, Tenant } from '../../infra/db/schema';
import type { Actor } from '../../infra/http/actor';
import { AppError, validationFailed } from '../../infra/http/app-error';
import { authorize } from '../../infra/http/authorize';
import { zodFieldErrors } from '../../infra/http/problem';
import { engineContext } from './engine-context';
import { enqueueNotifications } from './notify';
import { refusalError } from './refusal-error';
import { insertNewReport } from './report-store';

/**
 * The profile's rules for the shared schema (domain `submitReportOptions`). An operator types what
 * a caller or a letter gave: a landline instead of a mobile number, and no tick box for consent,
 * which the operator records separately when the caller gives it.
 */
export function submissionOptions(
  profile: RegulationProfile,
  mode: 'public' | 'operator',
  now: () => Date,
): SubmitReportOptions {
  const options = submitReportOptions(profile, { mode, now });
  return mode === 'public'
    ? options
    : { ...options, isMobilePhoneRequired: false, isDataProcessingConsentRequired: false };
}

const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * `YYMMDD-XXXXXXXX` (Vietnam date of receipt; 8 characters without look-alikes ≈ 39 bits).
 * `randomBelow(n)` draws an integer in [0, n): the server's is cryptographic, so codes cannot be
 * guessed; the bulk generator passes its seeded one.
 */
export function newTrackingCode(
  receivedAt: Date,
  randomBelow: (n: number) => number = randomInt,
): string {
  const local = new Date(receivedAt.getTime() + 7 * 3_600_000).toISOString();
  const date = `${local.slice(2, 4)}${local.slice(5, 7)}${local.slice(8, 10)}`;
  let suffix = '';
  for (let i = 0; i < 8; i += 1) {
    suffix += CODE_ALPHABET[randomBelow(CODE_ALPHABET.length)];
  }
  return `${date}-${suffix}`;
}

function fingerprint(body: unknown): string {
  return createHash('sha256').update(JSON.stringify(body)).digest('hex');
}

export type SubmitResult = { report: Report; replayed: boolean };

async function findByIdempotencyKey(
  db: Kysely<DB>,
  tenantId: string,
  key: string,
  print: string,
): Promise<SubmitResult | undefined> {
  const existing = await db
    .selectFrom('reports')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
  if (!existing) {
    return undefined;
  }
  if (existing.idempotency_fingerprint !== print) {
    throw new AppError('CONFLICT', 'Idempotency-Key reused with a different body', {
      userMessage: {
        vi: 'Khóa Idempotency-Key này đã được dùng cho một phản ánh khác.',
        en: 'This Idempotency-Key was already used for a different report.',
      },
      fields: [
        {
          path: 'headers.idempotency-key',
          code: 'idempotency_key.reused',
          message: {
            vi: 'Khóa đã được dùng với nội dung khác.',
            en: 'The key was used with a different body.',
          },
        },
      ],
    });
  }
  return { report: existing, replayed: true };
}

async function intakeCenterFor(db: Kysely<DB>, tenantId: string, actor: Actor): Promise<string> {
  if (actor.kind === 'user') {
    if (actor.orgUnitKind !== 'intake_center' || !actor.orgUnitId) {
      throw new AppError('FORBIDDEN', 'only intake-center operators enter reports');
    }
    return actor.orgUnitId;
  }
  const center = await db
    .selectFrom('org_units')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('kind', '=', 'intake_center')
    .where('is_active', '=', true)
    .orderBy('code')
    .executeTakeFirst();
  if (!center) {
    throw new AppError('NOT_READY', `tenant ${tenantId} has no intake center`);
  }
  return center.id;
}

async function resolveCodes(db: Kysely<DB>, tenantId: string, input: SubmitReport) {
  const fields = [];
  let fieldId: string | null = null;
  let fieldFastTrack: string | null = null;
  if (input.fieldCode) {
    const field = await db
      .selectFrom('fields')
      .select(['id', 'fast_track'])
      .where('tenant_id', '=', tenantId)
      .where('code', '=', input.fieldCode)
      .where('is_active', '=', true)
      .executeTakeFirst();
    if (!field) {
      fields.push({
        path: 'body.fieldCode',
        code: 'field.unknown',
        message: { vi: 'Không có lĩnh vực này.', en: 'There is no such field.' },
      });
    } else {
      fieldId = field.id;
      fieldFastTrack = field.fast_track;
    }
  }
  let areaId: string | null = null;
  const areaCode = input.location?.areaCode;
  if (areaCode) {
    const area = await db
      .selectFrom('areas')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where('code', '=', areaCode)
      .where('is_active', '=', true)
      .executeTakeFirst();
    if (!area) {
      fields.push({
        path: 'body.location.areaCode',
        code: 'area.unknown',
        message: {
          vi: 'Không có đơn vị hành chính này.',
          en: 'There is no such administrative unit.',
        },
      });
    } else {
      areaId = area.id;
    }
  }
  if (fields.length > 0) {
    throw validationFailed(fields);
  }
  return { fieldId, fieldFastTrack, areaId };
}

export type SubmitReportCommand = {
  tenant: Tenant;
  publicUrl: string;
  /** REMIND_FRACTION: when the first steps' units are reminded (default 0.75). */
  remindFraction?: number;
  actor: Actor;
  body: unknown;
  idempotencyKey: string | null;
  /** Called inside the transaction once the row exists (attachments are stored with it). */
  withinTransaction?: (tx: Kysely<DB>, report: Report) => Promise<void>;
};

export async function submitReport(
  db: Kysely<DB>,
  now: () => Date,
  command: SubmitReportCommand,
): Promise<SubmitResult> {
  const { tenant, actor } = command;
  const mode = actor.kind === 'anonymous' ? 'public' : 'operator';
  if (mode === 'operator') {
    authorize(actor, 'reports.enter', { tenantId: tenant.id });
  }
  const ctx = await engineContext(db, tenant, now());
  const schema = submitReportSchema(
    ctx.profile.reporter,
    submissionOptions(ctx.profile, mode, now),
  );
  const parsed = schema.safeParse(command.body);
  if (!parsed.success) {
    throw validationFailed(
      zodFieldErrors(
        parsed.error.issues as unknown as Parameters<typeof zodFieldErrors>[0],
        'body',
      ),
    );
  }
  const input = parsed.data;
  const print = fingerprint(command.body);
  const key = command.idempotencyKey;
  if (key) {
    const replay = await findByIdempotencyKey(db, tenant.id, key, print);
    if (replay) {
      return replay;
    }
  }
  const { fieldId, fieldFastTrack, areaId } = await resolveCodes(db, tenant.id, input);
  const intakeCenterId = await intakeCenterFor(db, tenant.id, actor);
  const receivedAt = input.receivedAt ? new Date(input.receivedAt) : ctx.now;
  // The schema already normalised it to the national form (0xxxxxxxxx).
  const phone = input.reporter.phone ?? null;

  try {
    return await db.transaction().execute(async (tx) => {
      const id = randomUUID();
      const result = createReport(
        {
          reportId: id,
          intakeCenterId,
          receivedAt,
          contactKind: input.kind,
          fieldCode: input.fieldCode ?? null,
          isIncident: fieldFastTrack !== null,
          confidential: input.isConfidential,
          hideIdentity: input.isIdentityHidden,
          consentToPublish: input.consent.publicIdentity,
        },
        actor.kind === 'user'
          ? {
              kind: 'staff',
              userId: actor.userId,
              roles: actor.roles,
              unitId: intakeCenterId,
              unitKind: 'intake_center',
            }
          : { kind: 'reporter', reporterId: null },
        ctx,
      );
      if (!result.ok) {
        throw refusalError(result.refusal);
      }
      const row = await insertNewReport(
        tx,
        {
          id,
          tenant_id: tenant.id,
          tracking_code: newTrackingCode(receivedAt),
          channel: input.channel,
          reporter_name: input.reporter.name ?? null,
          reporter_phone: phone,
          reporter_phone_key: phone ? toE164(phone).replace('+', '') : null,
          reporter_email: input.reporter.email ?? null,
          reporter_address: input.reporter.address ?? null,
          reporter_citizen_id: input.reporter.citizenId ?? null,
          reporter_language: input.reporter.language,
          consent_public_identity: input.consent.publicIdentity,
          consent_data_processing: input.consent.dataProcessing,
          hide_identity: input.isIdentityHidden,
          kind: input.kind,
          title: input.title,
          content_original: input.content,
          content: input.content,
          latitude: input.location?.latitude ?? null,
          longitude: input.location?.longitude ?? null,
          address: input.location?.address ?? null,
          area_id: areaId,
          incident_at: input.incidentAt ? new Date(input.incidentAt) : null,
          received_at: receivedAt,
          field_id: fieldId,
          priority: fieldFastTrack === 'emergency' ? 'emergency' : 'normal',
          is_confidential: input.isConfidential,
          is_incident: fieldFastTrack !== null,
          intake_center_id: intakeCenterId,
          state: 'submitted',
          idempotency_key: key,
          idempotency_fingerprint: key ? print : null,
          created_by: actor.kind === 'user' ? actor.userId : null,
        },
        result,
        ctx,
        { remindFraction: command.remindFraction },
      );
      let stored = row;
      if (command.withinTransaction) {
        await command.withinTransaction(tx, row);
        stored = await tx
          .selectFrom('reports')
          .selectAll()
          .where('id', '=', row.id)
          .executeTakeFirstOrThrow();
      }
      await enqueueNotifications(tx, {
        tenant,
        publicUrl: command.publicUrl,
        report: stored,
        drafts: result.notifications,
        events: result.events,
        now: ctx.now,
      });
      return { report: stored, replayed: false };
    });
  } catch (error) {
    // Two retries racing with one key: the loser finds the winner's report.
    if (key && (error as { code?: string }).code === '23505') {
      const replay = await findByIdempotencyKey(db, tenant.id, key, print);
      if (replay) {
        return replay;
      }
    }
    throw error;
  }
}
