import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/database/seed/demo.data.js';
import { DEMO_EMAILS, startTestApp, type TestApp } from './support/app.js';
import { HttpClient } from './support/http.js';

describe('sessions, login and CSRF', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('logs in with the contract shape and an httpOnly SameSite cookie', async () => {
    const client = t.anonymous();
    const res = await client.post('/api/auth/login', {
      email: 'FBL@demo.leitplanken.de',
      password: DEMO_PASSWORD,
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      user: {
        id: expect.any(String),
        email: 'fbl@demo.leitplanken.de',
        name: 'Frieda Fachbereich',
        role: 'department_head',
        departmentId: expect.any(String),
      },
    });
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('lp_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i); // plain http here; Secure behind https
    const me = await client.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toEqual(res.body);
  });

  it('answers a wrong password and an unknown e-mail alike with 401', async () => {
    const wrong = await t
      .anonymous()
      .post('/api/auth/login', { email: DEMO_EMAILS.viewer, password: 'falsch' });
    const unknown = await t
      .anonymous()
      .post('/api/auth/login', { email: 'niemand@example.org', password: 'falsch' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toMatchObject({
      code: 'INVALID_CREDENTIALS',
      message: 'E-Mail-Adresse oder Passwort ist falsch.',
    });
    expect({ ...(unknown.body as object), requestId: 0 }).toEqual({
      ...(wrong.body as object),
      requestId: 0,
    });
  });

  it('rejects a login body with unknown fields as 400 with the field named', async () => {
    const res = await t
      .anonymous()
      .post('/api/auth/login', { email: DEMO_EMAILS.viewer, password: 'x', admin: true });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [
        { field: 'admin', message: 'Unbekanntes Feld: admin', messageEn: 'Unknown field: admin' },
      ],
    });
  });

  it('refuses a write without the CSRF token, or with a wrong one, with 403', async () => {
    const client = await t.as('viewer');
    const without = await client.post('/api/auth/logout', undefined, { 'x-csrf-token': '' });
    expect(without.status).toBe(403);
    expect(without.body).toMatchObject({ code: 'CSRF_FAILED' });
    const wrong = await client.post('/api/auth/logout', undefined, { 'x-csrf-token': 'nope' });
    expect(wrong.status).toBe(403);
    expect((await client.get('/api/auth/me')).status).toBe(200); // still signed in: nothing changed
  });

  it('refuses a write from a foreign Origin with 403, even with the right token', async () => {
    const client = await t.as('board');
    const res = await client.post('/api/auth/logout', undefined, {
      origin: 'https://evil.example',
    });
    expect(res.status).toBe(403);
    expect((await client.get('/api/auth/me')).status).toBe(200);
    const login = await t
      .anonymous()
      .post(
        '/api/auth/login',
        { email: DEMO_EMAILS.board, password: DEMO_PASSWORD },
        { origin: 'https://evil.example' },
      );
    expect(login.status).toBe(403);
  });

  it('logs out: the session ends on the server', async () => {
    const client = new HttpClient(t.baseUrl);
    await client.login(DEMO_EMAILS.staff_council, DEMO_PASSWORD);
    expect((await client.get('/api/auth/me')).status).toBe(200);
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it('ends sessions that were idle too long', async () => {
    const client = new HttpClient(t.baseUrl);
    await client.login(DEMO_EMAILS.viewer, DEMO_PASSWORD);
    await t.dataSource.query(`UPDATE sessions SET last_seen_at = now() - interval '2 hours'`);
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it('ends sessions past their absolute end, whatever the activity', async () => {
    const client = new HttpClient(t.baseUrl);
    await client.login(DEMO_EMAILS.viewer, DEMO_PASSWORD);
    await t.dataSource.query(`UPDATE sessions SET expires_at = now() - interval '1 second'`);
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });
});

describe('behind a TLS-terminating reverse proxy (TRUST_PROXY=true)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ TRUST_PROXY: 'true' });
  });
  afterAll(() => t.close());

  it('sets the session cookie Secure when the proxy says the request came over https', async () => {
    const client = t.anonymous();
    const res = await client.post(
      '/api/auth/login',
      { email: DEMO_EMAILS.viewer, password: DEMO_PASSWORD },
      { 'x-forwarded-proto': 'https' },
    );
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('lp_session='))!;
    expect(cookie).toMatch(/; Secure/i);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const logout = await client.post('/api/auth/logout', undefined, {
      'x-forwarded-proto': 'https',
      'x-csrf-token': (await client.get<{ token: string }>('/api/auth/csrf')).body.token,
    });
    expect(logout.status).toBe(204);
    expect(logout.headers.getSetCookie().join()).toMatch(/lp_session=;.*Secure/i);
  });

  it('takes the public host from X-Forwarded-Host for the Origin check', async () => {
    const res = await t.anonymous().post(
      '/api/auth/login',
      { email: DEMO_EMAILS.viewer, password: DEMO_PASSWORD },
      {
        origin: 'https://leitplanken.bergisch-gladbach.de',
        'x-forwarded-host': 'leitplanken.bergisch-gladbach.de',
        'x-forwarded-proto': 'https',
      },
    );
    expect(res.status).toBe(200);
    const foreign = await t
      .anonymous()
      .post(
        '/api/auth/login',
        { email: DEMO_EMAILS.viewer, password: DEMO_PASSWORD },
        { origin: 'https://evil.example', 'x-forwarded-host': 'leitplanken.bergisch-gladbach.de' },
      );
    expect(foreign.status).toBe(403);
  });
});

describe('without TRUST_PROXY', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('ignores X-Forwarded-Proto: a client cannot ask for a Secure cookie over plain http', async () => {
    const res = await t
      .anonymous()
      .post(
        '/api/auth/login',
        { email: DEMO_EMAILS.viewer, password: DEMO_PASSWORD },
        { 'x-forwarded-proto': 'https' },
      );
    expect(res.status).toBe(200);
    expect(res.headers.getSetCookie().join()).not.toMatch(/Secure/i);
  });
});

describe('outside demo mode (DEMO_DATA=false)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ DEMO_DATA: 'false' });
  });
  afterAll(() => t.close());

  it('demo accounts cannot sign in, even where they are still in the database', async () => {
    for (const email of Object.values(DEMO_EMAILS)) {
      const res = await t.anonymous().post('/api/auth/login', { email, password: DEMO_PASSWORD });
      expect(res.status, email).toBe(401);
      expect(res.body).toMatchObject({ code: 'INVALID_CREDENTIALS' });
    }
  });
});
