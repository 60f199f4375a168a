import type { DestinationStream } from 'pino';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { DataSource } from 'typeorm';
import { createApp } from '../../src/create-app.js';
import { loadConfig, type AppConfig } from '../../src/config/env.js';
import { createDataSource } from '../../src/database/data-source.js';
import { DEMO_PASSWORD } from '../../src/database/seed/demo.data.js';
import { createTestDatabase, type TestDatabase } from './database.js';
import { HttpClient } from './http.js';

export interface TestApp {
  baseUrl: string;
  app: NestExpressApplication;
  dataSource: DataSource;
  database: TestDatabase;
  config: AppConfig;
  /** A client without a session. */
  anonymous(): HttpClient;
  /** A client signed in as the demo user of that role (demo users exist in every test database). */
  as(role: DemoRole): Promise<HttpClient>;
  close(): Promise<void>;
}

export type DemoRole = 'admin' | 'board' | 'department_head' | 'staff_council' | 'viewer';

export const DEMO_EMAILS: Record<DemoRole, string> = {
  admin: 'admin@demo.leitplanken.de',
  board: 'vorstand@demo.leitplanken.de',
  department_head: 'fbl@demo.leitplanken.de',
  staff_council: 'personalrat@demo.leitplanken.de',
  viewer: 'mitarbeiter@demo.leitplanken.de',
};

/**
 * The real application on a free port, against a database of its own (cloned from the migrated,
 * seeded template), with the demo users, or on `options.database`. Use one per test file
 * (beforeAll/afterAll); `close` drops the database.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  options: { database?: TestDatabase; logStream?: DestinationStream } = {},
): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'error',
    WEB_DIST: '',
    DATABASE_URL: database.url,
    // The template database holds the demo users; demo accounts sign in only in demo mode.
    DEMO_DATA: 'true',
    ...env,
  });
  const dataSource = createDataSource(database.url, { poolSize: 5 });
  await dataSource.initialize();
  const app = await createApp(config, dataSource, { logStream: options.logStream });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  if (!address || typeof address !== 'object') throw new Error('no address');
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const sessions = new Map<DemoRole, HttpClient>();
  return {
    baseUrl,
    app,
    dataSource,
    database,
    config,
    anonymous: () => new HttpClient(baseUrl),
    async as(role) {
      const cached = sessions.get(role);
      if (cached) return cached;
      const client = new HttpClient(baseUrl);
      await client.login(DEMO_EMAILS[role], DEMO_PASSWORD);
      sessions.set(role, client);
      return client;
    },
    async close() {
      await app.close();
      if (dataSource.isInitialized) await dataSource.destroy();
      await database.drop();
    },
  };
}
