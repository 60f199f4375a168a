import type { CheckResult } from '@leitplanken/shared';
import type { EntityManager } from 'typeorm';
import type {
  AssessmentState,
  ChannelState,
  CodeterminationFields,
  MeasureFields,
  MilestoneState,
} from './measure-aggregate.js';
import type { MeasureSnapshot } from './measure-revision.snapshot.js';

/** The SQL writes of a measure; every one runs inside the caller's transaction. */

const FIELD_COLUMNS: ReadonlyArray<readonly [keyof MeasureFields, string]> = [
  ['title', 'title'],
  ['description', 'description'],
  ['departmentId', 'department_id'],
  ['responsiblePerson', 'responsible_person'],
  ['responsibleUserId', 'responsible_user_id'],
  ['status', 'status'],
  ['kind', 'kind'],
  ['legalBasis', 'legal_basis'],
  ['legalDeadline', 'legal_deadline'],
  ['fieldOfActionId', 'field_of_action_id'],
  ['plannedStart', 'planned_start'],
  ['plannedEnd', 'planned_end'],
  ['actualStart', 'actual_start'],
  ['actualEnd', 'actual_end'],
  ['budgetPlanned', 'budget_planned'],
  ['budgetSpent', 'budget_spent'],
  ['fundingProgramme', 'funding_programme'],
  ['fundingAmount', 'funding_amount'],
  ['priority', 'priority'],
  ['public', 'public'],
];

export const MEASURE_FIELD_KEYS: ReadonlyArray<keyof MeasureFields> = FIELD_COLUMNS.map(
  ([key]) => key,
);

export async function insertMeasure(
  em: EntityManager,
  fields: MeasureFields,
  guardrailResult: CheckResult,
  userId: string | null,
): Promise<string> {
  const columns = FIELD_COLUMNS.map(([, column]) => column);
  const values: unknown[] = FIELD_COLUMNS.map(([key]) => fields[key]);
  values.push(guardrailResult, userId);
  const placeholders = values.map((_, i) => `$${i + 1}`);
  const n = values.length;
  const rows: Array<{ id: string }> = await em.query(
    `INSERT INTO measures (${columns.join(', ')}, guardrail_result, created_by, updated_by)
     VALUES (${placeholders.join(', ')}, $${n}) RETURNING id`,
    values,
  );
  return rows[0]!.id;
}

/**
 * The optimistic lock: writes the fields (or, without `fields`, only bumps the version) if and
 * only if the row still has `version`. Returns the new version, or null when the row changed or
 * vanished in the meantime — then nothing was written.
 */
export async function updateMeasureIfVersion(
  em: EntityManager,
  id: string,
  version: number,
  change: { fields?: MeasureFields; guardrailResult: CheckResult; userId: string | null },
): Promise<number | null> {
  const values: unknown[] = [id, version, change.guardrailResult, change.userId];
  const sets = ['guardrail_result = $3', 'updated_by = $4'];
  if (change.fields) {
    for (const [key, column] of FIELD_COLUMNS) {
      values.push(change.fields[key]);
      sets.push(`${column} = $${values.length}`);
    }
  }
  // TypeORM returns [rows, affected] for UPDATE … RETURNING.
  const [rows]: [Array<{ version: number }>, number] = await em.query(
    `UPDATE measures SET ${sets.join(', ')}, version = version + 1, updated_at = now()
      WHERE id = $1 AND version = $2 RETURNING version`,
    values,
  );
  return rows[0]?.version ?? null;
}

export async function currentVersion(em: EntityManager, id: string): Promise<number | null> {
  const rows: Array<{ version: number }> = await em.query(
    'SELECT version FROM measures WHERE id = $1',
    [id],
  );
  return rows[0]?.version ?? null;
}

export async function replaceAssessments(
  em: EntityManager,
  measureId: string,
  list: readonly AssessmentState[],
): Promise<void> {
  await em.query('DELETE FROM measure_assessments WHERE measure_id = $1', [measureId]);
  if (list.length === 0) return;
  await em.query(
    `INSERT INTO measure_assessments
       (measure_id, sub_goal_id, rating, justification, exception_status, exception_reason,
        decided_by, decided_at)
     SELECT $1, * FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[],
                              $7::uuid[], $8::timestamptz[])`,
    [
      measureId,
      list.map((a) => a.subGoalId),
      list.map((a) => a.rating),
      list.map((a) => a.justification),
      list.map((a) => a.exceptionStatus),
      list.map((a) => a.exceptionReason),
      list.map((a) => a.decidedBy?.id ?? null),
      list.map((a) => a.decidedAt),
    ],
  );
}

export async function replaceMilestones(
  em: EntityManager,
  measureId: string,
  list: readonly MilestoneState[],
): Promise<void> {
  await em.query('DELETE FROM measure_milestones WHERE measure_id = $1', [measureId]);
  if (list.length === 0) return;
  await em.query(
    `INSERT INTO measure_milestones (measure_id, title, due_on, done_on, weight, position)
     SELECT $1, * FROM unnest($2::text[], $3::date[], $4::date[], $5::numeric[], $6::int[])`,
    [
      measureId,
      list.map((m) => m.title),
      list.map((m) => m.dueOn),
      list.map((m) => m.doneOn),
      list.map((m) => m.weight),
      list.map((m) => m.position),
    ],
  );
}

export async function replaceChannels(
  em: EntityManager,
  measureId: string,
  list: readonly ChannelState[],
): Promise<void> {
  await em.query('DELETE FROM measure_channels WHERE measure_id = $1', [measureId]);
  if (list.length === 0) return;
  await em.query(
    `INSERT INTO measure_channels (measure_id, channel, available_before, available_after)
     SELECT $1, * FROM unnest($2::text[], $3::boolean[], $4::boolean[])`,
    [
      measureId,
      list.map((c) => c.channel),
      list.map((c) => c.availableBefore),
      list.map((c) => c.availableAfter),
    ],
  );
}

export async function upsertCodetermination(
  em: EntityManager,
  measureId: string,
  c: CodeterminationFields,
  userId: string | null,
): Promise<void> {
  await em.query(
    `INSERT INTO measure_codetermination
       (measure_id, relevance, legal_basis, informed_on, discussed_on, consent_requested_on,
        deadline_on, decided_on, result, pilot, agreement_title, agreement_number,
        agreement_valid_from, agreement_valid_until, position, updated_by, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, now())
     ON CONFLICT (measure_id) DO UPDATE SET
       relevance = EXCLUDED.relevance, legal_basis = EXCLUDED.legal_basis,
       informed_on = EXCLUDED.informed_on, discussed_on = EXCLUDED.discussed_on,
       consent_requested_on = EXCLUDED.consent_requested_on, deadline_on = EXCLUDED.deadline_on,
       decided_on = EXCLUDED.decided_on, result = EXCLUDED.result, pilot = EXCLUDED.pilot,
       agreement_title = EXCLUDED.agreement_title, agreement_number = EXCLUDED.agreement_number,
       agreement_valid_from = EXCLUDED.agreement_valid_from,
       agreement_valid_until = EXCLUDED.agreement_valid_until, position = EXCLUDED.position,
       updated_by = EXCLUDED.updated_by, updated_at = now()`,
    [
      measureId,
      c.relevance,
      c.legalBasis,
      c.informedOn,
      c.discussedOn,
      c.consentRequestedOn,
      c.deadlineOn,
      c.decidedOn,
      c.result,
      c.pilot,
      c.agreementTitle,
      c.agreementNumber,
      c.agreementValidFrom,
      c.agreementValidUntil,
      c.position,
      userId,
    ],
  );
}

export async function setException(
  em: EntityManager,
  measureId: string,
  subGoalId: string,
  decision: { status: 'accepted' | 'rejected'; reason: string; userId: string | null },
): Promise<void> {
  await em.query(
    `UPDATE measure_assessments
        SET exception_status = $3, exception_reason = $4, decided_by = $5, decided_at = now()
      WHERE measure_id = $1 AND sub_goal_id = $2`,
    [measureId, subGoalId, decision.status, decision.reason, decision.userId],
  );
}

export async function deleteMeasureIfVersion(
  em: EntityManager,
  id: string,
  version: number,
): Promise<boolean> {
  const [, affected]: [unknown, number] = await em.query(
    'DELETE FROM measures WHERE id = $1 AND version = $2',
    [id, version],
  );
  return affected === 1;
}

/** Appends the aggregate as it stands from now (the transaction's time) on. */
export async function insertRevision(
  em: EntityManager,
  measureId: string,
  revision: number,
  snapshot: MeasureSnapshot,
): Promise<void> {
  await em.query(
    `INSERT INTO measure_revisions (measure_id, revision, valid_from, snapshot)
     VALUES ($1, $2, now(), $3)`,
    [measureId, revision, JSON.stringify(snapshot)],
  );
}
