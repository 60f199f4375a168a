import { In, type DataSource } from 'typeorm';
import { ConfigError, type AppConfig } from '../../config/env.js';
import { appendAuditEntry } from '../../modules/audit/audit.service.js';
import { hashPassword } from '../../modules/auth/password.js';
import { DepartmentEntity } from '../../modules/departments/department.entity.js';
import { UserEntity } from '../../modules/users/user.entity.js';
import { toUserAuditSnapshot } from '../../modules/users/user.mapper.js';
import { seedDemoMeasures } from './demo-measures.js';
import { DEMO_EMAILS, DEMO_PASSWORD, DEMO_USERS } from './demo.data.js';
import { seedBase } from './seed.js';

/** Serialises the first-admin check of instances starting at the same time. */
const BOOTSTRAP_LOCK_KEY = 4711004;

export interface SeedReport {
  base: boolean;
  admin: boolean;
  demoUsers: number;
  demoMeasures: number;
}

/**
 * What every start does after the migrations: the strategy and departments on an empty database,
 * the first admin from ADMIN_EMAIL/ADMIN_PASSWORD when there is no user yet, and in demo mode one
 * demo user per role and the demo measures (only while there is no measure at all). In production
 * it refuses to go on while active demo accounts (published password) are in the database.
 * Idempotent.
 */
export async function seedOnStart(dataSource: DataSource, config: AppConfig): Promise<SeedReport> {
  const report: SeedReport = {
    base: await seedBase(dataSource),
    admin: false,
    demoUsers: 0,
    demoMeasures: 0,
  };
  if (config.adminEmail && config.adminPassword) {
    report.admin = await bootstrapAdmin(dataSource, config.adminEmail, config.adminPassword);
  }
  if (config.isProduction) await assertNoActiveDemoUsers(dataSource);
  if (config.demoData) {
    report.demoUsers = await seedDemoUsers(dataSource);
    report.demoMeasures = await seedDemoMeasures(dataSource);
  }
  return report;
}

/**
 * How a city starts in production: on a database without any account, ADMIN_EMAIL and
 * ADMIN_PASSWORD become the first admin (audited as a change by the system). Returns whether it
 * was created; with any account present nothing happens, so the variables can stay set.
 */
export async function bootstrapAdmin(
  dataSource: DataSource,
  email: string,
  password: string,
): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  return dataSource.transaction(async (em) => {
    await em.query('SELECT pg_advisory_xact_lock($1)', [BOOTSTRAP_LOCK_KEY]);
    if ((await em.count(UserEntity)) > 0) return false;
    const admin = await em.save(
      em.create(UserEntity, {
        email: email.toLowerCase(),
        name: 'Administration',
        role: 'admin',
        departmentId: null,
        passwordHash,
        active: true,
        lastLoginAt: null,
      }),
    );
    await appendAuditEntry(
      em,
      { user: null, requestId: null },
      {
        action: 'create',
        entity: 'user',
        entityId: admin.id,
        after: { ...toUserAuditSnapshot(admin), source: 'ADMIN_EMAIL' },
      },
    );
    return true;
  });
}

async function assertNoActiveDemoUsers(dataSource: DataSource): Promise<void> {
  const demo = await dataSource
    .getRepository(UserEntity)
    .find({ where: { email: In([...DEMO_EMAILS]), active: true }, order: { email: 'ASC' } });
  if (demo.length > 0) {
    throw new ConfigError(
      `The database contains active demo accounts with a published password (${demo.map((u) => u.email).join(', ')}): deactivate them in the user administration (started without NODE_ENV=production) first.`,
    );
  }
}

export async function seedDemoUsers(dataSource: DataSource): Promise<number> {
  const users = dataSource.getRepository(UserEntity);
  const departments = await dataSource.getRepository(DepartmentEntity).find();
  let passwordHash: string | undefined;
  let created = 0;
  for (const demo of DEMO_USERS) {
    if (await users.existsBy({ email: demo.email })) continue;
    passwordHash ??= await hashPassword(DEMO_PASSWORD);
    const departmentId = demo.departmentCode
      ? (departments.find((d) => d.code === demo.departmentCode)?.id ?? departments[0]?.id ?? null)
      : null;
    await users.insert({
      email: demo.email,
      name: demo.name,
      role: demo.role,
      departmentId,
      passwordHash,
    });
    created += 1;
  }
  return created;
}
