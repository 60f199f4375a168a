import type { Role } from './enums.schema.js';

/** What the rights rules need to know of a person. */
export interface Principal {
  readonly role: Role;
  readonly departmentId: string | null;
}

/**
 * Who may change what a department owns (its measures, later its reports): admins and the board
 * everywhere, a department head only in their own department, nobody else. The API enforces it;
 * the web app uses it only to offer the actions that will succeed.
 */
export function canEditDepartment(user: Principal, departmentId: string): boolean {
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

/** Roles that create measures at all (department heads in their own department). */
export const MEASURE_EDITOR_ROLES: readonly Role[] = ['admin', 'board', 'department_head'];

/** Roles that decide guardrail exceptions. */
export const EXCEPTION_DECIDER_ROLES: readonly Role[] = ['admin', 'board'];

/**
 * Who may update the co-determination record: the staff council and admins always, whoever may
 * edit the measure too; the staff council's own position only the staff council and admins.
 */
export function canEditCodetermination(user: Principal, departmentId: string): boolean {
  return (
    user.role === 'staff_council' || user.role === 'admin' || canEditDepartment(user, departmentId)
  );
}

export function canWriteStaffCouncilPosition(user: Principal): boolean {
  return user.role === 'staff_council' || user.role === 'admin';
}
