import { describe, expect, it } from 'vitest';
import type { MeasureStatus } from '../enums.schema.js';
import { behindPlan, expectedProgress } from '../rollup.js';
import { expectedProgressSchema } from '../rollup.schema.js';

describe('expectedProgress', () => {
  it.each<{
    name: string;
    plannedStart: string | null;
    plannedEnd: string | null;
    asOf: string;
    value: number | null;
    code: string;
  }>([
    // 2026-01-01 → 2026-12-31 is 364 days; 2026-07-02 is day 182.
    {
      name: 'half-way',
      plannedStart: '2026-01-01',
      plannedEnd: '2026-12-31',
      asOf: '2026-07-02',
      value: 50,
      code: 'LINEAR',
    },
    // 29 of 30 days; the switch to summer time on 2026-03-29 changes nothing.
    {
      name: 'across the DST switch',
      plannedStart: '2026-03-01',
      plannedEnd: '2026-03-31',
      asOf: '2026-03-30',
      value: (29 / 30) * 100,
      code: 'LINEAR',
    },
    {
      name: 'before start → 0',
      plannedStart: '2026-07-01',
      plannedEnd: '2026-12-31',
      asOf: '2026-06-30',
      value: 0,
      code: 'NOT_STARTED',
    },
    {
      name: 'on the start day → 0',
      plannedStart: '2026-07-01',
      plannedEnd: '2026-12-31',
      asOf: '2026-07-01',
      value: 0,
      code: 'LINEAR',
    },
    {
      name: 'on the end day → 100',
      plannedStart: '2026-01-01',
      plannedEnd: '2026-06-30',
      asOf: '2026-06-30',
      value: 100,
      code: 'LINEAR',
    },
    {
      name: 'after end → 100',
      plannedStart: '2026-01-01',
      plannedEnd: '2026-06-29',
      asOf: '2026-06-30',
      value: 100,
      code: 'ENDED',
    },
    {
      name: 'one-day plan on its day → 100',
      plannedStart: '2026-06-30',
      plannedEnd: '2026-06-30',
      asOf: '2026-06-30',
      value: 100,
      code: 'LINEAR',
    },
    {
      name: 'start missing → null',
      plannedStart: null,
      plannedEnd: '2026-12-31',
      asOf: '2026-06-30',
      value: null,
      code: 'MISSING_DATES',
    },
    {
      name: 'end missing → null',
      plannedStart: '2026-01-01',
      plannedEnd: null,
      asOf: '2026-06-30',
      value: null,
      code: 'MISSING_DATES',
    },
    {
      name: 'both missing → null',
      plannedStart: null,
      plannedEnd: null,
      asOf: '2026-06-30',
      value: null,
      code: 'MISSING_DATES',
    },
    {
      name: 'end before start → null',
      plannedStart: '2026-12-31',
      plannedEnd: '2026-01-01',
      asOf: '2026-06-30',
      value: null,
      code: 'END_BEFORE_START',
    },
  ])('$name', ({ plannedStart, plannedEnd, asOf, value, code }) => {
    const result = expectedProgress({ plannedStart, plannedEnd }, asOf);
    expect(result.value).toBe(value);
    expect(result.explanation.code).toBe(code);
    expect(() => expectedProgressSchema.parse(result)).not.toThrow();
  });

  it('explains the linear figure with the days', () => {
    const result = expectedProgress(
      { plannedStart: '2026-01-01', plannedEnd: '2026-12-31' },
      '2026-07-02',
    );
    expect(result.inputs).toEqual({
      asOf: '2026-07-02',
      plannedStart: '2026-01-01',
      plannedEnd: '2026-12-31',
      elapsedDays: 182,
      totalDays: 364,
    });
    expect(result.explanation.message).toBe(
      'Linear zwischen 01.01.2026 und 31.12.2026: 182 von 364 Tagen vergangen, erwartet 50\u00a0%.',
    );
  });
});

describe('behindPlan', () => {
  it.each<{
    name: string;
    progress: number;
    expected: number | null;
    status: MeasureStatus;
    value: boolean;
    code: string;
  }>([
    {
      name: 'more than 10 points below',
      progress: 39,
      expected: 50,
      status: 'in_progress',
      value: true,
      code: 'BEHIND_PLAN',
    },
    {
      name: 'just over 10 points below',
      progress: 39.9,
      expected: 50,
      status: 'in_progress',
      value: true,
      code: 'BEHIND_PLAN',
    },
    {
      name: 'exactly 10 points below is not behind',
      progress: 40,
      expected: 50,
      status: 'in_progress',
      value: false,
      code: 'ON_PLAN',
    },
    {
      name: 'ahead of plan',
      progress: 80,
      expected: 50,
      status: 'in_progress',
      value: false,
      code: 'ON_PLAN',
    },
    {
      name: 'paused measures can be behind',
      progress: 0,
      expected: 100,
      status: 'paused',
      value: true,
      code: 'BEHIND_PLAN',
    },
    {
      name: 'planned measure past its planned start',
      progress: 0,
      expected: 20,
      status: 'planned',
      value: true,
      code: 'BEHIND_PLAN',
    },
    {
      name: 'no expectation',
      progress: 0,
      expected: null,
      status: 'in_progress',
      value: false,
      code: 'NO_EXPECTATION',
    },
    {
      name: 'completed never behind',
      progress: 0,
      expected: 100,
      status: 'completed',
      value: false,
      code: 'NOT_APPLICABLE',
    },
    {
      name: 'cancelled never behind',
      progress: 0,
      expected: 100,
      status: 'cancelled',
      value: false,
      code: 'NOT_APPLICABLE',
    },
  ])('$name', ({ progress, expected, status, value, code }) => {
    const result = behindPlan(progress, expected, status);
    expect(result.value).toBe(value);
    expect(result.explanation.code).toBe(code);
    expect(result.inputs).toEqual({ status, progress, expected, tolerance: 10 });
  });

  it('says "Hinter Plan" with both numbers', () => {
    expect(behindPlan(20, 45.5, 'in_progress').explanation.message).toBe(
      'Hinter Plan: Fortschritt 20\u00a0%, erwartet 45,5\u00a0%, mehr als 10 Punkte darunter.',
    );
  });
});
