import { z } from 'zod';
import { idSchema, isoDateSchema, pageOf, pageQuerySchema } from './common.schema.js';
import {
  channelSchema,
  checkResultSchema,
  codeterminationRelevanceSchema,
  codeterminationResultSchema,
  exceptionStatusSchema,
  healthSchema,
  measureKindSchema,
  measureStatusSchema,
  prioritySchema,
  ratingSchema,
  type MeasureKind,
} from './enums.schema.js';
import {
  behindPlanSchema,
  expectedProgressSchema,
  guardrailCheckSchema,
  measureHealthSchema,
  measureProgressSchema,
} from './rollup.schema.js';
import { subGoalCodeSchema } from './strategy.schema.js';

/** Length and amount limits of a measure; the database CHECKs mirror them. */
export const MEASURE_LIMITS = {
  title: 200,
  description: 10_000,
  shortText: 200,
  legalBasis: 500,
  justification: 2_000,
  reason: 2_000,
  position: 10_000,
  milestones: 100,
  /** numeric(14,2) */
  money: 999_999_999_999.99,
  /** numeric(8,2) */
  weight: 999_999.99,
} as const;

const L = MEASURE_LIMITS;

/** Optional text: trimmed; an empty string is stored as null. */
function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional();
}

const money = z.number().min(0).max(L.money).multipleOf(0.01);
const optionalMoney = money.nullable().optional();
const optionalDay = isoDateSchema.nullable().optional();

// ---------------------------------------------------------------------------------------------
// Input: assessments, milestones, channels

export const assessmentInputSchema = z
  .object({
    subGoalCode: subGoalCodeSchema.describe(
      'Code eines Teilziels der aktiven Strategie, z. B. "3.2"',
    ),
    rating: ratingSchema.describe('supports = unterstützt, neutral, conflicts = Konflikt'),
    justification: optionalText(L.justification).describe(
      'Begründung; Pflicht bei supports und conflicts',
    ),
    requestException: z
      .boolean()
      .optional()
      .describe('Nur bei conflicts: Ausnahme beim Verwaltungsvorstand beantragen'),
  })
  .strict();
export type MeasureAssessmentInput = z.input<typeof assessmentInputSchema>;

export const milestoneInputSchema = z
  .object({
    title: z.string().trim().min(1).max(L.shortText).describe('Bezeichnung des Meilensteins'),
    dueOn: optionalDay.describe('Fällig am'),
    doneOn: optionalDay.describe('Erledigt am (leer = offen)'),
    weight: z
      .number()
      .positive()
      .max(L.weight)
      .multipleOf(0.01)
      .optional()
      .describe('Gewicht im Fortschritt (> 0, Voreinstellung 1)'),
  })
  .strict();
export type MeasureMilestoneInput = z.input<typeof milestoneInputSchema>;

export const channelInputSchema = z
  .object({
    channel: channelSchema.describe('online, phone (Telefon), counter (Schalter), post (Brief)'),
    availableBefore: z.boolean().describe('Zugangsweg vor der Maßnahme vorhanden'),
    availableAfter: z.boolean().describe('Zugangsweg nach der Maßnahme vorhanden'),
  })
  .strict();
export type MeasureChannelInput = z.input<typeof channelInputSchema>;

// ---------------------------------------------------------------------------------------------
// Cross-field rules (used by the schemas, the web form and the API on the merged PATCH state)

/** One broken cross-field rule: the field it is shown at and the German/English message. */
export interface MeasureRuleIssue {
  path: (string | number)[];
  message: string;
  messageEn: string;
}

/**
 * The measure's fields as far as known; `undefined` = not known (a PATCH that leaves the field
 * alone), null = empty. Checks with an unknown side are skipped.
 */
export interface MeasureRuleInput {
  kind?: MeasureKind;
  legalBasis?: string | null;
  legalDeadline?: string | null;
  plannedStart?: string | null;
  plannedEnd?: string | null;
  actualStart?: string | null;
  actualEnd?: string | null;
}

/** Rules between fields of a measure: date order and the legal fields of legal obligations. */
export function measureRuleIssues(m: MeasureRuleInput): MeasureRuleIssue[] {
  const issues: MeasureRuleIssue[] = [];
  if (m.plannedStart && m.plannedEnd && m.plannedEnd < m.plannedStart) {
    issues.push({
      path: ['plannedEnd'],
      message: 'Das geplante Ende darf nicht vor dem geplanten Beginn liegen.',
      messageEn: 'The planned end must not be before the planned start.',
    });
  }
  if (m.actualStart && m.actualEnd && m.actualEnd < m.actualStart) {
    issues.push({
      path: ['actualEnd'],
      message: 'Das tatsächliche Ende darf nicht vor dem tatsächlichen Beginn liegen.',
      messageEn: 'The actual end must not be before the actual start.',
    });
  }
  if (m.kind === 'legal_obligation' && m.legalBasis === null) {
    issues.push({
      path: ['legalBasis'],
      message: 'Bei einer gesetzlichen Pflicht bitte die Rechtsgrundlage angeben (z. B. OZG).',
      messageEn: 'A legal obligation needs its legal basis (e.g. OZG).',
    });
  }
  if (m.kind !== undefined && m.kind !== 'legal_obligation' && m.legalDeadline) {
    issues.push({
      path: ['legalDeadline'],
      message: 'Eine gesetzliche Frist gibt es nur bei gesetzlichen Pflichtaufgaben.',
      messageEn: 'Only a legal obligation has a legal deadline.',
    });
  }
  if (m.kind === 'voluntary' && m.legalBasis) {
    issues.push({
      path: ['legalBasis'],
      message: 'Eine freiwillige Maßnahme hat keine Rechtsgrundlage; bitte Art ändern oder leeren.',
      messageEn: 'A voluntary measure has no legal basis; change the kind or clear the field.',
    });
  }
  return issues;
}

interface CollectionInput {
  assessments?: readonly z.output<typeof assessmentInputSchema>[] | undefined;
  channels?: readonly z.output<typeof channelInputSchema>[] | undefined;
}

function collectionIssues(value: CollectionInput): MeasureRuleIssue[] {
  const issues: MeasureRuleIssue[] = [];
  const seenCodes = new Set<string>();
  value.assessments?.forEach((a, i) => {
    if (seenCodes.has(a.subGoalCode)) {
      issues.push({
        path: ['assessments', i, 'subGoalCode'],
        message: `Teilziel ${a.subGoalCode} ist mehrfach bewertet.`,
        messageEn: `Sub-goal ${a.subGoalCode} is assessed more than once.`,
      });
    }
    seenCodes.add(a.subGoalCode);
    if (a.rating !== 'neutral' && !a.justification) {
      issues.push({
        path: ['assessments', i, 'justification'],
        message:
          a.rating === 'supports'
            ? `Bitte begründen, wie die Maßnahme Teilziel ${a.subGoalCode} unterstützt.`
            : `Bitte den Konflikt mit Teilziel ${a.subGoalCode} begründen.`,
        messageEn: `Please justify the rating of sub-goal ${a.subGoalCode}.`,
      });
    }
    if (a.requestException && a.rating !== 'conflicts') {
      issues.push({
        path: ['assessments', i, 'requestException'],
        message: 'Eine Ausnahme kann nur für einen Konflikt beantragt werden.',
        messageEn: 'An exception can only be requested for a conflict.',
      });
    }
  });
  const seenChannels = new Set<string>();
  value.channels?.forEach((c, i) => {
    if (seenChannels.has(c.channel)) {
      issues.push({
        path: ['channels', i, 'channel'],
        message: 'Dieser Zugangsweg ist doppelt angegeben.',
        messageEn: 'This channel is listed twice.',
      });
    }
    seenChannels.add(c.channel);
  });
  return issues;
}

function addIssues(ctx: z.RefinementCtx, issues: readonly MeasureRuleIssue[]): void {
  for (const issue of issues) {
    ctx.addIssue({
      code: 'custom',
      path: issue.path,
      message: issue.message,
      params: { messageEn: issue.messageEn },
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Create and update

const measureFields = {
  title: z
    .string()
    .trim()
    .min(1)
    .max(L.title)
    .describe('Titel der Maßnahme (höchstens 200 Zeichen)'),
  description: optionalText(L.description).describe('Beschreibung (höchstens 10 000 Zeichen)'),
  departmentId: idSchema.describe('Federführender Fachbereich (Id aus GET /api/departments)'),
  responsiblePerson: optionalText(L.shortText).describe('Verantwortliche Person (Name)'),
  responsibleUserId: idSchema
    .nullable()
    .optional()
    .describe('Verantwortliches Benutzerkonto (optional, Id aus GET /api/users)'),
  status: measureStatusSchema.optional().describe('Lebenszyklus; Voreinstellung planned'),
  kind: measureKindSchema
    .optional()
    .describe(
      'legal_obligation (gesetzliche Pflicht, z. B. OZG), upcoming_standard, voluntary (Voreinstellung)',
    ),
  legalBasis: optionalText(L.legalBasis).describe(
    'Rechtsgrundlage bzw. Standard; Pflicht bei legal_obligation, nicht bei voluntary',
  ),
  legalDeadline: optionalDay.describe('Gesetzliche Frist; nur bei legal_obligation'),
  fieldOfActionId: idSchema
    .nullable()
    .optional()
    .describe('Handlungsfeld (Id aus GET /api/fields-of-action)'),
  plannedStart: optionalDay.describe('Geplanter Beginn'),
  plannedEnd: optionalDay.describe('Geplantes Ende (nicht vor dem geplanten Beginn)'),
  actualStart: optionalDay.describe('Tatsächlicher Beginn'),
  actualEnd: optionalDay.describe('Tatsächliches Ende'),
  budgetPlanned: optionalMoney.describe('Geplantes Budget in Euro (≥ 0, zwei Nachkommastellen)'),
  budgetSpent: optionalMoney.describe('Ausgegebenes Budget in Euro (≥ 0)'),
  fundingProgramme: optionalText(L.shortText).describe('Förderprogramm'),
  fundingAmount: optionalMoney.describe('Fördersumme in Euro (≥ 0)'),
  priority: prioritySchema.optional().describe('high, medium (Voreinstellung), low'),
  public: z
    .boolean()
    .optional()
    .describe('Auf der öffentlichen Transparenzseite zeigen (Voreinstellung false)'),
  assessments: z
    .array(assessmentInputSchema)
    .max(50)
    .optional()
    .describe(
      'Leitplanken-Bewertung je Teilziel. Bei PATCH ersetzt die Liste alle Bewertungen; eine ' +
        'Ausnahme-Entscheidung bleibt nur bei unverändertem Konflikt samt Begründung bestehen.',
    ),
  milestones: z
    .array(milestoneInputSchema)
    .max(L.milestones)
    .optional()
    .describe('Meilensteine in Reihenfolge. Bei PATCH ersetzt die Liste alle Meilensteine.'),
  channels: z
    .array(channelInputSchema)
    .max(4)
    .optional()
    .describe(
      'Zugangswege vor/nach der Maßnahme. Bei PATCH ersetzt die Liste alle Zugangswege. ' +
        'Entfällt ein analoger Weg, ist das ein Konflikt mit Teilziel 3.2.',
    ),
};

export const createMeasureSchema = z
  .object(measureFields)
  .strict()
  .superRefine((value, ctx) => {
    // On create, a missing field is an empty one.
    addIssues(
      ctx,
      measureRuleIssues({
        ...value,
        kind: value.kind ?? 'voluntary',
        legalBasis: value.legalBasis ?? null,
        legalDeadline: value.legalDeadline ?? null,
      }),
    );
    addIssues(ctx, collectionIssues(value));
  })
  .describe('Neue Maßnahme');
export type CreateMeasureInput = z.input<typeof createMeasureSchema>;
export type CreateMeasure = z.output<typeof createMeasureSchema>;

const { title, departmentId, ...optionalFields } = measureFields;

export const updateMeasureSchema = z
  .object({
    version: z
      .number()
      .int()
      .min(1)
      .describe('Version, auf der die Änderung beruht; veraltet → 409 mit currentVersion'),
    title: title.optional(),
    departmentId: departmentId.optional(),
    ...optionalFields,
  })
  .strict()
  .superRefine((value, ctx) => {
    addIssues(ctx, measureRuleIssues(value));
    addIssues(ctx, collectionIssues(value));
  })
  .describe('Änderung: nur die angegebenen Felder; Listen ersetzen die vorhandenen');
export type UpdateMeasureInput = z.input<typeof updateMeasureSchema>;
export type UpdateMeasure = z.output<typeof updateMeasureSchema>;

// ---------------------------------------------------------------------------------------------
// Co-determination (PUT /api/measures/:id/codetermination) and exception decisions

const codeterminationFields = {
  relevance: codeterminationRelevanceSchema.describe(
    'Beteiligungsform nach LPVG NRW: co_determination (Mitbestimmung, § 72), participation ' +
      '(Mitwirkung), hearing (Anhörung), information, to_check (zu prüfen), none',
  ),
  legalBasis: optionalText(L.legalBasis).describe(
    'Rechtsgrundlage, z. B. "§ 72 Abs. 3 Nr. 1 LPVG NRW"',
  ),
  informedOn: optionalDay.describe('Personalrat informiert am'),
  discussedOn: optionalDay.describe('Erörtert am'),
  consentRequestedOn: optionalDay.describe('Zustimmung beantragt am'),
  deadlineOn: optionalDay.describe('Frist des Personalrats endet am'),
  decidedOn: optionalDay.describe('Entschieden am'),
  result: codeterminationResultSchema
    .nullable()
    .optional()
    .describe(
      'consent, consent_with_conditions, refused, deemed_consent (Zustimmungsfiktion), escalated',
    ),
  pilot: z.boolean().optional().describe('Pilotphase'),
  agreementTitle: optionalText(L.shortText).describe('Dienstvereinbarung: Titel'),
  agreementNumber: optionalText(100).describe('Dienstvereinbarung: Nummer'),
  agreementValidFrom: optionalDay.describe('Dienstvereinbarung gültig ab'),
  agreementValidUntil: optionalDay.describe('Dienstvereinbarung gültig bis'),
  position: optionalText(L.position).describe(
    'Stellungnahme des Personalrats (nur Personalrat und Administration ändern sie)',
  ),
};

function codeterminationIssues(c: {
  result?: string | null;
  decidedOn?: string | null;
  agreementValidFrom?: string | null;
  agreementValidUntil?: string | null;
  relevance: string;
}): MeasureRuleIssue[] {
  const issues: MeasureRuleIssue[] = [];
  if (
    c.agreementValidFrom &&
    c.agreementValidUntil &&
    c.agreementValidUntil < c.agreementValidFrom
  ) {
    issues.push({
      path: ['agreementValidUntil'],
      message: 'Die Dienstvereinbarung kann nicht vor ihrem Beginn enden.',
      messageEn: 'The service agreement cannot end before it starts.',
    });
  }
  if (c.result && c.relevance === 'none') {
    issues.push({
      path: ['result'],
      message: 'Ohne Beteiligungspflicht gibt es kein Ergebnis des Personalrats.',
      messageEn: 'Without participation there is no result of the staff council.',
    });
  }
  return issues;
}

export const codeterminationInputSchema = z
  .object({
    version: z.number().int().min(1).describe('Version der Maßnahme; veraltet → 409'),
    ...codeterminationFields,
  })
  .strict()
  .superRefine((value, ctx) => addIssues(ctx, codeterminationIssues(value)))
  .describe('Beteiligung des Personalrats (ersetzt den ganzen Eintrag)');
export type CodeterminationInput = z.input<typeof codeterminationInputSchema>;
export type CodeterminationUpdate = z.output<typeof codeterminationInputSchema>;

export const exceptionDecisionSchema = z
  .object({
    decision: z.enum(['accepted', 'rejected']).describe('Ausnahme akzeptiert oder abgelehnt'),
    reason: z.string().trim().min(1).max(L.reason).describe('Begründung der Entscheidung'),
    version: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe('Optional: Version der Maßnahme; veraltet → 409'),
  })
  .strict()
  .describe('Entscheidung des Verwaltungsvorstands über eine Ausnahme');
export type ExceptionDecisionInput = z.input<typeof exceptionDecisionSchema>;

// ---------------------------------------------------------------------------------------------
// Query

/**
 * One value, repeated parameters (`status=a&status=b`) or a comma list (`status=a,b`). The input
 * side comes first so the OpenAPI document can describe it (a preprocess step could not be).
 */
function listOf<T extends z.ZodType<string, string>>(item: T) {
  return z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : [v]).flatMap((x) => x.split(',')).filter(Boolean))
    .pipe(z.array(item).max(50))
    .optional();
}

const booleanParam = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .optional();

export const measureSortSchema = z.enum([
  'title',
  'plannedEnd',
  'status',
  'department',
  'updatedAt',
  'progress',
]);
export type MeasureSort = z.infer<typeof measureSortSchema>;

export const measureHealthFilterSchema = z.enum([...healthSchema.options, 'unknown']);
export type MeasureHealthFilter = z.infer<typeof measureHealthFilterSchema>;

export const measureQuerySchema = pageQuerySchema
  .extend({
    q: z.string().trim().max(200).optional().describe('Suche in Titel und Beschreibung'),
    goal: listOf(z.string().regex(/^\d{1,2}$/)).describe(
      'Nummer(n) strategischer Ziele: Maßnahmen, die ein Teilziel davon unterstützen',
    ),
    subGoal: listOf(subGoalCodeSchema).describe('Teilziel-Code(s): Maßnahmen, die es unterstützen'),
    department: listOf(idSchema).describe('Fachbereich-Id(s)'),
    status: listOf(measureStatusSchema).describe('Status'),
    health: listOf(measureHealthFilterSchema).describe('Ampel; unknown = ohne Angabe'),
    check: listOf(checkResultSchema).describe('Ergebnis des Leitplanken-Checks'),
    kind: listOf(measureKindSchema).describe('Art der Maßnahme'),
    fieldOfAction: listOf(idSchema).describe('Handlungsfeld-Id(s)'),
    public: booleanParam.describe('Nur öffentliche (true) bzw. interne (false)'),
    codetermination: z
      .enum(['relevant', 'needs_consent', 'open'])
      .optional()
      .describe(
        'relevant = jede Beteiligungsform außer none; needs_consent = mitbestimmungspflichtig; ' +
          'open = mitbestimmungspflichtig ohne Zustimmung',
      ),
    sort: measureSortSchema.default('updatedAt').describe('Sortierung'),
    order: z.enum(['asc', 'desc']).optional().describe('Richtung; Voreinstellung je Sortierung'),
  })
  .strict();
export type MeasureQueryInput = z.input<typeof measureQuerySchema>;
export type MeasureQuery = z.output<typeof measureQuerySchema>;

// ---------------------------------------------------------------------------------------------
// Responses

const personRefSchema = z
  .object({ id: idSchema, name: z.string() })
  .describe('Benutzerkonto (Id und Name)');

export const measureAssessmentSchema = z.object({
  subGoalId: idSchema,
  subGoalCode: z.string().describe('Code des Teilziels'),
  rating: ratingSchema,
  justification: z.string().nullable(),
  exception: z.object({
    status: exceptionStatusSchema.describe('none, requested, accepted, rejected'),
    reason: z.string().nullable().describe('Begründung der Entscheidung'),
    decidedBy: personRefSchema.nullable(),
    decidedAt: z.string().nullable().describe('Zeitpunkt der Entscheidung (ISO)'),
  }),
});
export type MeasureAssessment = z.infer<typeof measureAssessmentSchema>;

export const measureMilestoneSchema = z.object({
  id: idSchema,
  title: z.string(),
  dueOn: isoDateSchema.nullable(),
  doneOn: isoDateSchema.nullable(),
  weight: z.number(),
  position: z.number().int(),
});
export type MeasureMilestone = z.infer<typeof measureMilestoneSchema>;

export const measureChannelSchema = z.object({
  channel: channelSchema,
  availableBefore: z.boolean(),
  availableAfter: z.boolean(),
});
export type MeasureChannel = z.infer<typeof measureChannelSchema>;

export const codeterminationSchema = z.object({
  relevance: codeterminationRelevanceSchema,
  legalBasis: z.string().nullable(),
  informedOn: isoDateSchema.nullable(),
  discussedOn: isoDateSchema.nullable(),
  consentRequestedOn: isoDateSchema.nullable(),
  deadlineOn: isoDateSchema.nullable(),
  decidedOn: isoDateSchema.nullable(),
  result: codeterminationResultSchema.nullable(),
  pilot: z.boolean(),
  agreementTitle: z.string().nullable(),
  agreementNumber: z.string().nullable(),
  agreementValidFrom: isoDateSchema.nullable(),
  agreementValidUntil: isoDateSchema.nullable(),
  position: z.string().nullable(),
  updatedAt: z.string().describe('Zuletzt geändert (ISO)'),
  updatedBy: personRefSchema.nullable(),
});
export type Codetermination = z.infer<typeof codeterminationSchema>;

export const measureSchema = z.object({
  id: idSchema,
  version: z.number().int().describe('Für PATCH mitzusenden (optimistisches Sperren)'),
  title: z.string(),
  description: z.string().nullable(),
  departmentId: idSchema,
  department: z.object({ id: idSchema, code: z.string(), name: z.string() }),
  responsiblePerson: z.string().nullable(),
  responsibleUserId: idSchema.nullable(),
  responsibleUser: personRefSchema.nullable(),
  status: measureStatusSchema,
  kind: measureKindSchema,
  legalBasis: z.string().nullable(),
  legalDeadline: isoDateSchema.nullable(),
  fieldOfActionId: idSchema.nullable(),
  fieldOfAction: z.object({ id: idSchema, name: z.string() }).nullable(),
  plannedStart: isoDateSchema.nullable(),
  plannedEnd: isoDateSchema.nullable(),
  actualStart: isoDateSchema.nullable(),
  actualEnd: isoDateSchema.nullable(),
  budgetPlanned: z.number().nullable().describe('Euro'),
  budgetSpent: z.number().nullable().describe('Euro'),
  fundingProgramme: z.string().nullable(),
  fundingAmount: z.number().nullable().describe('Euro'),
  priority: prioritySchema,
  public: z.boolean(),
  assessments: z.array(measureAssessmentSchema).describe('In der Reihenfolge der Teilziel-Codes'),
  milestones: z.array(measureMilestoneSchema),
  channels: z.array(measureChannelSchema),
  codetermination: codeterminationSchema.nullable(),
  progress: measureProgressSchema.describe('Fortschritt mit Quelle und Erläuterung'),
  health: measureHealthSchema.describe('Ampel mit Erläuterung'),
  guardrailCheck: guardrailCheckSchema.describe(
    'Leitplanken-Check: pass, warn oder fail mit Gründen',
  ),
  expectedProgress: expectedProgressSchema,
  behindPlan: behindPlanSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  createdBy: personRefSchema.nullable(),
});
export type Measure = z.infer<typeof measureSchema>;

/** A list entry: the whole measure without its long description. */
export const measureListItemSchema = measureSchema.omit({ description: true });
export type MeasureListItem = z.infer<typeof measureListItemSchema>;

export const measurePageSchema = pageOf(measureListItemSchema);
export type MeasurePage = z.infer<typeof measurePageSchema>;

export const coverageSchema = z.object({
  subGoals: z.array(
    z.object({
      code: z.string(),
      text: z.string(),
      goalNumber: z.number().int(),
      supportingMeasures: z
        .number()
        .int()
        .describe('Nicht abgebrochene Maßnahmen, die das Teilziel unterstützen'),
      covered: z.boolean(),
    }),
  ),
  uncovered: z
    .array(z.string())
    .describe('Teilziele ohne unterstützende, nicht abgebrochene Maßnahme'),
});
export type Coverage = z.infer<typeof coverageSchema>;

export const fieldOfActionSchema = z.object({
  id: idSchema,
  name: z.string().describe('Name des Handlungsfelds'),
  active: z
    .boolean()
    .describe('Inaktive bleiben an Maßnahmen sichtbar, werden aber nicht neu vergeben'),
});
export type FieldOfAction = z.infer<typeof fieldOfActionSchema>;

export const deleteMeasureQuerySchema = z
  .object({
    version: z.coerce
      .number()
      .int()
      .min(1)
      .optional()
      .describe('Optional: Version, auf der das Löschen beruht; veraltet → 409'),
  })
  .strict();
