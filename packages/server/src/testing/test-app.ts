import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import type { Database } from '../infra/db/database';
import { openTestDatabase } from '../infra/db/test-database';

export type TestClock = {
  now: () => Date;
  set: (instant: Date | string) => void;
  advance: (ms: number) => void;
};

export function testClock(start: Date | string = '2026-03-02T02:00:00Z'): TestClock {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (instant) => {
      current = new Date(instant);
    },
    advance: (ms) => {
      current = new Date(current.getTime() + ms);
    },
  };
}

export type TestApp = {
  app: FastifyInstance;
  database: Database;
  clock: TestClock;
  close: () => Promise<void>;
};

/** The real app on a fresh database (PGlite, or PostgreSQL with TEST_DATABASE_URL), injected over HTTP. */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await openTestDatabase();
  const clock = testClock();
  const config = loadConfig({
    WEB_DIST: '/nonexistent',
    // Stored files and .eml mail of a test never land in the developer's ./data.
    DATA_DIR: mkdtempSync(path.join(tmpdir(), 'paht-test-')),
    LOG_LEVEL: 'silent',
    SIGN_IN_RATE_LIMIT: '1000',
    ...env,
  });
  const app = await buildApp({
    config,
    database,
    now: clock.now,
    logger: env.LOG_LEVEL === 'error',
  });
  await app.ready();
  return {
    app,
    database,
    clock,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/** A signed-in browser: keeps the session cookie and sends the CSRF token on writes. */
export type Session = {
  csrfToken: string;
  cookie: string;
  request: (options: {
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
    url: string;
    payload?: unknown;
    headers?: Record<string, string>;
    csrf?: boolean;
  }) => Promise<LightMyRequestResponse>;
};

export async function signInAs(
  app: FastifyInstance,
  tenantCode: string,
  username: string,
  password: string,
): Promise<Session> {
  const response = await app.inject({
    method: 'POST',
    url: `/t/${tenantCode}/api/auth/sign-in`,
    payload: { username, password },
  });
  if (response.statusCode !== 200) {
    throw new Error(
      `sign-in of ${username}@${tenantCode} failed: ${response.statusCode} ${response.body}`,
    );
  }
  const setCookie = response.cookies.find((c) => c.name === 'paht_session');
  if (!setCookie) {
    throw new Error('no session cookie');
  }
  const cookie = `paht_session=${setCookie.value}`;
  const csrfToken = (response.json() as { csrfToken: string }).csrfToken;
  return {
    csrfToken,
    cookie,
    request: ({ method, url, payload, headers = {}, csrf = true }) =>
      app.inject({
        method,
        url,
        ...(payload !== undefined ? { payload: payload as object } : {}),
        headers: { cookie, ...(csrf ? { 'x-csrf-token': csrfToken } : {}), ...headers },
      }),
  };
}
