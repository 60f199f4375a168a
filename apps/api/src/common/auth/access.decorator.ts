import { SetMetadata } from '@nestjs/common';
import type { Role } from '@leitplanken/shared';

export const ACCESS_KEY = 'leitplanken:access';

export type AccessRule = { kind: 'public' } | { kind: 'roles'; roles: readonly Role[] };

/** Open to everyone, also without a session (health, login, the public transparency page). */
export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessRule);

/**
 * The roles that may call this endpoint (with a session). An endpoint without `@Public()` or
 * `@Roles()` is open to admins only: deny by default.
 */
export const Roles = (...roles: Role[]) =>
  SetMetadata(ACCESS_KEY, { kind: 'roles', roles } satisfies AccessRule);

/** Every signed-in role: internal information ("Transparenz nach innen"). */
export const INTERNAL_ROLES: readonly Role[] = [
  'admin',
  'board',
  'department_head',
  'staff_council',
  'viewer',
];

export const SKIP_CSRF_KEY = 'leitplanken:skip-csrf';
/** Only for signing in: there is no session whose token could be sent yet. Origin is still checked. */
export const SkipCsrf = () => SetMetadata(SKIP_CSRF_KEY, true);
