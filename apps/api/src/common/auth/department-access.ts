import { canEditDepartment, type Principal } from '@leitplanken/shared';
import { CommonException } from '../errors/common.errors.js';

export { canEditDepartment };

/**
 * For services that change department-owned data: throws 403 unless `canEditDepartment` (the
 * shared rule the web app uses too). Call it with the department the record belongs to now and,
 * on a move, again with the new one.
 */
export function assertCanEditDepartment(user: Principal, departmentId: string): void {
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
