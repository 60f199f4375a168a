// @vitest-environment node
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { strategySchema } from '@leitplanken/shared';
import { ApiClient, ApiRequestError } from './api-client';

/** A real HTTP server on a free port; each test installs the handler it needs. */
type Handler = (req: IncomingMessage, body: string, res: ServerResponse) => void;
let handler: Handler = (_req, _body, res) => res.writeHead(500).end();
const requests: Array<{ method: string; url: string; headers: IncomingMessage['headers'] }> = [];
let server: Server;
let baseUrl: string;

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
}

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
      handler(req, body, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

afterEach(() => {
  requests.length = 0;
});

describe('ApiClient', () => {
  test('GET returns the parsed JSON and asks for JSON', async () => {
    handler = (_req, _body, res) => json(res, 200, { status: 'ok' });
    const client = new ApiClient({ baseUrl });
    await expect(client.get('/health')).resolves.toEqual({ status: 'ok' });
    expect(requests[0]).toMatchObject({ method: 'GET', url: '/api/health' });
    expect(requests[0]?.headers.accept).toBe('application/json');
  });

  test('builds the query string, skipping empty values and repeating arrays', async () => {
    handler = (_req, _body, res) => json(res, 200, []);
    const client = new ApiClient({ baseUrl });
    await client.get('/measures', {
      query: { goal: 1, status: ['planned', 'paused'], q: undefined },
    });
    expect(requests[0]?.url).toBe('/api/measures?goal=1&status=planned&status=paused');
  });

  test('an API error becomes an ApiRequestError with the body, in German and English', async () => {
    const body = {
      statusCode: 422,
      code: 'VALIDATION_FAILED',
      message: 'Die Eingaben sind ungültig.',
      messageEn: 'The input is invalid.',
      fields: [{ field: 'title', code: 'REQUIRED', message: 'Titel fehlt' }],
    };
    handler = (_req, _body, res) => json(res, 422, body);
    const client = new ApiClient({ baseUrl });
    const error = await client.get('/measures').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRequestError);
    const apiError = error as ApiRequestError;
    expect(apiError).toMatchObject({
      statusCode: 422,
      code: 'VALIDATION_FAILED',
      origin: 'server',
    });
    expect(apiError.body).toEqual(body);
    expect(apiError.fields).toHaveLength(1);
    expect(apiError.serverMessage('de')).toBe('Die Eingaben sind ungültig.');
    expect(apiError.serverMessage('en')).toBe('The input is invalid.');
  });

  test('a 409 keeps its details (the current version to reload)', async () => {
    handler = (_req, _body, res) =>
      json(res, 409, {
        statusCode: 409,
        code: 'VERSION_CONFLICT',
        message: 'Inzwischen geändert.',
        details: { currentVersion: 4 },
      });
    const error = await new ApiClient({ baseUrl }).get('/measures/1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect((error as ApiRequestError).body.details).toEqual({ currentVersion: 4 });
  });

  test('without messageEn the English UI shows the German message', async () => {
    handler = (_req, _body, res) =>
      json(res, 404, { statusCode: 404, code: 'NOT_FOUND', message: 'Nicht gefunden' });
    const error = (await new ApiClient({ baseUrl })
      .get('/x')
      .catch((e: unknown) => e)) as ApiRequestError;
    expect(error.serverMessage('en')).toBe('Nicht gefunden');
  });

  test('a non-JSON error (proxy page) is described by its status', async () => {
    handler = (_req, _body, res) =>
      res.writeHead(502, { 'Content-Type': 'text/html' }).end('<h1>Bad Gateway</h1>');
    const error = (await new ApiClient({ baseUrl })
      .get('/x')
      .catch((e: unknown) => e)) as ApiRequestError;
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error).toMatchObject({ statusCode: 502, code: 'HTTP_ERROR', origin: 'client' });
  });

  test('401 calls the registered onUnauthorized handler, then throws', async () => {
    handler = (_req, _body, res) =>
      json(res, 401, { statusCode: 401, code: 'UNAUTHENTICATED', message: 'Bitte anmelden' });
    const client = new ApiClient({ baseUrl });
    const onUnauthorized = vi.fn();
    client.onUnauthorized(onUnauthorized);
    await expect(client.get('/measures')).rejects.toMatchObject({ statusCode: 401 });
    expect(onUnauthorized).toHaveBeenCalledWith(
      expect.objectContaining({ path: '/measures', error: expect.any(ApiRequestError) }),
    );
  });

  test('when the 401 handler signs in again, the request is sent once more and completes', async () => {
    let signedIn = false;
    handler = (req, body, res) => {
      if (req.url === '/api/auth/csrf') return json(res, 200, { token: signedIn ? 'neu' : 'alt' });
      if (!signedIn) {
        return json(res, 401, { statusCode: 401, code: 'UNAUTHENTICATED', message: 'Anmelden' });
      }
      json(res, 201, { echo: JSON.parse(body), token: req.headers['x-csrf-token'] });
    };
    const client = new ApiClient({ baseUrl });
    client.onUnauthorized(async () => {
      signedIn = true; // the re-login dialog succeeded
      client.resetCsrfToken();
      return true;
    });
    await expect(client.post('/users', { name: 'Getippt' })).resolves.toEqual({
      echo: { name: 'Getippt' },
      token: 'neu',
    });
    expect(requests.filter((r) => r.url === '/api/users')).toHaveLength(2);
  });

  test('when the 401 handler gives up, the 401 is thrown and nothing is sent again', async () => {
    handler = (req, _body, res) => {
      if (req.url === '/api/auth/csrf') return json(res, 200, { token: 't' });
      json(res, 401, { statusCode: 401, code: 'UNAUTHENTICATED', message: 'Anmelden' });
    };
    const client = new ApiClient({ baseUrl });
    client.onUnauthorized(() => Promise.resolve(false));
    await expect(client.post('/users', {})).rejects.toMatchObject({ statusCode: 401 });
    expect(requests.filter((r) => r.url === '/api/users')).toHaveLength(1);
  });

  test('a response that breaks the shared contract is rejected as INVALID_RESPONSE', async () => {
    handler = (_req, _body, res) => json(res, 200, { id: 's1', title: 'Ohne Ziele' });
    const client = new ApiClient({ baseUrl });
    await expect(
      client.get('/strategies/active', { schema: strategySchema }),
    ).rejects.toMatchObject({
      code: 'INVALID_RESPONSE',
      origin: 'client',
    });
  });

  test('an unreachable server gives NETWORK_ERROR', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const client = new ApiClient({ baseUrl: `http://127.0.0.1:${port}/api` });
    await expect(client.get('/health')).rejects.toMatchObject({
      code: 'NETWORK_ERROR',
      statusCode: 0,
    });
  });
});

describe('CSRF token', () => {
  test('fetched once and sent with every state-changing request, never with GET', async () => {
    handler = (req, body, res) => {
      if (req.url === '/api/auth/csrf') return json(res, 200, { token: 'tok-1' });
      json(res, req.method === 'POST' ? 201 : 200, body ? JSON.parse(body) : {});
    };
    const client = new ApiClient({ baseUrl });
    await expect(client.post('/measures', { title: 'A' })).resolves.toEqual({ title: 'A' });
    await client.patch('/measures/1', { title: 'B', version: 1 });
    await client.get('/measures');
    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /api/auth/csrf',
      'POST /api/measures',
      'PATCH /api/measures/1',
      'GET /api/measures',
    ]);
    expect(requests[1]?.headers['x-csrf-token']).toBe('tok-1');
    expect(requests[1]?.headers['content-type']).toBe('application/json');
    expect(requests[2]?.headers['x-csrf-token']).toBe('tok-1');
    expect(requests[3]?.headers['x-csrf-token']).toBeUndefined();
  });

  test('404 from /auth/csrf: no header, and asked again next time', async () => {
    handler = (req, _body, res) => {
      if (req.url === '/api/auth/csrf') {
        return json(res, 404, { statusCode: 404, code: 'NOT_FOUND', message: 'Nicht gefunden' });
      }
      res.writeHead(204).end();
    };
    const client = new ApiClient({ baseUrl });
    await expect(client.delete('/measures/1')).resolves.toBeUndefined();
    await client.delete('/measures/2');
    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /api/auth/csrf',
      'DELETE /api/measures/1',
      'GET /api/auth/csrf',
      'DELETE /api/measures/2',
    ]);
    expect(requests[1]?.headers['x-csrf-token']).toBeUndefined();
  });

  test('a rejected (stale) token is fetched anew and the request retried once', async () => {
    let issued = 0;
    handler = (req, _body, res) => {
      if (req.url === '/api/auth/csrf') return json(res, 200, { token: `tok-${++issued}` });
      if (req.headers['x-csrf-token'] !== 'tok-2') {
        return json(res, 403, {
          statusCode: 403,
          code: 'CSRF_INVALID',
          message: 'CSRF-Token ungültig',
        });
      }
      json(res, 200, { ok: true });
    };
    const client = new ApiClient({ baseUrl });
    await expect(client.post('/reports/1/submit')).resolves.toEqual({ ok: true });
    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /api/auth/csrf',
      'POST /api/reports/1/submit',
      'GET /api/auth/csrf',
      'POST /api/reports/1/submit',
    ]);
  });

  test('a 403 for missing rights is not retried', async () => {
    handler = (req, _body, res) => {
      if (req.url === '/api/auth/csrf') return json(res, 200, { token: 'tok' });
      json(res, 403, { statusCode: 403, code: 'FORBIDDEN', message: 'Keine Berechtigung' });
    };
    const client = new ApiClient({ baseUrl });
    await expect(client.post('/cycles', {})).rejects.toMatchObject({
      statusCode: 403,
      code: 'FORBIDDEN',
    });
    expect(requests.filter((r) => r.url === '/api/cycles')).toHaveLength(1);
  });
});
