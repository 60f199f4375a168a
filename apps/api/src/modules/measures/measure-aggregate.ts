import type {
  Channel,
  CheckResult,
  CodeterminationRelevance,
  CodeterminationResult,
  ExceptionStatus,
  MeasureKind,
  MeasureStatus,
  Priority,
  Rating,
} from '@leitplanken/shared';
import type { EntityManager } from 'typeorm';

/**
 * A measure with everything that belongs to it, as the services work with it: loaded with one
 * query per table for any number of measures (no N+1), written back as a whole.
 */

/** The editable columns of `measures`. */
export interface MeasureFields {
  title: string;
  description: string | null;
  departmentId: string;
  responsiblePerson: string | null;
  responsibleUserId: string | null;
  status: MeasureStatus;
  kind: MeasureKind;
  legalBasis: string | null;
  legalDeadline: string | null;
  fieldOfActionId: string | null;
  plannedStart: string | null;
  plannedEnd: string | null;
  actualStart: string | null;
  actualEnd: string | null;
  budgetPlanned: number | null;
  budgetSpent: number | null;
  fundingProgramme: string | null;
  fundingAmount: number | null;
  priority: Priority;
  public: boolean;
}

export interface PersonRef {
  id: string;
  name: string;
}

export interface AssessmentState {
  subGoalId: string;
  subGoalCode: string;
  rating: Rating;
  justification: string | null;
  exceptionStatus: ExceptionStatus;
  exceptionReason: string | null;
  decidedBy: PersonRef | null;
  decidedAt: Date | null;
}

export interface MilestoneState {
  id: string | null;
  title: string;
  dueOn: string | null;
  doneOn: string | null;
  weight: number;
  position: number;
}

export interface ChannelState {
  channel: Channel;
  availableBefore: boolean;
  availableAfter: boolean;
}

export interface CodeterminationFields {
  relevance: CodeterminationRelevance;
  legalBasis: string | null;
  informedOn: string | null;
  discussedOn: string | null;
  consentRequestedOn: string | null;
  deadlineOn: string | null;
  decidedOn: string | null;
  result: CodeterminationResult | null;
  pilot: boolean;
  agreementTitle: string | null;
  agreementNumber: string | null;
  agreementValidFrom: string | null;
  agreementValidUntil: string | null;
  position: string | null;
}

export interface CodeterminationState extends CodeterminationFields {
  updatedAt: Date;
  updatedBy: PersonRef | null;
}

export interface MeasureAggregate {
  id: string;
  version: number;
  fields: MeasureFields;
  guardrailResult: CheckResult;
  department: { id: string; code: string; name: string };
  fieldOfAction: { id: string; name: string } | null;
  responsibleUser: PersonRef | null;
  createdAt: Date;
  updatedAt: Date;
  createdBy: PersonRef | null;
  assessments: AssessmentState[];
  milestones: MilestoneState[];
  channels: ChannelState[];
  codetermination: CodeterminationState | null;
}

/** A `date` column as `YYYY-MM-DD`, whatever the session's DateStyle. */
export const day = (column: string): string => `to_char(${column}, 'YYYY-MM-DD')`;

const num = (value: string | null): number | null => (value === null ? null : Number(value));

const person = (id: string | null, name: string | null): PersonRef | null =>
  id === null ? null : { id, name: name ?? '' };

interface MeasureRow {
  id: string;
  version: number;
  title: string;
  description: string | null;
  department_id: string;
  department_code: string;
  department_name: string;
  responsible_person: string | null;
  responsible_user_id: string | null;
  responsible_user_name: string | null;
  status: MeasureStatus;
  kind: MeasureKind;
  legal_basis: string | null;
  legal_deadline: string | null;
  field_of_action_id: string | null;
  field_of_action_name: string | null;
  planned_start: string | null;
  planned_end: string | null;
  actual_start: string | null;
  actual_end: string | null;
  budget_planned: string | null;
  budget_spent: string | null;
  funding_programme: string | null;
  funding_amount: string | null;
  priority: Priority;
  public: boolean;
  guardrail_result: CheckResult;
  created_at: Date;
  updated_at: Date;
  created_by: string | null;
  created_by_name: string | null;
}

const MEASURE_COLUMNS = `
  m.id, m.version, m.title, m.description, m.department_id, d.code AS department_code,
  d.name AS department_name, m.responsible_person, m.responsible_user_id,
  ru.name AS responsible_user_name, m.status, m.kind, m.legal_basis,
  ${day('m.legal_deadline')} AS legal_deadline, m.field_of_action_id,
  f.name AS field_of_action_name, ${day('m.planned_start')} AS planned_start,
  ${day('m.planned_end')} AS planned_end, ${day('m.actual_start')} AS actual_start,
  ${day('m.actual_end')} AS actual_end, m.budget_planned, m.budget_spent, m.funding_programme,
  m.funding_amount, m.priority, m.public, m.guardrail_result, m.created_at, m.updated_at,
  m.created_by, cu.name AS created_by_name`;

interface AssessmentRow {
  measure_id: string;
  sub_goal_id: string;
  code: string;
  rating: Rating;
  justification: string | null;
  exception_status: ExceptionStatus;
  exception_reason: string | null;
  decided_by: string | null;
  decided_by_name: string | null;
  decided_at: Date | null;
}

interface MilestoneRow {
  id: string;
  measure_id: string;
  title: string;
  due_on: string | null;
  done_on: string | null;
  weight: string;
  position: number;
}

interface ChannelRow {
  measure_id: string;
  channel: Channel;
  available_before: boolean;
  available_after: boolean;
}

interface CodeterminationRow {
  measure_id: string;
  relevance: CodeterminationRelevance;
  legal_basis: string | null;
  informed_on: string | null;
  discussed_on: string | null;
  consent_requested_on: string | null;
  deadline_on: string | null;
  decided_on: string | null;
  result: CodeterminationResult | null;
  pilot: boolean;
  agreement_title: string | null;
  agreement_number: string | null;
  agreement_valid_from: string | null;
  agreement_valid_until: string | null;
  position: string | null;
  updated_at: Date;
  updated_by: string | null;
  updated_by_name: string | null;
}

/**
 * Runs independent reads in parallel on the pool, or one after another inside a transaction
 * (a transaction is one connection, and pg refuses overlapping queries on one client).
 */
async function readAll<T extends readonly unknown[]>(
  em: EntityManager,
  reads: { [K in keyof T]: () => Promise<T[K]> },
): Promise<T> {
  if (!em.queryRunner?.isTransactionActive) {
    return (await Promise.all(reads.map((read) => read()))) as unknown as T;
  }
  const results: unknown[] = [];
  for (const read of reads) results.push(await read());
  return results as unknown as T;
}

function groupBy<T extends { measure_id: string }>(rows: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.measure_id);
    if (list) list.push(row);
    else map.set(row.measure_id, [row]);
  }
  return map;
}

/** Milestones of many measures (weight and dates only) — what the progress rule needs. */
export async function loadMilestones(
  em: EntityManager,
  ids: readonly string[],
): Promise<Map<string, MilestoneState[]>> {
  if (ids.length === 0) return new Map();
  const rows: MilestoneRow[] = await em.query(
    `SELECT id, measure_id, title, ${day('due_on')} AS due_on, ${day('done_on')} AS done_on,
            weight, position
       FROM measure_milestones WHERE measure_id = ANY($1::uuid[])
      ORDER BY measure_id, position`,
    [ids],
  );
  const map = new Map<string, MilestoneState[]>();
  for (const [measureId, list] of groupBy(rows)) {
    map.set(
      measureId,
      list.map((r) => ({
        id: r.id,
        title: r.title,
        dueOn: r.due_on,
        doneOn: r.done_on,
        weight: Number(r.weight),
        position: r.position,
      })),
    );
  }
  return map;
}

/**
 * The aggregates of the given measures in the order of `ids` (unknown ids are left out): five
 * queries whatever the number of measures.
 */
export async function loadAggregates(
  em: EntityManager,
  ids: readonly string[],
): Promise<MeasureAggregate[]> {
  if (ids.length === 0) return [];
  const [rows, assessmentRows, milestones, channelRows, codeterminationRows] = await readAll<
    [
      MeasureRow[],
      AssessmentRow[],
      Map<string, MilestoneState[]>,
      ChannelRow[],
      CodeterminationRow[],
    ]
  >(em, [
    () =>
      em.query(
        `SELECT ${MEASURE_COLUMNS}
         FROM measures m
         JOIN departments d ON d.id = m.department_id
         LEFT JOIN fields_of_action f ON f.id = m.field_of_action_id
         LEFT JOIN users ru ON ru.id = m.responsible_user_id
         LEFT JOIN users cu ON cu.id = m.created_by
        WHERE m.id = ANY($1::uuid[])`,
        [ids],
      ),
    () =>
      em.query(
        `SELECT a.measure_id, a.sub_goal_id, s.code, a.rating, a.justification, a.exception_status,
              a.exception_reason, a.decided_by, u.name AS decided_by_name, a.decided_at
         FROM measure_assessments a
         JOIN sub_goals s ON s.id = a.sub_goal_id
         LEFT JOIN users u ON u.id = a.decided_by
        WHERE a.measure_id = ANY($1::uuid[])`,
        [ids],
      ),
    () => loadMilestones(em, ids),
    () =>
      em.query(
        `SELECT measure_id, channel, available_before, available_after
         FROM measure_channels WHERE measure_id = ANY($1::uuid[])`,
        [ids],
      ),
    () =>
      em.query(
        `SELECT c.measure_id, c.relevance, c.legal_basis, ${day('c.informed_on')} AS informed_on,
              ${day('c.discussed_on')} AS discussed_on,
              ${day('c.consent_requested_on')} AS consent_requested_on,
              ${day('c.deadline_on')} AS deadline_on, ${day('c.decided_on')} AS decided_on,
              c.result, c.pilot, c.agreement_title, c.agreement_number,
              ${day('c.agreement_valid_from')} AS agreement_valid_from,
              ${day('c.agreement_valid_until')} AS agreement_valid_until, c.position,
              c.updated_at, c.updated_by, u.name AS updated_by_name
         FROM measure_codetermination c
         LEFT JOIN users u ON u.id = c.updated_by
        WHERE c.measure_id = ANY($1::uuid[])`,
        [ids],
      ),
  ]);
  const assessments = groupBy(assessmentRows);
  const channels = groupBy(channelRows);
  const codetermination = new Map(codeterminationRows.map((c) => [c.measure_id, c]));
  const byId = new Map(rows.map((r) => [r.id, r]));

  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    const c = codetermination.get(id);
    return [
      {
        id: r.id,
        version: r.version,
        fields: {
          title: r.title,
          description: r.description,
          departmentId: r.department_id,
          responsiblePerson: r.responsible_person,
          responsibleUserId: r.responsible_user_id,
          status: r.status,
          kind: r.kind,
          legalBasis: r.legal_basis,
          legalDeadline: r.legal_deadline,
          fieldOfActionId: r.field_of_action_id,
          plannedStart: r.planned_start,
          plannedEnd: r.planned_end,
          actualStart: r.actual_start,
          actualEnd: r.actual_end,
          budgetPlanned: num(r.budget_planned),
          budgetSpent: num(r.budget_spent),
          fundingProgramme: r.funding_programme,
          fundingAmount: num(r.funding_amount),
          priority: r.priority,
          public: r.public,
        },
        guardrailResult: r.guardrail_result,
        department: { id: r.department_id, code: r.department_code, name: r.department_name },
        fieldOfAction:
          r.field_of_action_id === null
            ? null
            : { id: r.field_of_action_id, name: r.field_of_action_name ?? '' },
        responsibleUser: person(r.responsible_user_id, r.responsible_user_name),
        createdAt: r.created_at,
        updatedAt: r.updated_at,
        createdBy: person(r.created_by, r.created_by_name),
        assessments: (assessments.get(id) ?? []).map((a) => ({
          subGoalId: a.sub_goal_id,
          subGoalCode: a.code,
          rating: a.rating,
          justification: a.justification,
          exceptionStatus: a.exception_status,
          exceptionReason: a.exception_reason,
          decidedBy: person(a.decided_by, a.decided_by_name),
          decidedAt: a.decided_at,
        })),
        milestones: milestones.get(id) ?? [],
        channels: (channels.get(id) ?? []).map((ch) => ({
          channel: ch.channel,
          availableBefore: ch.available_before,
          availableAfter: ch.available_after,
        })),
        codetermination: c
          ? {
              relevance: c.relevance,
              legalBasis: c.legal_basis,
              informedOn: c.informed_on,
              discussedOn: c.discussed_on,
              consentRequestedOn: c.consent_requested_on,
              deadlineOn: c.deadline_on,
              decidedOn: c.decided_on,
              result: c.result,
              pilot: c.pilot,
              agreementTitle: c.agreement_title,
              agreementNumber: c.agreement_number,
              agreementValidFrom: c.agreement_valid_from,
              agreementValidUntil: c.agreement_valid_until,
              position: c.position,
              updatedAt: c.updated_at,
              updatedBy: person(c.updated_by, c.updated_by_name),
            }
          : null,
      },
    ];
  });
}
