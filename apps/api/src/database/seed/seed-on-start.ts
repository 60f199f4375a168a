import type { DataSource } from 'typeorm';
import type { AppConfig } from '../../config/env.js';
import { hashPassword } from '../../modules/auth/password.js';
import { DepartmentEntity } from '../../modules/departments/department.entity.js';
import { UserEntity } from '../../modules/users/user.entity.js';
import { seedDemoMeasures } from './demo-measures.js';
import { DEMO_PASSWORD, DEMO_USERS } from './demo.data.js';
import { seedBase } from './seed.js';

export interface SeedReport {
  base: boolean;
  admin: boolean;
  demoUsers: number;
  demoMeasures: number;
}

/**
 * What every start does after the migrations: the strategy and departments on an empty database,
 * the first admin from ADMIN_EMAIL/ADMIN_PASSWORD when there is no user yet, and in demo mode one
 * demo user per role and the demo measures (only while there is no measure at all). Idempotent.
 */
export async function seedOnStart(dataSource: DataSource, config: AppConfig): Promise<SeedReport> {
  const report: SeedReport = {
    base: await seedBase(dataSource),
    admin: false,
    demoUsers: 0,
    demoMeasures: 0,
  };
  const users = dataSource.getRepository(UserEntity);

  if (config.adminEmail && config.adminPassword && (await users.count()) === 0) {
    await users.insert({
      email: config.adminEmail,
      name: 'Administration',
      role: 'admin',
      passwordHash: await hashPassword(config.adminPassword),
    });
    report.admin = true;
  }

  if (config.demoData) {
    report.demoUsers = await seedDemoUsers(dataSource);
    report.demoMeasures = await seedDemoMeasures(dataSource);
  }
  return report;
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
