/**
 * The one implementation of the progress, health and guardrail rules of PRODUCT.md ("How the
 * numbers are computed"), used by the API and the web app alike. Pure functions on plain data:
 * calendar days are `YYYY-MM-DD`, instants ISO strings with offset, and `asOf` is always passed in.
 * Every result carries its inputs and a German/English explanation for "Wie wird das berechnet?".
 */
export { RULES_TIME_ZONE, calendarDayOf } from './rollup/dates.js';
export {
  latestReportAsOf,
  reportStateAsOf,
  reportsAsOf,
  type ReportInput,
  type VisibleReport,
} from './rollup/reports.js';
export {
  goalProgress,
  measureProgress,
  subGoalProgress,
  type MeasureProgressInput,
  type MilestoneInput,
  type SubGoalProgressInput,
  type SupportingMeasureInput,
} from './rollup/progress.js';
export {
  measureHealth,
  reportOverdue,
  type HealthReportInput,
  type MeasureHealthInput,
  type ReportOverdueInput,
} from './rollup/health.js';
export {
  BEHIND_PLAN_TOLERANCE,
  behindPlan,
  expectedProgress,
  type ExpectedProgressInput,
} from './rollup/schedule.js';
export {
  CONSENT_RESULTS,
  DEFAULT_ANALOG_SUB_GOAL_CODE,
  compareSubGoalCodes,
  guardrailCheck,
  supportedSubGoalCodes,
  uncoveredSubGoals,
  type ChannelChangeInput,
  type CoverageMeasureInput,
  type GuardrailAssessmentInput,
  type GuardrailCheckInput,
} from './rollup/guardrail.js';
export {
  computeDashboard,
  type DashboardInput,
  type DashboardMeasureInput,
} from './rollup/dashboard.js';
