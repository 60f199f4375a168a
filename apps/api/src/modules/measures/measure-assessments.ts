import type { z } from 'zod';
import type { assessmentInputSchema } from '@leitplanken/shared';
import type { AssessmentState } from './measure-aggregate.js';

type AssessmentInput = z.output<typeof assessmentInputSchema>;

/**
 * The assessments after a write that replaces them. A board decision on an exception belongs to
 * one conflict as it was justified: it survives only while that sub-goal stays `conflicts` with
 * the very same justification; any other change resets it, and the board decides again.
 * `requestException: true` asks the board (none → requested); `false` withdraws a pending request.
 */
export function nextAssessments(
  input: readonly AssessmentInput[],
  previous: readonly AssessmentState[],
  subGoalIdByCode: ReadonlyMap<string, string>,
): AssessmentState[] {
  const before = new Map(previous.map((a) => [a.subGoalCode, a]));
  return input.map((a) => {
    const justification = a.justification ?? null;
    const fresh: AssessmentState = {
      subGoalId: subGoalIdByCode.get(a.subGoalCode) ?? '',
      subGoalCode: a.subGoalCode,
      rating: a.rating,
      justification,
      exceptionStatus: 'none',
      exceptionReason: null,
      decidedBy: null,
      decidedAt: null,
    };
    if (a.rating !== 'conflicts') return fresh;
    const old = before.get(a.subGoalCode);
    if (old?.rating !== 'conflicts' || old.justification !== justification) {
      return { ...fresh, exceptionStatus: a.requestException ? 'requested' : 'none' };
    }
    const kept: AssessmentState = {
      ...fresh,
      exceptionStatus: old.exceptionStatus,
      exceptionReason: old.exceptionReason,
      decidedBy: old.decidedBy,
      decidedAt: old.decidedAt,
    };
    if (a.requestException === true && kept.exceptionStatus === 'none') {
      kept.exceptionStatus = 'requested';
    } else if (a.requestException === false && kept.exceptionStatus === 'requested') {
      kept.exceptionStatus = 'none';
    }
    return kept;
  });
}
