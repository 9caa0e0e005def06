import { fold } from '@paht/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../../infra/http/app-error';
import { authorize, authorizeList } from '../../infra/http/authorize';
import { idParamsSchema } from '../organisation/organisation.schemas';
import { userSchema } from './account.schemas';
import { presentUser } from './account.presenter';
import { createUser, resetUserPassword, updateUserAccount } from './save-user';
import { findUsers, getUserWithUnit } from './user.queries';
import {
  createUserSchema,
  listUsersQuerySchema,
  resetPasswordSchema,
  updateUserSchema,
} from './user-admin.schemas';

const tags = ['accounts'];

export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;

  app.get(
    '/api/users',
    {
      schema: {
        tags,
        summary: 'Staff accounts (admins and supervisors: all; leaders: their own agency)',
        querystring: listUsersQuerySchema,
        response: { 200: z.object({ items: z.array(userSchema) }) },
      },
      config: { permission: 'users.read' },
    },
    async (request) => {
      const scope = authorizeList(request.actor, 'users.read');
      const { q, ...rest } = request.query;
      const rows = await findUsers(db(), scope, { ...rest, q: q ? fold(q) : undefined });
      return { items: rows.map(presentUser) };
    },
  );

  app.get(
    '/api/users/:id',
    {
      schema: {
        tags,
        summary: 'One account',
        params: idParamsSchema,
        response: { 200: userSchema },
      },
      config: { permission: 'users.read' },
    },
    async (request) => {
      const tenantId = authorizeList(request.actor, 'users.read').tenantId;
      const user = await getUserWithUnit(db(), tenantId, request.params.id);
      if (!user) {
        throw notFound('user');
      }
      authorize(request.actor, 'users.read', {
        tenantId: user.tenant_id,
        orgUnitId: user.org_unit_id,
      });
      return presentUser(user);
    },
  );

  app.post(
    '/api/users',
    {
      schema: {
        tags,
        summary: 'Create an account',
        body: createUserSchema,
        response: { 201: userSchema },
      },
      config: { permission: 'users.manage' },
    },
    async (request, reply) =>
      reply.status(201).send(presentUser(await createUser(db(), request.actor, request.body))),
  );

  app.patch(
    '/api/users/:id',
    {
      schema: {
        tags,
        summary: 'Edit roles, unit, contact; deactivate; unlock',
        params: idParamsSchema,
        body: updateUserSchema,
        response: { 200: userSchema },
      },
      config: { permission: 'users.manage' },
    },
    async (request) =>
      presentUser(await updateUserAccount(db(), request.actor, request.params.id, request.body)),
  );

  app.post(
    '/api/users/:id/password',
    {
      schema: {
        tags,
        summary: 'Set a new password for an account',
        params: idParamsSchema,
        body: resetPasswordSchema,
      },
      config: { permission: 'users.manage' },
    },
    async (request, reply) => {
      await resetUserPassword(
        db(),
        request.actor,
        request.params.id,
        request.body.newPassword,
        app.deps.now(),
      );
      return reply.status(204).send();
    },
  );
};
