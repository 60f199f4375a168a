import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795831108954 implements MigrationInterface {
  name = 'Initial1795831108954';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "audit_log" ("id" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "actor_name" text, "action" text NOT NULL, "entity" text NOT NULL, "entity_id" text NOT NULL, "before" jsonb, "after" jsonb, "request_id" text, "prev_hash" text NOT NULL, "hash" text NOT NULL, CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "audit_log_entity_idx" ON "audit_log"  ("entity", "entity_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "departments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "name" text NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "departments_code" UNIQUE ("code"), CONSTRAINT "PK_839517a681a86bb84cbcc6a1e9d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "name" text NOT NULL, "role" text NOT NULL, "department_id" uuid, "password_hash" text, "active" boolean NOT NULL DEFAULT true, "last_login_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "users_department_head_has_department" CHECK (role <> \'department_head\' OR department_id IS NOT NULL), CONSTRAINT "users_role_check" CHECK (role IN (\'admin\', \'board\', \'department_head\', \'staff_council\', \'viewer\')), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "users_email" ON "users"  ("email") ');
    await queryRunner.query(
      'CREATE TABLE "sessions" ("id" text NOT NULL, "user_id" uuid NOT NULL, "csrf_token" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "user_agent" text, CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "sessions_user_idx" ON "sessions"  ("user_id") ');
    await queryRunner.query(
      'CREATE TABLE "goals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "strategy_id" uuid NOT NULL, "number" integer NOT NULL, "title" text NOT NULL, "description" text, CONSTRAINT "goals_strategy_number" UNIQUE ("strategy_id", "number"), CONSTRAINT "PK_26e17b251afab35580dff769223" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "strategies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" text NOT NULL, "vision" text NOT NULL, "adopted_on" date, "status" text NOT NULL, "previous_id" uuid, "activated_at" TIMESTAMP WITH TIME ZONE, "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "strategies_status_check" CHECK (status IN (\'draft\', \'active\', \'archived\')), CONSTRAINT "PK_9a0d363ddf5b40d080147363238" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "strategies_one_active" ON "strategies"  ("status") WHERE status = \'active\'',
    );
    await queryRunner.query(
      'CREATE TABLE "sub_goals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "goal_id" uuid NOT NULL, "strategy_id" uuid NOT NULL, "code" text NOT NULL, "text" text NOT NULL, "position" integer NOT NULL, CONSTRAINT "sub_goals_strategy_code" UNIQUE ("strategy_id", "code"), CONSTRAINT "PK_3842a8ff61fb6255bc0d0188f9d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "sub_goals_goal_idx" ON "sub_goals"  ("goal_id") ');
    await queryRunner.query(
      'ALTER TABLE "users" ADD CONSTRAINT "users_department_fk" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "goals" ADD CONSTRAINT "goals_strategy_fk" FOREIGN KEY ("strategy_id") REFERENCES "strategies"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sub_goals" ADD CONSTRAINT "sub_goals_goal_fk" FOREIGN KEY ("goal_id") REFERENCES "goals"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sub_goals" ADD CONSTRAINT "sub_goals_strategy_fk" FOREIGN KEY ("strategy_id") REFERENCES "strategies"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    // The audit log is append-only, whoever connects: no UPDATE, DELETE or TRUNCATE.
    await queryRunner.query(`CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON "audit_log" FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()',
    );
    await queryRunner.query(
      'CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON "audit_log" FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER "audit_log_no_truncate" ON "audit_log"');
    await queryRunner.query('DROP TRIGGER "audit_log_no_change" ON "audit_log"');
    await queryRunner.query('DROP FUNCTION audit_log_append_only()');
    await queryRunner.query('ALTER TABLE "sub_goals" DROP CONSTRAINT "sub_goals_strategy_fk"');
    await queryRunner.query('ALTER TABLE "sub_goals" DROP CONSTRAINT "sub_goals_goal_fk"');
    await queryRunner.query('ALTER TABLE "goals" DROP CONSTRAINT "goals_strategy_fk"');
    await queryRunner.query('ALTER TABLE "sessions" DROP CONSTRAINT "sessions_user_fk"');
    await queryRunner.query('ALTER TABLE "users" DROP CONSTRAINT "users_department_fk"');
    await queryRunner.query('DROP INDEX "public"."sub_goals_goal_idx"');
    await queryRunner.query('DROP TABLE "sub_goals"');
    await queryRunner.query('DROP INDEX "public"."strategies_one_active"');
    await queryRunner.query('DROP TABLE "strategies"');
    await queryRunner.query('DROP TABLE "goals"');
    await queryRunner.query('DROP INDEX "public"."sessions_user_idx"');
    await queryRunner.query('DROP TABLE "sessions"');
    await queryRunner.query('DROP INDEX "public"."users_email"');
    await queryRunner.query('DROP TABLE "users"');
    await queryRunner.query('DROP TABLE "departments"');
    await queryRunner.query('DROP INDEX "public"."audit_log_entity_idx"');
    await queryRunner.query('DROP TABLE "audit_log"');
  }
}
