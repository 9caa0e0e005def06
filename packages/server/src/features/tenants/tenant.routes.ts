import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireTenant } from '../../infra/http/tenant-context';
import { findActiveTenants } from './tenant.queries';

const tenantSummarySchema = z.object({ code: z.string(), name: z.string(), profileId: z.string() });
const tenantSchema = tenantSummarySchema.extend({ timeZone: z.string() });
const tags = ['tenants'];

export const tenantRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/tenants',
    {
      schema: {
        tags,
        summary: 'The provinces served by this deployment',
        response: { 200: z.object({ items: z.array(tenantSummarySchema) }) },
      },
      config: { public: true },
    },
    async () => {
      const tenants = await findActiveTenants(app.deps.database.db);
      return {
        items: tenants.map((t) => ({ code: t.code, name: t.name, profileId: t.profile_id })),
      };
    },
  );

  app.get(
    '/api/tenant',
    {
      schema: {
        tags,
        summary: 'The tenant of this request (by /t/{code} or host name)',
        response: { 200: tenantSchema },
      },
      config: { public: true },
    },
    async (request) => {
      const tenant = requireTenant(request);
      return {
        code: tenant.code,
        name: tenant.name,
        profileId: tenant.profile_id,
        timeZone: tenant.time_zone,
      };
    },
  );
};
