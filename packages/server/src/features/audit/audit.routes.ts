import { REPORT_STATES } from '@paht/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireTenant } from '../../infra/http/tenant-context';
import { presentAuditEntry } from './audit.presenter';
import { checkEventLog } from './check-event-log';
import { exportReports } from './export-reports';
import { findAuditLog } from './find-audit-log';
import { instantOrDate, periodFrom, periodTo } from './period';

const CHANNELS = [
  'web',
  'mobile_app',
  'chatbot',
  'email',
  'hotline',
  'national_portal',
  'walk_in',
  'paper',
  'fax',
  'open311',
] as const;

/** `a,b` or a repeated parameter, each value from `values`. */
function listOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z
    .union([z.string(), z.array(z.string())])
    .transform((raw) => (Array.isArray(raw) ? raw : [raw]).flatMap((v) => v.split(',')))
    .pipe(z.array(z.enum(values)))
    .optional();
}

const flag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1')
  .default(false);

const auditQuery = z.object({
  action: z
    .string()
    .trim()
    .max(500)
    .transform((v) => v.split(',').filter(Boolean))
    .optional(),
  actorUserId: z.uuid().optional(),
  subjectType: z.enum(['report', 'tenant']).optional(),
  subjectId: z.uuid().optional(),
  from: instantOrDate.optional(),
  to: instantOrDate.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

const exportQuery = z.object({
  from: instantOrDate.optional(),
  to: instantOrDate.optional(),
  state: listOf(REPORT_STATES),
  channel: listOf(CHANNELS),
  fieldId: z.uuid().optional(),
  areaId: z.uuid().optional(),
  leadAgencyId: z.uuid().optional(),
  includePersonalData: flag,
  language: z.enum(['vi', 'en']).default('vi'),
  separator: z.enum(['comma', 'semicolon']).default('comma'),
});

const verificationSchema = z.object({
  tenant: z.string(),
  reportId: z.string().nullable(),
  checkedReports: z.number(),
  checkedEvents: z.number(),
  isIntact: z.boolean(),
  brokenChains: z.array(
    z.object({
      reportId: z.string(),
      trackingCode: z.string().nullable(),
      firstBadSeq: z.number(),
      problems: z.array(z.object({ seq: z.number(), problem: z.string() })),
    }),
  ),
});

const tags = ['audit'];

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;

  app.get(
    '/api/audit-log',
    {
      schema: {
        tags,
        summary:
          'The audit log, newest first: reads of reporters’ personal data, exports, event-log verifications. Filters by action (comma list), actor, subject and period; `nextCursor` pages on.',
        querystring: auditQuery,
        response: {
          200: z.object({
            items: z.array(z.record(z.string(), z.unknown())),
            nextCursor: z.string().nullable(),
          }),
        },
      },
      config: { permission: 'audit.read' },
    },
    async (request) => {
      const tenant = requireTenant(request);
      const q = request.query;
      const page = await findAuditLog(
        db(),
        request.actor,
        {
          actions: q.action,
          actorUserId: q.actorUserId,
          subjectType: q.subjectType,
          subjectId: q.subjectId,
          from: periodFrom(q.from, tenant.time_zone),
          to: periodTo(q.to, tenant.time_zone),
        },
        { cursor: q.cursor, limit: q.limit },
      );
      return { items: page.items.map(presentAuditEntry), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/api/reports/export',
    {
      schema: {
        tags,
        summary:
          'Reports as CSV for Excel (UTF-8 with BOM): the columns staff see; the reporter’s identity only with includePersonalData=true and the personal-data permission. Every export is audited with its filters and row count.',
        querystring: exportQuery,
      },
      config: { permission: 'reports.export' },
    },
    async (request, reply) => {
      const tenant = requireTenant(request);
      const q = request.query;
      const result = await exportReports(
        db(),
        tenant,
        request.actor,
        {
          filters: {
            from: periodFrom(q.from, tenant.time_zone),
            to: periodTo(q.to, tenant.time_zone),
            states: q.state,
            channels: q.channel,
            fieldId: q.fieldId,
            areaId: q.areaId,
            leadAgencyId: q.leadAgencyId,
          },
          includePersonalData: q.includePersonalData,
          language: q.language,
          separator: q.separator === 'semicolon' ? ';' : ',',
        },
        { now: app.deps.now(), ip: request.ip },
      );
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${result.fileName}"`)
        .header('cache-control', 'no-store')
        .header('x-export-row-count', String(result.rowCount))
        .send(result.csv);
    },
  );

  app.get(
    '/api/event-log/verify',
    {
      schema: {
        tags,
        summary:
          'Verify the hash chain of the tenant’s event log (or one report’s): checked reports and events, and every broken chain with its first bad event',
        querystring: z.object({ reportId: z.uuid().optional() }),
        response: { 200: verificationSchema },
      },
      config: { permission: 'audit.read' },
    },
    async (request) => {
      const tenant = requireTenant(request);
      const { reportId } = request.query;
      const result = await checkEventLog(db(), request.actor, reportId, {
        now: app.deps.now(),
        ip: request.ip,
      });
      return { tenant: tenant.code, reportId: reportId ?? null, ...result };
    },
  );
};
