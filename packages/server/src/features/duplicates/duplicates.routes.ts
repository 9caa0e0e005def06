import { availableActions } from '@paht/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireTenant } from '../../infra/http/tenant-context';
import { engineContext } from '../reports/engine-context';
import { engineActor } from '../reports/report-access';
import { presentStaffReport } from '../reports/report.presenter';
import { decodeSnapshot } from '../reports/snapshot-codec';
import { duplicateSettingsSchema } from './duplicate-settings';
import { presentCandidates } from './duplicates.presenter';
import { findDuplicateCandidates } from './find-duplicate-candidates';
import { markDuplicate } from './mark-duplicate';

const tags = ['reports'];
const idParams = z.object({ id: z.uuid() });
const s = duplicateSettingsSchema.shape;
const searchQuery = z.object({
  radiusMeters: z.coerce.number().pipe(s.radiusMeters).optional(),
  periodDays: z.coerce.number().pipe(s.periodDays).optional(),
  minSimilarity: z.coerce.number().pipe(s.minSimilarity).optional(),
  limit: z.coerce.number().pipe(s.limit).optional(),
});
const candidateSchema = z.object({
  id: z.string(),
  trackingCode: z.string(),
  title: z.string(),
  state: z.string(),
  receivedAt: z.string(),
  fieldId: z.string().nullable(),
  isSameField: z.boolean(),
  distanceMeters: z.number().nullable(),
  similarity: z.number(),
  score: z.number(),
});

export const duplicateRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;

  app.get(
    '/api/reports/:id/duplicate-candidates',
    {
      schema: {
        tags,
        summary:
          'Candidate duplicates of a report under intake: same tenant, near it, received within the period, similar text; the same field first, then by score (docs/workflow/duplicates-audit-follow-up.md)',
        params: idParams,
        querystring: searchQuery,
        response: {
          200: z.object({
            reportId: z.string(),
            settings: duplicateSettingsSchema,
            items: z.array(candidateSchema),
          }),
        },
      },
      config: { permission: 'reports.read' },
    },
    async (request) => {
      const { radiusMeters, periodDays, minSimilarity, limit } = request.query;
      const overrides = Object.fromEntries(
        Object.entries({ radiusMeters, periodDays, minSimilarity, limit }).filter(
          ([, value]) => value !== undefined,
        ),
      );
      const found = await findDuplicateCandidates(
        db(),
        requireTenant(request),
        request.actor,
        request.params.id,
        overrides,
      );
      return presentCandidates(found);
    },
  );

  app.post(
    '/api/reports/:id/mark-duplicate',
    {
      schema: {
        tags,
        summary:
          'Reject a report under intake as a duplicate of `originalId` (Khánh Hòa Điều 12.1): the reporter is told the original’s tracking code and state and follows its updates',
        params: idParams,
        body: z.object({
          version: z.number().int().min(1),
          originalId: z.uuid(),
          explanation: z.string().trim().min(1).max(2_000).optional(),
        }),
        response: { 200: z.record(z.string(), z.unknown()) },
      },
      config: { permission: 'reports.act' },
    },
    async (request) => {
      const tenant = requireTenant(request);
      const env = {
        db: db(),
        now: app.deps.now,
        publicUrl: app.deps.config.publicUrl,
        remindFraction: app.deps.config.remindFraction,
      };
      const report = await markDuplicate(
        env,
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
};
