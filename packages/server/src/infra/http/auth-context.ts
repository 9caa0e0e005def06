import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import {
  findApiKeyByPrefix,
  findSessionActor,
  touchApiKey,
  touchSession,
} from '../../features/accounts/session.queries';
import { AppError } from './app-error';
import type { Actor } from './actor';
import { authorize } from './authorize';
import { isPermission } from './permissions';
import type { Permission } from './permissions';
import { safeEqual, sha256 } from './tokens';

export const SESSION_COOKIE = 'paht_session';
export const CSRF_HEADER = 'x-csrf-token';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const TOUCH_EVERY_MS = 60_000;
/** `paht_<prefix>_<secret>`: the prefix finds the row, the secret's hash must match. */
const API_KEY = /^paht_([A-Za-z0-9]{12})_([A-Za-z0-9_-]{32,})$/;

declare module 'fastify' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface FastifyRequest {
    actor: Actor;
    /** True when the actor came from the session cookie (so CSRF applies to writes). */
    isCookieAuth: boolean;
  }
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface FastifyContextConfig {
    /** The permission every caller of this route needs (checked before the handler). */
    permission?: Permission;
    /** Open to anyone, signed in or not. */
    public?: boolean;
  }
}

async function resolveActor(app: FastifyInstance, request: FastifyRequest): Promise<Actor> {
  const tenant = request.tenant;
  const anonymous: Actor = { kind: 'anonymous', tenantId: tenant?.id ?? null };
  if (!tenant) {
    return anonymous;
  }
  const { db } = app.deps.database;
  const now = app.deps.now();
  const authorization = request.headers.authorization;
  if (authorization?.startsWith('Bearer ')) {
    const match = API_KEY.exec(authorization.slice('Bearer '.length).trim());
    const key = match?.[1] ? await findApiKeyByPrefix(db, match[1]) : undefined;
    if (
      !match?.[2] ||
      !key ||
      key.tenant_id !== tenant.id ||
      !safeEqual(key.key_hash, sha256(match[2]))
    ) {
      throw new AppError('UNAUTHENTICATED', 'invalid API key');
    }
    if (!key.last_used_at || now.getTime() - key.last_used_at.getTime() > TOUCH_EVERY_MS) {
      await touchApiKey(db, key.id, now);
    }
    return {
      kind: 'api_key',
      tenantId: key.tenant_id,
      apiKeyId: key.id,
      name: key.name,
      scopes: key.scopes.filter(isPermission),
      orgUnitId: key.org_unit_id,
    };
  }
  const token = request.cookies[SESSION_COOKIE];
  if (!token) {
    return anonymous;
  }
  // A session belongs to one tenant: presented on another tenant's URL it is simply not found.
  const row = await findSessionActor(db, sha256(token), tenant.id, now);
  if (!row) {
    return anonymous;
  }
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await touchSession(db, row.sessionId, now);
  }
  request.isCookieAuth = true;
  return {
    kind: 'user',
    tenantId: row.tenantId,
    userId: row.userId,
    username: row.username,
    displayName: row.displayName,
    roles: row.roles,
    orgUnitId: row.orgUnitId,
    orgUnitKind: row.orgUnitKind,
    sessionId: row.sessionId,
    csrfToken: row.csrfToken,
  };
}

async function authContextPlugin(app: FastifyInstance): Promise<void> {
  app.decorateRequest('actor', null as never);
  app.decorateRequest('isCookieAuth', false);

  // Fail closed: an API route that declares neither a permission nor `public` cannot be registered.
  app.addHook('onRoute', (route) => {
    const isApi = route.url.startsWith('/api/') || route.url.startsWith('/open311/');
    const hidden = route.schema?.hide === true;
    if (isApi && !hidden && !route.config?.permission && route.config?.public !== true) {
      throw new Error(`route ${route.method} ${route.url} declares no permission`);
    }
  });

  app.addHook('onRequest', async (request) => {
    request.actor = await resolveActor(app, request);
  });

  app.addHook('preHandler', async (request) => {
    const config = request.routeOptions.config;
    if (!config.permission) {
      return;
    }
    if (!request.tenant) {
      throw new AppError('TENANT_NOT_FOUND', 'request names no known tenant');
    }
    // CSRF protects what a session cookie authorises; public routes act on no one's authority.
    if (
      request.isCookieAuth &&
      UNSAFE_METHODS.has(request.method) &&
      request.actor.kind === 'user'
    ) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !safeEqual(sent, request.actor.csrfToken)) {
        throw new AppError('CSRF_FAILED', 'missing or wrong CSRF token');
      }
    }
    authorize(request.actor, config.permission);
  });
}

export const authContext = fp(authContextPlugin, {
  name: 'auth-context',
  dependencies: ['tenant-context'],
});
