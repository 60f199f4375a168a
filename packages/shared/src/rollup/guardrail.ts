import {
  ANALOG_CHANNELS,
  type Channel,
  type CodeterminationRelevance,
  type CodeterminationResult,
  type MeasureStatus,
  type Rating,
} from '../enums.schema.js';
import type { GuardrailCheck, GuardrailReason, GuardrailReasonCode } from '../rollup.schema.js';
import { channelDe, channelEn, listDe, listEn } from './text.js';

/** Guardrail 3.2 of the seeded strategy: "… bleibt auch analog offen, um niemanden zurückzulassen." */
export const DEFAULT_ANALOG_SUB_GOAL_CODE = '3.2';

/** Co-determination results that count as the staff council's consent (LPVG NRW § 72). */
export const CONSENT_RESULTS: readonly CodeterminationResult[] = [
  'consent',
  'consent_with_conditions',
  'deemed_consent',
];

export interface GuardrailAssessmentInput {
  readonly subGoalCode: string;
  readonly rating: Rating;
  readonly justification?: string | null;
  /** Board decision on a conflict; ignored unless the rating is `conflicts`. */
  readonly exception?: { readonly accepted: boolean; readonly reason: string | null } | null;
}

export interface ChannelChangeInput {
  readonly channel: Channel;
  readonly before: boolean;
  readonly after: boolean;
}

export interface GuardrailCheckInput {
  readonly status: MeasureStatus;
  /** All sub-goal codes of the active strategy; assessments of other codes are ignored. */
  readonly subGoalCodes: readonly string[];
  readonly assessments: readonly GuardrailAssessmentInput[];
  readonly channels: readonly ChannelChangeInput[];
  readonly codetermination: {
    readonly relevance: CodeterminationRelevance;
    readonly result: CodeterminationResult | null;
  } | null;
  readonly analogSubGoalCode?: string;
}

/** Numeric order of sub-goal codes: 1.2 < 1.10 < 2.1. */
export function compareSubGoalCodes(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const x = pa[i] ?? -1;
    const y = pb[i] ?? -1;
    if (x !== y) return Number.isNaN(x) || Number.isNaN(y) ? compareStrings(a, b) : x - y;
  }
  return 0;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Codes a measure supports: exactly those whose assessment is `supports` (input order, no duplicates). */
export function supportedSubGoalCodes(
  assessments: readonly Pick<GuardrailAssessmentInput, 'subGoalCode' | 'rating'>[],
): string[] {
  return [...new Set(assessments.filter((a) => a.rating === 'supports').map((a) => a.subGoalCode))];
}

/**
 * The guardrail check of one measure (PRODUCT.md "Guardrail check of a measure"):
 * fail — NO_SUPPORT, CONFLICT (not an accepted exception), ANALOG_CHANNEL_REMOVED;
 * warn — NOT_ASSESSED, ACCEPTED_EXCEPTION, CODETERMINATION_CONSENT_MISSING; else pass.
 * Reasons: fail before warn; within each, measure-wide reasons first, then by sub-goal code.
 * If a sub-goal has several assessments, the first one counts.
 */
export function guardrailCheck(input: GuardrailCheckInput): GuardrailCheck {
  const analogCode = input.analogSubGoalCode ?? DEFAULT_ANALOG_SUB_GOAL_CODE;
  const strategyCodes = new Set(input.subGoalCodes);
  const byCode = new Map<string, GuardrailAssessmentInput>();
  for (const assessment of input.assessments) {
    if (strategyCodes.has(assessment.subGoalCode) && !byCode.has(assessment.subGoalCode)) {
      byCode.set(assessment.subGoalCode, assessment);
    }
  }
  const reasons: GuardrailReason[] = [];

  if (![...byCode.values()].some((a) => a.rating === 'supports')) {
    reasons.push({
      code: 'NO_SUPPORT',
      severity: 'fail',
      message: 'Die Maßnahme unterstützt kein Teilziel der Strategie.',
      messageEn: 'The measure supports no sub-goal of the strategy.',
    });
  }

  for (const code of new Set(input.subGoalCodes)) {
    const assessment = byCode.get(code);
    if (assessment === undefined) {
      reasons.push({
        code: 'NOT_ASSESSED',
        severity: 'warn',
        subGoalCode: code,
        message: `Teilziel ${code} ist noch nicht bewertet.`,
        messageEn: `Sub-goal ${code} has not been assessed yet.`,
      });
    } else if (assessment.rating === 'conflicts') {
      if (assessment.exception?.accepted === true) {
        const reason = assessment.exception.reason?.trim() ?? '';
        reasons.push({
          code: 'ACCEPTED_EXCEPTION',
          severity: 'warn',
          subGoalCode: code,
          message:
            `Konflikt mit Teilziel ${code} als Ausnahme akzeptiert` +
            (reason === '' ? ' (ohne Begründung).' : `: „${reason}“.`),
          messageEn:
            `Conflict with sub-goal ${code} accepted as an exception` +
            (reason === '' ? ' (no reason given).' : `: "${reason}".`),
        });
      } else {
        reasons.push({
          code: 'CONFLICT',
          severity: 'fail',
          subGoalCode: code,
          message: `Konflikt mit Teilziel ${code}, nicht als Ausnahme akzeptiert.`,
          messageEn: `Conflicts with sub-goal ${code}, not accepted as an exception.`,
        });
      }
    }
  }

  const removed = ANALOG_CHANNELS.filter((channel) =>
    input.channels.some((c) => c.channel === channel && c.before && !c.after),
  );
  const analogAssessment = byCode.get(analogCode);
  const analogExceptionAccepted =
    analogAssessment?.rating === 'conflicts' && analogAssessment.exception?.accepted === true;
  if (removed.length > 0 && !analogExceptionAccepted) {
    reasons.push({
      code: 'ANALOG_CHANNEL_REMOVED',
      severity: 'fail',
      subGoalCode: analogCode,
      channels: removed,
      message:
        `Analoger Zugang entfällt (${listDe(removed.map(channelDe))}): Konflikt mit Teilziel ` +
        `${analogCode} „bleibt auch analog offen“ ohne akzeptierte Ausnahme.`,
      messageEn:
        `Analog access is removed (${listEn(removed.map(channelEn))}): conflicts with sub-goal ` +
        `${analogCode} "remains open in analog form too" without an accepted exception.`,
    });
  }

  const consent = input.codetermination;
  if (
    input.status === 'in_progress' &&
    consent !== null &&
    consent.relevance === 'co_determination' &&
    (consent.result === null || !CONSENT_RESULTS.includes(consent.result))
  ) {
    reasons.push({
      code: 'CODETERMINATION_CONSENT_MISSING',
      severity: 'warn',
      message:
        'Mitbestimmungspflichtige Maßnahme ist in Umsetzung, ohne dass die Zustimmung des ' +
        'Personalrats vorliegt (LPVG NRW § 72).',
      messageEn:
        'The measure requires co-determination and is in progress without the staff ' +
        "council's consent (LPVG NRW § 72).",
    });
  }

  reasons.sort(compareReasons);
  const result = reasons.some((r) => r.severity === 'fail')
    ? 'fail'
    : reasons.length > 0
      ? 'warn'
      : 'pass';
  return { result, reasons };
}

function compareReasons(a: GuardrailReason, b: GuardrailReason): number {
  const severity = severityRank(a) - severityRank(b);
  if (severity !== 0) return severity;
  if (a.subGoalCode === undefined || b.subGoalCode === undefined) {
    // Measure-wide reasons (no sub-goal) come first.
    if (a.subGoalCode !== b.subGoalCode) return a.subGoalCode === undefined ? -1 : 1;
  } else {
    const byCode = compareSubGoalCodes(a.subGoalCode, b.subGoalCode);
    if (byCode !== 0) return byCode;
  }
  return reasonRank(a.code) - reasonRank(b.code);
}

function severityRank(reason: GuardrailReason): number {
  return reason.severity === 'fail' ? 0 : 1;
}

function reasonRank(code: GuardrailReasonCode): number {
  switch (code) {
    case 'NO_SUPPORT':
      return 0;
    case 'CONFLICT':
      return 1;
    case 'ANALOG_CHANNEL_REMOVED':
      return 2;
    case 'CODETERMINATION_CONSENT_MISSING':
      return 3;
    case 'NOT_ASSESSED':
      return 4;
    case 'ACCEPTED_EXCEPTION':
      return 5;
  }
}

export interface CoverageMeasureInput {
  readonly status: MeasureStatus;
  readonly supportedSubGoalCodes: readonly string[];
}

/** Sub-goals (in the given order) that no measure other than a cancelled one supports. */
export function uncoveredSubGoals(
  subGoalCodes: readonly string[],
  measures: readonly CoverageMeasureInput[],
): string[] {
  const covered = new Set(
    measures.filter((m) => m.status !== 'cancelled').flatMap((m) => m.supportedSubGoalCodes),
  );
  return [...new Set(subGoalCodes)].filter((code) => !covered.has(code));
}
