import type { User } from '@leitplanken/shared';
import type { UserEntity } from './user.entity.js';

export function toUser(e: UserEntity): User {
  return {
    id: e.id,
    email: e.email,
    name: e.name,
    role: e.role,
    departmentId: e.departmentId,
    active: e.active,
    lastLoginAt: e.lastLoginAt?.toISOString() ?? null,
    createdAt: e.createdAt.toISOString(),
  };
}

/** What the audit log keeps of an account: never the password hash, not the last login. */
export function toUserAuditSnapshot(
  e: Pick<UserEntity, 'email' | 'name' | 'role' | 'departmentId' | 'active'>,
): Record<string, unknown> {
  return {
    email: e.email,
    name: e.name,
    role: e.role,
    departmentId: e.departmentId,
    active: e.active,
  };
}
