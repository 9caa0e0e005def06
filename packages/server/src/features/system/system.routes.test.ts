import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { loadConfig } from '../../config';
import type { Database } from '../../infra/db/database';
import { openTestDatabase } from '../../infra/db/test-database';

let database: Database;
let app: FastifyInstance;

beforeAll(async () => {
  database = await openTestDatabase();
  app = await buildApp({
    config: loadConfig({ WEB_DIST: '/nonexistent' }),
    database,
    logger: false,
  });
});
afterAll(async () => {
  await app.close();
  await database.close();
});

describe('system routes', () => {
  it('/health answers ok', async () => {
    const response = await app.inject({ method: 'GET', url: '/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('/ready answers ready once the database is migrated', async () => {
    const response = await app.inject({ method: 'GET', url: '/ready' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ready' });
  });

  it('answers an unknown route with a problem+json 404 and a request id', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/api/nope',
      headers: { 'accept-language': 'en' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const body = response.json();
    expect(body).toMatchObject({
      code: 'NOT_FOUND',
      status: 404,
      type: 'https://paht.vn/problems/not-found',
    });
    expect(body.message.vi).toMatch(/Không tìm thấy/);
    expect(body.requestId).toBe(response.headers['x-request-id']);
  });

  it('keeps a well-formed incoming X-Request-Id', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/health',
      headers: { 'x-request-id': 'abc-12345678' },
    });
    expect(response.headers['x-request-id']).toBe('abc-12345678');
  });

  it('serves an OpenAPI 3.1 document at /api/docs', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/docs' });
    expect(response.statusCode).toBe(200);
    const doc = response.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/health');
  });
});
