import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/database/seed/demo.data.js';
import {
  LOGIN_PER_ACCOUNT,
  LOGIN_PER_EMAIL,
  LOGIN_PER_IP,
} from '../src/modules/auth/login-throttle.js';
import { DEMO_EMAILS, startTestApp, type TestApp } from './support/app.js';
import type { TestResponse } from './support/http.js';

interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  messageEn: string;
  requestId?: string;
}

/**
 * Runs with TRUST_PROXY=true so each test can sign in "from" an address of its own
 * (X-Forwarded-For), as behind the city's reverse proxy.
 */
describe('login throttling', () => {
  let t: TestApp;
  let nextIp = 10;
  const freshIp = () => `203.0.113.${nextIp++}`;

  beforeAll(async () => {
    t = await startTestApp({ TRUST_PROXY: 'true' });
  });
  afterAll(() => t.close());

  function attempt(email: string, password: string, ip: string): Promise<TestResponse<ErrorBody>> {
    return t
      .anonymous()
      .post<ErrorBody>('/api/auth/login', { email, password }, { 'x-forwarded-for': ip });
  }

  it(`refuses the attempt after ${LOGIN_PER_ACCOUNT.limit} failures with 429, Retry-After and a German message, even with the right password`, async () => {
    const ip = freshIp();
    for (let i = 0; i < LOGIN_PER_ACCOUNT.limit; i++) {
      expect((await attempt(DEMO_EMAILS.viewer, 'falsch', ip)).status).toBe(401);
    }
    const blocked = await attempt(DEMO_EMAILS.viewer, DEMO_PASSWORD, ip);
    expect(blocked.status).toBe(429);
    expect(blocked.body).toMatchObject({
      statusCode: 429,
      code: 'TOO_MANY_REQUESTS',
      message:
        'Zu viele Anmeldeversuche. Bitte warten Sie 15 Minuten und versuchen Sie es dann erneut.',
      messageEn: 'Too many sign-in attempts. Please wait 15 minutes and try again.',
    });
    const retryAfter = Number(blocked.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(blocked.headers.getSetCookie()).toEqual([]); // no session
  });

  it('does not tell whether the e-mail address exists: same statuses, same bodies', async () => {
    const ip = freshIp();
    const known: Array<[number, unknown]> = [];
    const unknown: Array<[number, unknown]> = [];
    for (let i = 0; i <= LOGIN_PER_ACCOUNT.limit; i++) {
      const a = await attempt(DEMO_EMAILS.board, 'falsch', ip);
      const b = await attempt('niemand@stadt.example', 'falsch', ip);
      known.push([a.status, { ...a.body, requestId: undefined }]);
      unknown.push([b.status, { ...b.body, requestId: undefined }]);
    }
    expect(known.map(([s]) => s)).toEqual([401, 401, 401, 401, 401, 429]);
    expect(unknown).toEqual(known);
  });

  it('counts per e-mail address and IP address: other accounts and other addresses still sign in', async () => {
    const ip = freshIp();
    for (let i = 0; i <= LOGIN_PER_ACCOUNT.limit; i++) {
      await attempt(DEMO_EMAILS.staff_council, 'falsch', ip);
    }
    expect((await attempt(DEMO_EMAILS.staff_council, DEMO_PASSWORD, ip)).status).toBe(429);
    expect((await attempt(DEMO_EMAILS.department_head, DEMO_PASSWORD, ip)).status).toBe(200);
    expect((await attempt(DEMO_EMAILS.staff_council, DEMO_PASSWORD, freshIp())).status).toBe(200);
  });

  it(`limits one e-mail address to ${LOGIN_PER_EMAIL.limit} attempts in 15 minutes however the addresses rotate`, async () => {
    const email = DEMO_EMAILS.department_head;
    const statuses: number[] = [];
    for (let i = 0; i < LOGIN_PER_EMAIL.limit; i++) {
      statuses.push((await attempt(email, `rate-${i}`, freshIp())).status);
    }
    expect(statuses.every((s) => s === 401)).toBe(true);
    expect((await attempt(email, DEMO_PASSWORD, freshIp())).status).toBe(429);
    // Other people are not affected.
    expect((await attempt(DEMO_EMAILS.viewer, DEMO_PASSWORD, freshIp())).status).toBe(200);
  });

  it('does not hold successful sign-ins against a person: a success clears the failures', async () => {
    const ip = freshIp();
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < LOGIN_PER_ACCOUNT.limit - 1; i++) {
        expect((await attempt(DEMO_EMAILS.admin, 'vertippt', ip)).status).toBe(401);
      }
      expect((await attempt(DEMO_EMAILS.admin, DEMO_PASSWORD, ip)).status).toBe(200);
    }
  });
});

describe('login throttling per IP address (password spraying)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it(`refuses the attempt after ${LOGIN_PER_IP.limit} in a minute from one address, across accounts`, async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= LOGIN_PER_IP.limit; i++) {
      const res = await t
        .anonymous()
        .post('/api/auth/login', { email: `konto${i}@stadt.example`, password: 'Sommer2026!' });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, LOGIN_PER_IP.limit).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  }, 60_000);
});
