import { describe, expect, it } from 'vitest';
import type { MeasureStatus } from '../enums.schema.js';
import {
  goalProgress,
  measureProgress,
  subGoalProgress,
  type MilestoneInput,
  type ReportInput,
} from '../rollup.js';
import { measureProgressSchema } from '../rollup.schema.js';

const AS_OF = '2026-06-30';

const ms = (weight: number, doneOn: string | null): MilestoneInput => ({ weight, doneOn });
const report = (
  id: string,
  state: ReportInput['state'],
  progress: number,
  at: string,
  submittedAt?: string,
): ReportInput => ({ id, state, progress, health: 'on_track', at, submittedAt });

describe('measureProgress', () => {
  it.each<{
    name: string;
    status: MeasureStatus;
    milestones: MilestoneInput[];
    reports: ReportInput[];
    value: number;
    source: string;
    reportId?: string;
  }>([
    {
      name: 'completed, no data',
      status: 'completed',
      milestones: [],
      reports: [],
      value: 100,
      source: 'completed',
    },
    {
      name: 'completed beats half-done milestones',
      status: 'completed',
      milestones: [ms(1, '2026-01-01'), ms(1, null)],
      reports: [report('r1', 'approved', 10, '2026-05-01T10:00:00Z')],
      value: 100,
      source: 'completed',
    },
    {
      name: 'one of two milestones',
      status: 'in_progress',
      milestones: [ms(1, '2026-02-01'), ms(1, null)],
      reports: [],
      value: 50,
      source: 'milestones',
    },
    {
      name: 'weighted milestones',
      status: 'in_progress',
      milestones: [ms(3, '2026-02-01'), ms(1, null)],
      reports: [],
      value: 75,
      source: 'milestones',
    },
    {
      name: 'all milestones done',
      status: 'in_progress',
      milestones: [ms(1, '2026-01-10'), ms(2, '2026-03-10')],
      reports: [],
      value: 100,
      source: 'milestones',
    },
    {
      name: 'milestone done after asOf does not count, done on asOf does',
      status: 'in_progress',
      milestones: [ms(1, '2026-07-01'), ms(1, '2026-06-30')],
      reports: [],
      value: 50,
      source: 'milestones',
    },
    {
      name: 'milestones win over reports',
      status: 'in_progress',
      milestones: [ms(1, null), ms(1, null)],
      reports: [report('r1', 'approved', 80, '2026-05-01T10:00:00Z')],
      value: 0,
      source: 'milestones',
    },
    {
      name: 'all weights 0 → falls through to reports',
      status: 'in_progress',
      milestones: [ms(0, '2026-01-01'), ms(0, null)],
      reports: [report('r1', 'approved', 40, '2026-05-01T10:00:00Z')],
      value: 40,
      source: 'approved_report',
      reportId: 'r1',
    },
    {
      name: 'weight-0 milestone next to weighted ones',
      status: 'in_progress',
      milestones: [ms(0, '2026-01-01'), ms(2, null), ms(2, '2026-04-01')],
      reports: [],
      value: 50,
      source: 'milestones',
    },
    {
      name: 'negative weight counts as 0',
      status: 'in_progress',
      milestones: [ms(-1, '2026-01-01'), ms(1, null)],
      reports: [],
      value: 0,
      source: 'milestones',
    },
    {
      name: 'approved older than submitted: approved still wins',
      status: 'in_progress',
      milestones: [],
      reports: [
        report('old-approved', 'approved', 40, '2026-05-01T10:00:00Z'),
        report('new-submitted', 'submitted', 60, '2026-06-15T10:00:00Z'),
      ],
      value: 40,
      source: 'approved_report',
      reportId: 'old-approved',
    },
    {
      name: 'latest approved by instant, not by list order',
      status: 'paused',
      milestones: [],
      reports: [
        report('a2', 'approved', 45, '2026-05-01T10:00:00Z'),
        report('a1', 'approved', 30, '2026-03-01T10:00:00Z'),
      ],
      value: 45,
      source: 'approved_report',
      reportId: 'a2',
    },
    {
      name: 'only submitted reports: the latest',
      status: 'in_progress',
      milestones: [],
      reports: [
        report('s1', 'submitted', 20, '2026-04-01T10:00:00Z'),
        report('s2', 'submitted', 35, '2026-06-01T10:00:00Z'),
      ],
      value: 35,
      source: 'submitted_report',
      reportId: 's2',
    },
    {
      name: 'report approved after asOf is ignored',
      status: 'in_progress',
      milestones: [],
      reports: [
        report('late', 'approved', 90, '2026-07-02T10:00:00Z'),
        report('s1', 'submitted', 25, '2026-06-01T10:00:00Z'),
      ],
      value: 25,
      source: 'submitted_report',
      reportId: 's1',
    },
    {
      name: 'approved after asOf but submitted before: counts as submitted',
      status: 'in_progress',
      milestones: [],
      reports: [report('r1', 'approved', 70, '2026-07-05T10:00:00Z', '2026-06-20T10:00:00Z')],
      value: 70,
      source: 'submitted_report',
      reportId: 'r1',
    },
    {
      name: 'approved 00:30 Berlin time on the next day does not count',
      status: 'in_progress',
      milestones: [],
      reports: [report('r1', 'approved', 80, '2026-06-30T22:30:00Z')],
      value: 0,
      source: 'none',
    },
    {
      name: 'approved 23:30 Berlin time on asOf counts',
      status: 'in_progress',
      milestones: [],
      reports: [report('r1', 'approved', 80, '2026-06-30T21:30:00Z')],
      value: 80,
      source: 'approved_report',
      reportId: 'r1',
    },
    {
      name: 'nothing at all → 0',
      status: 'planned',
      milestones: [],
      reports: [],
      value: 0,
      source: 'none',
    },
  ])('$name', ({ status, milestones, reports, value, source, reportId }) => {
    const result = measureProgress({ status, milestones, reports }, AS_OF);
    expect(result.value).toBe(value);
    expect(result.source).toBe(source);
    expect(result.counted).toBe(true);
    expect(result.inputs.report?.id).toBe(reportId);
    expect(() => measureProgressSchema.parse(result)).not.toThrow();
  });

  it('breaks ties between reports of the same instant by id, whatever the list order', () => {
    const a = report('a', 'approved', 10, '2026-05-01T10:00:00Z');
    const b = report('b', 'approved', 20, '2026-05-01T12:00:00+02:00');
    for (const reports of [
      [a, b],
      [b, a],
    ]) {
      expect(measureProgress({ status: 'in_progress', milestones: [], reports }, AS_OF).value).toBe(
        20,
      );
    }
  });

  it('explains the milestone figure with all its inputs', () => {
    expect(
      measureProgress(
        { status: 'in_progress', milestones: [ms(1, '2026-02-01'), ms(2, null)], reports: [] },
        AS_OF,
      ),
    ).toEqual({
      value: expect.closeTo(33.3333333333, 9),
      source: 'milestones',
      counted: true,
      inputs: {
        status: 'in_progress',
        asOf: AS_OF,
        milestoneCount: 2,
        milestonesDone: 1,
        doneWeight: 1,
        totalWeight: 3,
        report: null,
      },
      explanation: {
        code: 'MILESTONES',
        message: 'Meilensteine: 1 von 2 bis 30.06.2026 erledigt, Gewicht 1 von 3 = 33,3\u00a0%.',
        messageEn: 'Milestones: 1 of 2 done by 2026-06-30, weight 1 of 3 = 33.3%.',
      },
    });
  });

  it('explains a report figure with the report used', () => {
    const result = measureProgress(
      {
        status: 'in_progress',
        milestones: [],
        reports: [report('r7', 'approved', 42.5, '2026-05-04T08:00:00Z')],
      },
      AS_OF,
    );
    expect(result.inputs.report).toEqual({
      id: 'r7',
      state: 'approved',
      progress: 42.5,
      at: '2026-05-04T08:00:00Z',
    });
    expect(result.explanation).toEqual({
      code: 'APPROVED_REPORT',
      message:
        'Keine gewichteten Meilensteine; letzter freigegebener Statusbericht (freigegeben am 04.05.2026): 42,5\u00a0%.',
      messageEn:
        'No weighted milestones; latest approved status report (approved 2026-05-04): 42.5%.',
    });
  });

  it('computes a cancelled measure for its page but marks it not counted', () => {
    const result = measureProgress(
      { status: 'cancelled', milestones: [ms(1, '2026-02-01'), ms(1, null)], reports: [] },
      AS_OF,
    );
    expect(result.value).toBe(50);
    expect(result.counted).toBe(false);
    expect(result.explanation.message).toContain('Abgebrochen: zählt in keiner Auswertung.');
  });

  it.each([
    ['asOf not a day', { status: 'planned', milestones: [], reports: [] }, '2026-06-30T00:00:00Z'],
    ['asOf impossible', { status: 'planned', milestones: [], reports: [] }, '2026-02-30'],
    [
      'doneOn malformed',
      { status: 'planned', milestones: [ms(1, '30.06.2026')], reports: [] },
      AS_OF,
    ],
    [
      'instant without offset',
      {
        status: 'planned',
        milestones: [],
        reports: [report('r', 'submitted', 1, '2026-06-01T10:00:00')],
      },
      AS_OF,
    ],
  ] as const)('rejects bad dates: %s', (_name, input, asOf) => {
    expect(() => measureProgress(input, asOf)).toThrow(RangeError);
  });
});

describe('subGoalProgress', () => {
  it.each<{
    name: string;
    measures: { id: string; status: MeasureStatus; progress: number }[];
    value: number | null;
    counted: string[];
    excluded: string[];
  }>([
    { name: 'no supporter → null, never 0', measures: [], value: null, counted: [], excluded: [] },
    {
      name: 'mean of supporters',
      measures: [
        { id: 'a', status: 'in_progress', progress: 50 },
        { id: 'b', status: 'planned', progress: 0 },
      ],
      value: 25,
      counted: ['a', 'b'],
      excluded: [],
    },
    {
      name: 'completed counts with 100, paused counts',
      measures: [
        { id: 'a', status: 'completed', progress: 100 },
        { id: 'b', status: 'paused', progress: 20 },
      ],
      value: 60,
      counted: ['a', 'b'],
      excluded: [],
    },
    {
      name: 'cancelled excluded from the mean',
      measures: [
        { id: 'a', status: 'in_progress', progress: 50 },
        { id: 'b', status: 'cancelled', progress: 100 },
      ],
      value: 50,
      counted: ['a'],
      excluded: ['b'],
    },
    {
      name: 'only cancelled supporters → null',
      measures: [{ id: 'b', status: 'cancelled', progress: 100 }],
      value: null,
      counted: [],
      excluded: ['b'],
    },
  ])('$name', ({ measures, value, counted, excluded }) => {
    const result = subGoalProgress(measures);
    expect(result.value).toBe(value);
    expect(result.inputs.measures.map((m) => m.id)).toEqual(counted);
    expect(result.inputs.excludedCancelledIds).toEqual(excluded);
    expect(result.explanation.code).toBe(value === null ? 'NOT_COVERED' : 'MEAN_OF_MEASURES');
  });

  it('explains the mean in German and English', () => {
    expect(
      subGoalProgress([
        { id: 'a', status: 'in_progress', progress: 50 },
        { id: 'b', status: 'cancelled', progress: 10 },
      ]).explanation,
    ).toEqual({
      code: 'MEAN_OF_MEASURES',
      message:
        'Mittelwert des Fortschritts von 1 unterstützenden Maßnahme(n) (1 abgebrochene nicht gezählt): 50\u00a0%.',
      messageEn: 'Mean progress of 1 supporting measure(s) (1 cancelled not counted): 50%.',
    });
  });
});

describe('goalProgress', () => {
  it.each<{
    name: string;
    subGoals: { code: string; progress: number | null }[];
    value: number | null;
  }>([
    { name: 'no sub-goals → null', subGoals: [], value: null },
    {
      name: 'all sub-goals without a number → null',
      subGoals: [
        { code: '2.1', progress: null },
        { code: '2.2', progress: null },
      ],
      value: null,
    },
    {
      name: 'mean of the sub-goals that have a number',
      subGoals: [
        { code: '1.1', progress: 50 },
        { code: '1.2', progress: null },
        { code: '1.3', progress: 80 },
      ],
      value: 65,
    },
    {
      name: '0 is a number, not "nicht abgedeckt"',
      subGoals: [
        { code: '4.1', progress: 0 },
        { code: '4.2', progress: null },
      ],
      value: 0,
    },
  ])('$name', ({ subGoals, value }) => {
    const result = goalProgress(subGoals);
    expect(result.value).toBe(value);
    expect(result.inputs.subGoals).toEqual(subGoals);
  });
});
