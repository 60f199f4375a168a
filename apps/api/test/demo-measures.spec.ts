import {
  guardrailReasonCodeSchema,
  measurePageSchema,
  type Coverage,
  type MeasurePage,
} from '@leitplanken/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoMeasures } from '../src/database/seed/demo-measures.js';
import { DEMO_MEASURES } from '../src/database/seed/demo-measures.data.js';
import { startTestApp, type TestApp } from './support/app.js';

describe('demo measures (DEMO_DATA)', () => {
  let t: TestApp;
  let page: MeasurePage;

  beforeAll(async () => {
    t = await startTestApp();
    expect(await seedDemoMeasures(t.dataSource)).toBe(DEMO_MEASURES.length);
    const res = await (
      await t.as('viewer')
    ).get<MeasurePage>('/api/measures?pageSize=100&sort=title');
    page = measurePageSchema.parse(res.body);
  });
  afterAll(() => t.close());

  it('writes about twenty realistic measures through the service, once', async () => {
    expect(page.total).toBe(DEMO_MEASURES.length);
    expect(page.total).toBeGreaterThanOrEqual(18);
    expect(await seedDemoMeasures(t.dataSource)).toBe(0);
    const revisions: Array<{ n: number }> = await t.dataSource.query(
      'SELECT count(DISTINCT measure_id)::int AS n FROM measure_revisions',
    );
    expect(revisions[0]!.n).toBe(DEMO_MEASURES.length);
  });

  it('varies status, kind, department and the guardrail check', () => {
    const distinct = (values: string[]) => [...new Set(values)].sort();
    expect(distinct(page.items.map((m) => m.status))).toEqual([
      'cancelled',
      'completed',
      'in_progress',
      'paused',
      'planned',
    ]);
    expect(distinct(page.items.map((m) => m.kind))).toEqual([
      'legal_obligation',
      'upcoming_standard',
      'voluntary',
    ]);
    expect(new Set(page.items.map((m) => m.department.code)).size).toBeGreaterThanOrEqual(6);
    expect(distinct(page.items.map((m) => m.guardrailCheck.result))).toEqual([
      'fail',
      'pass',
      'warn',
    ]);
    const reasons = new Set(page.items.flatMap((m) => m.guardrailCheck.reasons.map((r) => r.code)));
    for (const code of guardrailReasonCodeSchema.options) {
      expect(reasons, code).toContain(code);
    }
  });

  it('has the special cases: accepted counter closure, open conflict, no assessment, co-determination', () => {
    const byTitle = (title: string) => page.items.find((m) => m.title.startsWith(title))!;
    const fundbuero = byTitle('Fundbüro digital');
    expect(fundbuero.guardrailCheck.result).toBe('warn');
    expect(fundbuero.assessments.find((a) => a.subGoalCode === '3.2')!.exception).toMatchObject({
      status: 'accepted',
      decidedBy: { name: 'Dr. Volker Vorstand' },
    });
    expect(byTitle('Chatbot').guardrailCheck.result).toBe('fail');
    expect(byTitle('WLAN in allen Schulen').assessments).toEqual([]);
    expect(byTitle('Telearbeit').codetermination).toMatchObject({
      result: 'consent',
      agreementTitle: 'Dienstvereinbarung Mobiles Arbeiten',
    });
    expect(page.items.filter((m) => m.codetermination !== null).length).toBeGreaterThanOrEqual(5);
    expect(page.items.filter((m) => m.public).length).toBeGreaterThanOrEqual(8);
  });

  it('covers all ten guardrails', async () => {
    const res = await (await t.as('viewer')).get<Coverage>('/api/measures/coverage');
    expect(res.body.uncovered).toEqual([]);
  });
});
