import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { certaVersion, errorEnvelopeSchema, healthSchema } from '@certa/core';
import { latestSchemaVersion } from '@certa/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestApp, type TestApp } from './testing/test-app.ts';

let testApp: TestApp;
let webDir: string;

beforeAll(async () => {
  webDir = mkdtempSync(join(tmpdir(), 'certa-web-'));
  mkdirSync(join(webDir, 'assets'));
  writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Certa</title><div id="root"></div>');
  writeFileSync(join(webDir, 'assets', 'app-1234.js'), 'console.log(1)');
  testApp = await createTestApp({ webDir, bodyLimitBytes: 1024 });
  // A route only for these tests, to exercise body validation and limits through the real pipeline.
});

afterAll(async () => {
  await testApp.close();
  rmSync(webDir, { recursive: true, force: true });
});

describe('GET /api/health', () => {
  it('reports the database kind, schema version and release', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    const body = healthSchema.parse(response.json());
    expect(body).toEqual({
      status: 'ok',
      database: process.env.TEST_DATABASE_URL ? 'postgres' : 'embedded',
      schemaVersion: latestSchemaVersion(),
      version: certaVersion,
    });
  });

  it('sends security headers and a request id', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps a well-formed request id given by a proxy and replaces a malformed one', async () => {
    const kept = await testApp.app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-request-id': 'lb-42.abc' },
    });
    expect(kept.headers['x-request-id']).toBe('lb-42.abc');
    const replaced = await testApp.app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-request-id': 'bad id with spaces\n' },
    });
    expect(replaced.headers['x-request-id']).not.toContain(' ');
  });
});

describe('error envelope', () => {
  it('answers an unknown API route with not_found in the envelope', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/v1/no-such-thing' });
    expect(response.statusCode).toBe(404);
    const body = errorEnvelopeSchema.parse(response.json());
    expect(body.error.code).toBe('not_found');
    expect(body.error.requestId).toBe(response.headers['x-request-id']);
  });

  it('answers a POST to an unknown API route with not_found too', async () => {
    const response = await testApp.app.inject({ method: 'POST', url: '/api/v1/things', payload: { a: 1 } });
    expect(response.statusCode).toBe(404);
    expect(errorEnvelopeSchema.parse(response.json()).error.code).toBe('not_found');
  });
});

describe('request validation and limits', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp({ bodyLimitBytes: 256 }, (probe) => {
      // Routes only for these tests, to exercise validation, limits and failures through the real pipeline.
      probe.post(
        '/api/v1/probe',
        { schema: { body: z.object({ name: z.string().min(3) }) }, config: { permission: 'public' } },
        async (request) => ({ data: request.body }),
      );
      probe.get('/api/v1/boom', { config: { permission: 'public' } }, async () => {
        throw new Error('select * from secret_table failed');
      });
    });
  });

  afterAll(async () => {
    await app.close();
  });

  it('rejects a body that breaks the schema with validation_failed and the offending field', async () => {
    const response = await app.app.inject({ method: 'POST', url: '/api/v1/probe', payload: { name: 'x' } });
    expect(response.statusCode).toBe(400);
    const body = errorEnvelopeSchema.parse(response.json());
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.message).toContain('name');
  });

  it('rejects malformed JSON with validation_failed', async () => {
    const response = await app.app.inject({
      method: 'POST',
      url: '/api/v1/probe',
      headers: { 'content-type': 'application/json' },
      payload: '{"name": ',
    });
    expect(response.statusCode).toBe(400);
    expect(errorEnvelopeSchema.parse(response.json()).error.code).toBe('validation_failed');
  });

  it('rejects a body over the limit with payload_too_large', async () => {
    const response = await app.app.inject({
      method: 'POST',
      url: '/api/v1/probe',
      payload: { name: 'x'.repeat(1000) },
    });
    expect(response.statusCode).toBe(413);
    expect(errorEnvelopeSchema.parse(response.json()).error.code).toBe('payload_too_large');
  });

  it('hides the cause of an unexpected failure and gives a request id to quote', async () => {
    const response = await app.app.inject({ method: 'GET', url: '/api/v1/boom' });
    expect(response.statusCode).toBe(500);
    const body = errorEnvelopeSchema.parse(response.json());
    expect(body.error.code).toBe('internal');
    expect(response.body).not.toContain('secret_table');
    expect(body.error.message).toContain(response.headers['x-request-id'] as string);
  });

  it('accepts a valid body', async () => {
    const response = await app.app.inject({ method: 'POST', url: '/api/v1/probe', payload: { name: 'ISMS' } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ data: { name: 'ISMS' } });
  });
});

describe('OpenAPI', () => {
  it('publishes an OpenAPI 3 document that describes the health route', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json<{ openapi: string; paths: Record<string, unknown>; info: { version: string } }>();
    expect(document.openapi).toMatch(/^3\./);
    expect(document.info.version).toBe(certaVersion);
    expect(Object.keys(document.paths)).toContain('/api/health');
  });

  it('serves the interactive documentation', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
  });
});

describe('web app', () => {
  it('serves index.html for client-side routes without caching it', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/audits/IA-2026-01' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.body).toContain('<div id="root">');
  });

  it('serves hashed assets with a long cache', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/assets/app-1234.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toContain('immutable');
  });

  it('says how to build the web app when it is missing', async () => {
    const bare = await createTestApp();
    const response = await bare.app.inject({ method: 'GET', url: '/' });
    expect(response.statusCode).toBe(404);
    expect(errorEnvelopeSchema.parse(response.json()).error.message).toContain('npm run build');
    await bare.close();
  });
});

describe('route permissions', () => {
  it('declares a permission on every API route', () => {
    const apiRoutes = testApp.app.registeredRoutes.filter(
      (route) =>
        route.url.startsWith('/api/') && !route.url.startsWith('/api/docs') && route.url !== '/api/openapi.json',
    );
    expect(apiRoutes.map((route) => route.url)).toContain('/api/health');
    expect(apiRoutes.filter((route) => route.permission === undefined)).toEqual([]);
  });
});
