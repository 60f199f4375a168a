import type { Health } from '../enums.schema.js';
import { calendarDayOf, checkedDay, instantMs } from './dates.js';

/** A submitted or approved status report as the rules need it (drafts and returned ones never count). */
export interface ReportInput {
  readonly id: string;
  readonly state: 'submitted' | 'approved';
  /** Reported progress 0–100. */
  readonly progress: number;
  readonly health: Health;
  /** ISO instant at which the report reached `state` (submission, or approval). */
  readonly at: string;
  /**
   * For an approved report, the instant it was submitted (optional): as of a day between submission
   * and approval it then counts as submitted instead of not at all.
   */
  readonly submittedAt?: string | null;
}

/** A report as it stood on a given day. */
export interface VisibleReport {
  readonly id: string;
  readonly state: 'submitted' | 'approved';
  readonly progress: number;
  readonly health: Health;
  readonly at: string;
}

/** How a report stood at the end of `asOf`, or null when it was not yet submitted then. */
export function reportStateAsOf(
  report: Pick<ReportInput, 'state' | 'at' | 'submittedAt'>,
  asOf: string,
): { state: 'submitted' | 'approved'; at: string } | null {
  checkedDay(asOf, 'asOf');
  if (report.state !== 'approved' && report.state !== 'submitted') return null;
  if (calendarDayOf(report.at) <= asOf) return { state: report.state, at: report.at };
  if (
    report.state === 'approved' &&
    report.submittedAt != null &&
    calendarDayOf(report.submittedAt) <= asOf
  ) {
    return { state: 'submitted', at: report.submittedAt };
  }
  return null;
}

/**
 * The reports as they stood at the end of `asOf` (a day in Europe/Berlin): a report counts from
 * the day it was submitted or approved, never before.
 */
export function reportsAsOf(reports: readonly ReportInput[], asOf: string): VisibleReport[] {
  return reports.flatMap((report) => {
    const stood = reportStateAsOf(report, asOf);
    return stood === null
      ? []
      : [{ id: report.id, progress: report.progress, health: report.health, ...stood }];
  });
}

/** Whether `a` is later than `b`; equal instants are decided by id, so list order never matters. */
function isLater(a: VisibleReport, b: VisibleReport): boolean {
  const diff = instantMs(a.at, 'report.at') - instantMs(b.at, 'report.at');
  return diff !== 0 ? diff > 0 : a.id > b.id;
}

export function latestOf(reports: readonly VisibleReport[]): VisibleReport | null {
  let latest: VisibleReport | null = null;
  for (const report of reports) {
    if (latest === null || isLater(report, latest)) latest = report;
  }
  return latest;
}

/** The latest submitted or approved report as of `asOf` (the one measure health reads). */
export function latestReportAsOf(
  reports: readonly ReportInput[],
  asOf: string,
): VisibleReport | null {
  return latestOf(reportsAsOf(reports, asOf));
}
