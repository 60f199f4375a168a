import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { strategySchema, type Strategy } from '@leitplanken/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/app.js';

const SOURCE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../docs/strategy/leitbild-und-strategische-ziele.txt',
);

/** Reads goals and bullets straight from the source text, independently of the seed. */
function parseSource(): {
  vision: string;
  goals: Array<{ number: number; title: string; bullets: string[] }>;
} {
  const text = fs.readFileSync(SOURCE, 'utf8');
  const lines = text.split('\n');
  const vision = lines.find((l) => l.startsWith('Bergisch Gladbach – '))!.trim();
  const goalLine = lines.find((l) => l.startsWith('1. '))!;
  const goals = [...goalLine.matchAll(/(\d)\. ([^•]+?) •(.*?)(?= \d\. |$)/g)].map((m) => ({
    number: Number(m[1]),
    title: m[2]!.trim(),
    bullets: m[3]!.split('•').map((b) => b.trim()),
  }));
  return { vision, goals };
}

describe('GET /api/strategies/active', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('needs a session', async () => {
    const res = await t.anonymous().get('/api/strategies/active');
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({
      statusCode: 401,
      code: 'UNAUTHENTICATED',
      message: 'Bitte melden Sie sich an.',
    });
  });

  it('returns the strategy of Bergisch Gladbach verbatim: Leitbild, four goals, ten sub-goals', async () => {
    const viewer = await t.as('viewer');
    const res = await viewer.get<Strategy>('/api/strategies/active');
    expect(res.status).toBe(200);
    const strategy = strategySchema.parse(res.body);
    const source = parseSource();

    expect(strategy.title).toBe('E-Government-Strategie');
    expect(strategy.adoptedOn).toBe('2020-08-20');
    expect(strategy.status).toBe('active');
    expect(strategy.vision).toBe(source.vision);
    expect(strategy.goals.map((g) => [g.number, g.title])).toEqual([
      [1, 'Effizienteres Verwaltungshandeln'],
      [2, 'Arbeitgeberattraktivität'],
      [3, 'Digitale Services für Bürger und Unternehmen'],
      [4, 'Beteiligung und Transparenz'],
    ]);
    expect(source.goals).toHaveLength(4);
    for (const goal of strategy.goals) {
      const fromSource = source.goals.find((g) => g.number === goal.number)!;
      expect(goal.title).toBe(fromSource.title);
      expect(goal.subGoals.map((s) => s.text)).toEqual(fromSource.bullets);
      expect(goal.subGoals.map((s) => s.code)).toEqual(
        fromSource.bullets.map((_, i) => `${goal.number}.${i + 1}`),
      );
    }
    const codes = strategy.goals.flatMap((g) => g.subGoals.map((s) => s.code));
    expect(codes).toEqual(['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '3.1', '3.2', '3.3', '4.1']);
    expect(strategy.goals[2]!.subGoals[1]!.text).toBe(
      'Die Stadt unterstützt den digitalen Zugang und bleibt auch analog offen, um niemanden zurückzulassen.',
    );
  });
});

describe('GET /api/departments', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('lists the departments to signed-in users only', async () => {
    expect((await t.anonymous().get('/api/departments')).status).toBe(401);
    const res = await (
      await t.as('staff_council')
    ).get<Array<{ id: string; code: string; name: string }>>('/api/departments');
    expect(res.status).toBe(200);
    expect(res.body.length).toBeGreaterThanOrEqual(5);
    expect(res.body[0]).toEqual({
      id: expect.any(String),
      code: expect.any(String),
      name: expect.any(String),
      active: true,
    });
    expect(new Set(res.body.map((d) => d.code)).size).toBe(res.body.length);
  });
});
