import { sql } from 'kysely';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../infra/http/app-error';

const healthSchema = z.object({ status: z.literal('ok') });
const readySchema = z.object({
  status: z.literal('ready'),
  database: z.enum(['pglite', 'postgres']),
});

/** Liveness (the process answers) and readiness (the database answers and is migrated). */
export const systemRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    { schema: { tags: ['system'], summary: 'Liveness', response: { 200: healthSchema } } },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/ready',
    {
      schema: {
        tags: ['system'],
        summary: 'Readiness: database reachable and migrated',
        response: { 200: readySchema },
      },
    },
    async () => {
      const { database } = app.deps;
      try {
        await sql`select 1 from kysely_migration limit 1`.execute(database.db);
      } catch (error) {
        throw new AppError('NOT_READY', 'database not ready', { cause: error });
      }
      return { status: 'ready' as const, database: database.kind };
    },
  );
};
