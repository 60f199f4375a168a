import type { FieldError, Strategy } from '@leitplanken/shared';
import type { EntityManager } from 'typeorm';
import { isUuid } from '../../common/db/uuid.js';

export interface ActiveSubGoal {
  id: string;
  code: string;
  text: string;
  goalNumber: number;
}

/** The sub-goals (guardrails) of the active strategy, in code order. */
export function activeSubGoals(strategy: Strategy): ActiveSubGoal[] {
  return strategy.goals.flatMap((g) =>
    g.subGoals.map((s) => ({ id: s.id, code: s.code, text: s.text, goalNumber: g.number })),
  );
}

export { isUuid };

function fieldError(field: string, message: string, messageEn: string): FieldError {
  return { field, code: 'unknown_reference', message, messageEn };
}

export interface ReferenceInput {
  /** Only the references that are new or changed: unchanged ones were valid when stored. */
  departmentId?: string;
  fieldOfActionId?: string | null;
  responsibleUserId?: string | null;
  assessmentCodes?: readonly string[];
}

/**
 * Checks that referenced rows exist (and, for new assignments, are active): departments, fields
 * of action, user accounts, and sub-goal codes of the active strategy. Returns field errors.
 */
export async function referenceErrors(
  em: EntityManager,
  input: ReferenceInput,
  subGoals: readonly ActiveSubGoal[],
): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  const lookup = async (table: string, id: string): Promise<{ active: boolean } | null> => {
    if (!isUuid(id)) return null;
    const rows: Array<{ active: boolean }> = await em.query(
      `SELECT active FROM ${table} WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  };

  if (input.departmentId !== undefined) {
    const department = await lookup('departments', input.departmentId);
    if (!department) {
      errors.push(
        fieldError('departmentId', 'Diesen Fachbereich gibt es nicht.', 'Unknown department.'),
      );
    } else if (!department.active) {
      errors.push(
        fieldError(
          'departmentId',
          'Dieser Fachbereich ist inaktiv und nimmt keine Maßnahmen auf.',
          'This department is inactive and takes no measures.',
        ),
      );
    }
  }
  if (input.fieldOfActionId) {
    const field = await lookup('fields_of_action', input.fieldOfActionId);
    if (!field) {
      errors.push(
        fieldError(
          'fieldOfActionId',
          'Dieses Handlungsfeld gibt es nicht.',
          'Unknown field of action.',
        ),
      );
    } else if (!field.active) {
      errors.push(
        fieldError(
          'fieldOfActionId',
          'Dieses Handlungsfeld ist inaktiv und wird nicht mehr vergeben.',
          'This field of action is inactive.',
        ),
      );
    }
  }
  if (input.responsibleUserId) {
    const user = await lookup('users', input.responsibleUserId);
    if (!user) {
      errors.push(
        fieldError(
          'responsibleUserId',
          'Dieses Benutzerkonto gibt es nicht.',
          'Unknown user account.',
        ),
      );
    }
  }
  const known = new Set(subGoals.map((s) => s.code));
  input.assessmentCodes?.forEach((code, i) => {
    if (!known.has(code)) {
      errors.push(
        fieldError(
          `assessments.${i}.subGoalCode`,
          `Teilziel ${code} gibt es in der aktiven Strategie nicht.`,
          `Sub-goal ${code} does not exist in the active strategy.`,
        ),
      );
    }
  });
  return errors;
}
