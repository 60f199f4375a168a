import {
  behindPlan,
  calendarDayOf,
  expectedProgress,
  guardrailCheck,
  latestReportAsOf,
  measureHealth,
  measureProgress,
  type BehindPlan,
  type ExpectedProgress,
  type GuardrailCheck,
  type MeasureHealth,
  type MeasureProgress,
  type MeasureStatus,
  type ReportInput,
} from '@leitplanken/shared';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AssessmentState, ChannelState, CodeterminationFields } from './measure-aggregate.js';

/** What the date-dependent rules need of a measure. */
export interface ScheduleInput {
  status: MeasureStatus;
  plannedStart: string | null;
  plannedEnd: string | null;
  milestones: ReadonlyArray<{ weight: number; doneOn: string | null }>;
}

export interface ScheduleFigures {
  progress: MeasureProgress;
  health: MeasureHealth;
  expectedProgress: ExpectedProgress;
  behindPlan: BehindPlan;
}

/** What the guardrail check needs of a measure. */
export interface GuardrailInput {
  status: MeasureStatus;
  assessments: ReadonlyArray<
    Pick<
      AssessmentState,
      'subGoalCode' | 'rating' | 'justification' | 'exceptionStatus' | 'exceptionReason'
    >
  >;
  channels: readonly ChannelState[];
  codetermination: Pick<CodeterminationFields, 'relevance' | 'result'> | null;
}

/**
 * The figures of a measure — progress, health, expected progress, "hinter Plan", guardrail
 * check — computed by the one rule implementation in `@leitplanken/shared`, never here.
 *
 * Seam for status reports (issue 5): `reportsOf` returns the submitted and approved reports of
 * many measures with one query. Until reports exist it returns none, so progress comes from
 * `completed` or the milestones and health only from the planned end. Issue 5 fills `reportsOf`
 * (and nothing else changes: every caller already passes its result to `schedule`).
 */
@Injectable()
export class MeasureFiguresService {
  /** Today in Bergisch Gladbach (Europe/Berlin): the `asOf` of every live figure. */
  today(): string {
    return calendarDayOf(new Date().toISOString());
  }

  /** Submitted and approved status reports per measure id (one query for all ids). */
  reportsOf(
    _em: EntityManager,
    _measureIds: readonly string[],
  ): Promise<ReadonlyMap<string, readonly ReportInput[]>> {
    return Promise.resolve(new Map());
  }

  /** Progress, health, expected progress and "hinter Plan" as of `asOf`. */
  schedule(m: ScheduleInput, reports: readonly ReportInput[], asOf: string): ScheduleFigures {
    const progress = this.progress(m, reports, asOf);
    const expected = expectedProgress(m, asOf);
    return {
      progress,
      health: this.health(m, reports, asOf),
      expectedProgress: expected,
      behindPlan: behindPlan(progress.value, expected.value, m.status),
    };
  }

  progress(m: ScheduleInput, reports: readonly ReportInput[], asOf: string): MeasureProgress {
    return measureProgress({ status: m.status, milestones: m.milestones, reports }, asOf);
  }

  health(m: ScheduleInput, reports: readonly ReportInput[], asOf: string): MeasureHealth {
    return measureHealth(
      { status: m.status, plannedEnd: m.plannedEnd, latestReport: latestReportAsOf(reports, asOf) },
      asOf,
    );
  }

  /** The guardrail check against the sub-goals of the active strategy (no date involved). */
  guardrail(m: GuardrailInput, subGoalCodes: readonly string[]): GuardrailCheck {
    return guardrailCheck({
      status: m.status,
      subGoalCodes,
      assessments: m.assessments.map((a) => ({
        subGoalCode: a.subGoalCode,
        rating: a.rating,
        justification: a.justification,
        exception:
          a.exceptionStatus === 'accepted' || a.exceptionStatus === 'rejected'
            ? { accepted: a.exceptionStatus === 'accepted', reason: a.exceptionReason }
            : null,
      })),
      channels: m.channels.map((c) => ({
        channel: c.channel,
        before: c.availableBefore,
        after: c.availableAfter,
      })),
      codetermination: m.codetermination
        ? { relevance: m.codetermination.relevance, result: m.codetermination.result }
        : null,
    });
  }
}
