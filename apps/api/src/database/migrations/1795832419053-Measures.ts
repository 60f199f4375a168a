import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Measures with their assessments, milestones, channels and co-determination record; fields of
 * action; the append-only revision history the "as of a date" figures read.
 */
export class Measures1795832419053 implements MigrationInterface {
  name = 'Measures1795832419053';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "fields_of_action" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "fields_of_action_name" UNIQUE ("name"), CONSTRAINT "PK_50781083d8708ba443ea74d28aa" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "measures" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" text NOT NULL, "description" text, "department_id" uuid NOT NULL, "responsible_person" text, "responsible_user_id" uuid, "status" text NOT NULL DEFAULT \'planned\', "kind" text NOT NULL DEFAULT \'voluntary\', "legal_basis" text, "legal_deadline" date, "field_of_action_id" uuid, "planned_start" date, "planned_end" date, "actual_start" date, "actual_end" date, "budget_planned" numeric(14,2), "budget_spent" numeric(14,2), "funding_programme" text, "funding_amount" numeric(14,2), "priority" text NOT NULL DEFAULT \'medium\', "public" boolean NOT NULL DEFAULT false, "guardrail_result" text NOT NULL, "version" integer NOT NULL DEFAULT \'1\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, "updated_by" uuid, CONSTRAINT "measures_version_positive" CHECK (version >= 1), CONSTRAINT "measures_legal_deadline_kind" CHECK (legal_deadline IS NULL OR kind = \'legal_obligation\'), CONSTRAINT "measures_amounts_not_negative" CHECK (budget_planned >= 0 AND budget_spent >= 0 AND funding_amount >= 0), CONSTRAINT "measures_actual_dates" CHECK (actual_end >= actual_start), CONSTRAINT "measures_planned_dates" CHECK (planned_end >= planned_start), CONSTRAINT "measures_text_lengths" CHECK (char_length(description) <= 10000 AND char_length(responsible_person) <= 200 AND char_length(legal_basis) <= 500 AND char_length(funding_programme) <= 200), CONSTRAINT "measures_title_length" CHECK (char_length(title) BETWEEN 1 AND 200), CONSTRAINT "measures_guardrail_result_check" CHECK (guardrail_result IN (\'pass\', \'warn\', \'fail\')), CONSTRAINT "measures_priority_check" CHECK (priority IN (\'high\', \'medium\', \'low\')), CONSTRAINT "measures_kind_check" CHECK (kind IN (\'legal_obligation\', \'upcoming_standard\', \'voluntary\')), CONSTRAINT "measures_status_check" CHECK (status IN (\'planned\', \'in_progress\', \'completed\', \'paused\', \'cancelled\')), CONSTRAINT "PK_ec34a47385441849095def20546" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "measures_title_idx" ON "measures"  ("title") ');
    await queryRunner.query(
      'CREATE INDEX "measures_planned_end_idx" ON "measures"  ("planned_end") ',
    );
    await queryRunner.query(
      'CREATE INDEX "measures_updated_at_idx" ON "measures"  ("updated_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "measures_guardrail_result_idx" ON "measures"  ("guardrail_result") ',
    );
    await queryRunner.query(
      'CREATE INDEX "measures_field_of_action_idx" ON "measures"  ("field_of_action_id") ',
    );
    await queryRunner.query('CREATE INDEX "measures_public_idx" ON "measures"  ("public") ');
    await queryRunner.query('CREATE INDEX "measures_status_idx" ON "measures"  ("status") ');
    await queryRunner.query(
      'CREATE INDEX "measures_department_idx" ON "measures"  ("department_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "measure_assessments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "measure_id" uuid NOT NULL, "sub_goal_id" uuid NOT NULL, "rating" text NOT NULL, "justification" text, "exception_status" text NOT NULL DEFAULT \'none\', "exception_reason" text, "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "measure_assessments_measure_sub_goal" UNIQUE ("measure_id", "sub_goal_id"), CONSTRAINT "measure_assessments_text_lengths" CHECK (char_length(justification) <= 2000 AND char_length(exception_reason) <= 2000), CONSTRAINT "measure_assessments_justification" CHECK (rating = \'neutral\' OR coalesce(char_length(btrim(justification)), 0) > 0), CONSTRAINT "measure_assessments_exception_only_conflicts" CHECK (exception_status = \'none\' OR rating = \'conflicts\'), CONSTRAINT "measure_assessments_exception_status_check" CHECK (exception_status IN (\'none\', \'requested\', \'accepted\', \'rejected\')), CONSTRAINT "measure_assessments_rating_check" CHECK (rating IN (\'supports\', \'neutral\', \'conflicts\')), CONSTRAINT "PK_d751292956131ab90f9be3f75f7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "measure_assessments_sub_goal_idx" ON "measure_assessments"  ("sub_goal_id", "rating") ',
    );
    await queryRunner.query(
      'CREATE TABLE "measure_channels" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "measure_id" uuid NOT NULL, "channel" text NOT NULL, "available_before" boolean NOT NULL, "available_after" boolean NOT NULL, CONSTRAINT "measure_channels_measure_channel" UNIQUE ("measure_id", "channel"), CONSTRAINT "measure_channels_channel_check" CHECK (channel IN (\'online\', \'phone\', \'counter\', \'post\')), CONSTRAINT "PK_ce5cfb0c2246ff898ecc2ce12ea" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "measure_codetermination" ("measure_id" uuid NOT NULL, "relevance" text NOT NULL, "legal_basis" text, "informed_on" date, "discussed_on" date, "consent_requested_on" date, "deadline_on" date, "decided_on" date, "result" text, "pilot" boolean NOT NULL DEFAULT false, "agreement_title" text, "agreement_number" text, "agreement_valid_from" date, "agreement_valid_until" date, "position" text, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by" uuid, CONSTRAINT "measure_codetermination_text_lengths" CHECK (char_length(legal_basis) <= 500 AND char_length(agreement_title) <= 200 AND char_length(agreement_number) <= 100 AND char_length(position) <= 10000), CONSTRAINT "measure_codetermination_agreement_dates" CHECK (agreement_valid_until >= agreement_valid_from), CONSTRAINT "measure_codetermination_result_check" CHECK (result IN (\'consent\', \'consent_with_conditions\', \'refused\', \'deemed_consent\', \'escalated\')), CONSTRAINT "measure_codetermination_relevance_check" CHECK (relevance IN (\'co_determination\', \'participation\', \'hearing\', \'information\', \'to_check\', \'none\')), CONSTRAINT "PK_fc817fd19febcac7cb96821fa20" PRIMARY KEY ("measure_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "measure_codetermination_relevance_idx" ON "measure_codetermination"  ("relevance") ',
    );
    await queryRunner.query(
      'CREATE TABLE "measure_milestones" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "measure_id" uuid NOT NULL, "title" text NOT NULL, "due_on" date, "done_on" date, "weight" numeric(8,2) NOT NULL DEFAULT \'1\', "position" integer NOT NULL, CONSTRAINT "measure_milestones_title_length" CHECK (char_length(title) BETWEEN 1 AND 200), CONSTRAINT "measure_milestones_weight_positive" CHECK (weight > 0), CONSTRAINT "PK_3e31c409c55aac08cef2649e2b3" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "measure_milestones_measure_idx" ON "measure_milestones"  ("measure_id", "position") ',
    );
    await queryRunner.query(
      'CREATE TABLE "measure_revisions" ("id" BIGSERIAL NOT NULL, "measure_id" uuid NOT NULL, "revision" integer NOT NULL, "valid_from" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "snapshot" jsonb NOT NULL, CONSTRAINT "measure_revisions_measure_revision" UNIQUE ("measure_id", "revision"), CONSTRAINT "PK_28306fc2ee178d90073ea652cee" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "measure_revisions_valid_from_idx" ON "measure_revisions"  ("valid_from") ',
    );
    await queryRunner.query(
      'CREATE INDEX "measure_revisions_measure_valid_from_idx" ON "measure_revisions"  ("measure_id", "valid_from") ',
    );
    await queryRunner.query(
      'ALTER TABLE "measures" ADD CONSTRAINT "measures_department_fk" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "measures" ADD CONSTRAINT "measures_responsible_user_fk" FOREIGN KEY ("responsible_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "measures" ADD CONSTRAINT "measures_field_of_action_fk" FOREIGN KEY ("field_of_action_id") REFERENCES "fields_of_action"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "measures" ADD CONSTRAINT "measures_created_by_fk" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "measures" ADD CONSTRAINT "measures_updated_by_fk" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "measure_assessments" ADD CONSTRAINT "measure_assessments_measure_fk" FOREIGN KEY ("measure_id") REFERENCES "measures"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "measure_assessments" ADD CONSTRAINT "measure_assessments_sub_goal_fk" FOREIGN KEY ("sub_goal_id") REFERENCES "sub_goals"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "measure_assessments" ADD CONSTRAINT "measure_assessments_decided_by_fk" FOREIGN KEY ("decided_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "measure_channels" ADD CONSTRAINT "measure_channels_measure_fk" FOREIGN KEY ("measure_id") REFERENCES "measures"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "measure_codetermination" ADD CONSTRAINT "measure_codetermination_measure_fk" FOREIGN KEY ("measure_id") REFERENCES "measures"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "measure_codetermination" ADD CONSTRAINT "measure_codetermination_updated_by_fk" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "measure_milestones" ADD CONSTRAINT "measure_milestones_measure_fk" FOREIGN KEY ("measure_id") REFERENCES "measures"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    // The revision history is append-only, whoever connects: no UPDATE, DELETE or TRUNCATE.
    await queryRunner.query(`CREATE FUNCTION refuse_history_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER measure_revisions_no_change BEFORE UPDATE OR DELETE ON "measure_revisions" FOR EACH ROW EXECUTE FUNCTION refuse_history_change()',
    );
    await queryRunner.query(
      'CREATE TRIGGER measure_revisions_no_truncate BEFORE TRUNCATE ON "measure_revisions" FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_change()',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER "measure_revisions_no_truncate" ON "measure_revisions"');
    await queryRunner.query('DROP TRIGGER "measure_revisions_no_change" ON "measure_revisions"');
    await queryRunner.query('DROP FUNCTION refuse_history_change()');
    await queryRunner.query(
      'ALTER TABLE "measure_milestones" DROP CONSTRAINT "measure_milestones_measure_fk"',
    );
    await queryRunner.query(
      'ALTER TABLE "measure_codetermination" DROP CONSTRAINT "measure_codetermination_updated_by_fk"',
    );
    await queryRunner.query(
      'ALTER TABLE "measure_codetermination" DROP CONSTRAINT "measure_codetermination_measure_fk"',
    );
    await queryRunner.query(
      'ALTER TABLE "measure_channels" DROP CONSTRAINT "measure_channels_measure_fk"',
    );
    await queryRunner.query(
      'ALTER TABLE "measure_assessments" DROP CONSTRAINT "measure_assessments_decided_by_fk"',
    );
    await queryRunner.query(
      'ALTER TABLE "measure_assessments" DROP CONSTRAINT "measure_assessments_sub_goal_fk"',
    );
    await queryRunner.query(
      'ALTER TABLE "measure_assessments" DROP CONSTRAINT "measure_assessments_measure_fk"',
    );
    await queryRunner.query('ALTER TABLE "measures" DROP CONSTRAINT "measures_updated_by_fk"');
    await queryRunner.query('ALTER TABLE "measures" DROP CONSTRAINT "measures_created_by_fk"');
    await queryRunner.query('ALTER TABLE "measures" DROP CONSTRAINT "measures_field_of_action_fk"');
    await queryRunner.query(
      'ALTER TABLE "measures" DROP CONSTRAINT "measures_responsible_user_fk"',
    );
    await queryRunner.query('ALTER TABLE "measures" DROP CONSTRAINT "measures_department_fk"');
    await queryRunner.query('DROP INDEX "public"."measure_revisions_measure_valid_from_idx"');
    await queryRunner.query('DROP INDEX "public"."measure_revisions_valid_from_idx"');
    await queryRunner.query('DROP TABLE "measure_revisions"');
    await queryRunner.query('DROP INDEX "public"."measure_milestones_measure_idx"');
    await queryRunner.query('DROP TABLE "measure_milestones"');
    await queryRunner.query('DROP INDEX "public"."measure_codetermination_relevance_idx"');
    await queryRunner.query('DROP TABLE "measure_codetermination"');
    await queryRunner.query('DROP TABLE "measure_channels"');
    await queryRunner.query('DROP INDEX "public"."measure_assessments_sub_goal_idx"');
    await queryRunner.query('DROP TABLE "measure_assessments"');
    await queryRunner.query('DROP INDEX "public"."measures_department_idx"');
    await queryRunner.query('DROP INDEX "public"."measures_status_idx"');
    await queryRunner.query('DROP INDEX "public"."measures_public_idx"');
    await queryRunner.query('DROP INDEX "public"."measures_field_of_action_idx"');
    await queryRunner.query('DROP INDEX "public"."measures_guardrail_result_idx"');
    await queryRunner.query('DROP INDEX "public"."measures_updated_at_idx"');
    await queryRunner.query('DROP INDEX "public"."measures_planned_end_idx"');
    await queryRunner.query('DROP INDEX "public"."measures_title_idx"');
    await queryRunner.query('DROP TABLE "measures"');
    await queryRunner.query('DROP TABLE "fields_of_action"');
  }
}
