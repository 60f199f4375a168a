import type { Role } from '@leitplanken/shared';

/** The signed-in user as the request sees it. */
export interface AuthUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  departmentId: string | null;
}

export interface AuthSession {
  id: string;
  csrfToken: string;
}

export type AuthenticatedRequest = import('express').Request & {
  id?: string;
  user?: AuthUser;
  session?: AuthSession;
};
