import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/app.js';

describe('OpenAPI', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('serves the OpenAPI document at /api/docs-json with the contract paths and schemas', async () => {
    const res = await t
      .anonymous()
      .get<{ openapi: string; paths: Record<string, unknown> }>('/api/docs-json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\./);
    for (const p of [
      '/api/health',
      '/api/strategies/active',
      '/api/departments',
      '/api/auth/login',
      '/api/auth/me',
    ]) {
      expect(Object.keys(res.body.paths)).toContain(p);
    }
    expect(JSON.stringify(res.body)).toContain('Wortlaut des Teilziels');
  });

  it('serves Swagger UI at /api/docs', async () => {
    const res = await t.anonymous().get<string>('/api/docs');
    expect(res.status).toBe(200);
    expect(res.body).toContain('swagger');
  });
});
