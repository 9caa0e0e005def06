import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config';
import type { Database } from './infra/db/database';
import { AppError } from './infra/http/app-error';
import { errorHandler, sendProblem } from './infra/http/problem';
import { authRoutes } from './features/accounts/auth.routes';
import { userRoutes } from './features/accounts/users.routes';
import { apiKeyRoutes } from './features/api-keys/api-keys.routes';
import { areaRoutes } from './features/areas/areas.routes';
import { calendarRoutes } from './features/calendar/calendar.routes';
import { fieldRoutes } from './features/fields/fields.routes';
import { orgUnitRoutes } from './features/organisation/org-units.routes';
import { reportRoutes } from './features/reports/reports.routes';
import { attachmentRoutes } from './features/attachments/attachments.routes';
import { inboxRoutes } from './features/inbox/inbox.routes';
import { publicReportRoutes } from './features/public-reports/public-reports.routes';
import { duplicateRoutes } from './features/duplicates/duplicates.routes';
import { auditRoutes } from './features/audit/audit.routes';
import { systemRoutes } from './features/system/system.routes';
import { tenantRoutes } from './features/tenants/tenant.routes';
import { authContext } from './infra/http/auth-context';
import { rewriteTenantUrl, tenantContext } from './infra/http/tenant-context';

export type AppDeps = {
  config: Config;
  database: Database;
  /** The clock of every use case; tests pass a controllable one. */
  now?: () => Date;
  logger?: boolean;
};

/** Every registered route with its access rule: the permission-table test walks this. */
export type RouteEntry = {
  method: string;
  url: string;
  permission: string | null;
  isPublic: boolean;
};

declare module 'fastify' {
  // Declaration merging needs an interface here.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface FastifyInstance {
    deps: Required<Omit<AppDeps, 'logger'>>;
    routeCatalogue: RouteEntry[];
  }
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Builds the whole HTTP application; used by `main.ts` and by every server test. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger === false ? false : { level: deps.config.logLevel },
    // Honour a caller's X-Request-Id (a reverse proxy's) when it is well-formed, so one id
    // follows a request through every log.
    genReqId: (request) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    requestIdHeader: false,
    trustProxy: deps.config.trustProxy,
    bodyLimit: 1024 * 1024,
    rewriteUrl: (raw) => rewriteTenantUrl(raw),
  }).withTypeProvider<ZodTypeProvider>();

  app.decorate('deps', {
    config: deps.config,
    database: deps.database,
    now: deps.now ?? (() => new Date()),
  });
  const routeCatalogue: RouteEntry[] = [];
  app.decorate('routeCatalogue', routeCatalogue);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method !== 'HEAD') {
        routeCatalogue.push({
          method,
          url: route.url,
          permission: route.config?.permission ?? null,
          isPublic: route.config?.public === true,
        });
      }
    }
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
  });

  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    global: false,
    // RATE_LIMITS=false (a load test from one address): every request is let through.
    ...(deps.config.rateLimits ? {} : { allowList: () => true }),
  });
  await app.register(tenantContext);
  await app.register(authContext);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'PAHT API',
        version: '0.1.0',
        description:
          'Hệ thống phản ánh hiện trường — citizen field reports. Errors are application/problem+json (RFC 9457) with Vietnamese and English messages.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'paht_session' },
          apiKey: { type: 'http', scheme: 'bearer', description: 'Integration API key' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });

  await app.register(systemRoutes);
  await app.register(tenantRoutes);
  await app.register(authRoutes);
  await app.register(userRoutes);
  await app.register(orgUnitRoutes);
  await app.register(fieldRoutes);
  await app.register(areaRoutes);
  await app.register(calendarRoutes);
  await app.register(apiKeyRoutes);
  await app.register(reportRoutes);
  await app.register(attachmentRoutes);
  await app.register(inboxRoutes);
  await app.register(publicReportRoutes);
  await app.register(duplicateRoutes);
  await app.register(auditRoutes);

  app.get('/api/docs', { schema: { hide: true } }, async () => app.swagger());

  await serveWeb(app, deps.config.webDist);
  return app;
}

/** Serves the built single-page app, with index.html for every non-API path it does not know. */
async function serveWeb(app: FastifyInstance, webDist: string): Promise<void> {
  const hasWeb = existsSync(path.join(webDist, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false, index: false });
  }
  app.setNotFoundHandler((request, reply) => {
    const isApi =
      !hasWeb ||
      request.method !== 'GET' ||
      /^\/(api|open311|health|ready|t\/[^/]+\/(api|open311))(\/|$|\?)/.test(request.url) ||
      /\.[a-z0-9]+$/i.test(request.url.split('?')[0] ?? '');
    if (isApi) {
      return sendProblem(
        reply,
        new AppError('NOT_FOUND', `No route ${request.method} ${request.url}`),
      );
    }
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  });
}
