import path from 'node:path';

/**
 * The server's whole configuration, read once from the environment. Every variable is documented
 * in the README ("Configuration") with its default; an invalid value stops the start with a clear
 * message rather than a surprise later.
 */
export type Config = {
  port: number;
  host: string;
  dataDir: string;
  /** Unset: embedded PGlite under `dataDir/pg`. */
  databaseUrl: string | undefined;
  /** Loads the five demo tenants on start (idempotent). */
  demoData: boolean;
  /** Runs background workers inside the server process. */
  workers: boolean;
  logLevel: string;
  /** Secure cookies (HTTPS only). Defaults on when NODE_ENV=production. */
  secureCookies: boolean;
  /** Tenant for requests whose host matches no tenant and carry no /t/{code} prefix. */
  defaultTenant: string | undefined;
  /** Path of the built web app to serve; unset or missing = API only. */
  webDist: string;
  sessionTtlHours: number;
  /** Sign-in attempts per minute per address and tenant. */
  signInRateLimit: number;
  /**
   * Per-address request limits of the public and sign-in routes (RATE_LIMITS, default on). Only a
   * load test from one address turns them off; production keeps them.
   */
  rateLimits: boolean;
  /** Connections of the pool to a real PostgreSQL server (DATABASE_POOL_SIZE, default 10). */
  databasePoolSize: number;
  /** The address citizens reach the portal at; links in e-mails and SMS use it. */
  publicUrl: string;
  /** smtp://user:pass@host:port; unset = e-mails written as .eml files under DATA_DIR/mail. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** HTTP SMS gateway (POST JSON {to, text}); unset = messages written under DATA_DIR/sms. */
  smsGatewayUrl: string | undefined;
  smsGatewayToken: string | undefined;
  /** The share of a step's time after which the sweeper reminds its unit (0–1). */
  remindFraction: number;
  /** How often the deadline sweeper and the outbox worker look for work. */
  workerIntervalMs: number;
  /**
   * Believe X-Forwarded-For / -Proto (only behind a reverse proxy: otherwise anyone could choose
   * their address and slip past the sign-in rate limit).
   */
  trustProxy: boolean;
};

function fraction(name: string, fallback: number, env: NodeJS.ProcessEnv): number {
  const raw = env[name];
  if (raw === undefined || raw === '') {
    return fallback;
  }
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0 || value >= 1) {
    throw new Error(`${name} must be a number between 0 and 1 (exclusive), got "${raw}"`);
  }
  return value;
}

function int(name: string, fallback: number, env: NodeJS.ProcessEnv): number {
  const raw = env[name];
  if (raw === undefined || raw === '') {
    return fallback;
  }
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  }
  return value;
}

function bool(name: string, fallback: boolean, env: NodeJS.ProcessEnv): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') {
    return fallback;
  }
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) {
    return true;
  }
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) {
    return false;
  }
  throw new Error(`${name} must be true or false, got "${raw}"`);
}

const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = path.resolve(REPO_ROOT, env.DATA_DIR ?? './data');
  return {
    port: int('PORT', 3000, env),
    host: env.HOST ?? '127.0.0.1',
    dataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    demoData: bool('DEMO_DATA', true, env),
    workers: bool('WORKERS', true, env),
    logLevel: env.LOG_LEVEL ?? 'info',
    secureCookies: bool('SECURE_COOKIES', env.NODE_ENV === 'production', env),
    defaultTenant: env.DEFAULT_TENANT || undefined,
    webDist: path.resolve(REPO_ROOT, env.WEB_DIST ?? 'packages/web/dist'),
    sessionTtlHours: int('SESSION_TTL_HOURS', 12, env),
    signInRateLimit: int('SIGN_IN_RATE_LIMIT', 10, env),
    rateLimits: bool('RATE_LIMITS', true, env),
    databasePoolSize: Math.max(1, int('DATABASE_POOL_SIZE', 10, env)),
    publicUrl: (env.PUBLIC_URL || `http://localhost:${int('PORT', 3000, env)}`).replace(/\/+$/, ''),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || 'PAHT <no-reply@paht.localhost>',
    smsGatewayUrl: env.SMS_GATEWAY_URL || undefined,
    smsGatewayToken: env.SMS_GATEWAY_TOKEN || undefined,
    remindFraction: fraction('REMIND_FRACTION', 0.75, env),
    workerIntervalMs: int('WORKER_INTERVAL_MS', 15_000, env),
    trustProxy: bool('TRUST_PROXY', false, env),
  };
}
