import { describe, expect, it } from 'vitest';
import {
  codeterminationInputSchema,
  createMeasureSchema,
  measureQuerySchema,
  measureRuleIssues,
  updateMeasureSchema,
} from './measure.schema.js';
import { toFieldErrors } from './validation.js';

const base = { title: 'E-Akte', departmentId: 'd1' };

/** `field: message` of every problem, or [] when the input is valid. */
function problems(result: { success: boolean; error?: { issues: unknown[] } }): string[] {
  if (result.success) return [];
  return toFieldErrors(result.error!.issues as never).map((f) => `${f.field}: ${f.message}`);
}

describe('createMeasureSchema', () => {
  it('accepts the minimal contract body and trims texts, empty optional text → null', () => {
    const parsed = createMeasureSchema.parse({ ...base, title: '  E-Akte ', description: '' });
    expect(parsed).toEqual({ title: 'E-Akte', departmentId: 'd1', description: null });
  });

  it.each([
    [{ title: '' }, 'title: Bitte ausfüllen.'],
    [{ title: 'x'.repeat(201) }, 'title: Höchstens 200 Zeichen erlaubt.'],
    [{ description: 'x'.repeat(10_001) }, 'description: Höchstens 10.000 Zeichen erlaubt.'],
    [{ budgetPlanned: -1 }, 'budgetPlanned: Der Wert muss mindestens 0 sein.'],
    [{ budgetSpent: 1.234 }, 'budgetSpent: Höchstens zwei Nachkommastellen erlaubt.'],
    [
      { status: 'done' },
      'status: Ungültiger Wert. Erlaubt: planned, in_progress, completed, paused, cancelled.',
    ],
    [{ plannedStart: '2026-02-30' }, 'plannedStart: Kein gültiges Datum'],
    [
      { plannedStart: '2026-05-01', plannedEnd: '2026-04-30' },
      'plannedEnd: Das geplante Ende darf nicht vor dem geplanten Beginn liegen.',
    ],
    [
      { actualStart: '2026-05-01', actualEnd: '2026-04-30' },
      'actualEnd: Das tatsächliche Ende darf nicht vor dem tatsächlichen Beginn liegen.',
    ],
    [
      { kind: 'legal_obligation' },
      'legalBasis: Bei einer gesetzlichen Pflicht bitte die Rechtsgrundlage angeben (z. B. OZG).',
    ],
    [
      { legalDeadline: '2026-12-31' },
      'legalDeadline: Eine gesetzliche Frist gibt es nur bei gesetzlichen Pflichtaufgaben.',
    ],
    [{ progress: 50 }, 'progress: Unbekanntes Feld: progress'],
    [
      { assessments: [{ subGoalCode: '1.1', rating: 'supports' }] },
      'assessments.0.justification: Bitte begründen, wie die Maßnahme Teilziel 1.1 unterstützt.',
    ],
    [
      { assessments: [{ subGoalCode: '3.2', rating: 'conflicts', justification: ' ' }] },
      'assessments.0.justification: Bitte den Konflikt mit Teilziel 3.2 begründen.',
    ],
    [
      {
        assessments: [
          { subGoalCode: '1.1', rating: 'neutral' },
          { subGoalCode: '1.1', rating: 'neutral' },
        ],
      },
      'assessments.1.subGoalCode: Teilziel 1.1 ist mehrfach bewertet.',
    ],
    [
      { assessments: [{ subGoalCode: '1.1', rating: 'neutral', requestException: true }] },
      'assessments.0.requestException: Eine Ausnahme kann nur für einen Konflikt beantragt werden.',
    ],
    [
      { assessments: [{ subGoalCode: 'x', rating: 'neutral' }] },
      'assessments.0.subGoalCode: Code im Format Ziel.Nummer erwartet, z. B. 1.1',
    ],
    [
      { milestones: [{ title: 'M', weight: 0 }] },
      'milestones.0.weight: Der Wert muss größer als 0 sein.',
    ],
    [
      {
        channels: [
          { channel: 'counter', availableBefore: true, availableAfter: true },
          { channel: 'counter', availableBefore: true, availableAfter: false },
        ],
      },
      'channels.1.channel: Dieser Zugangsweg ist doppelt angegeben.',
    ],
  ])('refuses %j', (patch, expected) => {
    expect(problems(createMeasureSchema.safeParse({ ...base, ...patch }))).toEqual([expected]);
  });

  it('names a missing required field in German', () => {
    expect(problems(createMeasureSchema.safeParse({ title: 'x' }))).toEqual([
      'departmentId: Pflichtangabe: bitte ausfüllen.',
    ]);
  });

  it('accepts a legal obligation with basis and deadline', () => {
    expect(
      createMeasureSchema.safeParse({
        ...base,
        kind: 'legal_obligation',
        legalBasis: 'OZG',
        legalDeadline: '2026-12-31',
      }).success,
    ).toBe(true);
  });
});

describe('updateMeasureSchema', () => {
  it('needs the version and checks only the pairs it carries', () => {
    expect(problems(updateMeasureSchema.safeParse({ title: 'x' }))).toEqual([
      'version: Pflichtangabe: bitte ausfüllen.',
    ]);
    // kind unknown in a PATCH: the API checks the merged state instead
    expect(updateMeasureSchema.safeParse({ version: 1, legalDeadline: '2026-01-01' }).success).toBe(
      true,
    );
    expect(problems(updateMeasureSchema.safeParse({ version: 1, title: '' }))).toEqual([
      'title: Bitte ausfüllen.',
    ]);
  });
});

describe('measureRuleIssues', () => {
  it('skips checks with an unknown side and accepts equal dates', () => {
    expect(measureRuleIssues({ plannedEnd: '2020-01-01' })).toEqual([]);
    expect(measureRuleIssues({ plannedStart: '2026-01-01', plannedEnd: '2026-01-01' })).toEqual([]);
    expect(measureRuleIssues({ kind: 'legal_obligation' })).toEqual([]);
    expect(measureRuleIssues({ kind: 'legal_obligation', legalBasis: null })).toHaveLength(1);
  });
});

describe('codeterminationInputSchema', () => {
  it('checks the agreement period and that "none" has no result', () => {
    expect(
      problems(
        codeterminationInputSchema.safeParse({
          version: 1,
          relevance: 'none',
          result: 'consent',
          agreementValidFrom: '2026-01-01',
          agreementValidUntil: '2025-01-01',
        }),
      ),
    ).toEqual([
      'agreementValidUntil: Die Dienstvereinbarung kann nicht vor ihrem Beginn enden.',
      'result: Ohne Beteiligungspflicht gibt es kein Ergebnis des Personalrats.',
    ]);
  });
});

describe('measureQuerySchema', () => {
  it('reads single, repeated and comma-separated filters and booleans', () => {
    expect(
      measureQuerySchema.parse({
        status: ['planned', 'paused'],
        check: 'fail,warn',
        subGoal: '3.2',
        public: 'true',
        page: '2',
      }),
    ).toEqual({
      page: 2,
      pageSize: 25,
      status: ['planned', 'paused'],
      check: ['fail', 'warn'],
      subGoal: ['3.2'],
      public: true,
      sort: 'updatedAt',
    });
  });

  it('refuses unknown sorts and parameters', () => {
    expect(problems(measureQuerySchema.safeParse({ sort: 'budget' }))[0]).toMatch(/^sort: /);
    expect(problems(measureQuerySchema.safeParse({ foo: '1' }))).toEqual([
      'foo: Unbekanntes Feld: foo',
    ]);
  });
});
