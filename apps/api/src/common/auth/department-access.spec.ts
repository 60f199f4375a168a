import { describe, expect, it } from 'vitest';
import type { AuthUser } from '../../modules/auth/auth-user.js';
import { assertCanEditDepartment, canEditDepartment } from './department-access.js';

const user = (role: AuthUser['role'], departmentId: string | null = null): AuthUser => ({
  id: 'u',
  email: 'u@example.org',
  name: 'U',
  role,
  departmentId,
});

describe('canEditDepartment', () => {
  it.each([
    [user('admin'), true],
    [user('board'), true],
    [user('department_head', 'd1'), true],
    [user('department_head', 'd2'), false],
    [user('department_head', null), false],
    [user('staff_council'), false],
    [user('viewer'), false],
  ])('%j on d1 → %s', (u, expected) => {
    expect(canEditDepartment(u, 'd1')).toBe(expected);
  });

  it('throws 403 with a German message naming the own department', () => {
    expect(() => assertCanEditDepartment(user('department_head', 'd2'), 'd1')).toThrow(
      expect.objectContaining({
        body: expect.objectContaining({
          statusCode: 403,
          message: 'Sie können nur Einträge Ihres eigenen Fachbereichs ändern.',
        }),
      }),
    );
  });
});
