import { describe, expect, it } from 'vitest';
import type { Health, MeasureStatus } from '../enums.schema.js';
import { measureHealth, reportOverdue, type HealthReportInput } from '../rollup.js';
import { measureHealthSchema, reportOverdueSchema } from '../rollup.schema.js';

const AS_OF = '2026-06-30';
const report = (health: Health, at = '2026-06-10T09:00:00Z'): HealthReportInput => ({
  id: 'r1',
  health,
  state: 'submitted',
  at,
});

describe('measureHealth', () => {
  it.each<{
    name: string;
    status: MeasureStatus;
    plannedEnd: string | null;
    latestReport: HealthReportInput | null;
    value: Health | null;
    code: string;
  }>([
    {
      name: 'no report → unknown',
      status: 'in_progress',
      plannedEnd: '2026-12-31',
      latestReport: null,
      value: null,
      code: 'NO_REPORT',
    },
    {
      name: 'health of the latest report',
      status: 'in_progress',
      plannedEnd: '2026-12-31',
      latestReport: report('at_risk'),
      value: 'at_risk',
      code: 'REPORT_HEALTH',
    },
    {
      name: 'approved report counts the same',
      status: 'in_progress',
      plannedEnd: null,
      latestReport: { ...report('on_track'), state: 'approved' },
      value: 'on_track',
      code: 'REPORT_HEALTH',
    },
    {
      name: 'planned end passed → off_track despite a good report',
      status: 'in_progress',
      plannedEnd: '2026-06-29',
      latestReport: report('on_track'),
      value: 'off_track',
      code: 'PLANNED_END_PASSED',
    },
    {
      name: 'planned end passed without report → off_track',
      status: 'paused',
      plannedEnd: '2026-01-31',
      latestReport: null,
      value: 'off_track',
      code: 'PLANNED_END_PASSED',
    },
    {
      name: 'planned end passed, still planned → off_track',
      status: 'planned',
      plannedEnd: '2026-06-01',
      latestReport: null,
      value: 'off_track',
      code: 'PLANNED_END_PASSED',
    },
    {
      name: 'planned end is today → not passed yet',
      status: 'in_progress',
      plannedEnd: '2026-06-30',
      latestReport: report('on_track'),
      value: 'on_track',
      code: 'REPORT_HEALTH',
    },
    {
      name: 'completed after planned end → report health',
      status: 'completed',
      plannedEnd: '2026-01-31',
      latestReport: report('on_track'),
      value: 'on_track',
      code: 'REPORT_HEALTH',
    },
    {
      name: 'completed without report → unknown',
      status: 'completed',
      plannedEnd: '2026-01-31',
      latestReport: null,
      value: null,
      code: 'NO_REPORT',
    },
    {
      name: 'cancelled → null',
      status: 'cancelled',
      plannedEnd: '2026-01-31',
      latestReport: report('off_track'),
      value: null,
      code: 'CANCELLED',
    },
    {
      name: 'report after asOf is ignored',
      status: 'in_progress',
      plannedEnd: '2026-12-31',
      latestReport: report('at_risk', '2026-07-01T08:00:00Z'),
      value: null,
      code: 'NO_REPORT',
    },
  ])('$name', ({ status, plannedEnd, latestReport, value, code }) => {
    const result = measureHealth({ status, plannedEnd, latestReport }, AS_OF);
    expect(result.value).toBe(value);
    expect(result.explanation.code).toBe(code);
    expect(result.counted).toBe(status !== 'cancelled');
    expect(() => measureHealthSchema.parse(result)).not.toThrow();
  });

  it('explains a passed planned end', () => {
    const result = measureHealth(
      { status: 'in_progress', plannedEnd: '2026-06-29', latestReport: report('on_track') },
      AS_OF,
    );
    expect(result.inputs).toEqual({
      status: 'in_progress',
      asOf: AS_OF,
      plannedEnd: '2026-06-29',
      report: { id: 'r1', health: 'on_track', state: 'submitted', at: '2026-06-10T09:00:00Z' },
    });
    expect(result.explanation.message).toBe(
      'Geplantes Ende (29.06.2026) überschritten, Maßnahme nicht abgeschlossen: kritisch.',
    );
  });
});

describe('reportOverdue', () => {
  it.each<{
    name: string;
    status: MeasureStatus;
    dueDate: string | null;
    reported: boolean;
    value: boolean;
    code: string;
  }>([
    {
      name: 'due date passed, no report → overdue',
      status: 'in_progress',
      dueDate: '2026-06-15',
      reported: false,
      value: true,
      code: 'REPORT_OVERDUE',
    },
    {
      name: 'planned measures report too',
      status: 'planned',
      dueDate: '2026-06-15',
      reported: false,
      value: true,
      code: 'REPORT_OVERDUE',
    },
    {
      name: 'paused measures report too',
      status: 'paused',
      dueDate: '2026-06-15',
      reported: false,
      value: true,
      code: 'REPORT_OVERDUE',
    },
    {
      name: 'on the due date itself → not yet',
      status: 'in_progress',
      dueDate: '2026-06-30',
      reported: false,
      value: false,
      code: 'NOT_DUE_YET',
    },
    {
      name: 'report for the cycle present',
      status: 'in_progress',
      dueDate: '2026-06-15',
      reported: true,
      value: false,
      code: 'REPORT_PRESENT',
    },
    {
      name: 'completed never overdue',
      status: 'completed',
      dueDate: '2026-06-15',
      reported: false,
      value: false,
      code: 'NOT_REQUIRED',
    },
    {
      name: 'cancelled never overdue',
      status: 'cancelled',
      dueDate: '2026-06-15',
      reported: false,
      value: false,
      code: 'NOT_REQUIRED',
    },
    {
      name: 'no current cycle',
      status: 'in_progress',
      dueDate: null,
      reported: false,
      value: false,
      code: 'NO_CYCLE',
    },
  ])('$name', ({ status, dueDate, reported, value, code }) => {
    const result = reportOverdue(
      {
        status,
        cycle: dueDate === null ? null : { dueDate },
        hasSubmittedReportForCycle: reported,
      },
      AS_OF,
    );
    expect(result.value).toBe(value);
    expect(result.explanation.code).toBe(code);
    expect(() => reportOverdueSchema.parse(result)).not.toThrow();
  });

  it('says "Bericht überfällig" with the due date', () => {
    expect(
      reportOverdue(
        {
          status: 'in_progress',
          cycle: { dueDate: '2026-06-15' },
          hasSubmittedReportForCycle: false,
        },
        AS_OF,
      ).explanation.message,
    ).toBe('Bericht überfällig: fällig am 15.06.2026, noch nicht eingereicht.');
  });
});
