import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/app.js';

describe('GET /api/health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers 200 {status:"ok"} without a session while the database answers', async () => {
    const res = await t.anonymous().get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers 503 when the database is gone, and the error has the contract shape', async () => {
    // Take this test's database away under the running app.
    const admin = new pg.Client({
      connectionString: t.database.url.replace(/\/[^/]+$/, '/postgres'),
    });
    await admin.connect();
    await admin.query(`DROP DATABASE "${t.database.name}" WITH (FORCE)`);
    await admin.end();
    const res = await t.anonymous().get('/api/health');
    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({
      status: 'unavailable',
      statusCode: 503,
      code: 'DATABASE_UNAVAILABLE',
    });
  });
});

describe('unknown routes and malformed bodies', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers unknown API routes with 404 in the error shape, in German and English', async () => {
    const res = await (await t.as('admin')).get('/api/does-not-exist');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({
      statusCode: 404,
      code: 'ROUTE_NOT_FOUND',
      message: 'Diese Adresse gibt es nicht.',
      messageEn: 'This address does not exist.',
    });
  });

  it('answers malformed JSON with 400, not 500', async () => {
    const client = await t.as('admin');
    const res = await client.request('POST', '/api/auth/login', undefined, {
      'content-type': 'application/json',
    });
    expect(res.status).toBeLessThan(500);
    const raw = await fetch(`${t.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: t.baseUrl },
      body: '{"email": ',
    });
    expect(raw.status).toBe(400);
    expect(await raw.json()).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
  });
});
