import type { AuditEntry, Department, User } from '@leitplanken/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EMAILS, startTestApp, type TestApp } from './support/app.js';
import { HttpClient } from './support/http.js';

const PASSWORD = 'ein-sicheres-Passwort-2026';
let counter = 0;
function uniqueEmail(prefix = 'person'): string {
  counter += 1;
  return `${prefix}.${counter}.${Date.now().toString(36)}@stadt.example`;
}

async function auditRowsOf(t: TestApp, userId: string): Promise<Array<Record<string, unknown>>> {
  return t.dataSource.query(
    `SELECT action, before, after, actor_id, request_id FROM audit_log WHERE entity = 'user' AND entity_id = $1 ORDER BY id`,
    [userId],
  );
}

describe('user administration', () => {
  let t: TestApp;
  let admin: HttpClient;
  let departments: Department[];

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.as('admin');
    departments = (await admin.get<Department[]>('/api/departments')).body;
  });
  afterAll(() => t.close());

  async function createUser(body: Record<string, unknown> = {}): Promise<User> {
    const res = await admin.post<User>('/api/users', {
      email: uniqueEmail(),
      name: 'Erika Beispiel',
      role: 'viewer',
      password: PASSWORD,
      ...body,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  }

  async function signIn(email: string, password = PASSWORD): Promise<HttpClient> {
    const client = new HttpClient(t.baseUrl);
    await client.login(email, password);
    return client;
  }

  it('lists every account without any password material', async () => {
    const res = await admin.get<User[]>('/api/users');
    expect(res.status).toBe(200);
    expect(res.body.map((u) => u.email)).toEqual(
      expect.arrayContaining(Object.values(DEMO_EMAILS)),
    );
    const head = res.body.find((u) => u.email === DEMO_EMAILS.department_head)!;
    expect(head).toEqual({
      id: expect.any(String),
      email: DEMO_EMAILS.department_head,
      name: 'Frieda Fachbereich',
      role: 'department_head',
      departmentId: expect.any(String),
      active: true,
      lastLoginAt: null,
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect(JSON.stringify(res.body)).not.toMatch(/password|argon2/i);
  });

  it('creates an account that can sign in; the audit entry names the admin and holds no hash', async () => {
    const email = uniqueEmail('neu');
    const res = await admin.post<User>(
      '/api/users',
      {
        email: email.toUpperCase(),
        name: '  Nina Neu ',
        role: 'department_head',
        departmentId: departments[0]!.id,
        password: PASSWORD,
      },
      { 'x-request-id': 'req-create-user-1' },
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      email,
      name: 'Nina Neu',
      role: 'department_head',
      departmentId: departments[0]!.id,
      active: true,
    });
    expect(JSON.stringify(res.body)).not.toMatch(/password|argon2/i);

    const me = await (await signIn(email)).get('/api/auth/me');
    expect(me.body).toMatchObject({ user: { email, role: 'department_head' } });

    const stored: Array<{ password_hash: string }> = await t.dataSource.query(
      'SELECT password_hash FROM users WHERE id = $1',
      [res.body.id],
    );
    expect(stored[0]!.password_hash).toMatch(/^\$argon2id\$/);

    const rows = await auditRowsOf(t, res.body.id);
    expect(rows).toHaveLength(1);
    const adminId = (await admin.get<{ user: { id: string } }>('/api/auth/me')).body.user.id;
    expect(rows[0]).toMatchObject({
      action: 'create',
      before: null,
      after: { email, name: 'Nina Neu', role: 'department_head', active: true },
      actor_id: adminId,
      request_id: 'req-create-user-1',
    });
    expect(JSON.stringify(rows)).not.toMatch(/argon2|password_?hash/i);
  });

  it.each([
    [
      'a head of department without department',
      { role: 'department_head' },
      400,
      'departmentId',
      'Eine Fachbereichsleitung braucht einen Fachbereich.',
    ],
    [
      'an unknown department',
      { role: 'department_head', departmentId: '00000000-0000-4000-8000-000000000000' },
      400,
      'departmentId',
      'Diesen Fachbereich gibt es nicht.',
    ],
    [
      'a department id that is no id of ours',
      { departmentId: 'FB 3' },
      400,
      'departmentId',
      'Diesen Fachbereich gibt es nicht.',
    ],
    [
      'a password of 11 characters',
      { password: 'elf-Zeichen' },
      400,
      'password',
      'Das Passwort muss mindestens 12 Zeichen lang sein.',
    ],
    [
      'the e-mail address as password',
      { email: 'gleich.passwort@stadt.example', password: 'Gleich.Passwort@stadt.example' },
      400,
      'password',
      'Das Passwort darf nicht die E-Mail-Adresse sein.',
    ],
    ['an unknown role', { role: 'superuser' }, 400, 'role', undefined],
    ['an unknown field', { passwordHash: '$argon2id$x' }, 400, 'passwordHash', undefined],
  ])('refuses %s with 400 naming the field', async (_, patch, status, field, message) => {
    const before = (await admin.get<User[]>('/api/users')).body.length;
    const res = await admin.post<{
      code: string;
      fields: Array<{ field: string; message: string }>;
    }>('/api/users', {
      email: uniqueEmail(),
      name: 'X',
      role: 'viewer',
      password: PASSWORD,
      ...patch,
    });
    expect(res.status).toBe(status);
    const f = res.body.fields.find((x) => x.field === field);
    expect(f, JSON.stringify(res.body)).toBeDefined();
    if (message) expect(f!.message).toBe(message);
    expect((await admin.get<User[]>('/api/users')).body.length).toBe(before);
  });

  it('refuses a write without CSRF token, or from a foreign Origin, with 403 and creates nothing', async () => {
    const email = uniqueEmail('csrf');
    const body = { email, name: 'Ohne Token', role: 'admin', password: PASSWORD };
    const noToken = await admin.post('/api/users', body, { 'x-csrf-token': '' });
    expect(noToken.status).toBe(403);
    expect(noToken.body).toMatchObject({ code: 'CSRF_FAILED' });
    const foreign = await admin.post('/api/users', body, { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    const users = (await admin.get<User[]>('/api/users')).body;
    expect(users.map((u) => u.email)).not.toContain(email);
  });

  it('refuses a second account with the same e-mail address, whatever its case, with 409', async () => {
    const user = await createUser();
    const res = await admin.post('/api/users', {
      email: user.email.toUpperCase(),
      name: 'Doppelt',
      role: 'viewer',
      password: PASSWORD,
    });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({
      code: 'EMAIL_TAKEN',
      message: 'Es gibt bereits ein Konto mit dieser E-Mail-Adresse.',
      fields: [{ field: 'email' }],
    });
  });

  it('deactivation ends the sessions at once: the next request gets 401, sign-in fails until reactivated', async () => {
    const user = await createUser();
    const session = await signIn(user.email);
    expect((await session.get('/api/strategies/active')).status).toBe(200);

    const off = await admin.patch<User>(`/api/users/${user.id}`, { active: false });
    expect(off.status).toBe(200);
    expect(off.body.active).toBe(false);
    // Gone from the database at once, not only refused when next seen.
    const sessions = await t.dataSource.query('SELECT 1 FROM sessions WHERE user_id = $1', [
      user.id,
    ]);
    expect(sessions).toHaveLength(0);
    expect((await session.get('/api/strategies/active')).status).toBe(401);
    const login = await t
      .anonymous()
      .post('/api/auth/login', { email: user.email, password: PASSWORD });
    expect(login.status).toBe(401);
    expect(login.body).toMatchObject({ code: 'INVALID_CREDENTIALS' });

    const on = await admin.patch<User>(`/api/users/${user.id}`, { active: true });
    expect(on.body.active).toBe(true);
    expect((await (await signIn(user.email)).get('/api/auth/me')).status).toBe(200);
    const rows = await auditRowsOf(t, user.id);
    expect(rows.map((r) => [r.action, (r.after as { active: boolean }).active])).toEqual([
      ['create', true],
      ['update', false],
      ['update', true],
    ]);
  });

  it('a new role or department ends the sessions; the next sign-in carries the new rights', async () => {
    const user = await createUser({ role: 'viewer' });
    const session = await signIn(user.email);
    const res = await admin.patch<User>(`/api/users/${user.id}`, {
      role: 'department_head',
      departmentId: departments[1]!.id,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ role: 'department_head', departmentId: departments[1]!.id });
    expect((await session.get('/api/auth/me')).status).toBe(401);
    const again = await signIn(user.email);
    expect((await again.get('/api/auth/me')).body).toMatchObject({
      user: { role: 'department_head', departmentId: departments[1]!.id },
    });

    const moved = await admin.patch(`/api/users/${user.id}`, { departmentId: departments[2]!.id });
    expect(moved.status).toBe(200);
    expect((await again.get('/api/auth/me')).status).toBe(401);
  });

  it('refuses to leave a head of department without department', async () => {
    const user = await createUser({ role: 'department_head', departmentId: departments[0]!.id });
    const res = await admin.patch(`/api/users/${user.id}`, { departmentId: null });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      code: 'DEPARTMENT_REQUIRED',
      fields: [{ field: 'departmentId' }],
    });
    const viaSchema = await admin.patch(`/api/users/${user.id}`, {
      role: 'department_head',
      departmentId: null,
    });
    expect(viaSchema.status).toBe(400);
  });

  it('a password reset ends the sessions; the old password fails, the new one works; the audit says so without the hash', async () => {
    const user = await createUser();
    const session = await signIn(user.email);
    const newPassword = 'ganz-neues-Passwort-2026';
    const res = await admin.patch(`/api/users/${user.id}`, { password: newPassword });
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).not.toMatch(/password|argon2/i);
    expect((await session.get('/api/auth/me')).status).toBe(401);
    const old = await t
      .anonymous()
      .post('/api/auth/login', { email: user.email, password: PASSWORD });
    expect(old.status).toBe(401);
    expect((await (await signIn(user.email, newPassword)).get('/api/auth/me')).status).toBe(200);

    const rows = await auditRowsOf(t, user.id);
    expect(rows.at(-1)).toMatchObject({ action: 'update', after: { passwordReset: true } });
    expect(JSON.stringify(rows)).not.toMatch(/argon2|ganz-neues/);
  });

  it('refuses the e-mail address as new password and a short one', async () => {
    const user = await createUser();
    const same = await admin.patch(`/api/users/${user.id}`, { password: user.email });
    expect(same.status).toBe(400);
    expect(same.body).toMatchObject({ code: 'PASSWORD_IS_EMAIL', fields: [{ field: 'password' }] });
    const short = await admin.patch(`/api/users/${user.id}`, { password: 'kurz' });
    expect(short.status).toBe(400);
    expect(short.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ field: 'password' }],
    });
  });

  it('an unchanged value writes nothing and ends no session', async () => {
    const user = await createUser();
    const session = await signIn(user.email);
    const res = await admin.patch<User>(`/api/users/${user.id}`, { role: 'viewer', active: true });
    expect(res.status).toBe(200);
    expect((await session.get('/api/auth/me')).status).toBe(200);
    expect(await auditRowsOf(t, user.id)).toHaveLength(1);
    expect((await admin.patch(`/api/users/${user.id}`, {})).status).toBe(400);
  });

  it('answers 404 for an unknown account, also for ids that are no uuids', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'nicht-da', '1']) {
      const res = await admin.patch(`/api/users/${id}`, { active: false });
      expect(res.status, id).toBe(404);
      expect(res.body).toMatchObject({ code: 'USER_NOT_FOUND' });
    }
  });

  it('shows the history of an account to admins only', async () => {
    const user = await createUser();
    await admin.patch(`/api/users/${user.id}`, { name: 'Umbenannt' });
    const res = await admin.get<AuditEntry[]>(`/api/audit?entity=user&id=${user.id}`);
    expect(res.status).toBe(200);
    expect(res.body.map((e) => e.action)).toEqual(['update', 'create']); // newest first
    expect(res.body[0]).toMatchObject({
      entity: 'user',
      entityId: user.id,
      actorName: 'Anna Admin (admin)',
      before: { name: 'Erika Beispiel' },
      after: { name: 'Umbenannt' },
    });
    for (const role of ['board', 'department_head', 'staff_council', 'viewer'] as const) {
      const other = await (await t.as(role)).get(`/api/audit?entity=user&id=${user.id}`);
      expect(other.status, role).toBe(403);
    }
  });

  it('an admin who sets their own password keeps the session in use and ends the others', async () => {
    const me = await createUser({ role: 'admin' });
    const here = await signIn(me.email);
    const elsewhere = await signIn(me.email);
    const res = await here.patch(`/api/users/${me.id}`, { password: 'mein-neues-Passwort-1' });
    expect(res.status).toBe(200);
    expect((await here.get('/api/auth/me')).status).toBe(200);
    expect((await elsewhere.get('/api/auth/me')).status).toBe(401);
  });
});

describe('the last active admin', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('cannot deactivate or demote themselves while no other admin is active', async () => {
    const admin = await t.as('admin');
    const self = (await admin.get<{ user: { id: string } }>('/api/auth/me')).body.user.id;
    for (const body of [{ active: false }, { role: 'board' }]) {
      const res = await admin.patch(`/api/users/${self}`, body);
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ code: 'LAST_ADMIN' });
    }
    expect((await admin.get('/api/auth/me')).status).toBe(200);

    // With a second admin in place, stepping down works (and ends the own session).
    const other = await admin.post<User>('/api/users', {
      email: 'zweite.admin@stadt.example',
      name: 'Zweite Administration',
      role: 'admin',
      password: PASSWORD,
    });
    expect(other.status).toBe(201);
    const stepDown = await admin.patch<User>(`/api/users/${self}`, { role: 'viewer' });
    expect(stepDown.status).toBe(200);
    expect((await admin.get('/api/auth/me')).status).toBe(401);

    // Now the second admin is the last one.
    const second = new HttpClient(t.baseUrl);
    await second.login('zweite.admin@stadt.example', PASSWORD);
    const last = await second.patch(`/api/users/${other.body.id}`, { active: false });
    expect(last.status).toBe(409);
  });
});
