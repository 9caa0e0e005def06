import { ASSIGNMENT_ACTIONS, REPORT_ACTIONS, availableActions } from '@paht/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { writeAudit } from '../../infra/audit/audit-log';
import type { Report } from '../../infra/db/schema';
import type { Actor } from '../../infra/http/actor';
import { authorize } from '../../infra/http/authorize';
import { requireTenant } from '../../infra/http/tenant-context';
import { presentStaffAttachment } from '../attachments/attachment.presenter';
import { attachmentStorage } from '../attachments/attachment-storage';
import { findStaffAttachments } from '../attachments/get-attachment-file';
import { submitReportWithAttachments } from '../attachments/submit-report-with-attachments';
import { acceptMultipart, readSubmission } from '../attachments/upload-form';
import { REPORTER_ACTIONS, privateView, publicView, reporterAction } from './citizen-access';
import { engineContext } from './engine-context';
import { editContent } from './edit-content';
import { engineActor, findVisibleReport } from './report-access';
import { presentStaffEvent, presentStaffReport } from './report.presenter';
import { decodeSnapshot } from './snapshot-codec';
import { takeAction } from './take-action';

const tags = ['reports'];
const idParams = z.object({ id: z.uuid() });
const codeParams = z.object({ trackingCode: z.string().trim().min(6).max(40) });
const idempotencyHeaders = z.object({
  'idempotency-key': z.string().trim().min(8).max(200).optional(),
});
const looseObject = z.record(z.string(), z.unknown());
/** JSON, or multipart/form-data (whose parts the handler reads: the body is null then). */
const submissionBody = looseObject.nullable();
const submissionNote =
  ' Files: send multipart/form-data with the report as JSON in a `report` part and up to 10 `files` parts (docs/workflow/attachments.md).';
const receiptSchema = z.object({
  trackingCode: z.string(),
  state: z.string(),
  receivedAt: z.string(),
  trackingUrl: z.string(),
});
const actionBody = z.object({
  action: z.enum([...REPORT_ACTIONS, ...ASSIGNMENT_ACTIONS]),
  version: z.number().int().min(1),
  input: looseObject.default({}),
});
const phoneBody = z.object({ phone: z.string().trim().min(8).max(20) });
const citizenLimit = {
  max: 20,
  timeWindow: '1 minute',
} as const;

export const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  const { config } = app.deps;
  const db = () => app.deps.database.db;
  await acceptMultipart(app);
  const uploads = () => ({ db: db(), now: app.deps.now, storage: attachmentStorage(config) });
  const staffAttachments = async (actor: Actor, report: Report) =>
    (await findStaffAttachments(db(), actor, report)).map((a) =>
      presentStaffAttachment(report.id, a),
    );
  const env = () => ({
    db: db(),
    now: app.deps.now,
    publicUrl: config.publicUrl,
    remindFraction: config.remindFraction,
  });

  app.post(
    '/api/reports',
    {
      schema: {
        tags,
        summary:
          'Submit a report (public, no account). Send an Idempotency-Key header so a retry never creates a second report.' +
          submissionNote,
        headers: idempotencyHeaders,
        body: submissionBody,
        response: { 200: receiptSchema, 201: receiptSchema },
      },
      config: { public: true, rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const tenant = requireTenant(request);
      const { body, files } = await readSubmission(request, { allowCallRecording: false });
      const { report, replayed } = await submitReportWithAttachments(uploads(), {
        tenant,
        publicUrl: config.publicUrl,
        remindFraction: config.remindFraction,
        actor: { kind: 'anonymous', tenantId: tenant.id },
        body,
        files,
        idempotencyKey: request.headers['idempotency-key'] ?? null,
      });
      return reply.status(replayed ? 200 : 201).send({
        trackingCode: report.tracking_code,
        state: report.state,
        receivedAt: report.received_at.toISOString(),
        trackingUrl: `${config.publicUrl}/t/${tenant.code}/tra-cuu/${report.tracking_code}`,
      });
    },
  );

  app.post(
    '/api/intake/reports',
    {
      schema: {
        tags,
        summary:
          'An operator enters a report received by hotline, e-mail, walk-in or letter, with its channel and real receivedAt.' +
          submissionNote +
          ' A hotline report may carry one `call_recording` part (audio).',
        headers: idempotencyHeaders,
        body: submissionBody,
        response: { 200: looseObject, 201: looseObject },
      },
      config: { permission: 'reports.enter' },
    },
    async (request, reply) => {
      const tenant = requireTenant(request);
      const { body, files } = await readSubmission(request, { allowCallRecording: true });
      const { report, replayed } = await submitReportWithAttachments(uploads(), {
        tenant,
        publicUrl: config.publicUrl,
        remindFraction: config.remindFraction,
        actor: request.actor,
        body,
        files,
        idempotencyKey: request.headers['idempotency-key'] ?? null,
      });
      return reply.status(replayed ? 200 : 201).send({
        ...presentStaffReport(report),
        attachments: await staffAttachments(request.actor, report),
      });
    },
  );

  app.get(
    '/api/reports/:id',
    {
      schema: {
        tags,
        summary:
          'A report for staff: state, assignments, open deadlines, and the actions the caller may take now (no reporter identity)',
        params: idParams,
        response: { 200: looseObject },
      },
      config: { permission: 'reports.read' },
    },
    async (request) => {
      const tenant = requireTenant(request);
      const report = await findVisibleReport(
        db(),
        request.actor,
        'reports.read',
        request.params.id,
      );
      const actor = request.actor;
      const attachments = await staffAttachments(actor, report);
      if (actor.kind !== 'user' || !report.engine || !actor.orgUnitId) {
        return { ...presentStaffReport(report), attachments };
      }
      const ctx = await engineContext(db(), tenant, app.deps.now());
      return {
        ...presentStaffReport(
          report,
          availableActions(decodeSnapshot(report.engine), engineActor(actor), ctx),
        ),
        attachments,
      };
    },
  );

  app.get(
    '/api/reports/:id/events',
    {
      schema: {
        tags,
        summary: 'The report’s full history, oldest first',
        params: idParams,
        response: { 200: z.object({ items: z.array(looseObject) }) },
      },
      config: { permission: 'reports.read' },
    },
    async (request) => {
      const report = await findVisibleReport(
        db(),
        request.actor,
        'reports.read',
        request.params.id,
      );
      const events = await db()
        .selectFrom('report_events')
        .selectAll()
        .where('report_id', '=', report.id)
        .orderBy('seq')
        .execute();
      return { items: events.map(presentStaffEvent) };
    },
  );

  app.get(
    '/api/reports/:id/reporter',
    {
      schema: {
        tags,
        summary: 'The reporter’s identity and contact. Every read is written to the audit log.',
        params: idParams,
        response: {
          200: z.object({
            name: z.string().nullable(),
            phone: z.string().nullable(),
            email: z.string().nullable(),
            address: z.string().nullable(),
            citizenId: z.string().nullable(),
            language: z.string(),
            consentPublicIdentity: z.boolean(),
            consentDataProcessing: z.boolean(),
            isIdentityHidden: z.boolean(),
          }),
        },
      },
      config: { permission: 'reports.personal_data' },
    },
    async (request) => {
      const report = await findVisibleReport(
        db(),
        request.actor,
        'reports.personal_data',
        request.params.id,
      );
      await writeAudit(db(), authorize(request.actor, 'reports.personal_data'), {
        action: 'report.personal_data_read',
        subjectType: 'report',
        subjectId: report.id,
        details: { trackingCode: report.tracking_code },
        ip: request.ip,
        at: app.deps.now(),
      });
      return {
        name: report.reporter_name,
        phone: report.reporter_phone,
        email: report.reporter_email,
        address: report.reporter_address,
        citizenId: report.reporter_citizen_id,
        language: report.reporter_language,
        consentPublicIdentity: report.consent_public_identity,
        consentDataProcessing: report.consent_data_processing,
        isIdentityHidden: report.hide_identity,
      };
    },
  );

  app.post(
    '/api/reports/:id/actions',
    {
      schema: {
        tags,
        summary:
          'Take a lifecycle action. `version` must be the report’s current version (else 409 and nothing changes); `input` is the action’s input (docs/lifecycle.md).',
        params: idParams,
        body: actionBody,
        response: { 200: looseObject },
      },
      config: { permission: 'reports.act' },
    },
    async (request) => {
      const tenant = requireTenant(request);
      const report = await takeAction(
        env(),
        tenant,
        request.actor,
        request.params.id,
        request.body,
      );
      const actor = request.actor;
      if (actor.kind !== 'user' || !report.engine) {
        return presentStaffReport(report);
      }
      const ctx = await engineContext(db(), tenant, app.deps.now());
      return presentStaffReport(
        report,
        availableActions(decodeSnapshot(report.engine), engineActor(actor), ctx),
      );
    },
  );

  app.patch(
    '/api/reports/:id/content',
    {
      schema: {
        tags,
        summary:
          'An intake operator corrects spelling and layout; the original text is kept and the difference is shown',
        params: idParams,
        body: z.object({
          version: z.number().int().min(1),
          title: z.string().trim().min(5).max(200).optional(),
          content: z.string().trim().min(1).max(10_000),
        }),
        response: { 200: looseObject },
      },
      config: { permission: 'reports.act' },
    },
    async (request) => {
      const tenant = requireTenant(request);
      return presentStaffReport(
        await editContent(env(), tenant, request.actor, request.params.id, request.body),
      );
    },
  );

  app.get(
    '/api/public/reports/:trackingCode',
    {
      schema: {
        tags,
        summary:
          'Public view by tracking code: content, place, photos, state, public timeline, published answer — never the reporter’s contact; nothing of confidential cases',
        params: codeParams,
        response: { 200: looseObject },
      },
      config: { public: true, rateLimit: { max: 120, timeWindow: '1 minute' } },
    },
    async (request) => publicView(db(), requireTenant(request), request.params.trackingCode),
  );

  app.post(
    '/api/public/reports/:trackingCode/private',
    {
      schema: {
        tags,
        summary:
          'The reporter’s private view: tracking code + the phone number given with the report',
        params: codeParams,
        body: phoneBody,
        response: { 200: looseObject },
      },
      config: { public: true, rateLimit: citizenLimit },
    },
    async (request) =>
      privateView(
        db(),
        requireTenant(request),
        request.params.trackingCode,
        request.body.phone,
        app.deps.now(),
      ),
  );

  app.post(
    '/api/public/reports/:trackingCode/actions',
    {
      schema: {
        tags,
        summary:
          'The reporter supplements information, asks a follow-up question or rates the answer (tracking code + phone)',
        params: codeParams,
        body: phoneBody.extend({
          action: z.enum(REPORTER_ACTIONS),
          version: z.number().int().min(1),
          input: looseObject.default({}),
        }),
        response: { 200: looseObject },
      },
      config: { public: true, rateLimit: citizenLimit },
    },
    async (request) => {
      const { phone, ...command } = request.body;
      return reporterAction(
        env(),
        requireTenant(request),
        request.params.trackingCode,
        phone,
        command,
      );
    },
  );
};
