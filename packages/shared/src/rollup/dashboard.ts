import type { MeasureStatus } from '../enums.schema.js';
import type {
  DashboardGoal,
  DashboardMeasure,
  DashboardResponse,
  HealthCounts,
  StatusCounts,
} from '../rollup.schema.js';
import { checkedDay } from './dates.js';
import {
  supportedSubGoalCodes,
  uncoveredSubGoals,
  type GuardrailAssessmentInput,
} from './guardrail.js';
import { measureHealth, reportOverdue } from './health.js';
import { goalProgress, measureProgress, subGoalProgress, type MilestoneInput } from './progress.js';
import { latestReportAsOf, type ReportInput } from './reports.js';
import { behindPlan, expectedProgress } from './schedule.js';

export interface DashboardMeasureInput {
  readonly id: string;
  /** Status on `asOf`. */
  readonly status: MeasureStatus;
  readonly departmentId: string | null;
  readonly plannedStart: string | null;
  readonly plannedEnd: string | null;
  readonly milestones: readonly MilestoneInput[];
  /** Submitted and approved reports of all cycles (drafts and returned ones are left out). */
  readonly reports: readonly ReportInput[];
  readonly assessments: readonly Pick<GuardrailAssessmentInput, 'subGoalCode' | 'rating'>[];
}

export interface DashboardInput {
  /** The goals of the strategy shown, in display order. */
  readonly goals: readonly {
    readonly number: number;
    readonly title: string;
    readonly subGoals: readonly { readonly code: string; readonly text?: string }[];
  }[];
  readonly measures: readonly DashboardMeasureInput[];
  /** The reporting cycle current on `asOf`, or null. */
  readonly currentCycle: {
    readonly id: string;
    readonly period: string;
    readonly dueDate: string;
  } | null;
  /** Measures with a submitted or approved report for `currentCycle` (as of `asOf`). */
  readonly reportedMeasureIdsForCurrentCycle: readonly string[];
}

/**
 * The dashboard (PRODUCT.md `GET /api/dashboard`) from data loaded up front; no I/O, no clock.
 *
 * Counting, per goal:
 * - `measureCount`: distinct non-cancelled measures that support at least one of its sub-goals
 *   (a measure supporting two sub-goals of the goal counts once);
 * - `byStatus`: the same measures by status, plus the cancelled supporters under `cancelled`;
 * - `byHealth`: the same non-cancelled measures by health (null → `unknown`), summing to measureCount.
 * Per sub-goal, `measureCount` is the number of non-cancelled measures supporting it.
 * `overdueReports` and `behindPlan` count all measures given, whether they support a goal or not.
 */
export function computeDashboard(input: DashboardInput, asOf: string): DashboardResponse {
  checkedDay(asOf, 'asOf');
  const reported = new Set(input.reportedMeasureIdsForCurrentCycle);
  const currentCycle =
    input.currentCycle === null
      ? null
      : {
          id: input.currentCycle.id,
          period: input.currentCycle.period,
          dueDate: checkedDay(input.currentCycle.dueDate, 'currentCycle.dueDate'),
        };

  const measures: DashboardMeasure[] = input.measures.map((m) => {
    const progress = measureProgress(m, asOf);
    const health = measureHealth(
      {
        status: m.status,
        plannedEnd: m.plannedEnd,
        latestReport: latestReportAsOf(m.reports, asOf),
      },
      asOf,
    );
    const expected = expectedProgress(m, asOf);
    return {
      id: m.id,
      departmentId: m.departmentId,
      status: m.status,
      progress: progress.value,
      progressSource: progress.source,
      counted: progress.counted,
      health: health.value,
      expectedProgress: expected.value,
      behindPlan: behindPlan(progress.value, expected.value, m.status).value,
      reportOverdue: reportOverdue(
        { status: m.status, cycle: currentCycle, hasSubmittedReportForCycle: reported.has(m.id) },
        asOf,
      ).value,
      supportedSubGoalCodes: supportedSubGoalCodes(m.assessments),
    };
  });

  const supportersByCode = new Map<string, DashboardMeasure[]>();
  for (const measure of measures) {
    for (const code of measure.supportedSubGoalCodes) {
      const list = supportersByCode.get(code);
      if (list) list.push(measure);
      else supportersByCode.set(code, [measure]);
    }
  }

  const goals: DashboardGoal[] = input.goals.map((goal) => {
    const subGoals = goal.subGoals.map((subGoal) => {
      const supporters = supportersByCode.get(subGoal.code) ?? [];
      return {
        code: subGoal.code,
        progress: subGoalProgress(supporters).value,
        measureCount: supporters.filter((m) => m.counted).length,
      };
    });
    const supporters = new Map<string, DashboardMeasure>();
    for (const subGoal of goal.subGoals) {
      for (const measure of supportersByCode.get(subGoal.code) ?? []) {
        supporters.set(measure.id, measure);
      }
    }
    const byStatus: StatusCounts = {
      planned: 0,
      in_progress: 0,
      completed: 0,
      paused: 0,
      cancelled: 0,
    };
    const byHealth: HealthCounts = { on_track: 0, at_risk: 0, off_track: 0, unknown: 0 };
    let measureCount = 0;
    for (const measure of supporters.values()) {
      byStatus[measure.status] += 1;
      if (measure.status === 'cancelled') continue;
      measureCount += 1;
      byHealth[measure.health ?? 'unknown'] += 1;
    }
    return {
      number: goal.number,
      title: goal.title,
      progress: goalProgress(subGoals).value,
      measureCount,
      byStatus,
      byHealth,
      subGoals,
    };
  });

  return {
    asOf,
    goals,
    uncoveredSubGoals: uncoveredSubGoals(
      input.goals.flatMap((g) => g.subGoals.map((s) => s.code)),
      measures,
    ),
    overdueReports: measures.filter((m) => m.reportOverdue).length,
    behindPlan: measures.filter((m) => m.behindPlan).length,
    currentCycle,
    measures,
  };
}
