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

/**
 * The whole measure aggregate as `measure_revisions.snapshot` keeps it: what the figures "as of a
 * date" need (status, department, dates, public, assessments, milestones) plus what the guardrail
 * check needs (channels, co-determination). No personal names: the history is kept for good.
 */
export interface MeasureSnapshot {
  deleted: boolean;
  title: string;
  status: MeasureStatus;
  kind: MeasureKind;
  priority: Priority;
  departmentId: string;
  fieldOfActionId: string | null;
  plannedStart: string | null;
  plannedEnd: string | null;
  actualStart: string | null;
  actualEnd: string | null;
  legalDeadline: string | null;
  public: boolean;
  guardrailResult: CheckResult;
  assessments: Array<{
    subGoalId: string;
    subGoalCode: string;
    rating: Rating;
    exceptionStatus: ExceptionStatus;
  }>;
  milestones: Array<{ weight: number; dueOn: string | null; doneOn: string | null }>;
  channels: Array<{ channel: Channel; availableBefore: boolean; availableAfter: boolean }>;
  codetermination: {
    relevance: CodeterminationRelevance;
    result: CodeterminationResult | null;
  } | null;
}
