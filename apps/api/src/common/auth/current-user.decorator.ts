import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { AuthenticatedRequest, AuthUser } from '../../modules/auth/auth-user.js';
import { CommonException } from '../errors/common.errors.js';

/** The signed-in user; only on endpoints that require a session. */
export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser => {
  const user = ctx.switchToHttp().getRequest<AuthenticatedRequest>().user;
  if (!user) throw new CommonException('UNAUTHENTICATED');
  return user;
});

/** Who did it and in which request: what the audit log needs. */
export interface Actor {
  user: AuthUser | null;
  requestId: string | null;
}

export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const req = ctx.switchToHttp().getRequest<AuthenticatedRequest>();
  return { user: req.user ?? null, requestId: req.id ?? null };
});
