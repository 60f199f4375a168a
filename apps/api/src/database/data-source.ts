import { DataSource, type DataSourceOptions } from 'typeorm';
import { entities } from './entities.js';
import { migrations } from './migrations/index.js';

export const MIGRATIONS_TABLE = 'typeorm_migrations';

/** The one DataSource configuration: the app, the tests and the TypeORM CLI use it. */
export function dataSourceOptions(
  url: string,
  overrides: { poolSize?: number } = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTableName: MIGRATIONS_TABLE,
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+; no extension to install (and no privilege needed).
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsRun: false,
    logging: false,
    poolSize: overrides.poolSize ?? 10,
    extra: {
      // Fail fast instead of queueing forever when the database is gone.
      connectionTimeoutMillis: 5000,
      application_name: 'leitplanken',
    },
  };
}

export function createDataSource(url: string, overrides: { poolSize?: number } = {}): DataSource {
  return new DataSource(dataSourceOptions(url, overrides));
}

/** For the TypeORM CLI: `DATABASE_URL=… typeorm migration:run -d dist/database/data-source.js`. */
export default createDataSource(process.env.DATABASE_URL ?? 'postgres://localhost/leitplanken');
