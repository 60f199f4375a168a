import { timingSafeEqual } from 'node:crypto';
import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { AuthenticatedRequest } from '../../modules/auth/auth-user.js';
import { SESSION_COOKIE, SessionService } from '../../modules/auth/session.service.js';
import { CommonException } from '../errors/common.errors.js';
import { ACCESS_KEY, type AccessRule, SKIP_CSRF_KEY } from './access.decorator.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Deny by default: an endpoint that declares nothing is for admins only. */
const DEFAULT_RULE: AccessRule = { kind: 'roles', roles: ['admin'] };

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * True when the request names a browser origin other than the one it was sent to. `req.host` is
 * the Host header, or X-Forwarded-Host behind a trusted proxy (TRUST_PROXY=true).
 */
function isForeignOrigin(req: AuthenticatedRequest): boolean {
  const source = req.header('origin') ?? req.header('referer');
  if (!source || source === 'null') return source === 'null';
  try {
    return new URL(source).host !== req.host;
  } catch {
    return true;
  }
}

/**
 * The one gate of every endpoint: resolves the session cookie, refuses cross-site writes
 * (foreign Origin, missing or wrong X-CSRF-Token) and applies the endpoint's access rule.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const rule =
      this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, targets) ?? DEFAULT_RULE;
    const skipCsrf =
      this.reflector.getAllAndOverride<boolean | undefined>(SKIP_CSRF_KEY, targets) ?? false;
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();

    const token: unknown = req.cookies?.[SESSION_COOKIE];
    if (typeof token === 'string' && token.length > 0) {
      const resolved = await this.sessions.resolve(token);
      if (resolved) {
        req.user = resolved.user;
        req.session = resolved.session;
      }
    }

    if (!SAFE_METHODS.has(req.method)) {
      if (isForeignOrigin(req)) throw new CommonException('CSRF_FAILED');
      if (req.session && !skipCsrf) {
        const sent = req.header('x-csrf-token');
        if (!sent || !sameToken(sent, req.session.csrfToken))
          throw new CommonException('CSRF_FAILED');
      }
    }

    if (rule.kind === 'public') return true;
    if (!req.user) throw new CommonException('UNAUTHENTICATED');
    if (!rule.roles.includes(req.user.role)) throw new CommonException('FORBIDDEN');
    return true;
  }
}
