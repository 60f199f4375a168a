import type { AuthUser } from '../../modules/auth/auth-user.js';
import { CommonException } from '../errors/common.errors.js';

/**
 * Whether the user may change what belongs to a department (its measures, their reports):
 * admin and board everywhere, a head of department only in their own, nobody else.
 */
export function canEditDepartment(
  user: Pick<AuthUser, 'role' | 'departmentId'>,
  departmentId: string,
): boolean {
  switch (user.role) {
    case 'admin':
    case 'board':
      return true;
    case 'department_head':
      return user.departmentId !== null && user.departmentId === departmentId;
    case 'staff_council':
    case 'viewer':
      return false;
  }
}

/**
 * For services that change department-owned data: throws 403 unless `canEditDepartment`.
 * Call it with the department the record belongs to now and, on a move, again with the new one.
 */
export function assertCanEditDepartment(
  user: Pick<AuthUser, 'role' | 'departmentId'>,
  departmentId: string,
): void {
  if (canEditDepartment(user, departmentId)) return;
  throw new CommonException('FORBIDDEN', {
    de:
      user.role === 'department_head'
        ? 'Sie können nur Einträge Ihres eigenen Fachbereichs ändern.'
        : 'Ihre Rolle darf Einträge von Fachbereichen nicht ändern.',
    en:
      user.role === 'department_head'
        ? 'You can only change entries of your own department.'
        : 'Your role may not change entries of departments.',
  });
}
