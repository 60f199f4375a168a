import {
  canEditCodetermination,
  canWriteStaffCouncilPosition,
  measureRuleIssues,
  type CodeterminationUpdate,
  type CreateMeasure,
  type FieldError,
  type Measure,
  type UpdateMeasure,
} from '@leitplanken/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { assertCanEditDepartment } from '../../common/auth/department-access.js';
import type { Actor } from '../../common/auth/current-user.decorator.js';
import { CommonException } from '../../common/errors/common.errors.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import {
  loadAggregates,
  type CodeterminationFields,
  type MeasureAggregate,
  type MeasureFields,
  type MilestoneState,
} from './measure-aggregate.js';
import { nextAssessments } from './measure-assessments.js';
import { MeasureFiguresService } from './measure-figures.service.js';
import { guardrailInputOf, MeasureQueriesService } from './measure-queries.service.js';
import { referenceErrors, type ActiveSubGoal, type ReferenceInput } from './measure-references.js';
import {
  currentVersion,
  deleteMeasureIfVersion,
  insertMeasure,
  insertRevision,
  MEASURE_FIELD_KEYS,
  replaceAssessments,
  replaceChannels,
  replaceMilestones,
  setException,
  updateMeasureIfVersion,
  upsertCodetermination,
} from './measure-store.js';
import { toAuditView, toSnapshot } from './measure.mapper.js';
import { MeasureException } from './measures.errors.js';

type Collections = Pick<UpdateMeasure, 'assessments' | 'milestones' | 'channels'>;

function milestonesOf(input: NonNullable<Collections['milestones']>): MilestoneState[] {
  return input.map((m, i) => ({
    id: null,
    title: m.title,
    dueOn: m.dueOn ?? null,
    doneOn: m.doneOn ?? null,
    weight: m.weight ?? 1,
    position: i + 1,
  }));
}

function ruleErrors(fields: MeasureFields): FieldError[] {
  return measureRuleIssues(fields).map((issue) => ({
    field: issue.path.join('.'),
    code: 'custom',
    message: issue.message,
    messageEn: issue.messageEn,
  }));
}

function invalid(fields: FieldError[]): CommonException {
  return new CommonException('VALIDATION_FAILED', { fields });
}

/** Stale or vanished: 409 with the version the client must reload, or 404. */
async function conflict(em: EntityManager, id: string): Promise<never> {
  const version = await currentVersion(em, id);
  if (version === null) throw new MeasureException('MEASURE_NOT_FOUND');
  throw new CommonException('VERSION_CONFLICT', { details: { currentVersion: version } });
}

/**
 * Every change of a measure, each in one transaction that ends with the revision row and the
 * audit entry: validation (schema, references, cross-field rules on the merged state) and the
 * rights check come first, so a refused request writes nothing; the optimistic lock
 * (`UPDATE … WHERE id = $1 AND version = $2`) comes before any other write, so a stale request
 * changes nothing either.
 */
@Injectable()
export class MeasuresService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly figures: MeasureFiguresService,
    private readonly queries: MeasureQueriesService,
  ) {}

  async create(user: AuthUser, actor: Actor, input: CreateMeasure): Promise<Measure> {
    assertCanEditDepartment(user, input.departmentId);
    const subGoals = await this.queries.activeSubGoals();
    return this.dataSource.transaction(async (em) => {
      const fields: MeasureFields = {
        title: input.title,
        description: input.description ?? null,
        departmentId: input.departmentId,
        responsiblePerson: input.responsiblePerson ?? null,
        responsibleUserId: input.responsibleUserId ?? null,
        status: input.status ?? 'planned',
        kind: input.kind ?? 'voluntary',
        legalBasis: input.legalBasis ?? null,
        legalDeadline: input.legalDeadline ?? null,
        fieldOfActionId: input.fieldOfActionId ?? null,
        plannedStart: input.plannedStart ?? null,
        plannedEnd: input.plannedEnd ?? null,
        actualStart: input.actualStart ?? null,
        actualEnd: input.actualEnd ?? null,
        budgetPlanned: input.budgetPlanned ?? null,
        budgetSpent: input.budgetSpent ?? null,
        fundingProgramme: input.fundingProgramme ?? null,
        fundingAmount: input.fundingAmount ?? null,
        priority: input.priority ?? 'medium',
        public: input.public ?? false,
      };
      await this.validate(
        em,
        fields,
        {
          departmentId: fields.departmentId,
          fieldOfActionId: fields.fieldOfActionId,
          responsibleUserId: fields.responsibleUserId,
          assessmentCodes: input.assessments?.map((a) => a.subGoalCode),
        },
        subGoals,
      );
      const idByCode = new Map(subGoals.map((s) => [s.code, s.id]));
      const assessments = nextAssessments(input.assessments ?? [], [], idByCode);
      const milestones = milestonesOf(input.milestones ?? []);
      const channels = input.channels ?? [];
      const check = this.figures.guardrail(
        { status: fields.status, assessments, channels, codetermination: null },
        subGoals.map((s) => s.code),
      );
      const id = await insertMeasure(em, fields, check.result, user.id);
      await replaceAssessments(em, id, assessments);
      await replaceMilestones(em, id, milestones);
      await replaceChannels(em, id, channels);
      return this.finish(em, actor, id, 'create', null, subGoals);
    });
  }

  async update(user: AuthUser, actor: Actor, id: string, input: UpdateMeasure): Promise<Measure> {
    const subGoals = await this.queries.activeSubGoals();
    return this.dataSource.transaction(async (em) => {
      const current = await this.queries.load(em, id);
      assertCanEditDepartment(user, current.fields.departmentId);
      if (input.departmentId !== undefined) assertCanEditDepartment(user, input.departmentId);

      const fields: MeasureFields = { ...current.fields };
      const changed = <K extends keyof MeasureFields>(key: K) =>
        input[key] !== undefined && input[key] !== current.fields[key];
      for (const key of MEASURE_FIELD_KEYS) {
        const value = input[key];
        if (value !== undefined) Object.assign(fields, { [key]: value });
      }
      await this.validate(
        em,
        fields,
        {
          departmentId: changed('departmentId') ? fields.departmentId : undefined,
          fieldOfActionId: changed('fieldOfActionId') ? fields.fieldOfActionId : undefined,
          responsibleUserId: changed('responsibleUserId') ? fields.responsibleUserId : undefined,
          assessmentCodes: input.assessments?.map((a) => a.subGoalCode),
        },
        subGoals,
      );
      const idByCode = new Map(subGoals.map((s) => [s.code, s.id]));
      const assessments = input.assessments
        ? nextAssessments(input.assessments, current.assessments, idByCode)
        : current.assessments;
      const milestones = input.milestones ? milestonesOf(input.milestones) : current.milestones;
      const channels = input.channels ?? current.channels;
      const check = this.figures.guardrail(
        { status: fields.status, assessments, channels, codetermination: current.codetermination },
        subGoals.map((s) => s.code),
      );

      const version = await updateMeasureIfVersion(em, id, input.version, {
        fields,
        guardrailResult: check.result,
        userId: user.id,
      });
      if (version === null) return conflict(em, id);
      if (input.assessments) await replaceAssessments(em, id, assessments);
      if (input.milestones) await replaceMilestones(em, id, milestones);
      if (input.channels) await replaceChannels(em, id, channels);
      return this.finish(em, actor, id, 'update', current, subGoals);
    });
  }

  async remove(user: AuthUser, actor: Actor, id: string, version?: number): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const current = await this.queries.load(em, id);
      assertCanEditDepartment(user, current.fields.departmentId);
      if (!(await deleteMeasureIfVersion(em, id, version ?? current.version))) {
        await conflict(em, id);
      }
      await insertRevision(em, id, current.version + 1, toSnapshot(current, true));
      await this.audit.record(em, actor, {
        action: 'delete',
        entity: 'measure',
        entityId: id,
        before: toAuditView(current),
      });
    });
  }

  /**
   * The co-determination record, replaced as a whole. The staff council and admins may change
   * everything; whoever may edit the measure may keep the record up to date too, but never the
   * staff council's own position.
   */
  async putCodetermination(
    user: AuthUser,
    actor: Actor,
    id: string,
    input: CodeterminationUpdate,
  ): Promise<Measure> {
    const subGoals = await this.queries.activeSubGoals();
    return this.dataSource.transaction(async (em) => {
      const current = await this.queries.load(em, id);
      if (!canEditCodetermination(user, current.fields.departmentId)) {
        assertCanEditDepartment(user, current.fields.departmentId);
      }
      const next: CodeterminationFields = {
        relevance: input.relevance,
        legalBasis: input.legalBasis ?? null,
        informedOn: input.informedOn ?? null,
        discussedOn: input.discussedOn ?? null,
        consentRequestedOn: input.consentRequestedOn ?? null,
        deadlineOn: input.deadlineOn ?? null,
        decidedOn: input.decidedOn ?? null,
        result: input.result ?? null,
        pilot: input.pilot ?? false,
        agreementTitle: input.agreementTitle ?? null,
        agreementNumber: input.agreementNumber ?? null,
        agreementValidFrom: input.agreementValidFrom ?? null,
        agreementValidUntil: input.agreementValidUntil ?? null,
        position: input.position ?? null,
      };
      if (
        !canWriteStaffCouncilPosition(user) &&
        next.position !== (current.codetermination?.position ?? null)
      ) {
        throw new MeasureException('POSITION_STAFF_COUNCIL_ONLY');
      }
      const check = this.figures.guardrail(
        { ...guardrailInputOf(current), codetermination: next },
        subGoals.map((s) => s.code),
      );
      const version = await updateMeasureIfVersion(em, id, input.version, {
        guardrailResult: check.result,
        userId: user.id,
      });
      if (version === null) return conflict(em, id);
      await upsertCodetermination(em, id, next, user.id);
      return this.finish(em, actor, id, 'codetermination', current, subGoals);
    });
  }

  /** The board accepts or rejects a conflict as an exception (any state may be decided again). */
  async decideException(
    user: AuthUser,
    actor: Actor,
    id: string,
    subGoalCode: string,
    input: { decision: 'accepted' | 'rejected'; reason: string; version?: number },
  ): Promise<Measure> {
    const subGoals = await this.queries.activeSubGoals();
    return this.dataSource.transaction(async (em) => {
      const current = await this.queries.load(em, id);
      const assessment = current.assessments.find((a) => a.subGoalCode === subGoalCode);
      if (!assessment) throw new MeasureException('ASSESSMENT_NOT_FOUND', { subGoalCode });
      if (assessment.rating !== 'conflicts') {
        throw new MeasureException('EXCEPTION_NOT_A_CONFLICT', { subGoalCode });
      }
      const assessments = current.assessments.map((a) =>
        a === assessment
          ? { ...a, exceptionStatus: input.decision, exceptionReason: input.reason }
          : a,
      );
      const check = this.figures.guardrail(
        { ...guardrailInputOf(current), assessments },
        subGoals.map((s) => s.code),
      );
      const version = await updateMeasureIfVersion(em, id, input.version ?? current.version, {
        guardrailResult: check.result,
        userId: user.id,
      });
      if (version === null) return conflict(em, id);
      await setException(em, id, assessment.subGoalId, {
        status: input.decision,
        reason: input.reason,
        userId: user.id,
      });
      return this.finish(em, actor, id, 'exception_decision', current, subGoals);
    });
  }

  /**
   * Recomputes the stored guardrail result of every measure against the active strategy: for
   * the strategy administration (issue 9) after a new strategy becomes active. Not a user
   * change of any measure, so neither audited nor a new revision.
   */
  async recomputeGuardrailResults(): Promise<number> {
    const subGoals = await this.queries.activeSubGoals();
    const codes = subGoals.map((s) => s.code);
    return this.dataSource.transaction(async (em) => {
      const ids: Array<{ id: string }> = await em.query('SELECT id FROM measures');
      const aggregates = await loadAggregates(
        em,
        ids.map((r) => r.id),
      );
      let changed = 0;
      for (const a of aggregates) {
        const result = this.figures.guardrail(guardrailInputOf(a), codes).result;
        if (result === a.guardrailResult) continue;
        await em.query('UPDATE measures SET guardrail_result = $2 WHERE id = $1', [a.id, result]);
        changed += 1;
      }
      return changed;
    });
  }

  private async validate(
    em: EntityManager,
    fields: MeasureFields,
    references: ReferenceInput,
    subGoals: readonly ActiveSubGoal[],
  ): Promise<void> {
    const errors = [...(await referenceErrors(em, references, subGoals)), ...ruleErrors(fields)];
    if (errors.length) throw invalid(errors);
  }

  /** The stored aggregate after the write: revision, response, and the audit entry last. */
  private async finish(
    em: EntityManager,
    actor: Actor,
    id: string,
    action: 'create' | 'update' | 'codetermination' | 'exception_decision',
    before: MeasureAggregate | null,
    subGoals: readonly ActiveSubGoal[],
  ): Promise<Measure> {
    const [after] = await loadAggregates(em, [id]);
    if (!after) throw new MeasureException('MEASURE_NOT_FOUND');
    await insertRevision(em, id, after.version, toSnapshot(after));
    const [measure] = await this.queries.present(em, [after], subGoals);
    await this.audit.record(em, actor, {
      action,
      entity: 'measure',
      entityId: id,
      before: before ? toAuditView(before) : undefined,
      after: toAuditView(after),
    });
    return measure!;
  }
}
