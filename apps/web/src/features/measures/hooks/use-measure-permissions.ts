import { useQuery } from '@tanstack/react-query';
import {
  canEditCodetermination,
  canEditDepartment,
  canWriteStaffCouncilPosition,
  EXCEPTION_DECIDER_ROLES,
  MEASURE_EDITOR_ROLES,
} from '@leitplanken/shared';
import { sessionQueryOptions } from '@/features/auth/api/get-session';

/**
 * Which measure actions to offer the signed-in person — the shared rules the API enforces, so a
 * button is shown exactly when the request will be allowed.
 */
export function useMeasurePermissions() {
  const session = useQuery(sessionQueryOptions());
  const principal = session.data ?? null;
  return {
    /** False while the session is still being asked for: decide nothing yet. */
    ready: !session.isPending,
    /** The department a department head works in (preselected, the only choice). */
    ownDepartmentId: principal?.role === 'department_head' ? principal.departmentId : null,
    canCreate: principal !== null && MEASURE_EDITOR_ROLES.includes(principal.role),
    canEdit: (departmentId: string) =>
      principal !== null && canEditDepartment(principal, departmentId),
    canEditCodetermination: (departmentId: string) =>
      principal !== null && canEditCodetermination(principal, departmentId),
    canWritePosition: principal !== null && canWriteStaffCouncilPosition(principal),
    canDecideExceptions: principal !== null && EXCEPTION_DECIDER_ROLES.includes(principal.role),
  };
}

export type MeasurePermissions = ReturnType<typeof useMeasurePermissions>;
