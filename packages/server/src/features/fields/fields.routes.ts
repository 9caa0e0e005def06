import { cleanLine } from '@paht/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Field } from '../../infra/db/schema';
import { notFound, validationFailed } from '../../infra/http/app-error';
import { authorize, authorizeList } from '../../infra/http/authorize';
import { codeSchema, idParamsSchema } from '../organisation/organisation.schemas';
import { getOrgUnit } from '../organisation/org-unit.queries';

const tags = ['fields'];
const fastTrackSchema = z.enum(['urban_infrastructure', 'emergency']);
const text = (max: number) => z.string().trim().min(1, 'required').max(max, 'text.too_long');

const createFieldSchema = z.object({
  code: codeSchema,
  name: text(200),
  nameEn: text(200).nullable().optional(),
  defaultAgencyId: z.uuid().nullable().optional(),
  fastTrack: fastTrackSchema.nullable().optional(),
  icon: z.string().trim().max(50).nullable().optional(),
  sortOrder: z.number().int().min(0).max(10_000).optional(),
});
const updateFieldSchema = createFieldSchema
  .omit({ code: true })
  .partial()
  .extend({ isActive: z.boolean().optional() });

const fieldSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  defaultAgencyId: z.uuid().nullable(),
  fastTrack: fastTrackSchema.nullable(),
  icon: z.string().nullable(),
  sortOrder: z.number(),
  isActive: z.boolean(),
});

function presentField(field: Field): z.infer<typeof fieldSchema> {
  return {
    id: field.id,
    code: field.code,
    name: field.name,
    nameEn: field.name_en,
    defaultAgencyId: field.default_agency_id,
    fastTrack: field.fast_track,
    icon: field.icon,
    sortOrder: field.sort_order,
    isActive: field.is_active,
  };
}

const agencyNotFound = () =>
  validationFailed([
    {
      path: 'body.defaultAgencyId',
      code: 'not_found',
      message: {
        vi: 'Không tìm thấy cơ quan xử lý mặc định.',
        en: 'The default agency was not found.',
      },
    },
  ]);

/** Fields (lĩnh vực): what a report is about, and which agency leads it by default. */
export const fieldRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;

  app.get(
    '/api/fields',
    {
      schema: {
        tags,
        summary: 'Fields of the tenant, in display order',
        querystring: z.object({ includeInactive: z.stringbool().optional() }),
        response: { 200: z.object({ items: z.array(fieldSchema) }) },
      },
      config: { permission: 'fields.read' },
    },
    async (request) => {
      const { tenantId } = authorizeList(request.actor, 'fields.read');
      let query = db().selectFrom('fields').selectAll().where('tenant_id', '=', tenantId);
      if (!request.query.includeInactive) {
        query = query.where('is_active', '=', true);
      }
      const rows = await query.orderBy('sort_order').orderBy('name').execute();
      return { items: rows.map(presentField) };
    },
  );

  app.post(
    '/api/fields',
    {
      schema: {
        tags,
        summary: 'Create a field',
        body: createFieldSchema,
        response: { 201: fieldSchema },
      },
      config: { permission: 'fields.manage' },
    },
    async (request, reply) => {
      const staff = authorize(request.actor, 'fields.manage');
      const input = request.body;
      if (
        input.defaultAgencyId &&
        !(await getOrgUnit(db(), staff.tenantId, input.defaultAgencyId))
      ) {
        throw agencyNotFound();
      }
      const row = await db()
        .insertInto('fields')
        .values({
          tenant_id: staff.tenantId,
          code: input.code,
          name: cleanLine(input.name),
          name_en: input.nameEn ? cleanLine(input.nameEn) : null,
          default_agency_id: input.defaultAgencyId ?? null,
          fast_track: input.fastTrack ?? null,
          icon: input.icon ?? null,
          sort_order: input.sortOrder ?? 0,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return reply.status(201).send(presentField(row));
    },
  );

  app.patch(
    '/api/fields/:id',
    {
      schema: {
        tags,
        summary: 'Edit or deactivate a field',
        params: idParamsSchema,
        body: updateFieldSchema,
        response: { 200: fieldSchema },
      },
      config: { permission: 'fields.manage' },
    },
    async (request) => {
      const staff = authorize(request.actor, 'fields.manage');
      const input = request.body;
      if (
        input.defaultAgencyId &&
        !(await getOrgUnit(db(), staff.tenantId, input.defaultAgencyId))
      ) {
        throw agencyNotFound();
      }
      const row = await db()
        .updateTable('fields')
        .set({
          ...(input.name !== undefined ? { name: cleanLine(input.name) } : {}),
          ...(input.nameEn !== undefined ? { name_en: input.nameEn } : {}),
          ...(input.defaultAgencyId !== undefined
            ? { default_agency_id: input.defaultAgencyId }
            : {}),
          ...(input.fastTrack !== undefined ? { fast_track: input.fastTrack } : {}),
          ...(input.icon !== undefined ? { icon: input.icon } : {}),
          ...(input.sortOrder !== undefined ? { sort_order: input.sortOrder } : {}),
          ...(input.isActive !== undefined ? { is_active: input.isActive } : {}),
        })
        .where('tenant_id', '=', staff.tenantId)
        .where('id', '=', request.params.id)
        .returningAll()
        .executeTakeFirst();
      if (!row) {
        throw notFound('field');
      }
      return presentField(row);
    },
  );
};
