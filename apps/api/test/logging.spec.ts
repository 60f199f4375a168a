import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/database/seed/demo.data.js';
import { DEMO_EMAILS, startTestApp, type TestApp } from './support/app.js';
import { HttpClient } from './support/http.js';

describe('structured request logs', () => {
  let t: TestApp;
  const lines: string[] = [];
  beforeAll(async () => {
    t = await startTestApp(
      { LOG_LEVEL: 'info' },
      { logStream: { write: (line: string) => void lines.push(line) } },
    );
  });
  afterAll(() => t.close());

  it('writes one JSON line per request with the request id, and never a secret', async () => {
    const client = new HttpClient(t.baseUrl);
    await client.login(DEMO_EMAILS.board, DEMO_PASSWORD);
    const me = await client.get('/api/auth/me', { 'x-request-id': 'trace-me-12345678' });
    expect(me.status).toBe(200);
    await client.post('/api/auth/login', {
      email: DEMO_EMAILS.viewer,
      password: 'geheim-und-falsch',
    });
    await new Promise((r) => setTimeout(r, 50));

    const entries = lines.map(
      (l) =>
        JSON.parse(l) as {
          req?: { id: string; url: string };
          res?: { statusCode: number };
          responseTime?: number;
        },
    );
    const meLine = entries.find((e) => e.req?.id === 'trace-me-12345678');
    expect(meLine).toMatchObject({ req: { url: '/api/auth/me' }, res: { statusCode: 200 } });
    expect(typeof meLine?.responseTime).toBe('number');

    const all = lines.join('\n');
    const sessionToken = (client as unknown as { cookie: string }).cookie.split('=')[1]!;
    for (const secret of [DEMO_PASSWORD, 'geheim-und-falsch', sessionToken, client.csrfToken!]) {
      expect(all).not.toContain(secret);
    }
  });
});
