import type { Health, MeasureStatus } from '../enums.schema.js';
import type { MeasureHealth, ReportOverdue } from '../rollup.schema.js';
import { calendarDayOf, checkedDay } from './dates.js';
import { reportStateAsOf } from './reports.js';
import { dayDe, healthDe, healthEn } from './text.js';

export interface HealthReportInput {
  readonly id?: string | null;
  readonly health: Health;
  readonly state: 'submitted' | 'approved';
  /** ISO instant of submission or approval. */
  readonly at: string;
  readonly submittedAt?: string | null;
}

export interface MeasureHealthInput {
  readonly status: MeasureStatus;
  readonly plannedEnd: string | null;
  /** The latest submitted or approved report (see latestReportAsOf), or null. */
  readonly latestReport: HealthReportInput | null;
}

/**
 * Health of a measure as of `asOf`: the latest submitted or approved report's health; a planned
 * end before `asOf` without `completed` makes it `off_track`; no report → null (unknown);
 * cancelled → null and not counted. A report submitted or approved after `asOf` is ignored.
 */
export function measureHealth(input: MeasureHealthInput, asOf: string): MeasureHealth {
  checkedDay(asOf, 'asOf');
  const { status } = input;
  const plannedEnd = input.plannedEnd === null ? null : checkedDay(input.plannedEnd, 'plannedEnd');
  const given = input.latestReport;
  const stood = given === null ? null : reportStateAsOf(given, asOf);
  const report =
    given === null || stood === null
      ? null
      : { id: given.id ?? null, health: given.health, ...stood };
  const inputs = { status, asOf, plannedEnd, report };

  if (status === 'cancelled') {
    return {
      value: null,
      counted: false,
      inputs,
      explanation: {
        code: 'CANCELLED',
        message: 'Maßnahme abgebrochen: keine Ampel, zählt in keiner Auswertung.',
        messageEn: 'Measure cancelled: no health, counted in no aggregate.',
      },
    };
  }
  if (status !== 'completed' && plannedEnd !== null && plannedEnd < asOf) {
    return {
      value: 'off_track',
      counted: true,
      inputs,
      explanation: {
        code: 'PLANNED_END_PASSED',
        message: `Geplantes Ende (${dayDe(plannedEnd)}) überschritten, Maßnahme nicht abgeschlossen: kritisch.`,
        messageEn: `Planned end (${plannedEnd}) has passed and the measure is not completed: off track.`,
      },
    };
  }
  if (report === null) {
    return {
      value: null,
      counted: true,
      inputs,
      explanation: {
        code: 'NO_REPORT',
        message: 'Noch kein eingereichter Statusbericht: Ampel unbekannt.',
        messageEn: 'No submitted status report yet: health unknown.',
      },
    };
  }
  const stateDe = report.state === 'approved' ? 'freigegebenen' : 'eingereichten';
  const reportDay = calendarDayOf(report.at);
  return {
    value: report.health,
    counted: true,
    inputs,
    explanation: {
      code: 'REPORT_HEALTH',
      message: `Ampel des letzten ${stateDe} Statusberichts vom ${dayDe(reportDay)}: ${healthDe(report.health)}.`,
      messageEn: `Health of the latest ${report.state} status report of ${reportDay}: ${healthEn(report.health)}.`,
    },
  };
}

export interface ReportOverdueInput {
  readonly status: MeasureStatus;
  /** The current reporting cycle (as of `asOf`), or null when there is none. */
  readonly cycle: { readonly dueDate: string } | null;
  /** Whether the measure has a submitted or approved report for that cycle. */
  readonly hasSubmittedReportForCycle: boolean;
}

/**
 * "Bericht überfällig": a measure that is neither completed nor cancelled, without a submitted or
 * approved report for the current cycle, after the cycle's due date (the due day itself is fine).
 */
export function reportOverdue(input: ReportOverdueInput, asOf: string): ReportOverdue {
  checkedDay(asOf, 'asOf');
  const { status, hasSubmittedReportForCycle } = input;
  const dueDate = input.cycle === null ? null : checkedDay(input.cycle.dueDate, 'cycle.dueDate');
  const inputs = { status, asOf, dueDate, hasSubmittedReportForCycle };
  const result = (
    value: boolean,
    code: ReportOverdue['explanation']['code'],
    message: string,
    messageEn: string,
  ): ReportOverdue => ({ value, inputs, explanation: { code, message, messageEn } });

  if (status === 'completed' || status === 'cancelled') {
    return result(
      false,
      'NOT_REQUIRED',
      'Abgeschlossene oder abgebrochene Maßnahmen berichten nicht mehr.',
      'Completed or cancelled measures no longer report.',
    );
  }
  if (dueDate === null) {
    return result(
      false,
      'NO_CYCLE',
      'Kein aktueller Berichtszyklus.',
      'No current reporting cycle.',
    );
  }
  if (hasSubmittedReportForCycle) {
    return result(
      false,
      'REPORT_PRESENT',
      'Bericht für den aktuellen Zyklus liegt vor.',
      'A report for the current cycle has been submitted.',
    );
  }
  if (asOf > dueDate) {
    return result(
      true,
      'REPORT_OVERDUE',
      `Bericht überfällig: fällig am ${dayDe(dueDate)}, noch nicht eingereicht.`,
      `Report overdue: due on ${dueDate}, not submitted yet.`,
    );
  }
  return result(
    false,
    'NOT_DUE_YET',
    `Bericht fällig am ${dayDe(dueDate)}, noch nicht eingereicht.`,
    `Report due on ${dueDate}, not submitted yet.`,
  );
}
