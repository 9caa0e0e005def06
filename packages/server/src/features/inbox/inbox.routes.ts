import { ASSIGNMENT_STATES, REPORT_CHANNELS, REPORT_STATES } from '@paht/domain';
import type { Tenant } from '../../infra/db/schema';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../infra/db/schema';
import { requireTenant } from '../../infra/http/tenant-context';
import { findInbox } from './find-inbox';
import { findReports } from './find-reports';
import { presentInboxPage, presentReportList } from './inbox.presenter';
import { areaWithDescendants, periodBounds, searchTerms } from './report-filters';
import type { ReportFilters } from './report-filters';

const tags = ['inbox'];
const instantOrDate = z.union([z.iso.datetime({ offset: true }), z.iso.date()]);
const looseObject = z.record(z.string(), z.unknown());

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

const filterQuery = z.object({
  fieldId: z.uuid().optional(),
  areaId: z.uuid().optional(),
  channel: listOf(REPORT_CHANNELS),
  leadAgencyId: z.uuid().optional(),
  overdue: flag,
  receivedFrom: instantOrDate.optional(),
  receivedTo: instantOrDate.optional(),
  q: z.string().max(200).optional(),
  cursor: z.string().max(400).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});

const inboxQuery = filterQuery.extend({
  state: listOf([...REPORT_STATES, ...ASSIGNMENT_STATES] as [string, ...string[]]),
});
const listQuery = filterQuery.extend({ state: listOf(REPORT_STATES) });

type FilterQuery = z.infer<typeof filterQuery>;

async function filtersOf(db: Kysely<DB>, tenant: Tenant, q: FilterQuery): Promise<ReportFilters> {
  const received = periodBounds(q.receivedFrom, q.receivedTo, tenant.time_zone);
  return {
    fieldId: q.fieldId,
    areaIds: q.areaId ? await areaWithDescendants(db, tenant.id, { id: q.areaId }) : undefined,
    channels: q.channel,
    leadAgencyId: q.leadAgencyId,
    receivedFrom: received.from,
    receivedTo: received.to,
    terms: searchTerms(q.q),
  };
}

export const inboxRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  const env = () => ({ now: app.deps.now(), remindFraction: app.deps.config.remindFraction });

  app.get(
    '/api/inbox',
    {
      schema: {
        tags,
        summary:
          'What waits for me or my unit, nearest deadline first (my own role’s work first), each item with its deadline state in working time; filters, diacritic-insensitive search `q`, counts per state and `nextCursor`',
        querystring: inboxQuery,
        response: {
          200: z.object({
            perspective: z.object({
              kind: z.enum(['tenant', 'intake_center', 'agency']),
              unitId: z.string().nullable(),
            }),
            items: z.array(looseObject),
            nextCursor: z.string().nullable(),
            counts: z.object({
              total: z.number(),
              overdue: z.number(),
              byState: z.record(z.string(), z.number()),
              cap: z.number(),
              isCapped: z.boolean(),
            }),
          }),
        },
      },
      config: { permission: 'reports.read' },
    },
    async (request) => {
      const tenant = requireTenant(request);
      const q = request.query;
      const page = await findInbox(
        db(),
        tenant,
        request.actor,
        {
          filters: await filtersOf(db(), tenant, q),
          stages: q.state,
          isOverdueOnly: q.overdue,
          cursor: q.cursor,
          limit: q.limit,
        },
        env(),
      );
      return presentInboxPage(page);
    },
  );

  app.get(
    '/api/reports',
    {
      schema: {
        tags,
        summary:
          'Reports the caller may read, newest received first: the inbox’s filters and search over every state, with `nextCursor`',
        querystring: listQuery,
        response: {
          200: z.object({ items: z.array(looseObject), nextCursor: z.string().nullable() }),
        },
      },
      config: { permission: 'reports.read' },
    },
    async (request) => {
      const tenant = requireTenant(request);
      const q = request.query;
      const page = await findReports(
        db(),
        tenant,
        request.actor,
        {
          filters: await filtersOf(db(), tenant, q),
          states: q.state,
          isOverdueOnly: q.overdue,
          cursor: q.cursor,
          limit: q.limit,
        },
        env(),
      );
      return presentReportList(page);
    },
  );
};
