import type { MeasureStatus } from '../enums.schema.js';
import type {
  GoalProgress,
  MeasureProgress,
  ProgressSource,
  SubGoalProgress,
  UsedReport,
} from '../rollup.schema.js';
import { calendarDayOf, checkedDay } from './dates.js';
import { latestOf, reportsAsOf, type ReportInput, type VisibleReport } from './reports.js';
import { dayDe, numDe, numEn, pctDe, pctEn } from './text.js';

export interface MilestoneInput {
  /** Weight (default 1 in the domain); zero, negative or non-finite weights count as 0. */
  readonly weight: number;
  /** `YYYY-MM-DD` the milestone was done, or null. */
  readonly doneOn: string | null;
}

export interface MeasureProgressInput {
  readonly status: MeasureStatus;
  readonly milestones: readonly MilestoneInput[];
  readonly reports: readonly ReportInput[];
}

/**
 * Progress of one measure as of `asOf` (PRODUCT.md "Measure progress"): completed → 100; else
 * done milestone weight ÷ total weight; else the latest approved report, else the latest submitted
 * one; else 0. Cancelled measures get a value for their own page but `counted: false`.
 * `status` is taken as the status on `asOf`.
 */
export function measureProgress(input: MeasureProgressInput, asOf: string): MeasureProgress {
  checkedDay(asOf, 'asOf');
  const { status } = input;
  const counted = status !== 'cancelled';

  let milestonesDone = 0;
  let doneWeight = 0;
  let totalWeight = 0;
  for (const milestone of input.milestones) {
    const weight = Number.isFinite(milestone.weight) && milestone.weight > 0 ? milestone.weight : 0;
    totalWeight += weight;
    if (milestone.doneOn !== null && checkedDay(milestone.doneOn, 'milestone.doneOn') <= asOf) {
      milestonesDone += 1;
      doneWeight += weight;
    }
  }
  const milestoneCount = input.milestones.length;

  const result = (
    value: number,
    source: ProgressSource,
    report: UsedReport | null,
    message: string,
    messageEn: string,
  ): MeasureProgress => ({
    value,
    source,
    counted,
    inputs: { status, asOf, milestoneCount, milestonesDone, doneWeight, totalWeight, report },
    explanation: {
      code: explanationCode(source),
      message: counted ? message : `${message} Abgebrochen: zählt in keiner Auswertung.`,
      messageEn: counted ? messageEn : `${messageEn} Cancelled: counted in no aggregate.`,
    },
  });

  if (status === 'completed') {
    return result(
      100,
      'completed',
      null,
      'Maßnahme abgeschlossen: 100\u00a0%.',
      'Measure completed: 100%.',
    );
  }

  if (totalWeight > 0) {
    const value = (doneWeight / totalWeight) * 100;
    return result(
      value,
      'milestones',
      null,
      `Meilensteine: ${milestonesDone} von ${milestoneCount} bis ${dayDe(asOf)} erledigt, ` +
        `Gewicht ${numDe(doneWeight)} von ${numDe(totalWeight)} = ${pctDe(value)}.`,
      `Milestones: ${milestonesDone} of ${milestoneCount} done by ${asOf}, ` +
        `weight ${numEn(doneWeight)} of ${numEn(totalWeight)} = ${pctEn(value)}.`,
    );
  }

  const visible = reportsAsOf(input.reports, asOf);
  const approved = latestOf(visible.filter((r) => r.state === 'approved'));
  if (approved) {
    return result(
      approved.progress,
      'approved_report',
      used(approved),
      `Keine gewichteten Meilensteine; letzter freigegebener Statusbericht ` +
        `(freigegeben am ${dayDe(dayOfReport(approved))}): ${pctDe(approved.progress)}.`,
      `No weighted milestones; latest approved status report ` +
        `(approved ${dayOfReport(approved)}): ${pctEn(approved.progress)}.`,
    );
  }
  const submitted = latestOf(visible.filter((r) => r.state === 'submitted'));
  if (submitted) {
    return result(
      submitted.progress,
      'submitted_report',
      used(submitted),
      `Keine gewichteten Meilensteine und kein freigegebener Bericht; letzter eingereichter ` +
        `Statusbericht (eingereicht am ${dayDe(dayOfReport(submitted))}): ${pctDe(submitted.progress)}.`,
      `No weighted milestones and no approved report; latest submitted status report ` +
        `(submitted ${dayOfReport(submitted)}): ${pctEn(submitted.progress)}.`,
    );
  }
  return result(
    0,
    'none',
    null,
    'Weder gewichtete Meilensteine noch ein eingereichter Statusbericht: 0\u00a0%.',
    'Neither weighted milestones nor a submitted status report: 0%.',
  );
}

function used(report: VisibleReport): UsedReport {
  return { id: report.id, state: report.state, progress: report.progress, at: report.at };
}

function dayOfReport(report: VisibleReport): string {
  // The instant was validated by reportsAsOf; its day in the city's time zone is what users know.
  return calendarDayOf(report.at);
}

function explanationCode(source: ProgressSource): MeasureProgress['explanation']['code'] {
  switch (source) {
    case 'completed':
      return 'COMPLETED';
    case 'milestones':
      return 'MILESTONES';
    case 'approved_report':
      return 'APPROVED_REPORT';
    case 'submitted_report':
      return 'SUBMITTED_REPORT';
    case 'none':
      return 'NO_DATA';
  }
}

export interface SupportingMeasureInput {
  readonly id: string;
  readonly status: MeasureStatus;
  /** The measure's progress value (from measureProgress). */
  readonly progress: number;
}

/**
 * Progress of a sub-goal: mean progress of the measures that support it, cancelled ones left out.
 * No counted supporter → null ("nicht abgedeckt"), never 0.
 */
export function subGoalProgress(measures: readonly SupportingMeasureInput[]): SubGoalProgress {
  const counted = measures.filter((m) => m.status !== 'cancelled');
  const excludedCancelledIds = measures.filter((m) => m.status === 'cancelled').map((m) => m.id);
  const inputs = {
    measures: counted.map((m) => ({ id: m.id, progress: m.progress })),
    excludedCancelledIds,
  };
  const excludedDe =
    excludedCancelledIds.length > 0
      ? ` (${excludedCancelledIds.length} abgebrochene nicht gezählt)`
      : '';
  const excludedEn =
    excludedCancelledIds.length > 0
      ? ` (${excludedCancelledIds.length} cancelled not counted)`
      : '';
  if (counted.length === 0) {
    return {
      value: null,
      inputs,
      explanation: {
        code: 'NOT_COVERED',
        message: `Keine unterstützende Maßnahme: nicht abgedeckt${excludedDe}.`,
        messageEn: `No supporting measure: not covered${excludedEn}.`,
      },
    };
  }
  const value = mean(counted.map((m) => m.progress));
  return {
    value,
    inputs,
    explanation: {
      code: 'MEAN_OF_MEASURES',
      message: `Mittelwert des Fortschritts von ${counted.length} unterstützenden Maßnahme(n)${excludedDe}: ${pctDe(value)}.`,
      messageEn: `Mean progress of ${counted.length} supporting measure(s)${excludedEn}: ${pctEn(value)}.`,
    },
  };
}

export interface SubGoalProgressInput {
  readonly code: string;
  /** The sub-goal's progress, null when it is not covered. */
  readonly progress: number | null;
}

/** Progress of a goal: mean of its sub-goals that have a number; none → null. */
export function goalProgress(subGoals: readonly SubGoalProgressInput[]): GoalProgress {
  const inputs = { subGoals: subGoals.map((s) => ({ code: s.code, progress: s.progress })) };
  const values = subGoals.flatMap((s) => (s.progress === null ? [] : [s.progress]));
  if (values.length === 0) {
    return {
      value: null,
      inputs,
      explanation: {
        code: 'NO_SUB_GOAL_WITH_VALUE',
        message: 'Kein Teilziel hat einen Fortschritt: keine Angabe.',
        messageEn: 'No sub-goal has a progress figure: no figure.',
      },
    };
  }
  const value = mean(values);
  const skipped = subGoals.length - values.length;
  return {
    value,
    inputs,
    explanation: {
      code: 'MEAN_OF_SUB_GOALS',
      message:
        `Mittelwert von ${values.length} Teilziel(en)` +
        (skipped > 0 ? ` (${skipped} nicht abgedeckt, nicht gezählt)` : '') +
        `: ${pctDe(value)}.`,
      messageEn:
        `Mean of ${values.length} sub-goal(s)` +
        (skipped > 0 ? ` (${skipped} not covered, not counted)` : '') +
        `: ${pctEn(value)}.`,
    },
  };
}

function mean(values: readonly number[]): number {
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}
