import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The search of the measure list: `search_text` (title and description, lower-cased) kept by a
 * trigger on every write, whoever writes, and a trigram index on it. pg_trgm ships with
 * PostgreSQL and is a trusted extension (a role that may create objects in the database may
 * install it); where it cannot be installed the migration still succeeds and the search runs
 * without the index. The entity declares the index with `synchronize: false`, so schema
 * comparisons leave it alone either way.
 */
export class MeasureSearch1795833895754 implements MigrationInterface {
  name = 'MeasureSearch1795833895754';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "measures" ADD "search_text" text NOT NULL DEFAULT \'\'');
    await queryRunner.query(`CREATE FUNCTION measures_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_text := lower(NEW.title || ' ' || coalesce(NEW.description, ''));
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER measures_search_text BEFORE INSERT OR UPDATE OF title, description ON "measures" FOR EACH ROW EXECUTE FUNCTION measures_search_text()',
    );
    await queryRunner.query(
      "UPDATE \"measures\" SET search_text = lower(title || ' ' || coalesce(description, ''))",
    );
    await queryRunner.query(`DO $$ BEGIN
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
      EXCEPTION WHEN OTHERS THEN
        RAISE NOTICE 'pg_trgm not available (%): the measure search runs without an index', SQLERRM;
      END $$`);
    await queryRunner.query(`DO $$ BEGIN
        IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
          CREATE INDEX measures_search_trgm ON measures USING gin (search_text gin_trgm_ops);
        END IF;
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The extension stays: other objects may use it by now.
    await queryRunner.query('DROP INDEX IF EXISTS measures_search_trgm');
    await queryRunner.query('DROP TRIGGER measures_search_text ON "measures"');
    await queryRunner.query('DROP FUNCTION measures_search_text()');
    await queryRunner.query('ALTER TABLE "measures" DROP COLUMN "search_text"');
  }
}
