import { afterAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../src/database/data-source.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';

/**
 * Entities and migrations must describe the same schema: on a database built by the migrations
 * alone, TypeORM's schema builder (what `migration:generate` uses) must find nothing to change.
 */
describe('schema drift', () => {
  const databases: TestDatabase[] = [];
  afterAll(async () => {
    for (const d of databases) await d.drop();
  });

  it('the migrations produce exactly the schema of the entities', async () => {
    const db = await createTestDatabase({ empty: true });
    databases.push(db);
    const ds = createDataSource(db.url, { poolSize: 2 });
    await ds.initialize();
    try {
      await ds.runMigrations();
      const pending = await ds.driver.createSchemaBuilder().log();
      expect(
        pending.upQueries.map((q) => q.query),
        'Entities and migrations differ: run `pnpm --filter @leitplanken/api migration:generate <Name>`',
      ).toEqual([]);
    } finally {
      await ds.destroy();
    }
  });

  it('every migration can be reverted and applied again', async () => {
    const db = await createTestDatabase({ empty: true });
    databases.push(db);
    const ds = createDataSource(db.url, { poolSize: 2 });
    await ds.initialize();
    try {
      const applied = await ds.runMigrations();
      expect(applied.length).toBe(ds.migrations.length);
      for (let i = 0; i < applied.length; i++) await ds.undoLastMigration();
      const tables: Array<{ n: string }> = await ds.query(
        `SELECT count(*)::text AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'typeorm_migrations'`,
      );
      expect(tables[0]!.n).toBe('0');
      expect((await ds.runMigrations()).length).toBe(applied.length);
      expect((await ds.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
    } finally {
      await ds.destroy();
    }
  });
});
