import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireTenant } from '../../infra/http/tenant-context';
import { findPublicMap, findPublicReports } from './find-public-reports';
import { presentPublicList, presentPublicMap } from './public-reports.presenter';
import type { BoundingBox } from './public-reports.queries';

const tags = ['public'];
const instantOrDate = z.union([z.iso.datetime({ offset: true }), z.iso.date()]);
const publicLimit = { max: 120, timeWindow: '1 minute' } as const;

/** A published report is answered, or answered with a follow-up question open. */
const PUBLISHED_STATES = ['answered', 'follow_up_open'] as const;

const bboxSchema = z
  .string()
  .max(100)
  .transform((raw) => raw.split(',').map((part) => Number(part.trim())))
  .pipe(
    z
      .tuple([
        z.number().min(-180).max(180),
        z.number().min(-90).max(90),
        z.number().min(-180).max(180),
        z.number().min(-90).max(90),
      ])
      .refine(([minLon, minLat, maxLon, maxLat]) => minLon <= maxLon && minLat <= maxLat, {
        message: 'bbox is minLon,minLat,maxLon,maxLat with min ≤ max',
      }),
  )
  .transform((box): BoundingBox => box);

const code = z.string().trim().min(1).max(60);
const filterQuery = z.object({
  field: code.optional(),
  area: code.optional(),
  state: z
    .union([z.string(), z.array(z.string())])
    .transform((raw) => (Array.isArray(raw) ? raw : [raw]).flatMap((v) => v.split(',')))
    .pipe(z.array(z.enum(PUBLISHED_STATES)))
    .optional(),
  from: instantOrDate.optional(),
  to: instantOrDate.optional(),
  q: z.string().max(200).optional(),
});

const featureSchema = z.object({
  type: z.literal('Feature'),
  geometry: z.object({ type: z.literal('Point'), coordinates: z.array(z.number()) }),
  properties: z.record(z.string(), z.unknown()),
});

export const publicReportRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;

  app.get(
    '/api/public/reports',
    {
      schema: {
        tags,
        summary:
          'Published reports, newest published first: filters by field and area code, state, publication period (`from`, `to`), bounding box `bbox=minLon,minLat,maxLon,maxLat` and diacritic-insensitive `q`; `nextCursor` pages on. The reporter’s name only where the profile allows it.',
        querystring: filterQuery.extend({
          bbox: bboxSchema.optional(),
          cursor: z.string().max(400).optional(),
          limit: z.coerce.number().int().min(1).max(100).default(20),
        }),
        response: {
          200: z.object({
            items: z.array(z.record(z.string(), z.unknown())),
            nextCursor: z.string().nullable(),
          }),
        },
      },
      config: { public: true, rateLimit: publicLimit },
    },
    async (request) => {
      const q = request.query;
      const page = await findPublicReports(db(), requireTenant(request), {
        fieldCode: q.field,
        areaCode: q.area,
        states: q.state,
        from: q.from,
        to: q.to,
        bbox: q.bbox,
        q: q.q,
        cursor: q.cursor,
        limit: q.limit,
      });
      return presentPublicList(page);
    },
  );

  app.get(
    '/api/public/reports/map',
    {
      schema: {
        tags,
        summary:
          'Published reports located in a bounding box as a GeoJSON FeatureCollection, at most `limit` (default 500, at most 1000): all of them when the box holds fewer, else an even spatial sample over an 8 × 8 grid with `isTruncated` — zoom in for the rest. The list’s filters apply.',
        querystring: filterQuery.extend({
          bbox: bboxSchema,
          limit: z.coerce.number().int().min(1).max(1000).default(500),
        }),
        response: {
          200: z.object({
            type: z.literal('FeatureCollection'),
            features: z.array(featureSchema),
            limit: z.number(),
            isTruncated: z.boolean(),
          }),
        },
      },
      config: { public: true, rateLimit: publicLimit },
    },
    async (request, reply) => {
      const q = request.query;
      const map = await findPublicMap(db(), requireTenant(request), {
        fieldCode: q.field,
        areaCode: q.area,
        states: q.state,
        from: q.from,
        to: q.to,
        bbox: q.bbox,
        q: q.q,
        limit: q.limit,
      });
      return reply.type('application/geo+json').send(presentPublicMap(map));
    },
  );
};
