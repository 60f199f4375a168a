import { describe, expect, it } from 'vitest';
import { computeDashboard, type DashboardInput } from '../rollup.js';
import { dashboardResponseSchema } from '../rollup.schema.js';

/**
 * Six measures over four goals, as of 2026-06-30 (cycle 2026-Q2 due 2026-06-15). The expected
 * figures below are worked out by hand; the comments show the arithmetic.
 */
const input: DashboardInput = {
  goals: [
    {
      number: 1,
      title: 'Effizienteres Verwaltungshandeln',
      subGoals: [{ code: '1.1' }, { code: '1.2' }],
    },
    { number: 2, title: 'Arbeitgeberattraktivität', subGoals: [{ code: '2.1' }, { code: '2.2' }] },
    {
      number: 3,
      title: 'Digitale Services für Bürger und Unternehmen',
      subGoals: [{ code: '3.1' }, { code: '3.2' }],
    },
    { number: 4, title: 'Beteiligung und Transparenz', subGoals: [{ code: '4.1' }] },
  ],
  measures: [
    {
      // Milestones: weight 1 + 1 done by asOf, 2 open, 1 done only on 2026-07-15 → 2 / 5 = 40 %.
      // Expected: day 180 of 364 → 49.45 %; 40 is not more than 10 below. Reported for Q2.
      id: 'm1',
      status: 'in_progress',
      departmentId: 'fb1',
      plannedStart: '2026-01-01',
      plannedEnd: '2026-12-31',
      milestones: [
        { weight: 1, doneOn: '2026-03-01' },
        { weight: 1, doneOn: '2026-06-01' },
        { weight: 2, doneOn: null },
        { weight: 1, doneOn: '2026-07-15' },
      ],
      reports: [
        {
          id: 'r1',
          state: 'submitted',
          progress: 55,
          health: 'on_track',
          at: '2026-06-10T09:00:00Z',
        },
      ],
      assessments: [
        { subGoalCode: '1.1', rating: 'supports' },
        { subGoalCode: '1.2', rating: 'supports' },
        { subGoalCode: '3.2', rating: 'neutral' },
      ],
    },
    {
      // Nothing reported, starts in July → 0 %, expected 0 %, health unknown, report overdue.
      id: 'm2',
      status: 'planned',
      departmentId: 'fb2',
      plannedStart: '2026-07-01',
      plannedEnd: '2027-06-30',
      milestones: [],
      reports: [],
      assessments: [{ subGoalCode: '1.1', rating: 'supports' }],
    },
    {
      // Approved 30 % (April) wins over the newer submitted 60 % (June). Planned end 2026-06-29
      // passed → off_track; expected 100 % → 30 is behind plan. Reported for Q2.
      id: 'm3',
      status: 'in_progress',
      departmentId: 'fb1',
      plannedStart: '2026-01-01',
      plannedEnd: '2026-06-29',
      milestones: [],
      reports: [
        {
          id: 'r2',
          state: 'approved',
          progress: 30,
          health: 'at_risk',
          at: '2026-04-10T10:00:00Z',
        },
        {
          id: 'r3',
          state: 'submitted',
          progress: 60,
          health: 'at_risk',
          at: '2026-06-20T08:00:00Z',
        },
      ],
      assessments: [
        { subGoalCode: '2.1', rating: 'supports' },
        { subGoalCode: '3.2', rating: 'conflicts' },
      ],
    },
    {
      // Completed → 100 %; last report on_track; never overdue or behind plan.
      id: 'm4',
      status: 'completed',
      departmentId: 'fb3',
      plannedStart: '2025-01-01',
      plannedEnd: '2025-12-31',
      milestones: [],
      reports: [
        {
          id: 'r4',
          state: 'approved',
          progress: 100,
          health: 'on_track',
          at: '2025-12-20T10:00:00Z',
        },
      ],
      assessments: [
        { subGoalCode: '2.1', rating: 'supports' },
        { subGoalCode: '3.1', rating: 'supports' },
      ],
    },
    {
      // Cancelled: 50 % on its own page, counted nowhere.
      id: 'm5',
      status: 'cancelled',
      departmentId: 'fb2',
      plannedStart: null,
      plannedEnd: null,
      milestones: [
        { weight: 1, doneOn: '2026-02-01' },
        { weight: 1, doneOn: null },
      ],
      reports: [],
      assessments: [
        { subGoalCode: '1.2', rating: 'supports' },
        { subGoalCode: '2.2', rating: 'supports' },
      ],
    },
    {
      // Submitted 20 % off_track; no planned dates → no expectation; not reported → overdue.
      id: 'm6',
      status: 'paused',
      departmentId: null,
      plannedStart: null,
      plannedEnd: null,
      milestones: [],
      reports: [
        {
          id: 'r5',
          state: 'submitted',
          progress: 20,
          health: 'off_track',
          at: '2026-05-05T12:00:00Z',
        },
      ],
      assessments: [
        { subGoalCode: '3.1', rating: 'supports' },
        { subGoalCode: '4.1', rating: 'neutral' },
      ],
    },
  ],
  currentCycle: { id: 'c2', period: '2026-Q2', dueDate: '2026-06-15' },
  reportedMeasureIdsForCurrentCycle: ['m1', 'm3'],
};

describe('computeDashboard', () => {
  it('computes the whole dashboard as of 2026-06-30', () => {
    const dashboard = computeDashboard(input, '2026-06-30');
    expect(() => dashboardResponseSchema.parse(dashboard)).not.toThrow();
    expect(dashboard).toEqual({
      asOf: '2026-06-30',
      goals: [
        {
          number: 1,
          title: 'Effizienteres Verwaltungshandeln',
          progress: 30, // (20 + 40) / 2
          measureCount: 2, // m1, m2 (m5 cancelled)
          byStatus: { planned: 1, in_progress: 1, completed: 0, paused: 0, cancelled: 1 },
          byHealth: { on_track: 1, at_risk: 0, off_track: 0, unknown: 1 },
          subGoals: [
            { code: '1.1', progress: 20, measureCount: 2 }, // (40 + 0) / 2
            { code: '1.2', progress: 40, measureCount: 1 }, // m1 only, m5 cancelled
          ],
        },
        {
          number: 2,
          title: 'Arbeitgeberattraktivität',
          progress: 65, // 2.1 only; 2.2 has no number
          measureCount: 2, // m3, m4
          byStatus: { planned: 0, in_progress: 1, completed: 1, paused: 0, cancelled: 1 },
          byHealth: { on_track: 1, at_risk: 0, off_track: 1, unknown: 0 },
          subGoals: [
            { code: '2.1', progress: 65, measureCount: 2 }, // (30 + 100) / 2
            { code: '2.2', progress: null, measureCount: 0 }, // only the cancelled m5
          ],
        },
        {
          number: 3,
          title: 'Digitale Services für Bürger und Unternehmen',
          progress: 60,
          measureCount: 2, // m4, m6
          byStatus: { planned: 0, in_progress: 0, completed: 1, paused: 1, cancelled: 0 },
          byHealth: { on_track: 1, at_risk: 0, off_track: 1, unknown: 0 },
          subGoals: [
            { code: '3.1', progress: 60, measureCount: 2 }, // (100 + 20) / 2
            { code: '3.2', progress: null, measureCount: 0 },
          ],
        },
        {
          number: 4,
          title: 'Beteiligung und Transparenz',
          progress: null, // all sub-goals without a number
          measureCount: 0,
          byStatus: { planned: 0, in_progress: 0, completed: 0, paused: 0, cancelled: 0 },
          byHealth: { on_track: 0, at_risk: 0, off_track: 0, unknown: 0 },
          subGoals: [{ code: '4.1', progress: null, measureCount: 0 }],
        },
      ],
      uncoveredSubGoals: ['2.2', '3.2', '4.1'],
      overdueReports: 2, // m2, m6
      behindPlan: 1, // m3
      currentCycle: { id: 'c2', period: '2026-Q2', dueDate: '2026-06-15' },
      measures: [
        {
          id: 'm1',
          departmentId: 'fb1',
          status: 'in_progress',
          progress: 40,
          progressSource: 'milestones',
          counted: true,
          health: 'on_track',
          expectedProgress: 49.45054945054945, // 180 / 364 × 100
          behindPlan: false,
          reportOverdue: false,
          supportedSubGoalCodes: ['1.1', '1.2'],
        },
        {
          id: 'm2',
          departmentId: 'fb2',
          status: 'planned',
          progress: 0,
          progressSource: 'none',
          counted: true,
          health: null,
          expectedProgress: 0,
          behindPlan: false,
          reportOverdue: true,
          supportedSubGoalCodes: ['1.1'],
        },
        {
          id: 'm3',
          departmentId: 'fb1',
          status: 'in_progress',
          progress: 30,
          progressSource: 'approved_report',
          counted: true,
          health: 'off_track',
          expectedProgress: 100,
          behindPlan: true,
          reportOverdue: false,
          supportedSubGoalCodes: ['2.1'],
        },
        {
          id: 'm4',
          departmentId: 'fb3',
          status: 'completed',
          progress: 100,
          progressSource: 'completed',
          counted: true,
          health: 'on_track',
          expectedProgress: 100,
          behindPlan: false,
          reportOverdue: false,
          supportedSubGoalCodes: ['2.1', '3.1'],
        },
        {
          id: 'm5',
          departmentId: 'fb2',
          status: 'cancelled',
          progress: 50,
          progressSource: 'milestones',
          counted: false,
          health: null,
          expectedProgress: null,
          behindPlan: false,
          reportOverdue: false,
          supportedSubGoalCodes: ['1.2', '2.2'],
        },
        {
          id: 'm6',
          departmentId: null,
          status: 'paused',
          progress: 20,
          progressSource: 'submitted_report',
          counted: true,
          health: 'off_track',
          expectedProgress: null,
          behindPlan: false,
          reportOverdue: true,
          supportedSubGoalCodes: ['3.1'],
        },
      ],
    });
  });

  it('recomputes the same data as of a past cycle (2026-03-31)', () => {
    const dashboard = computeDashboard(
      {
        ...input,
        currentCycle: { id: 'c1', period: '2026-Q1', dueDate: '2026-03-31' },
        reportedMeasureIdsForCurrentCycle: [],
      },
      '2026-03-31',
    );
    // m1: 1 of 5 weight done → 20; m3 and m6: their reports came later → 0; m4 100; m2 0.
    expect(dashboard.measures.map((m) => [m.id, m.progress, m.health])).toEqual([
      ['m1', 20, null],
      ['m2', 0, null],
      ['m3', 0, null],
      ['m4', 100, 'on_track'],
      ['m5', 50, null],
      ['m6', 0, null],
    ]);
    expect(dashboard.goals.map((g) => g.progress)).toEqual([15, 50, 50, null]); // (10+20)/2, (0+100)/2, (100+0)/2
    expect(dashboard.overdueReports).toBe(0); // due today, not yet overdue
    expect(dashboard.behindPlan).toBe(1); // m3: 0 % against 89/179 × 100 = 49.7 %
  });

  it('counts no overdue report without a current cycle', () => {
    expect(computeDashboard({ ...input, currentCycle: null }, '2026-06-30').overdueReports).toBe(0);
  });

  it('counts a measure once per goal even when it supports several of its sub-goals', () => {
    const [goal] = computeDashboard(input, '2026-06-30').goals;
    expect(goal?.measureCount).toBe(2);
    expect(goal?.subGoals.reduce((sum, s) => sum + s.measureCount, 0)).toBe(3);
  });

  it('handles an empty strategy and no measures', () => {
    expect(
      computeDashboard(
        { goals: [], measures: [], currentCycle: null, reportedMeasureIdsForCurrentCycle: [] },
        '2026-06-30',
      ),
    ).toEqual({
      asOf: '2026-06-30',
      goals: [],
      uncoveredSubGoals: [],
      overdueReports: 0,
      behindPlan: 0,
      currentCycle: null,
      measures: [],
    });
  });
});
