import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createDataSource } from '../../src/database/data-source.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../src/database/embedded.js';
import { seedDemoUsers } from '../../src/database/seed/seed-on-start.js';
import { seedBase } from '../../src/database/seed/seed.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of a maintenance database on the test server (to create and drop databases). */
    adminUrl: string;
    /** Migrated and seeded (strategy, departments, demo users) database that each test file clones. */
    templateDatabase: string;
  }
}

/**
 * Once per run: a PostgreSQL server (TEST_DATABASE_URL, or an embedded one in a temp dir), and a
 * template database migrated once and seeded with the strategy and departments. Each test file
 * clones the template into a database of its own, so files run in parallel.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let embedded: EmbeddedDatabase | undefined;
  let tmpDir: string | undefined;
  let adminUrl: string;
  if (process.env.TEST_DATABASE_URL) {
    adminUrl = process.env.TEST_DATABASE_URL;
  } else {
    tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'leitplanken-test-'));
    embedded = await startEmbeddedDatabase(tmpDir, { database: 'postgres' });
    adminUrl = embedded.url;
  }

  const templateDatabase = `lp_tpl_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${templateDatabase}"`);
  await admin.end();

  const dataSource = createDataSource(withDatabase(adminUrl, templateDatabase), { poolSize: 2 });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await seedBase(dataSource);
  await seedDemoUsers(dataSource);
  await dataSource.destroy();

  project.provide('adminUrl', adminUrl);
  project.provide('templateDatabase', templateDatabase);

  return async () => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${templateDatabase}" WITH (FORCE)`);
    await client.end();
    await embedded?.stop();
    if (tmpDir) fs.rmSync(tmpDir, { recursive: true, force: true });
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
