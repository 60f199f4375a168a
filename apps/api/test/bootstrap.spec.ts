import type { AuditVerification, User } from '@leitplanken/shared';
import type { DataSource } from 'typeorm';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config/env.js';
import { createDataSource } from '../src/database/data-source.js';
import { DEMO_EMAILS, DEMO_PASSWORD } from '../src/database/seed/demo.data.js';
import { seedOnStart } from '../src/database/seed/seed-on-start.js';
import { startTestApp } from './support/app.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';
import { HttpClient } from './support/http.js';

const ADMIN = {
  ADMIN_EMAIL: 'IT@Bergisch-Gladbach.example',
  ADMIN_PASSWORD: 'erstes-Admin-Passwort',
};
const SECRET = 'x'.repeat(40);

/** What `main.ts` does before it listens: migrate, then seed on start. */
async function startDatabase(
  db: TestDatabase,
  env: Record<string, string>,
): Promise<{ ds: DataSource; report: Awaited<ReturnType<typeof seedOnStart>> }> {
  const ds = createDataSource(db.url, { poolSize: 2 });
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
    const report = await seedOnStart(ds, loadConfig({ DATABASE_URL: db.url, ...env }));
    return { ds, report };
  } catch (error) {
    await ds.destroy();
    throw error;
  }
}

async function emails(ds: DataSource): Promise<string[]> {
  const rows: Array<{ email: string }> = await ds.query('SELECT email FROM users ORDER BY email');
  return rows.map((r) => r.email);
}

describe('the first admin from ADMIN_EMAIL + ADMIN_PASSWORD', () => {
  const databases: TestDatabase[] = [];
  afterAll(async () => {
    for (const d of databases) await d.drop();
  });

  it('is created on an empty database, audited, and can sign in; a second start changes nothing', async () => {
    const db = await createTestDatabase({ empty: true });
    databases.push(db);
    const first = await startDatabase(db, { ...ADMIN, DEMO_DATA: 'false' });
    expect(first.report).toEqual({ base: true, admin: true, demoUsers: 0, demoMeasures: 0 });
    expect(await emails(first.ds)).toEqual(['it@bergisch-gladbach.example']);
    const audit: Array<{
      action: string;
      actor_id: string | null;
      after: Record<string, unknown>;
    }> = await first.ds.query(
      `SELECT action, actor_id, after FROM audit_log WHERE entity = 'user'`,
    );
    expect(audit).toEqual([
      {
        action: 'create',
        actor_id: null,
        after: expect.objectContaining({ role: 'admin', source: 'ADMIN_EMAIL' }),
      },
    ]);
    await first.ds.destroy();

    // Restarting with the variables still set (or set to another address) adds nobody.
    const second = await startDatabase(db, {
      ADMIN_EMAIL: 'jemand.anderes@bergisch-gladbach.example',
      ADMIN_PASSWORD: 'ein-anderes-Passwort',
      DEMO_DATA: 'false',
    });
    expect(second.report).toEqual({ base: false, admin: false, demoUsers: 0, demoMeasures: 0 });
    expect(await emails(second.ds)).toEqual(['it@bergisch-gladbach.example']);
    await second.ds.destroy();

    const t = await startTestApp({ DEMO_DATA: 'false' }, { database: db });
    databases.pop(); // t.close() drops it
    try {
      const admin = new HttpClient(t.baseUrl);
      const login = await admin.login(ADMIN.ADMIN_EMAIL, ADMIN.ADMIN_PASSWORD);
      expect(login.body).toMatchObject({ user: { role: 'admin', name: 'Administration' } });
      const users = await admin.get<User[]>('/api/users');
      expect(users.body).toHaveLength(1);
      const chain = await admin.get<AuditVerification>('/api/audit/verify');
      expect(chain.body).toEqual({ valid: true, checked: 1 });
    } finally {
      await t.close();
    }
  });

  it('is not created when accounts exist already', async () => {
    const db = await createTestDatabase(); // the template: demo users present
    databases.push(db);
    const { ds, report } = await startDatabase(db, { ...ADMIN, DEMO_DATA: 'true' });
    expect(report.admin).toBe(false);
    expect(await emails(ds)).not.toContain('it@bergisch-gladbach.example');
    await ds.destroy();
  });
});

describe('demo accounts', () => {
  const databases: TestDatabase[] = [];
  afterAll(async () => {
    for (const d of databases) await d.drop();
  });

  it('are not created when DEMO_DATA=false', async () => {
    const db = await createTestDatabase({ empty: true });
    databases.push(db);
    const { ds, report } = await startDatabase(db, { DEMO_DATA: 'false' });
    expect(report.demoUsers).toBe(0);
    expect(report.demoMeasures).toBe(0);
    expect(await emails(ds)).toEqual([]);
    await ds.destroy();
  });

  it('are created once per role in demo mode, with the README password', async () => {
    const db = await createTestDatabase({ empty: true });
    databases.push(db);
    const { ds, report } = await startDatabase(db, { DEMO_DATA: 'true' });
    expect(report.demoUsers).toBe(5);
    expect(report.demoMeasures).toBeGreaterThanOrEqual(18);
    expect(await emails(ds)).toEqual([...DEMO_EMAILS].sort());
    const roles: Array<{ role: string; department_id: string | null }> = await ds.query(
      'SELECT role, department_id FROM users ORDER BY role',
    );
    expect(roles.map((r) => r.role)).toEqual([
      'admin',
      'board',
      'department_head',
      'staff_council',
      'viewer',
    ]);
    expect(roles.find((r) => r.role === 'department_head')!.department_id).not.toBeNull();
    await ds.destroy();

    const t = await startTestApp({}, { database: db });
    databases.pop();
    try {
      for (const email of DEMO_EMAILS) {
        const res = await t.anonymous().post('/api/auth/login', { email, password: DEMO_PASSWORD });
        expect(res.status, email).toBe(200);
      }
    } finally {
      await t.close();
    }
  });

  it('stop a production start while they are active; once deactivated, production starts', async () => {
    const db = await createTestDatabase(); // seeded in demo mode earlier
    databases.push(db);
    const production = { NODE_ENV: 'production', DEMO_DATA: 'false', SESSION_SECRET: SECRET };
    const refused = startDatabase(db, production);
    await expect(refused).rejects.toBeInstanceOf(ConfigError);
    await expect(refused).rejects.toThrow(
      /active demo accounts with a published password \(admin@demo\.leitplanken\.de, .*\): deactivate them/,
    );

    const ds = createDataSource(db.url, { poolSize: 1 });
    await ds.initialize();
    await ds.query(`UPDATE users SET active = false WHERE email LIKE '%@demo.leitplanken.de'`);
    await ds.destroy();
    const started = await startDatabase(db, { ...production, ...ADMIN });
    expect(started.report.admin).toBe(false); // accounts exist
    await started.ds.destroy();
  });
});
