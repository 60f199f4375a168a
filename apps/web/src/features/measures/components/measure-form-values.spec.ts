import { describe, expect, test } from 'vitest';
import {
  emptyMeasureValues,
  measureBody,
  newMilestone,
  parseAmount,
  validateMeasure,
} from './measure-form-values';

const CODES = ['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '3.1', '3.2', '3.3', '4.1'];

describe('parseAmount', () => {
  test.each([
    ['', null],
    ['12500', 12500],
    ['12.500,50', 12500.5],
    ['12500,5', 12500.5],
    ['12,500.50', 12500.5],
    ['1 000 €', 1000],
    ['-3', -3],
    ['zwölf', Number.NaN],
  ])('%s → %s', (text, expected) => {
    expect(parseAmount(text)).toEqual(expected);
  });
});

describe('measureBody', () => {
  test('sends the assessed sub-goals, used channels and every milestone; empty text → null', () => {
    const values = emptyMeasureValues(CODES, 'd1');
    values.title = ' E-Akte ';
    values.assessments['3.2'] = { rating: 'conflicts', justification: 'x', requestException: true };
    values.assessments['1.1'] = {
      rating: 'supports',
      justification: ' y ',
      requestException: true,
    };
    values.channels.counter = { before: true, after: false };
    values.milestones = [{ ...newMilestone(), title: 'M', weight: '2,5' }];
    const { body, target } = measureBody(values, CODES);
    expect(body).toMatchObject({
      title: ' E-Akte ',
      description: null,
      departmentId: 'd1',
      budgetPlanned: null,
      assessments: [
        { subGoalCode: '1.1', rating: 'supports', justification: 'y' },
        { subGoalCode: '3.2', rating: 'conflicts', justification: 'x', requestException: true },
      ],
      channels: [{ channel: 'counter', availableBefore: true, availableAfter: false }],
      milestones: [{ title: 'M', dueOn: null, doneOn: null, weight: 2.5 }],
    });
    expect(target('assessments.1.justification')).toEqual({
      id: 'assessment-3-2-justification',
      label: { key: 'fields.justification', values: { code: '3.2' } },
    });
    expect(target('milestones.0.weight').id).toBe('milestone-0-weight');
    expect(target('channels.0.channel').id).toBe('channel-counter');
    expect(target('plannedEnd').id).toBe('measure-plannedEnd');
    expect(target('nonsense').id).toBe('measure-form');
  });

  test('legal fields go only with the kinds they belong to', () => {
    const values = emptyMeasureValues(CODES, 'd1');
    values.legalBasis = 'OZG';
    values.legalDeadline = '2026-12-31';
    expect(measureBody(values, CODES).body).toMatchObject({
      legalBasis: null,
      legalDeadline: null,
    });
    values.kind = 'upcoming_standard';
    expect(measureBody(values, CODES).body).toMatchObject({
      legalBasis: 'OZG',
      legalDeadline: null,
    });
    values.kind = 'legal_obligation';
    expect(measureBody(values, CODES).body).toMatchObject({
      legalBasis: 'OZG',
      legalDeadline: '2026-12-31',
    });
  });
});

describe('validateMeasure (the shared schemas)', () => {
  test('reports what the API would, in German, at the right controls', () => {
    const values = emptyMeasureValues(CODES, '');
    values.plannedStart = '2026-05-01';
    values.plannedEnd = '2026-04-01';
    values.budgetPlanned = '-5';
    values.assessments['2.1'] = { rating: 'supports', justification: '', requestException: false };
    const result = validateMeasure(values, CODES, null);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const shown = result.errors.map((e) => [result.target(e.field).id, e.message]);
    expect(shown).toEqual(
      expect.arrayContaining([
        ['measure-title', 'Bitte ausfüllen.'],
        ['measure-departmentId', 'Bitte ausfüllen.'],
        ['measure-plannedEnd', 'Das geplante Ende darf nicht vor dem geplanten Beginn liegen.'],
        ['measure-budgetPlanned', 'Der Wert muss mindestens 0 sein.'],
        [
          'assessment-2-1-justification',
          'Bitte begründen, wie die Maßnahme Teilziel 2.1 unterstützt.',
        ],
      ]),
    );
  });

  test('a valid form gives the body, with the version for an update', () => {
    const values = emptyMeasureValues(CODES, 'd1');
    values.title = 'E-Akte';
    const created = validateMeasure(values, CODES, null);
    expect(created.ok && 'version' in created.body).toBe(false);
    const updated = validateMeasure(values, CODES, 4);
    expect(updated.ok && updated.body).toMatchObject({ version: 4, title: 'E-Akte' });
  });
});
