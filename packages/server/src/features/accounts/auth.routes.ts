import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../infra/http/app-error';
import { SESSION_COOKIE } from '../../infra/http/auth-context';
import { requireTenant } from '../../infra/http/tenant-context';
import { changePasswordSchema, sessionResponseSchema, signInSchema } from './account.schemas';
import { presentSession } from './account.presenter';
import { changePassword } from './change-password';
import { deleteSession } from './session.queries';
import { signIn } from './sign-in';
import { getUserWithUnit } from './user.queries';
import { requireUser } from './require-user';

const tags = ['accounts'];

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { config } = app.deps;

  app.post(
    '/api/auth/sign-in',
    {
      schema: {
        tags,
        summary: 'Staff sign-in: opens a session (HTTP-only cookie) and returns the CSRF token',
        body: signInSchema,
        response: { 200: sessionResponseSchema },
      },
      config: {
        public: true,
        rateLimit: {
          max: config.signInRateLimit,
          timeWindow: '1 minute',
          keyGenerator: (request) => `${request.tenant?.id ?? '-'}:${request.ip}`,
        },
      },
    },
    async (request, reply) => {
      const tenant = requireTenant(request);
      // Login CSRF: a browser always sends Origin on a cross-site POST; refuse foreign origins.
      const origin = request.headers.origin;
      if (origin && origin !== 'null' && new URL(origin).host !== request.headers.host) {
        throw new AppError('CSRF_FAILED', `foreign origin ${origin}`);
      }
      const { db } = app.deps.database;
      const result = await signIn(
        db,
        tenant,
        {
          ...request.body,
          ip: request.ip,
          userAgent: request.headers['user-agent']?.slice(0, 300) ?? null,
        },
        { now: app.deps.now(), sessionTtlHours: config.sessionTtlHours },
      );
      reply.setCookie(SESSION_COOKIE, result.sessionToken, {
        path: request.tenantPathPrefix || '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: config.secureCookies,
        expires: result.expiresAt,
      });
      const user = await getUserWithUnit(db, tenant.id, result.userId);
      if (!user) {
        throw new AppError('INTERNAL', 'signed-in user vanished');
      }
      return presentSession(user, result);
    },
  );

  app.get(
    '/api/auth/session',
    {
      schema: {
        tags,
        summary: 'The signed-in user and the CSRF token',
        response: { 200: sessionResponseSchema },
      },
      config: { permission: 'account.self' },
    },
    async (request) => {
      const actor = requireUser(request.actor);
      const user = await getUserWithUnit(app.deps.database.db, actor.tenantId, actor.userId);
      if (!user) {
        throw new AppError('UNAUTHENTICATED', 'user vanished');
      }
      return presentSession(user, { csrfToken: actor.csrfToken, expiresAt: null });
    },
  );

  app.post(
    '/api/auth/sign-out',
    {
      schema: { tags, summary: 'Ends the current session' },
      config: { permission: 'account.self' },
    },
    async (request, reply) => {
      const actor = requireUser(request.actor);
      await deleteSession(app.deps.database.db, actor.sessionId);
      reply.clearCookie(SESSION_COOKIE, { path: request.tenantPathPrefix || '/' });
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/auth/password',
    {
      schema: {
        tags,
        summary: 'Changes one’s own password; other sessions end',
        body: changePasswordSchema,
      },
      config: { permission: 'account.self' },
    },
    async (request, reply) => {
      const actor = requireUser(request.actor);
      await changePassword(app.deps.database.db, actor, request.body, app.deps.now());
      return reply.status(204).send();
    },
  );
};
