import type { MeasureStatus } from '../enums.schema.js';
import type { BehindPlan, ExpectedProgress } from '../rollup.schema.js';
import { checkedDay, dayNumber } from './dates.js';
import { dayDe, pctDe, pctEn } from './text.js';

/** A measure is "hinter Plan" when its progress is more than this many points below expectation. */
export const BEHIND_PLAN_TOLERANCE = 10;

export interface ExpectedProgressInput {
  readonly plannedStart: string | null;
  readonly plannedEnd: string | null;
}

/**
 * Expected progress as of `asOf`: linear in calendar days from 0 % on the planned start to 100 %
 * on the planned end, clamped to 0..100. Null when a date is missing or the end lies before the start.
 */
export function expectedProgress(input: ExpectedProgressInput, asOf: string): ExpectedProgress {
  const today = dayNumber(asOf, 'asOf');
  const plannedStart =
    input.plannedStart === null ? null : checkedDay(input.plannedStart, 'plannedStart');
  const plannedEnd = input.plannedEnd === null ? null : checkedDay(input.plannedEnd, 'plannedEnd');
  const base = { asOf, plannedStart, plannedEnd };

  if (plannedStart === null || plannedEnd === null) {
    return {
      value: null,
      inputs: { ...base, elapsedDays: null, totalDays: null },
      explanation: {
        code: 'MISSING_DATES',
        message: 'Ohne geplanten Beginn und geplantes Ende kein erwarteter Fortschritt.',
        messageEn: 'No expected progress without planned start and planned end.',
      },
    };
  }
  const start = dayNumber(plannedStart);
  const end = dayNumber(plannedEnd);
  const inputs = { ...base, elapsedDays: today - start, totalDays: end - start };
  if (end < start) {
    return {
      value: null,
      inputs,
      explanation: {
        code: 'END_BEFORE_START',
        message: 'Geplantes Ende liegt vor dem geplanten Beginn: kein erwarteter Fortschritt.',
        messageEn: 'Planned end lies before planned start: no expected progress.',
      },
    };
  }
  if (today < start) {
    return {
      value: 0,
      inputs,
      explanation: {
        code: 'NOT_STARTED',
        message: `Geplanter Beginn (${dayDe(plannedStart)}) noch nicht erreicht: erwartet 0\u00a0%.`,
        messageEn: `Planned start (${plannedStart}) not reached yet: expected 0%.`,
      },
    };
  }
  if (today > end) {
    return {
      value: 100,
      inputs,
      explanation: {
        code: 'ENDED',
        message: `Geplantes Ende (${dayDe(plannedEnd)}) überschritten: erwartet 100\u00a0%.`,
        messageEn: `Planned end (${plannedEnd}) has passed: expected 100%.`,
      },
    };
  }
  // start <= today <= end; a one-day plan (start = end) is due in full on that day.
  const value = end === start ? 100 : ((today - start) / (end - start)) * 100;
  return {
    value,
    inputs,
    explanation: {
      code: 'LINEAR',
      message:
        `Linear zwischen ${dayDe(plannedStart)} und ${dayDe(plannedEnd)}: ` +
        `${inputs.elapsedDays} von ${inputs.totalDays} Tagen vergangen, erwartet ${pctDe(value)}.`,
      messageEn:
        `Linear between ${plannedStart} and ${plannedEnd}: ` +
        `${inputs.elapsedDays} of ${inputs.totalDays} days elapsed, expected ${pctEn(value)}.`,
    },
  };
}

/**
 * "Hinter Plan": progress more than BEHIND_PLAN_TOLERANCE points below the expected progress.
 * Completed and cancelled measures are never behind plan; no expectation → not behind plan.
 */
export function behindPlan(
  progress: number,
  expected: number | null,
  status: MeasureStatus,
): BehindPlan {
  const inputs = { status, progress, expected, tolerance: BEHIND_PLAN_TOLERANCE };
  if (status === 'completed' || status === 'cancelled') {
    return {
      value: false,
      inputs,
      explanation: {
        code: 'NOT_APPLICABLE',
        message: 'Abgeschlossene oder abgebrochene Maßnahmen sind nie hinter Plan.',
        messageEn: 'Completed or cancelled measures are never behind plan.',
      },
    };
  }
  if (expected === null) {
    return {
      value: false,
      inputs,
      explanation: {
        code: 'NO_EXPECTATION',
        message: 'Kein erwarteter Fortschritt (Planzeitraum fehlt): kein Plan-Vergleich.',
        messageEn: 'No expected progress (planned period missing): no comparison with the plan.',
      },
    };
  }
  const value = progress < expected - BEHIND_PLAN_TOLERANCE;
  const compared = `Fortschritt ${pctDe(progress)}, erwartet ${pctDe(expected)}`;
  const comparedEn = `progress ${pctEn(progress)}, expected ${pctEn(expected)}`;
  return {
    value,
    inputs,
    explanation: value
      ? {
          code: 'BEHIND_PLAN',
          message: `Hinter Plan: ${compared}, mehr als ${BEHIND_PLAN_TOLERANCE} Punkte darunter.`,
          messageEn: `Behind plan: ${comparedEn}, more than ${BEHIND_PLAN_TOLERANCE} points below.`,
        }
      : {
          code: 'ON_PLAN',
          message: `Nicht hinter Plan: ${compared} (Rückstand höchstens ${BEHIND_PLAN_TOLERANCE} Punkte).`,
          messageEn: `Not behind plan: ${comparedEn} (shortfall at most ${BEHIND_PLAN_TOLERANCE} points).`,
        },
  };
}
