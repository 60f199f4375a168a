import type { ApiError, Measure } from '@leitplanken/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/app.js';
import type { HttpClient } from './support/http.js';
import { assessAll, countRows, createMeasure, departmentId, supports } from './support/measures.js';

const TABLES = [
  'measures',
  'measure_assessments',
  'measure_milestones',
  'measure_channels',
  'measure_codetermination',
  'measure_revisions',
  'audit_log',
];

/**
 * Bad input → 400 naming the field with a German message, and nothing is written: each case
 * counts the rows of every measure table and the audit log before and after.
 */
describe('measure validation', () => {
  let t: TestApp;
  let board: HttpClient;
  let fb3: string;
  let existing: Measure;
  let inactiveFieldId: string;

  beforeAll(async () => {
    t = await startTestApp();
    board = await t.as('board');
    fb3 = await departmentId(t, 'FB 3');
    existing = await createMeasure(board, {
      title: 'Bestehende Maßnahme',
      departmentId: fb3,
      plannedStart: '2026-03-01',
      plannedEnd: '2026-12-31',
      assessments: assessAll({ '1.1': supports() }),
    });
    const rows: Array<{ id: string }> = await t.dataSource.query(
      `INSERT INTO fields_of_action (name, active) VALUES ('Ausgelaufen', false) RETURNING id`,
    );
    inactiveFieldId = rows[0]!.id;
  });
  afterAll(() => t.close());

  async function counts(): Promise<Record<string, number>> {
    const entries = await Promise.all(
      TABLES.map(async (table) => [table, await countRows(t, table)]),
    );
    return Object.fromEntries(entries) as Record<string, number>;
  }

  const valid = () => ({ title: 'Gültig', departmentId: fb3 });

  const cases: Array<{
    name: string;
    method: 'POST' | 'PATCH' | 'PUT';
    body: () => Record<string, unknown>;
    field: string;
    message: string | RegExp;
  }> = [
    {
      name: 'unknown department',
      method: 'POST',
      body: () => ({ ...valid(), departmentId: '00000000-0000-4000-8000-000000000000' }),
      field: 'departmentId',
      message: 'Diesen Fachbereich gibt es nicht.',
    },
    {
      name: 'department id that is no id at all',
      method: 'POST',
      body: () => ({ ...valid(), departmentId: 'FB 3' }),
      field: 'departmentId',
      message: 'Diesen Fachbereich gibt es nicht.',
    },
    {
      name: 'sub-goal code that does not exist',
      method: 'POST',
      body: () => ({
        ...valid(),
        assessments: [
          { subGoalCode: '1.1', rating: 'supports', justification: 'ok' },
          { subGoalCode: '5.1', rating: 'neutral' },
        ],
      }),
      field: 'assessments.1.subGoalCode',
      message: 'Teilziel 5.1 gibt es in der aktiven Strategie nicht.',
    },
    {
      name: 'end before start',
      method: 'POST',
      body: () => ({ ...valid(), plannedStart: '2026-06-01', plannedEnd: '2026-05-31' }),
      field: 'plannedEnd',
      message: 'Das geplante Ende darf nicht vor dem geplanten Beginn liegen.',
    },
    {
      name: 'negative budget',
      method: 'POST',
      body: () => ({ ...valid(), budgetPlanned: -0.01 }),
      field: 'budgetPlanned',
      message: 'Der Wert muss mindestens 0 sein.',
    },
    {
      name: 'more than two decimals',
      method: 'POST',
      body: () => ({ ...valid(), fundingAmount: 10.005 }),
      field: 'fundingAmount',
      message: 'Höchstens zwei Nachkommastellen erlaubt.',
    },
    {
      name: 'progress set by hand (progress is computed, out of any range)',
      method: 'POST',
      body: () => ({ ...valid(), progress: 150 }),
      field: 'progress',
      message: 'Unbekanntes Feld: progress',
    },
    {
      name: 'milestone weight not above 0',
      method: 'POST',
      body: () => ({ ...valid(), milestones: [{ title: 'Start', weight: -1 }] }),
      field: 'milestones.0.weight',
      message: 'Der Wert muss größer als 0 sein.',
    },
    {
      name: 'title over 200 characters',
      method: 'POST',
      body: () => ({ ...valid(), title: 'T'.repeat(201) }),
      field: 'title',
      message: 'Höchstens 200 Zeichen erlaubt.',
    },
    {
      name: 'description over 10 000 characters',
      method: 'POST',
      body: () => ({ ...valid(), description: 'D'.repeat(10_001) }),
      field: 'description',
      message: 'Höchstens 10.000 Zeichen erlaubt.',
    },
    {
      name: 'missing title',
      method: 'POST',
      body: () => ({ departmentId: fb3 }),
      field: 'title',
      message: 'Pflichtangabe: bitte ausfüllen.',
    },
    {
      name: 'unknown field',
      method: 'POST',
      body: () => ({ ...valid(), owner: 'jemand' }),
      field: 'owner',
      message: 'Unbekanntes Feld: owner',
    },
    {
      name: 'unknown field in an assessment',
      method: 'POST',
      body: () => ({
        ...valid(),
        assessments: [{ subGoalCode: '1.1', rating: 'neutral', weight: 2 }],
      }),
      field: 'assessments.0.weight',
      message: 'Unbekanntes Feld: weight',
    },
    {
      name: 'support without justification',
      method: 'POST',
      body: () => ({ ...valid(), assessments: [{ subGoalCode: '3.1', rating: 'supports' }] }),
      field: 'assessments.0.justification',
      message: 'Bitte begründen, wie die Maßnahme Teilziel 3.1 unterstützt.',
    },
    {
      name: 'unknown status',
      method: 'POST',
      body: () => ({ ...valid(), status: 'done' }),
      field: 'status',
      message: /^Ungültiger Wert\. Erlaubt: planned, in_progress/,
    },
    {
      name: 'legal obligation without legal basis',
      method: 'POST',
      body: () => ({ ...valid(), kind: 'legal_obligation', legalDeadline: '2026-12-31' }),
      field: 'legalBasis',
      message: 'Bei einer gesetzlichen Pflicht bitte die Rechtsgrundlage angeben (z. B. OZG).',
    },
    {
      name: 'legal deadline on a voluntary measure',
      method: 'POST',
      body: () => ({ ...valid(), legalDeadline: '2026-12-31' }),
      field: 'legalDeadline',
      message: 'Eine gesetzliche Frist gibt es nur bei gesetzlichen Pflichtaufgaben.',
    },
    {
      name: 'unknown field of action',
      method: 'POST',
      body: () => ({ ...valid(), fieldOfActionId: '00000000-0000-4000-8000-000000000001' }),
      field: 'fieldOfActionId',
      message: 'Dieses Handlungsfeld gibt es nicht.',
    },
    {
      name: 'inactive field of action',
      method: 'POST',
      body: () => ({ ...valid(), fieldOfActionId: inactiveFieldId }),
      field: 'fieldOfActionId',
      message: 'Dieses Handlungsfeld ist inaktiv und wird nicht mehr vergeben.',
    },
    {
      name: 'invalid calendar day',
      method: 'POST',
      body: () => ({ ...valid(), plannedStart: '2026-02-30' }),
      field: 'plannedStart',
      message: 'Kein gültiges Datum',
    },
    {
      name: 'PATCH without version',
      method: 'PATCH',
      body: () => ({ title: 'Neu' }),
      field: 'version',
      message: 'Pflichtangabe: bitte ausfüllen.',
    },
    {
      name: 'PATCH: new end before the stored start (checked on the merged measure)',
      method: 'PATCH',
      body: () => ({ version: existing.version, plannedEnd: '2026-02-01' }),
      field: 'plannedEnd',
      message: 'Das geplante Ende darf nicht vor dem geplanten Beginn liegen.',
    },
    {
      name: 'PATCH: becoming a legal obligation without legal basis',
      method: 'PATCH',
      body: () => ({ version: existing.version, kind: 'legal_obligation' }),
      field: 'legalBasis',
      message: 'Bei einer gesetzlichen Pflicht bitte die Rechtsgrundlage angeben (z. B. OZG).',
    },
    {
      name: 'PATCH: unknown sub-goal code among valid ones',
      method: 'PATCH',
      body: () => ({
        version: existing.version,
        assessments: [
          ...assessAll({ '1.1': supports() }),
          { subGoalCode: '3.9', rating: 'neutral' },
        ],
      }),
      field: 'assessments.10.subGoalCode',
      message: 'Teilziel 3.9 gibt es in der aktiven Strategie nicht.',
    },
    {
      name: 'PATCH: unknown department when moving',
      method: 'PATCH',
      body: () => ({
        version: existing.version,
        departmentId: '00000000-0000-4000-8000-000000000000',
      }),
      field: 'departmentId',
      message: 'Diesen Fachbereich gibt es nicht.',
    },
    {
      name: 'co-determination: agreement ends before it starts',
      method: 'PUT',
      body: () => ({
        version: existing.version,
        relevance: 'co_determination',
        agreementValidFrom: '2026-01-01',
        agreementValidUntil: '2025-12-31',
      }),
      field: 'agreementValidUntil',
      message: 'Die Dienstvereinbarung kann nicht vor ihrem Beginn enden.',
    },
    {
      name: 'co-determination: position over 10 000 characters',
      method: 'PUT',
      body: () => ({
        version: existing.version,
        relevance: 'hearing',
        position: 'P'.repeat(10_001),
      }),
      field: 'position',
      message: 'Höchstens 10.000 Zeichen erlaubt.',
    },
  ];

  it.each(cases)(
    '$name → 400 at $field, nothing written',
    async ({ method, body, field, message }) => {
      const before = await counts();
      const path =
        method === 'POST'
          ? '/api/measures'
          : method === 'PATCH'
            ? `/api/measures/${existing.id}`
            : `/api/measures/${existing.id}/codetermination`;
      const res = await board.request<ApiError>(method, path, body() as never);
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect(res.body).toMatchObject({
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: 'Die Eingaben sind ungültig.',
      });
      const match = res.body.fields?.find((f) => f.field === field);
      expect(match, JSON.stringify(res.body.fields)).toBeDefined();
      if (typeof message === 'string') expect(match!.message).toBe(message);
      else expect(match!.message).toMatch(message);
      expect(match!.messageEn).toBeTruthy();
      expect(await counts()).toEqual(before);
    },
  );

  it('the existing measure is untouched by all the refused changes', async () => {
    const res = await board.get<Measure>(`/api/measures/${existing.id}`);
    expect(res.body.version).toBe(existing.version);
    expect(res.body.plannedEnd).toBe('2026-12-31');
    expect(res.body.kind).toBe('voluntary');
  });

  it('list filters are checked too: unknown sub-goal, unknown sort, unknown parameter', async () => {
    const unknownCode = await board.get<ApiError>('/api/measures?subGoal=9.9');
    expect(unknownCode.status).toBe(400);
    expect(unknownCode.body.fields).toEqual([
      expect.objectContaining({
        field: 'subGoal',
        message: 'Teilziel 9.9 gibt es in der aktiven Strategie nicht.',
      }),
    ]);
    expect((await board.get('/api/measures?sort=budget')).status).toBe(400);
    expect((await board.get('/api/measures?pageSize=501')).status).toBe(400);
    const unknown = await board.get<ApiError>('/api/measures?owner=x');
    expect(unknown.status).toBe(400);
    expect(unknown.body.fields?.[0]).toMatchObject({
      field: 'owner',
      message: 'Unbekanntes Feld: owner',
    });
  });
});
