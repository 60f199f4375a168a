// Writes a migration with the SQL that brings a freshly migrated database to the entities.
// Usage: pnpm --filter @leitplanken/api build && pnpm --filter @leitplanken/api migration:generate <PascalName>
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('Usage: migration:generate <PascalCaseName>');
  process.exit(2);
}
const here = path.dirname(fileURLToPath(import.meta.url));
const { createDataSource } = await import(path.join(here, '../dist/database/data-source.js'));
const { startEmbeddedDatabase } = await import(path.join(here, '../dist/database/embedded.js'));

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lp-gen-'));
const db = await startEmbeddedDatabase(tmp);
try {
  const ds = createDataSource(db.url);
  await ds.initialize();
  await ds.runMigrations();
  const sql = await ds.driver.createSchemaBuilder().log();
  await ds.destroy();
  if (sql.upQueries.length === 0) {
    console.log('Entities and migrations agree: nothing to generate.');
  } else {
    const ts = Date.now();
    const q = (list) =>
      list
        .map(
          (x) =>
            `    await queryRunner.query(${JSON.stringify(x.query)}${x.parameters?.length ? `, ${JSON.stringify(x.parameters)}` : ''});`,
        )
        .join('\n');
    const file = path.join(here, `../src/database/migrations/${ts}-${name}.ts`);
    fs.writeFileSync(
      file,
      `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${name}${ts} implements MigrationInterface {\n  name = '${name}${ts}';\n\n  async up(queryRunner: QueryRunner): Promise<void> {\n${q(sql.upQueries)}\n  }\n\n  async down(queryRunner: QueryRunner): Promise<void> {\n${q(sql.downQueries.reverse())}\n  }\n}\n`,
    );
    console.log(
      `Wrote ${path.relative(process.cwd(), file)}; add it to src/database/migrations/index.ts.`,
    );
  }
} finally {
  await db.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
}
