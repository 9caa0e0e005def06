import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Tenant } from '../db/schema';
import { findTenantByCode, findTenantByHost } from '../../features/tenants/tenant.queries';
import { AppError } from './app-error';

/**
 * Every request resolves its tenant before anything else (ARCHITECTURE.md "Data"):
 * 1. a path prefix `/t/{code}/…`, stripped before routing so one route serves both forms;
 * 2. else the Host header, matched against tenants.hosts;
 * 3. else DEFAULT_TENANT.
 * Routes that need a tenant call `requireTenant(request)`; an unresolved tenant is a 404.
 */
const PREFIX = /^\/t\/([a-z0-9][a-z0-9-]{1,39})(?=\/|$|\?)/;
const CACHE_TTL_MS = 30_000;

type RawWithTenant = { pahtTenantCode?: string };

declare module 'fastify' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface FastifyRequest {
    tenant: Tenant | null;
    /** How the tenant was named: its `/t/{code}` prefix (cookies are scoped to it) or host. */
    tenantPathPrefix: string;
  }
}

/** Fastify `rewriteUrl`: strips `/t/{code}` and remembers the code on the raw request. */
export function rewriteTenantUrl(raw: { url?: string }): string {
  const url = raw.url ?? '/';
  const match = PREFIX.exec(url);
  if (!match?.[1]) {
    return url;
  }
  (raw as RawWithTenant).pahtTenantCode = match[1];
  const rest = url.slice(match[0].length);
  return rest === '' || rest.startsWith('?') ? `/${rest}` : rest;
}

export function requireTenant(request: FastifyRequest): Tenant {
  if (!request.tenant) {
    throw new AppError('TENANT_NOT_FOUND', 'request names no known tenant');
  }
  return request.tenant;
}

async function tenantContextPlugin(app: FastifyInstance): Promise<void> {
  const cache = new Map<string, { tenant: Tenant | undefined; at: number }>();
  const cached = async (key: string, load: () => Promise<Tenant | undefined>) => {
    const hit = cache.get(key);
    if (hit && Date.now() - hit.at < CACHE_TTL_MS) {
      return hit.tenant;
    }
    const tenant = await load();
    cache.set(key, { tenant, at: Date.now() });
    return tenant;
  };
  app.decorate('invalidateTenantCache', () => cache.clear());
  app.decorateRequest('tenant', null);
  app.decorateRequest('tenantPathPrefix', '');

  app.addHook('onRequest', async (request) => {
    const { db } = app.deps.database;
    const code = (request.raw as RawWithTenant).pahtTenantCode;
    if (code) {
      request.tenant = (await cached(`code:${code}`, () => findTenantByCode(db, code))) ?? null;
      request.tenantPathPrefix = `/t/${code}`;
      return;
    }
    const host = request.hostname.split(':')[0]?.toLowerCase() ?? '';
    const byHost = host
      ? await cached(`host:${host}`, () => findTenantByHost(db, host))
      : undefined;
    if (byHost) {
      request.tenant = byHost;
      return;
    }
    const fallback = app.deps.config.defaultTenant;
    if (fallback) {
      request.tenant =
        (await cached(`code:${fallback}`, () => findTenantByCode(db, fallback))) ?? null;
    }
  });
}

declare module 'fastify' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface FastifyInstance {
    invalidateTenantCache: () => void;
  }
}

export const tenantContext = fp(tenantContextPlugin, { name: 'tenant-context' });
