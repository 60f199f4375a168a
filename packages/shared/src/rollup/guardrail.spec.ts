import { describe, expect, it } from 'vitest';
import type { CodeterminationResult, MeasureStatus } from '../enums.schema.js';
import {
  compareSubGoalCodes,
  guardrailCheck,
  uncoveredSubGoals,
  type ChannelChangeInput,
  type GuardrailAssessmentInput,
  type GuardrailCheckInput,
} from '../rollup.js';
import { guardrailCheckSchema } from '../rollup.schema.js';

const CODES = ['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '3.1', '3.2', '3.3', '4.1'];

/** Every sub-goal assessed `neutral`, with the given overrides (null = not assessed). */
function assessments(
  overrides: Record<string, Partial<GuardrailAssessmentInput> | null> = {},
): GuardrailAssessmentInput[] {
  return CODES.flatMap((subGoalCode) => {
    const override = overrides[subGoalCode];
    if (override === null) return [];
    return [{ subGoalCode, rating: 'neutral', exception: null, ...override }];
  });
}
const supports = { rating: 'supports', justification: 'Begründung' } as const;
const conflict = { rating: 'conflicts', justification: 'Begründung' } as const;
const accepted = (reason: string) =>
  ({ ...conflict, exception: { accepted: true, reason } }) as const;
const removed = (channel: ChannelChangeInput['channel']): ChannelChangeInput => ({
  channel,
  before: true,
  after: false,
});

function check(overrides: Partial<GuardrailCheckInput>) {
  const result = guardrailCheck({
    status: 'in_progress',
    subGoalCodes: CODES,
    assessments: assessments({ '1.1': supports }),
    channels: [],
    codetermination: null,
    ...overrides,
  });
  expect(() => guardrailCheckSchema.parse(result)).not.toThrow();
  return result;
}
/** `CODE` or `CODE@subGoal`, in the order reported. */
const summary = (result: ReturnType<typeof guardrailCheck>) =>
  result.reasons.map((r) => (r.subGoalCode === undefined ? r.code : `${r.code}@${r.subGoalCode}`));

describe('guardrailCheck: each reason alone', () => {
  it.each<{ name: string; input: Partial<GuardrailCheckInput>; result: string; reasons: string[] }>(
    [
      {
        name: 'supports one sub-goal, rest neutral → pass',
        input: {},
        result: 'pass',
        reasons: [],
      },
      {
        name: 'NO_SUPPORT',
        input: { assessments: assessments() },
        result: 'fail',
        reasons: ['NO_SUPPORT'],
      },
      {
        name: 'CONFLICT without exception',
        input: { assessments: assessments({ '1.1': supports, '1.2': conflict }) },
        result: 'fail',
        reasons: ['CONFLICT@1.2'],
      },
      {
        name: 'CONFLICT with a rejected exception',
        input: {
          assessments: assessments({
            '1.1': supports,
            '2.1': { ...conflict, exception: { accepted: false, reason: 'abgelehnt' } },
          }),
        },
        result: 'fail',
        reasons: ['CONFLICT@2.1'],
      },
      {
        name: 'ANALOG_CHANNEL_REMOVED',
        input: { channels: [removed('phone')] },
        result: 'fail',
        reasons: ['ANALOG_CHANNEL_REMOVED@3.2'],
      },
      {
        name: 'NOT_ASSESSED',
        input: { assessments: assessments({ '1.1': supports, '4.1': null }) },
        result: 'warn',
        reasons: ['NOT_ASSESSED@4.1'],
      },
      {
        name: 'ACCEPTED_EXCEPTION',
        input: { assessments: assessments({ '1.1': supports, '2.1': accepted('Pilotphase') }) },
        result: 'warn',
        reasons: ['ACCEPTED_EXCEPTION@2.1'],
      },
      {
        name: 'CODETERMINATION_CONSENT_MISSING',
        input: { codetermination: { relevance: 'co_determination', result: null } },
        result: 'warn',
        reasons: ['CODETERMINATION_CONSENT_MISSING'],
      },
    ],
  )('$name', ({ input, result, reasons }) => {
    const outcome = check(input);
    expect(outcome.result).toBe(result);
    expect(summary(outcome)).toEqual(reasons);
  });
});

describe('guardrailCheck: combined', () => {
  it('lists fail before warn, measure-wide first, then in sub-goal code order', () => {
    const outcome = check({
      status: 'in_progress',
      assessments: assessments({
        '1.1': null,
        '1.2': conflict,
        '2.1': accepted('Übergangslösung'),
        '3.2': null,
        '1.4': conflict,
      }),
      channels: [removed('counter'), { channel: 'online', before: false, after: true }],
      codetermination: { relevance: 'co_determination', result: 'refused' },
    });
    expect(outcome.result).toBe('fail');
    expect(summary(outcome)).toEqual([
      'NO_SUPPORT',
      'CONFLICT@1.2',
      'CONFLICT@1.4',
      'ANALOG_CHANNEL_REMOVED@3.2',
      'CODETERMINATION_CONSENT_MISSING',
      'NOT_ASSESSED@1.1',
      'ACCEPTED_EXCEPTION@2.1',
      'NOT_ASSESSED@3.2',
    ]);
    expect(outcome.reasons.map((r) => r.severity)).toEqual([
      'fail',
      'fail',
      'fail',
      'fail',
      'warn',
      'warn',
      'warn',
      'warn',
    ]);
  });

  it('only warnings → warn', () => {
    const outcome = check({
      assessments: assessments({ '1.1': supports, '3.3': accepted('Ausnahme'), '2.2': null }),
      codetermination: { relevance: 'co_determination', result: 'escalated' },
    });
    expect(outcome.result).toBe('warn');
    expect(summary(outcome)).toEqual([
      'CODETERMINATION_CONSENT_MISSING',
      'NOT_ASSESSED@2.2',
      'ACCEPTED_EXCEPTION@3.3',
    ]);
  });

  it('orders sub-goal codes numerically (1.2 < 1.9 < 1.10)', () => {
    const outcome = guardrailCheck({
      status: 'planned',
      subGoalCodes: ['1.10', '1.2', '1.9', '1.1'],
      assessments: [{ subGoalCode: '1.1', rating: 'supports' }],
      channels: [],
      codetermination: null,
    });
    expect(summary(outcome)).toEqual(['NOT_ASSESSED@1.2', 'NOT_ASSESSED@1.9', 'NOT_ASSESSED@1.10']);
    expect(['1.10', '2.1', '1.9', '1.2'].sort(compareSubGoalCodes)).toEqual([
      '1.2',
      '1.9',
      '1.10',
      '2.1',
    ]);
  });

  it('ignores assessments of sub-goals outside the strategy', () => {
    const outcome = check({
      subGoalCodes: ['1.1'],
      assessments: [
        { subGoalCode: '1.1', rating: 'neutral' },
        { subGoalCode: '9.9', rating: 'supports' },
      ],
    });
    expect(summary(outcome)).toEqual(['NO_SUPPORT']);
  });

  it('takes the first assessment of a sub-goal when there are several', () => {
    const outcome = check({
      subGoalCodes: ['1.1', '1.2'],
      assessments: [
        { subGoalCode: '1.1', rating: 'supports' },
        { subGoalCode: '1.2', rating: 'neutral' },
        { subGoalCode: '1.2', rating: 'conflicts' },
      ],
    });
    expect(outcome.result).toBe('pass');
  });

  it('ignores an exception on an assessment that is not a conflict', () => {
    const outcome = check({
      assessments: assessments({
        '1.1': { ...supports, exception: { accepted: true, reason: 'veraltet' } },
      }),
    });
    expect(outcome).toEqual({ result: 'pass', reasons: [] });
  });
});

describe('guardrailCheck: analog channels (3.2 "bleibt auch analog offen")', () => {
  it.each<{
    name: string;
    analog: Partial<GuardrailAssessmentInput> | null;
    channels: ChannelChangeInput[];
    result: string;
    reasons: string[];
  }>([
    {
      name: 'phone removed, 3.2 neutral → fail',
      analog: {},
      channels: [removed('phone')],
      result: 'fail',
      reasons: ['ANALOG_CHANNEL_REMOVED@3.2'],
    },
    {
      name: 'post removed, 3.2 supports → still fail',
      analog: supports,
      channels: [removed('post')],
      result: 'fail',
      reasons: ['ANALOG_CHANNEL_REMOVED@3.2'],
    },
    {
      name: 'counter removed, 3.2 conflict accepted as exception → warn only',
      analog: accepted('Termine nur noch per Video, Beschluss VV'),
      channels: [removed('counter')],
      result: 'warn',
      reasons: ['ACCEPTED_EXCEPTION@3.2'],
    },
    {
      name: 'counter removed, 3.2 conflict not accepted → both fail reasons',
      analog: conflict,
      channels: [removed('counter')],
      result: 'fail',
      reasons: ['CONFLICT@3.2', 'ANALOG_CHANNEL_REMOVED@3.2'],
    },
    {
      name: 'phone removed, 3.2 not assessed',
      analog: null,
      channels: [removed('phone')],
      result: 'fail',
      reasons: ['ANALOG_CHANNEL_REMOVED@3.2', 'NOT_ASSESSED@3.2'],
    },
    {
      name: 'online removed is no analog conflict',
      analog: {},
      channels: [removed('online')],
      result: 'pass',
      reasons: [],
    },
    {
      name: 'channel not available before cannot be removed',
      analog: {},
      channels: [{ channel: 'counter', before: false, after: false }],
      result: 'pass',
      reasons: [],
    },
    {
      name: 'analog channels kept or added',
      analog: {},
      channels: [
        { channel: 'phone', before: true, after: true },
        { channel: 'post', before: false, after: true },
      ],
      result: 'pass',
      reasons: [],
    },
  ])('$name', ({ analog, channels, result, reasons }) => {
    const outcome = check({
      assessments: assessments({ '1.1': supports, '3.2': analog }),
      channels,
    });
    expect(outcome.result).toBe(result);
    expect(summary(outcome)).toEqual(reasons);
  });

  it('names the removed channels in German and English, in a fixed order', () => {
    const [reason] = check({
      channels: [removed('post'), removed('phone'), removed('counter'), removed('post')],
    }).reasons;
    expect(reason).toEqual({
      code: 'ANALOG_CHANNEL_REMOVED',
      severity: 'fail',
      subGoalCode: '3.2',
      channels: ['phone', 'counter', 'post'],
      message:
        'Analoger Zugang entfällt (Telefon, Schalter/Bürgerbüro und Post/Brief): Konflikt mit ' +
        'Teilziel 3.2 „bleibt auch analog offen“ ohne akzeptierte Ausnahme.',
      messageEn:
        "Analog access is removed (phone, counter/citizens' office and post/letter): conflicts " +
        'with sub-goal 3.2 "remains open in analog form too" without an accepted exception.',
    });
  });

  it('uses another analog sub-goal when told to', () => {
    const outcome = check({
      analogSubGoalCode: '3.3',
      assessments: assessments({ '1.1': supports, '3.3': accepted('Ersatzangebot vorhanden') }),
      channels: [removed('phone')],
    });
    expect(summary(outcome)).toEqual(['ACCEPTED_EXCEPTION@3.3']);
  });

  it('names the reason of an accepted exception', () => {
    const [reason] = check({
      assessments: assessments({ '1.1': supports, '3.2': accepted('Übergangsfrist bis 2027') }),
    }).reasons;
    expect(reason?.message).toBe(
      'Konflikt mit Teilziel 3.2 als Ausnahme akzeptiert: „Übergangsfrist bis 2027“.',
    );
    expect(reason?.messageEn).toBe(
      'Conflict with sub-goal 3.2 accepted as an exception: "Übergangsfrist bis 2027".',
    );
  });
});

describe('guardrailCheck: co-determination (LPVG NRW § 72)', () => {
  it.each<{
    relevance: 'co_determination' | 'participation' | 'to_check';
    result: CodeterminationResult | null;
    status: MeasureStatus;
    warns: boolean;
  }>([
    { relevance: 'co_determination', result: null, status: 'in_progress', warns: true },
    { relevance: 'co_determination', result: 'refused', status: 'in_progress', warns: true },
    { relevance: 'co_determination', result: 'escalated', status: 'in_progress', warns: true },
    { relevance: 'co_determination', result: 'consent', status: 'in_progress', warns: false },
    {
      relevance: 'co_determination',
      result: 'consent_with_conditions',
      status: 'in_progress',
      warns: false,
    },
    {
      relevance: 'co_determination',
      result: 'deemed_consent',
      status: 'in_progress',
      warns: false,
    },
    { relevance: 'co_determination', result: null, status: 'planned', warns: false },
    { relevance: 'co_determination', result: 'refused', status: 'paused', warns: false },
    { relevance: 'participation', result: null, status: 'in_progress', warns: false },
    { relevance: 'to_check', result: null, status: 'in_progress', warns: false },
  ])('$relevance / $result / $status → warns: $warns', ({ relevance, result, status, warns }) => {
    const outcome = check({ status, codetermination: { relevance, result } });
    expect(summary(outcome)).toEqual(warns ? ['CODETERMINATION_CONSENT_MISSING'] : []);
  });

  it('no co-determination record → no warning', () => {
    expect(check({ codetermination: null }).result).toBe('pass');
  });
});

describe('uncoveredSubGoals', () => {
  it.each<{
    name: string;
    measures: { status: MeasureStatus; supportedSubGoalCodes: string[] }[];
    uncovered: string[];
  }>([
    { name: 'no measures → all uncovered', measures: [], uncovered: ['1.1', '1.2', '2.1'] },
    {
      name: 'cancelled supporters do not cover',
      measures: [
        { status: 'in_progress', supportedSubGoalCodes: ['1.1'] },
        { status: 'cancelled', supportedSubGoalCodes: ['1.2'] },
        { status: 'completed', supportedSubGoalCodes: ['2.1'] },
      ],
      uncovered: ['1.2'],
    },
    {
      name: 'planned and paused measures cover',
      measures: [
        { status: 'planned', supportedSubGoalCodes: ['1.1', '1.2'] },
        { status: 'paused', supportedSubGoalCodes: ['2.1'] },
      ],
      uncovered: [],
    },
  ])('$name', ({ measures, uncovered }) => {
    expect(uncoveredSubGoals(['1.1', '1.2', '2.1'], measures)).toEqual(uncovered);
  });
});
