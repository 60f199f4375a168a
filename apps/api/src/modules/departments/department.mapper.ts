import type { Department } from '@leitplanken/shared';
import type { DepartmentEntity } from './department.entity.js';

export function toDepartment(e: DepartmentEntity): Department {
  return { id: e.id, code: e.code, name: e.name, active: e.active };
}
