import { cleanLine, fold } from '@paht/domain';
import { sql } from 'kysely';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Area } from '../../infra/db/schema';
import { notFound, validationFailed } from '../../infra/http/app-error';
import { authorize, authorizeList } from '../../infra/http/authorize';
import { idParamsSchema } from '../organisation/organisation.schemas';

const tags = ['areas'];
const levelSchema = z.enum(['province', 'ward', 'commune', 'special_zone', 'other']);
const geoJsonSchema = z
  .object({ type: z.enum(['Polygon', 'MultiPolygon']), coordinates: z.array(z.unknown()) })
  .loose();

const createAreaSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z-]{1,20}$/, 'code.invalid'),
  name: z.string().trim().min(1, 'required').max(200, 'text.too_long'),
  level: levelSchema,
  parentId: z.uuid().nullable().optional(),
  boundary: geoJsonSchema.nullable().optional(),
  source: z.string().trim().max(200).nullable().optional(),
});
const updateAreaSchema = createAreaSchema
  .omit({ code: true })
  .partial()
  .extend({ isActive: z.boolean().optional() });

const areaSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  level: levelSchema,
  parentId: z.uuid().nullable(),
  hasBoundary: z.boolean(),
  source: z.string().nullable(),
  isActive: z.boolean(),
});

function presentArea(area: Area): z.infer<typeof areaSchema> {
  return {
    id: area.id,
    code: area.code,
    name: area.name,
    level: area.level,
    parentId: area.parent_id,
    hasBoundary: area.boundary !== null,
    source: area.source,
    isActive: area.is_active,
  };
}

/** Administrative units (province → communes/wards since 1 July 2025), edited as data. */
export const areaRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;

  app.get(
    '/api/areas',
    {
      schema: {
        tags,
        summary: 'Areas; `q` matches names ignoring diacritics',
        querystring: z.object({
          q: z.string().trim().max(100).optional(),
          level: levelSchema.optional(),
          parentId: z.uuid().optional(),
          limit: z.coerce.number().int().min(1).max(5000).default(500),
        }),
        response: { 200: z.object({ items: z.array(areaSchema) }) },
      },
      config: { permission: 'areas.read' },
    },
    async (request) => {
      const { tenantId } = authorizeList(request.actor, 'areas.read');
      const { q, level, parentId, limit } = request.query;
      let query = db().selectFrom('areas').selectAll().where('tenant_id', '=', tenantId);
      if (level) {
        query = query.where('level', '=', level);
      }
      if (parentId) {
        query = query.where('parent_id', '=', parentId);
      }
      if (q) {
        query = query.where(sql<boolean>`vn_fold(name) like ${`%${fold(q)}%`}`);
      }
      const rows = await query.orderBy('level').orderBy('name').limit(limit).execute();
      return { items: rows.map(presentArea) };
    },
  );

  app.post(
    '/api/areas',
    {
      schema: {
        tags,
        summary: 'Create an area',
        body: createAreaSchema,
        response: { 201: areaSchema },
      },
      config: { permission: 'areas.manage' },
    },
    async (request, reply) => {
      const staff = authorize(request.actor, 'areas.manage');
      const input = request.body;
      await checkParent(staff.tenantId, input.parentId ?? null);
      const row = await db()
        .insertInto('areas')
        .values({
          tenant_id: staff.tenantId,
          code: input.code,
          name: cleanLine(input.name),
          level: input.level,
          parent_id: input.parentId ?? null,
          boundary: input.boundary ? JSON.stringify(input.boundary) : null,
          source: input.source ?? null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return reply.status(201).send(presentArea(row));
    },
  );

  app.patch(
    '/api/areas/:id',
    {
      schema: {
        tags,
        summary: 'Rename, re-parent, set the boundary of, or deactivate an area',
        params: idParamsSchema,
        body: updateAreaSchema,
        response: { 200: areaSchema },
      },
      config: { permission: 'areas.manage' },
    },
    async (request) => {
      const staff = authorize(request.actor, 'areas.manage');
      const input = request.body;
      if (input.parentId) {
        await checkParent(staff.tenantId, input.parentId);
      }
      const row = await db()
        .updateTable('areas')
        .set({
          ...(input.name !== undefined ? { name: cleanLine(input.name) } : {}),
          ...(input.level !== undefined ? { level: input.level } : {}),
          ...(input.parentId !== undefined ? { parent_id: input.parentId } : {}),
          ...(input.boundary !== undefined
            ? { boundary: input.boundary ? JSON.stringify(input.boundary) : null }
            : {}),
          ...(input.source !== undefined ? { source: input.source } : {}),
          ...(input.isActive !== undefined ? { is_active: input.isActive } : {}),
        })
        .where('tenant_id', '=', staff.tenantId)
        .where('id', '=', request.params.id)
        .returningAll()
        .executeTakeFirst();
      if (!row) {
        throw notFound('area');
      }
      return presentArea(row);
    },
  );

  async function checkParent(tenantId: string, parentId: string | null): Promise<void> {
    if (!parentId) {
      return;
    }
    const parent = await db()
      .selectFrom('areas')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where('id', '=', parentId)
      .executeTakeFirst();
    if (!parent) {
      throw validationFailed([
        {
          path: 'body.parentId',
          code: 'not_found',
          message: {
            vi: 'Không tìm thấy đơn vị hành chính cấp trên.',
            en: 'The parent area was not found.',
          },
        },
      ]);
    }
  }
};
