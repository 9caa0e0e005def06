import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Kysely } from 'kysely';
import type { DB } from '../../infra/db/schema';
import { notFound, validationFailed } from '../../infra/http/app-error';
import { authorize } from '../../infra/http/authorize';
import { API_KEY_SCOPES } from '../../infra/http/permissions';
import { randomToken, sha256 } from '../../infra/http/tokens';
import { idParamsSchema } from '../organisation/organisation.schemas';
import { getOrgUnit } from '../organisation/org-unit.queries';

const tags = ['api-keys'];
const scopeSchema = z.enum(API_KEY_SCOPES as [string, ...string[]]);

const apiKeySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(z.string()),
  orgUnitId: z.uuid().nullable(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function newPrefix(): string {
  const bytes = randomToken(24);
  return [...bytes]
    .filter((c) => ALPHANUMERIC.includes(c))
    .join('')
    .slice(0, 12)
    .padEnd(12, 'x');
}

async function listKeys(db: Kysely<DB>, tenantId: string) {
  return db
    .selectFrom('api_keys')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .orderBy('created_at', 'desc')
    .execute();
}

/** Integration API keys: shown once at creation, stored as a hash, scoped, revocable. */
export const apiKeyRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  const present = (row: Awaited<ReturnType<typeof listKeys>>[number]) => ({
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes,
    orgUnitId: row.org_unit_id,
    createdAt: row.created_at.toISOString(),
    lastUsedAt: row.last_used_at?.toISOString() ?? null,
    revokedAt: row.revoked_at?.toISOString() ?? null,
  });

  app.get(
    '/api/api-keys',
    {
      schema: {
        tags,
        summary: 'Integration keys (never the secret)',
        response: { 200: z.object({ items: z.array(apiKeySchema) }) },
      },
      config: { permission: 'api_keys.manage' },
    },
    async (request) => {
      const staff = authorize(request.actor, 'api_keys.manage');
      return { items: (await listKeys(db(), staff.tenantId)).map(present) };
    },
  );

  app.post(
    '/api/api-keys',
    {
      schema: {
        tags,
        summary: 'Issue a key; the secret is returned only in this response',
        body: z.object({
          name: z.string().trim().min(1, 'required').max(100, 'text.too_long'),
          scopes: z.array(scopeSchema).min(1, 'required'),
          orgUnitId: z.uuid().nullable().optional(),
        }),
        response: { 201: apiKeySchema.extend({ key: z.string() }) },
      },
      config: { permission: 'api_keys.manage' },
    },
    async (request, reply) => {
      const staff = authorize(request.actor, 'api_keys.manage');
      const { name, scopes, orgUnitId } = request.body;
      if (orgUnitId && !(await getOrgUnit(db(), staff.tenantId, orgUnitId))) {
        throw validationFailed([
          {
            path: 'body.orgUnitId',
            code: 'not_found',
            message: { vi: 'Không tìm thấy đơn vị.', en: 'The unit was not found.' },
          },
        ]);
      }
      const prefix = newPrefix();
      const secret = randomToken(32);
      const row = await db()
        .insertInto('api_keys')
        .values({
          tenant_id: staff.tenantId,
          name,
          prefix,
          key_hash: sha256(secret),
          scopes: [...new Set(scopes)],
          org_unit_id: orgUnitId ?? null,
          created_by: staff.kind === 'user' ? staff.userId : null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return reply.status(201).send({ ...present(row), key: `paht_${prefix}_${secret}` });
    },
  );

  app.delete(
    '/api/api-keys/:id',
    {
      schema: {
        tags,
        summary: 'Revoke a key (at once, for every process)',
        params: idParamsSchema,
      },
      config: { permission: 'api_keys.manage' },
    },
    async (request, reply) => {
      const staff = authorize(request.actor, 'api_keys.manage');
      const row = await db()
        .updateTable('api_keys')
        .set({ revoked_at: app.deps.now() })
        .where('tenant_id', '=', staff.tenantId)
        .where('id', '=', request.params.id)
        .where('revoked_at', 'is', null)
        .returning('id')
        .executeTakeFirst();
      if (!row) {
        throw notFound('api key');
      }
      return reply.status(204).send();
    },
  );
};
