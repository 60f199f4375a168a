import type { CreateMeasureInput, Measure } from '@leitplanken/shared';
import { expect } from 'vitest';
import type { TestApp } from './app.js';
import type { HttpClient } from './http.js';

export const SUB_GOAL_CODES = [
  '1.1',
  '1.2',
  '1.3',
  '1.4',
  '2.1',
  '2.2',
  '3.1',
  '3.2',
  '3.3',
  '4.1',
];

/** Every sub-goal assessed: `supports` where given, `neutral` elsewhere. */
export function assessAll(
  overrides: Record<
    string,
    {
      rating: 'supports' | 'neutral' | 'conflicts';
      justification?: string;
      requestException?: boolean;
    } | null
  > = {},
): NonNullable<CreateMeasureInput['assessments']> {
  return SUB_GOAL_CODES.flatMap((subGoalCode) => {
    const o = overrides[subGoalCode];
    if (o === null) return [];
    return [{ subGoalCode, rating: 'neutral' as const, ...o }];
  });
}

export const supports = (justification = 'Trägt direkt dazu bei.') =>
  ({ rating: 'supports', justification }) as const;
export const conflicts = (justification = 'Steht dem Teilziel entgegen.') =>
  ({ rating: 'conflicts', justification }) as const;

const departmentIds = new Map<string, Map<string, string>>();

/** Id of the department with this code (e.g. 'FB 3', the demo department head's). */
export async function departmentId(t: TestApp, code: string): Promise<string> {
  let byCode = departmentIds.get(t.baseUrl);
  if (!byCode) {
    const rows: Array<{ id: string; code: string }> = await t.dataSource.query(
      'SELECT id, code FROM departments',
    );
    byCode = new Map(rows.map((r) => [r.code, r.id]));
    departmentIds.set(t.baseUrl, byCode);
  }
  const id = byCode.get(code);
  if (!id) throw new Error(`no department ${code}`);
  return id;
}

/** Creates a measure through the API and expects 201. */
export async function createMeasure(
  client: HttpClient,
  body: CreateMeasureInput,
): Promise<Measure> {
  const res = await client.post<Measure>('/api/measures', body as never);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

export async function countRows(t: TestApp, table: string): Promise<number> {
  const rows: Array<{ n: number }> = await t.dataSource.query(
    `SELECT count(*)::int AS n FROM ${table}`,
  );
  return rows[0]!.n;
}
