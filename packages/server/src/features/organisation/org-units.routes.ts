import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../../infra/http/app-error';
import { authorizeList } from '../../infra/http/authorize';
import { orgUnitKindSchema } from '../accounts/account.schemas';
import {
  createOrgUnitSchema,
  idParamsSchema,
  orgUnitSchema,
  updateOrgUnitSchema,
} from './organisation.schemas';
import { presentOrgUnit } from './org-unit.presenter';
import { findOrgUnits, getOrgUnit } from './org-unit.queries';
import { createOrgUnit, updateOrgUnit } from './save-org-unit';

const tags = ['organisation'];

export const orgUnitRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;

  app.get(
    '/api/org-units',
    {
      schema: {
        tags,
        summary:
          'Organisation units of the tenant (intake center, departments, communes, utilities …)',
        querystring: z.object({
          kind: orgUnitKindSchema.optional(),
          includeInactive: z.stringbool().optional(),
        }),
        response: { 200: z.object({ items: z.array(orgUnitSchema) }) },
      },
      config: { permission: 'org_units.read' },
    },
    async (request) => {
      const scope = authorizeList(request.actor, 'org_units.read');
      const units = await findOrgUnits(db(), scope.tenantId, request.query);
      return { items: units.map(presentOrgUnit) };
    },
  );

  app.get(
    '/api/org-units/:id',
    {
      schema: {
        tags,
        summary: 'One organisation unit',
        params: idParamsSchema,
        response: { 200: orgUnitSchema },
      },
      config: { permission: 'org_units.read' },
    },
    async (request) => {
      const scope = authorizeList(request.actor, 'org_units.read');
      const unit = await getOrgUnit(db(), scope.tenantId, request.params.id);
      if (!unit) {
        throw notFound('org unit');
      }
      return presentOrgUnit(unit);
    },
  );

  app.post(
    '/api/org-units',
    {
      schema: {
        tags,
        summary: 'Create a unit',
        body: createOrgUnitSchema,
        response: { 201: orgUnitSchema },
      },
      config: { permission: 'org_units.manage' },
    },
    async (request, reply) => {
      const unit = await createOrgUnit(db(), request.actor, request.body);
      return reply.status(201).send(presentOrgUnit(unit));
    },
  );

  app.patch(
    '/api/org-units/:id',
    {
      schema: {
        tags,
        summary: 'Edit or deactivate a unit',
        params: idParamsSchema,
        body: updateOrgUnitSchema,
        response: { 200: orgUnitSchema },
      },
      config: { permission: 'org_units.manage' },
    },
    async (request) =>
      presentOrgUnit(await updateOrgUnit(db(), request.actor, request.params.id, request.body)),
  );
};
