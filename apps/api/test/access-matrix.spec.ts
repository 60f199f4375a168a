import type { Department, Measure, Role, User } from '@leitplanken/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/database/seed/demo.data.js';
import { DEMO_EMAILS, startTestApp, type TestApp } from './support/app.js';
import { HttpClient, type TestResponse } from './support/http.js';
import { type RegisteredRoute, registeredRoutes } from './support/routes.js';

/**
 * Who may call what: every endpoint, as every role and as nobody, against the real application.
 *
 * Complete by construction: the test fails when the application registers a route that has no
 * row here, when a row names a route that does not exist, and when an endpoint of the API
 * contract (PRODUCT.md) is neither in the table nor listed as not built yet. A feature that adds
 * an endpoint therefore adds its rows.
 *
 * Expectations come from this table, never from the decorators: allowed → the success status,
 * signed in but not allowed → 403, anonymous → 401 (public endpoints → success for everyone).
 * Refused writes must change nothing: every write is audited, so the audit log must not grow.
 */

type Caller = 'anonymous' | Role;
const CALLERS: readonly Caller[] = [
  'anonymous',
  'admin',
  'board',
  'department_head',
  'staff_council',
  'viewer',
];
const INTERNAL: readonly Role[] = ['admin', 'board', 'department_head', 'staff_council', 'viewer'];
const ADMIN: readonly Role[] = ['admin'];

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
type Json = Record<string, unknown> | unknown[];

interface Ctx {
  t: TestApp;
  /** A separate admin session for preparing targets (never one of the callers' sessions). */
  setup: HttpClient;
  departments: Department[];
  unique(prefix: string): string;
}

interface Row {
  method: Method;
  /** The route as registered, with `:param` placeholders. */
  route: string;
  allowed: 'public' | readonly Role[];
  success: 200 | 201 | 204;
  /** Distinguishes rows of the same route (e.g. another query). */
  variant?: string;
  /** The concrete request; runs once per caller, so writes get fresh targets. */
  request?: (ctx: Ctx, caller: Caller) => Promise<{ path?: string; body?: Json }>;
  /** The call ends or replaces the caller's session: use a session of its own. */
  ownSession?: boolean;
}

const PASSWORD = 'ein-sicheres-Passwort-2026';

async function freshUser(ctx: Ctx): Promise<User> {
  const res = await ctx.setup.post<User>('/api/users', {
    email: ctx.unique('ziel'),
    name: 'Ziel der Matrix',
    role: 'viewer',
    password: PASSWORD,
  });
  if (res.status !== 201) throw new Error(`setup: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

const EDITORS: readonly Role[] = ['admin', 'board', 'department_head'];

/** A measure of FB 3, the demo head of department's own department (so they may change it). */
async function freshMeasure(ctx: Ctx, extra: Json = {}): Promise<Measure> {
  const departmentId = ctx.departments.find((d) => d.code === 'FB 3')!.id;
  const res = await ctx.setup.post<Measure>('/api/measures', {
    title: 'Ziel der Matrix',
    departmentId,
    ...extra,
  });
  if (res.status !== 201) throw new Error(`setup: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

const MATRIX: Row[] = [
  // auth
  {
    method: 'POST',
    route: '/api/auth/login',
    allowed: 'public',
    success: 200,
    ownSession: true,
    request: async (_ctx, caller) => ({
      body: {
        email: caller === 'anonymous' ? DEMO_EMAILS.viewer : DEMO_EMAILS[caller],
        password: DEMO_PASSWORD,
      },
    }),
  },
  { method: 'POST', route: '/api/auth/logout', allowed: 'public', success: 204, ownSession: true },
  { method: 'GET', route: '/api/auth/me', allowed: INTERNAL, success: 200 },
  { method: 'GET', route: '/api/auth/csrf', allowed: INTERNAL, success: 200 },
  // foundation
  { method: 'GET', route: '/api/health', allowed: 'public', success: 200 },
  { method: 'GET', route: '/api/strategies/active', allowed: INTERNAL, success: 200 },
  { method: 'GET', route: '/api/departments', allowed: INTERNAL, success: 200 },
  // users
  { method: 'GET', route: '/api/users', allowed: ADMIN, success: 200 },
  {
    method: 'POST',
    route: '/api/users',
    allowed: ADMIN,
    success: 201,
    request: async (ctx) => ({
      body: {
        email: ctx.unique('neu'),
        name: 'Neu aus der Matrix',
        role: 'department_head',
        departmentId: ctx.departments[0]!.id,
        password: PASSWORD,
      },
    }),
  },
  {
    method: 'PATCH',
    route: '/api/users/:id',
    allowed: ADMIN,
    success: 200,
    request: async (ctx) => ({
      path: `/api/users/${(await freshUser(ctx)).id}`,
      body: { role: 'board', password: 'neues-Passwort-der-Matrix' },
    }),
  },
  // measures (department heads: own department only, see measures.spec.ts for the other one)
  { method: 'GET', route: '/api/measures', allowed: INTERNAL, success: 200 },
  { method: 'GET', route: '/api/measures/coverage', allowed: INTERNAL, success: 200 },
  { method: 'GET', route: '/api/fields-of-action', allowed: INTERNAL, success: 200 },
  {
    method: 'POST',
    route: '/api/measures',
    allowed: EDITORS,
    success: 201,
    request: async (ctx) => ({
      body: {
        title: 'Neu aus der Matrix',
        departmentId: ctx.departments.find((d) => d.code === 'FB 3')!.id,
      },
    }),
  },
  {
    method: 'GET',
    route: '/api/measures/:id',
    allowed: INTERNAL,
    success: 200,
    request: async (ctx) => ({ path: `/api/measures/${(await freshMeasure(ctx)).id}` }),
  },
  {
    method: 'PATCH',
    route: '/api/measures/:id',
    allowed: EDITORS,
    success: 200,
    request: async (ctx) => ({
      path: `/api/measures/${(await freshMeasure(ctx)).id}`,
      body: { version: 1, title: 'Geändert aus der Matrix' },
    }),
  },
  {
    method: 'DELETE',
    route: '/api/measures/:id',
    allowed: EDITORS,
    success: 204,
    request: async (ctx) => ({ path: `/api/measures/${(await freshMeasure(ctx)).id}` }),
  },
  {
    method: 'GET',
    route: '/api/measures/:id/guardrail-check',
    allowed: INTERNAL,
    success: 200,
    request: async (ctx) => ({
      path: `/api/measures/${(await freshMeasure(ctx)).id}/guardrail-check`,
    }),
  },
  {
    method: 'PUT',
    route: '/api/measures/:id/codetermination',
    allowed: [...EDITORS, 'staff_council'],
    success: 200,
    request: async (ctx) => ({
      path: `/api/measures/${(await freshMeasure(ctx)).id}/codetermination`,
      body: { version: 1, relevance: 'to_check' },
    }),
  },
  {
    method: 'POST',
    route: '/api/measures/:id/assessments/:code/exception',
    allowed: ['admin', 'board'],
    success: 200,
    request: async (ctx) => {
      const m = await freshMeasure(ctx, {
        assessments: [{ subGoalCode: '2.1', rating: 'conflicts', justification: 'Konflikt' }],
      });
      return {
        path: `/api/measures/${m.id}/assessments/2.1/exception`,
        body: { decision: 'accepted', reason: 'Aus der Matrix' },
      };
    },
  },
  // audit
  {
    method: 'GET',
    route: '/api/audit',
    allowed: INTERNAL,
    success: 200,
    variant: 'history of a measure',
    request: async () => ({ path: '/api/audit?entity=measure&id=1' }),
  },
  {
    method: 'GET',
    route: '/api/audit',
    allowed: ADMIN,
    success: 200,
    variant: 'history of an account',
    request: async (ctx) => ({
      path: `/api/audit?entity=user&id=${(await freshUser(ctx)).id}`,
    }),
  },
  { method: 'GET', route: '/api/audit/verify', allowed: ADMIN, success: 200 },
];

/** Served by Swagger, outside Nest's controllers: called, but not part of the route comparison. */
const NON_CONTROLLER: Row[] = [
  { method: 'GET', route: '/api/docs', allowed: 'public', success: 200 },
  { method: 'GET', route: '/api/docs-json', allowed: 'public', success: 200 },
];

/** Every endpoint of the API contract in PRODUCT.md. */
const CONTRACT: readonly string[] = [
  'POST /api/auth/login',
  'POST /api/auth/logout',
  'GET /api/auth/me',
  'GET /api/auth/csrf',
  'GET /api/health',
  'GET /api/strategies/active',
  'GET /api/departments',
  'GET /api/cycles',
  'POST /api/cycles',
  'POST /api/cycles/:id/close',
  'GET /api/users',
  'POST /api/users',
  'PATCH /api/users/:id',
  'POST /api/measures',
  'GET /api/measures',
  'GET /api/measures/:id',
  'PATCH /api/measures/:id',
  'DELETE /api/measures/:id',
  'GET /api/measures/:id/guardrail-check',
  'GET /api/measures/:id/reports',
  'POST /api/measures/:id/reports',
  'POST /api/reports/:id/submit',
  'POST /api/reports/:id/review',
  'GET /api/dashboard',
  'GET /api/measures/export',
  'POST /api/measures/import',
  'GET /api/reports/board',
  'GET /api/audit',
  'GET /api/public/dashboard',
  'GET /api/public/measures',
];

/**
 * Contract endpoints that a later issue builds. Each must not exist yet; the day it does, this
 * test fails until its rows are in MATRIX and its line here is gone.
 */
const NOT_BUILT_YET: Readonly<Record<string, string>> = {
  'GET /api/cycles': 'issue 5 (reporting cycles)',
  'POST /api/cycles': 'issue 5 (reporting cycles)',
  'POST /api/cycles/:id/close': 'issue 5 (reporting cycles)',
  'GET /api/measures/:id/reports': 'issue 5 (status reports)',
  'POST /api/measures/:id/reports': 'issue 5 (status reports)',
  'POST /api/reports/:id/submit': 'issue 5 (status reports)',
  'POST /api/reports/:id/review': 'issue 5 (status reports)',
  'GET /api/dashboard': 'issue 6 (cockpit)',
  'GET /api/measures/export': 'issue 7 (import/export)',
  'POST /api/measures/import': 'issue 7 (import/export)',
  'GET /api/reports/board': 'issue 7 (board report)',
  'GET /api/public/dashboard': 'issue 7 (public page)',
  'GET /api/public/measures': 'issue 7 (public page)',
};

const keyOf = (row: Pick<Row, 'method' | 'route'>) => `${row.method} ${row.route}`;

function expectedStatus(row: Row, caller: Caller): number {
  if (row.allowed === 'public') return row.success;
  if (caller === 'anonymous') return 401;
  return row.allowed.includes(caller) ? row.success : 403;
}

describe('access matrix: every endpoint × every role and nobody', () => {
  let t: TestApp;
  let ctx: Ctx;
  let routes: RegisteredRoute[];
  let n = 0;

  beforeAll(async () => {
    t = await startTestApp();
    const setup = new HttpClient(t.baseUrl);
    await setup.login(DEMO_EMAILS.admin, DEMO_PASSWORD);
    const departments = (await setup.get<Department[]>('/api/departments')).body;
    ctx = {
      t,
      setup,
      departments,
      unique: (prefix) => `${prefix}.${++n}.${Date.now().toString(36)}@matrix.example`,
    };
    routes = registeredRoutes(t.app);
  });
  afterAll(() => t.close());

  async function clientFor(row: Row, caller: Caller): Promise<HttpClient> {
    if (caller === 'anonymous') return t.anonymous();
    if (!row.ownSession) return t.as(caller);
    const client = new HttpClient(t.baseUrl);
    await client.login(DEMO_EMAILS[caller], DEMO_PASSWORD);
    return client;
  }

  async function auditCount(): Promise<number> {
    const rows: Array<{ n: number }> = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM audit_log',
    );
    return rows[0]!.n;
  }

  const cases = [...MATRIX, ...NON_CONTROLLER].flatMap((row) =>
    CALLERS.map((caller) => ({
      name: `${keyOf(row)}${row.variant ? ` (${row.variant})` : ''} as ${caller} → ${expectedStatus(row, caller)}`,
      row,
      caller,
    })),
  );

  it.each(cases)('$name', async ({ row, caller }) => {
    const expected = expectedStatus(row, caller);
    const client = await clientFor(row, caller);
    const { path = row.route, body } = (await row.request?.(ctx, caller)) ?? {};
    expect(path, 'a row with :params needs a request factory').not.toMatch(/:\w+/);
    const auditBefore = row.method === 'GET' ? 0 : await auditCount();
    const res: TestResponse = await client.request(row.method, path, body);
    expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(expected);
    if (expected === 401) expect(res.body).toMatchObject({ code: 'UNAUTHENTICATED' });
    if (expected === 403) expect(res.body).toMatchObject({ code: 'FORBIDDEN' });
    if (row.method !== 'GET' && (expected === 401 || expected === 403)) {
      expect(await auditCount(), 'a refused write changed something').toBe(auditBefore);
    }
  });

  it('has a row for every route the application registers, and no row for a route it lacks', () => {
    const registered = new Set(routes.map((r) => r.key));
    const inTable = new Set(MATRIX.map(keyOf));
    const missing = routes
      .filter((r) => !inTable.has(r.key))
      .map((r) => `${r.key} (${r.controller}.${r.handler})`);
    expect(missing, 'routes without rows in MATRIX: add them').toEqual([]);
    expect(
      [...inTable].filter((k) => !registered.has(k)),
      'rows for routes that do not exist',
    ).toEqual([]);
    expect(routes.length).toBeGreaterThanOrEqual(12);
  });

  it('covers every endpoint of the API contract, or names the issue that will build it', () => {
    const registered = new Set(routes.map((r) => r.key));
    const inTable = new Set(MATRIX.map(keyOf));
    const uncovered = CONTRACT.filter((k) => !inTable.has(k) && !(k in NOT_BUILT_YET));
    expect(uncovered, 'contract endpoints neither in MATRIX nor in NOT_BUILT_YET').toEqual([]);
    const builtMeanwhile = Object.keys(NOT_BUILT_YET).filter((k) => registered.has(k));
    expect(builtMeanwhile, 'built now: move them from NOT_BUILT_YET into MATRIX').toEqual([]);
    expect(Object.keys(NOT_BUILT_YET).filter((k) => !CONTRACT.includes(k))).toEqual([]);
  });

  it('documents exactly the registered routes in the OpenAPI document', async () => {
    const doc = await t
      .anonymous()
      .get<{ paths: Record<string, Record<string, unknown>> }>('/api/docs-json');
    const documented = Object.entries(doc.body.paths)
      .flatMap(([path, ops]) =>
        Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
      )
      .sort();
    expect(documented).toEqual(routes.map((r) => r.key).sort());
  });

  it('reports its size', () => {
    const endpoints = new Set([...MATRIX, ...NON_CONTROLLER].map(keyOf)).size;
    console.log(
      `access matrix: ${MATRIX.length + NON_CONTROLLER.length} rows (${endpoints} endpoints, ${routes.length} registered routes) × ${CALLERS.length} callers = ${cases.length} calls; not built yet: ${Object.keys(NOT_BUILT_YET).length} contract endpoints`,
    );
    expect(cases.length).toBe((MATRIX.length + NON_CONTROLLER.length) * CALLERS.length);
  });
});
