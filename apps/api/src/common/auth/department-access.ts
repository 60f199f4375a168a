import type { AuthUser } from '../../modules/auth/auth-user.js';
import { CommonException } from '../errors/common.errors.js';

/**
 * Who may change data owned by a department (measures, later reports): admins and the board
 * everywhere, a department head only in their own department, nobody else.
 */
export function canEditDepartment(user: AuthUser, departmentId: string): boolean {
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

/** Throws 403 unless `canEditDepartment`; the service calls it for the old and the new department. */
export function assertCanEditDepartment(user: AuthUser, departmentId: string): void {
  if (canEditDepartment(user, departmentId)) return;
  throw new CommonException('FORBIDDEN', {
    de:
      user.role === 'department_head'
        ? 'Sie können nur Maßnahmen Ihres eigenen Fachbereichs ändern.'
        : 'Für diese Aktion fehlt Ihnen die Berechtigung.',
    en:
      user.role === 'department_head'
        ? "You can only change your own department's measures."
        : 'You are not allowed to do this.',
  });
}
