import { z } from 'zod';
import { isoDateSchema } from './common.schema.js';
import {
  channelSchema,
  checkResultSchema,
  healthSchema,
  measureStatusSchema,
} from './enums.schema.js';

/**
 * Shapes produced by the roll-up rules (rollup.ts). The rule functions return exactly these types,
 * so the API can use the schemas as response DTOs and the web app the inferred types.
 */

/** A machine code with its German and English text; every figure carries one ("Wie wird das berechnet?"). */
function explanationOf<C extends z.ZodEnum>(codes: C) {
  return z.object({
    code: codes.describe('Maschinenlesbarer Code der Rechenregel'),
    message: z.string().describe('Erläuterung auf Deutsch'),
    messageEn: z.string().describe('Explanation in English'),
  });
}

const percentSchema = z.number().min(0).max(100);

// ---------------------------------------------------------------------------------------------
// Measure progress

export const progressSourceSchema = z
  .enum(['completed', 'milestones', 'approved_report', 'submitted_report', 'none'])
  .describe('Woraus der Fortschritt stammt');
export type ProgressSource = z.infer<typeof progressSourceSchema>;

export const usedReportSchema = z.object({
  id: z.string().describe('Id des verwendeten Statusberichts'),
  state: z.enum(['submitted', 'approved']).describe('Stand des Berichts zum Stichtag'),
  progress: z.number().describe('Im Bericht gemeldeter Fortschritt (0–100)'),
  at: z.string().describe('Zeitpunkt der Einreichung bzw. Freigabe (ISO-Zeitpunkt)'),
});
export type UsedReport = z.infer<typeof usedReportSchema>;

export const measureProgressSchema = z.object({
  value: percentSchema.describe(
    'Fortschritt in Prozent, ungerundet (Runden ist Sache der Anzeige)',
  ),
  source: progressSourceSchema,
  counted: z
    .boolean()
    .describe('false bei abgebrochenen Maßnahmen: Wert wird angezeigt, zählt aber in keiner Summe'),
  inputs: z.object({
    status: measureStatusSchema,
    asOf: isoDateSchema.describe('Stichtag'),
    milestoneCount: z.number().int().describe('Anzahl der Meilensteine'),
    milestonesDone: z.number().int().describe('Bis zum Stichtag erledigte Meilensteine'),
    doneWeight: z.number().describe('Gewicht der bis zum Stichtag erledigten Meilensteine'),
    totalWeight: z.number().describe('Gesamtgewicht der Meilensteine'),
    report: usedReportSchema
      .nullable()
      .describe('Verwendeter Statusbericht, nur bei Quelle *_report'),
  }),
  explanation: explanationOf(
    z.enum(['COMPLETED', 'MILESTONES', 'APPROVED_REPORT', 'SUBMITTED_REPORT', 'NO_DATA']),
  ),
});
export type MeasureProgress = z.infer<typeof measureProgressSchema>;

// ---------------------------------------------------------------------------------------------
// Sub-goal and goal progress

export const subGoalProgressSchema = z.object({
  value: percentSchema.nullable().describe('Mittelwert; null = nicht abgedeckt (nie 0)'),
  inputs: z.object({
    measures: z
      .array(z.object({ id: z.string(), progress: z.number() }))
      .describe('Gezählte unterstützende Maßnahmen und ihr Fortschritt'),
    excludedCancelledIds: z
      .array(z.string())
      .describe('Unterstützende, aber abgebrochene Maßnahmen (nicht gezählt)'),
  }),
  explanation: explanationOf(z.enum(['MEAN_OF_MEASURES', 'NOT_COVERED'])),
});
export type SubGoalProgress = z.infer<typeof subGoalProgressSchema>;

export const goalProgressSchema = z.object({
  value: percentSchema
    .nullable()
    .describe('Mittelwert der Teilziele mit Wert; null = keine Angabe'),
  inputs: z.object({
    subGoals: z
      .array(z.object({ code: z.string(), progress: z.number().nullable() }))
      .describe('Alle Teilziele; solche ohne Wert zählen nicht'),
  }),
  explanation: explanationOf(z.enum(['MEAN_OF_SUB_GOALS', 'NO_SUB_GOAL_WITH_VALUE'])),
});
export type GoalProgress = z.infer<typeof goalProgressSchema>;

// ---------------------------------------------------------------------------------------------
// Measure health and overdue reports

export const measureHealthSchema = z.object({
  value: healthSchema
    .nullable()
    .describe('Ampel; null = unbekannt (kein Bericht) oder abgebrochen'),
  counted: z.boolean().describe('false bei abgebrochenen Maßnahmen'),
  inputs: z.object({
    status: measureStatusSchema,
    asOf: isoDateSchema,
    plannedEnd: isoDateSchema.nullable().describe('Geplantes Ende'),
    report: z
      .object({
        id: z.string().nullable(),
        health: healthSchema,
        state: z.enum(['submitted', 'approved']),
        at: z.string(),
      })
      .nullable()
      .describe('Letzter eingereichter oder freigegebener Bericht zum Stichtag'),
  }),
  explanation: explanationOf(
    z.enum(['REPORT_HEALTH', 'PLANNED_END_PASSED', 'NO_REPORT', 'CANCELLED']),
  ),
});
export type MeasureHealth = z.infer<typeof measureHealthSchema>;

export const reportOverdueSchema = z.object({
  value: z.boolean().describe('true = "Bericht überfällig"'),
  inputs: z.object({
    status: measureStatusSchema,
    asOf: isoDateSchema,
    dueDate: isoDateSchema.nullable().describe('Fälligkeit des aktuellen Berichtszyklus'),
    hasSubmittedReportForCycle: z.boolean(),
  }),
  explanation: explanationOf(
    z.enum(['REPORT_OVERDUE', 'REPORT_PRESENT', 'NOT_DUE_YET', 'NO_CYCLE', 'NOT_REQUIRED']),
  ),
});
export type ReportOverdue = z.infer<typeof reportOverdueSchema>;

// ---------------------------------------------------------------------------------------------
// Expected progress and "hinter Plan"

export const expectedProgressSchema = z.object({
  value: percentSchema
    .nullable()
    .describe('Erwarteter Fortschritt; null ohne gültigen Planzeitraum'),
  inputs: z.object({
    asOf: isoDateSchema,
    plannedStart: isoDateSchema.nullable(),
    plannedEnd: isoDateSchema.nullable(),
    elapsedDays: z.number().int().nullable().describe('Tage vom geplanten Beginn bis zum Stichtag'),
    totalDays: z
      .number()
      .int()
      .nullable()
      .describe('Tage vom geplanten Beginn bis zum geplanten Ende'),
  }),
  explanation: explanationOf(
    z.enum(['LINEAR', 'NOT_STARTED', 'ENDED', 'MISSING_DATES', 'END_BEFORE_START']),
  ),
});
export type ExpectedProgress = z.infer<typeof expectedProgressSchema>;

export const behindPlanSchema = z.object({
  value: z.boolean().describe('true = "hinter Plan"'),
  inputs: z.object({
    status: measureStatusSchema,
    progress: z.number(),
    expected: z.number().nullable(),
    tolerance: z.number().describe('Erlaubter Rückstand in Prozentpunkten'),
  }),
  explanation: explanationOf(
    z.enum(['BEHIND_PLAN', 'ON_PLAN', 'NO_EXPECTATION', 'NOT_APPLICABLE']),
  ),
});
export type BehindPlan = z.infer<typeof behindPlanSchema>;

// ---------------------------------------------------------------------------------------------
// Guardrail check (PRODUCT.md: `GET /api/measures/:id/guardrail-check`)

export const guardrailReasonCodeSchema = z.enum([
  'NO_SUPPORT',
  'CONFLICT',
  'ANALOG_CHANNEL_REMOVED',
  'NOT_ASSESSED',
  'ACCEPTED_EXCEPTION',
  'CODETERMINATION_CONSENT_MISSING',
]);
export type GuardrailReasonCode = z.infer<typeof guardrailReasonCodeSchema>;

export const guardrailSeveritySchema = z.enum(['fail', 'warn']);
export type GuardrailSeverity = z.infer<typeof guardrailSeveritySchema>;

export const guardrailReasonSchema = z.object({
  code: guardrailReasonCodeSchema.describe('Maschinenlesbarer Grund'),
  severity: guardrailSeveritySchema.describe('fail = Leitplanke verletzt, warn = Hinweis'),
  message: z.string().describe('Begründung auf Deutsch'),
  messageEn: z.string().describe('Reason in English'),
  subGoalCode: z
    .string()
    .optional()
    .describe('Betroffenes Teilziel, falls der Grund eines betrifft'),
  channels: z
    .array(channelSchema)
    .optional()
    .describe('Entfallende analoge Zugangswege (nur bei ANALOG_CHANNEL_REMOVED)'),
});
export type GuardrailReason = z.infer<typeof guardrailReasonSchema>;

export const guardrailCheckSchema = z.object({
  result: checkResultSchema.describe('pass, warn oder fail'),
  reasons: z
    .array(guardrailReasonSchema)
    .describe('Erst fail, dann warn; jeweils in der Reihenfolge der Teilziel-Codes'),
});
export type GuardrailCheck = z.infer<typeof guardrailCheckSchema>;

// ---------------------------------------------------------------------------------------------
// Dashboard (PRODUCT.md: `GET /api/dashboard[?asOf=YYYY-MM-DD]`)

export const dashboardQuerySchema = z.object({
  asOf: isoDateSchema.optional().describe('Stichtag; ohne Angabe: heute'),
});
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

const count = z.number().int().min(0);

export const statusCountsSchema = z.object({
  planned: count,
  in_progress: count,
  completed: count,
  paused: count,
  cancelled: count,
});
export type StatusCounts = z.infer<typeof statusCountsSchema>;

export const healthCountsSchema = z.object({
  on_track: count,
  at_risk: count,
  off_track: count,
  unknown: count,
});
export type HealthCounts = z.infer<typeof healthCountsSchema>;

export const dashboardSubGoalSchema = z.object({
  code: z.string().describe('Code des Teilziels'),
  progress: percentSchema.nullable().describe('Fortschritt; null = nicht abgedeckt'),
  measureCount: count.describe('Nicht abgebrochene Maßnahmen, die das Teilziel unterstützen'),
});
export type DashboardSubGoal = z.infer<typeof dashboardSubGoalSchema>;

export const dashboardGoalSchema = z.object({
  number: z.number().int().describe('Nummer des Ziels'),
  title: z.string(),
  progress: percentSchema
    .nullable()
    .describe('Mittelwert der Teilziele mit Wert; null = keine Angabe'),
  measureCount: count.describe(
    'Verschiedene nicht abgebrochene Maßnahmen, die mindestens ein Teilziel des Ziels unterstützen',
  ),
  byStatus: statusCountsSchema.describe(
    'Dieselben Maßnahmen nach Status, zusätzlich die abgebrochenen (cancelled)',
  ),
  byHealth: healthCountsSchema.describe(
    'Die nicht abgebrochenen Maßnahmen nach Ampel; Summe = measureCount',
  ),
  subGoals: z.array(dashboardSubGoalSchema),
});
export type DashboardGoal = z.infer<typeof dashboardGoalSchema>;

export const dashboardMeasureSchema = z.object({
  id: z.string(),
  departmentId: z.string().nullable(),
  status: measureStatusSchema,
  progress: percentSchema.describe('Fortschritt, ungerundet'),
  progressSource: progressSourceSchema,
  counted: z.boolean().describe('false bei abgebrochenen Maßnahmen'),
  health: healthSchema.nullable().describe('null = unbekannt bzw. abgebrochen'),
  expectedProgress: percentSchema.nullable(),
  behindPlan: z.boolean().describe('"hinter Plan"'),
  reportOverdue: z.boolean().describe('"Bericht überfällig"'),
  supportedSubGoalCodes: z.array(z.string()).describe('Unterstützte Teilziele der Strategie'),
});
export type DashboardMeasure = z.infer<typeof dashboardMeasureSchema>;

export const dashboardResponseSchema = z.object({
  asOf: isoDateSchema.describe('Stichtag der Zahlen'),
  goals: z.array(dashboardGoalSchema),
  uncoveredSubGoals: z
    .array(z.string())
    .describe('Teilziele ohne unterstützende, nicht abgebrochene Maßnahme'),
  overdueReports: count.describe('Maßnahmen mit überfälligem Bericht im aktuellen Zyklus'),
  behindPlan: count.describe('Maßnahmen "hinter Plan"'),
  currentCycle: z
    .object({ id: z.string(), period: z.string(), dueDate: isoDateSchema })
    .nullable()
    .describe('Berichtszyklus, auf den sich overdueReports bezieht'),
  measures: z.array(dashboardMeasureSchema).describe('Kennzahlen je Maßnahme'),
});
export type DashboardResponse = z.infer<typeof dashboardResponseSchema>;
