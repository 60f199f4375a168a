import {
  compareSubGoalCodes,
  type GuardrailCheck,
  type Measure,
  type MeasureListItem,
} from '@leitplanken/shared';
import type { MeasureAggregate } from './measure-aggregate.js';
import type { ScheduleFigures } from './measure-figures.service.js';
import type { MeasureSnapshot } from './measure-revision.snapshot.js';

function byCode<T extends { subGoalCode: string }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => compareSubGoalCodes(a.subGoalCode, b.subGoalCode));
}

export function toMeasure(
  m: MeasureAggregate,
  figures: ScheduleFigures,
  check: GuardrailCheck,
): Measure {
  const c = m.codetermination;
  return {
    id: m.id,
    version: m.version,
    ...m.fields,
    department: m.department,
    responsibleUser: m.responsibleUser,
    fieldOfAction: m.fieldOfAction,
    assessments: byCode(m.assessments).map((a) => ({
      subGoalId: a.subGoalId,
      subGoalCode: a.subGoalCode,
      rating: a.rating,
      justification: a.justification,
      exception: {
        status: a.exceptionStatus,
        reason: a.exceptionReason,
        decidedBy: a.decidedBy,
        decidedAt: a.decidedAt?.toISOString() ?? null,
      },
    })),
    milestones: m.milestones.map((ms, i) => ({
      id: ms.id ?? String(i),
      title: ms.title,
      dueOn: ms.dueOn,
      doneOn: ms.doneOn,
      weight: ms.weight,
      position: ms.position,
    })),
    channels: m.channels,
    codetermination: c ? { ...c, updatedAt: c.updatedAt.toISOString() } : null,
    ...figures,
    guardrailCheck: check,
    createdAt: m.createdAt.toISOString(),
    updatedAt: m.updatedAt.toISOString(),
    createdBy: m.createdBy,
  };
}

export function toListItem(measure: Measure): MeasureListItem {
  const { description: _description, ...item } = measure;
  return item;
}

/** The history row of `measure_revisions` (see MeasureSnapshot). */
export function toSnapshot(m: MeasureAggregate, deleted = false): MeasureSnapshot {
  const f = m.fields;
  return {
    deleted,
    title: f.title,
    status: f.status,
    kind: f.kind,
    priority: f.priority,
    departmentId: f.departmentId,
    fieldOfActionId: f.fieldOfActionId,
    plannedStart: f.plannedStart,
    plannedEnd: f.plannedEnd,
    actualStart: f.actualStart,
    actualEnd: f.actualEnd,
    legalDeadline: f.legalDeadline,
    public: f.public,
    guardrailResult: m.guardrailResult,
    assessments: byCode(m.assessments).map((a) => ({
      subGoalId: a.subGoalId,
      subGoalCode: a.subGoalCode,
      rating: a.rating,
      exceptionStatus: a.exceptionStatus,
    })),
    milestones: m.milestones.map((ms) => ({
      weight: ms.weight,
      dueOn: ms.dueOn,
      doneOn: ms.doneOn,
    })),
    channels: m.channels,
    codetermination: m.codetermination
      ? { relevance: m.codetermination.relevance, result: m.codetermination.result }
      : null,
  };
}

/** What the audit log keeps of a measure: every stored value, no computed figures. */
export function toAuditView(m: MeasureAggregate): Record<string, unknown> {
  const c = m.codetermination;
  return {
    version: m.version,
    ...m.fields,
    guardrailResult: m.guardrailResult,
    assessments: byCode(m.assessments).map((a) => ({
      subGoalCode: a.subGoalCode,
      rating: a.rating,
      justification: a.justification,
      exceptionStatus: a.exceptionStatus,
      exceptionReason: a.exceptionReason,
    })),
    milestones: m.milestones.map(({ title, dueOn, doneOn, weight }) => ({
      title,
      dueOn,
      doneOn,
      weight,
    })),
    channels: m.channels,
    codetermination: c ? { ...c, updatedAt: undefined, updatedBy: c.updatedBy?.id ?? null } : null,
  };
}
