import { type ExecutionContext, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import {
  InjectThrottlerStorage,
  ThrottlerGuard,
  type ThrottlerLimitDetail,
  type ThrottlerModuleOptions,
  ThrottlerStorage,
} from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { CommonException } from '../../common/errors/common.errors.js';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

const MINUTE = 60_000;

/**
 * Sign-in attempts per IP address and e-mail address: the sixth attempt within 15 minutes is
 * refused with 429 for 15 minutes, whether the account exists or not. A successful sign-in
 * clears the count, so only failures add up against a person. (The guard counts attempts; the
 * success resets, so the net effect is "failures since the last success".)
 */
export const LOGIN_PER_ACCOUNT = { name: 'login', limit: 5, ttl: 15 * MINUTE, block: 15 * MINUTE };
/**
 * Sign-in attempts for one e-mail address from anywhere: the limit that still holds when the
 * addresses rotate (a botnet, or X-Forwarded-For forged where TRUST_PROXY=true without a proxy
 * in front). Higher, so that strangers cannot easily lock a person out; a success clears it.
 */
export const LOGIN_PER_EMAIL = {
  name: 'login-email',
  limit: 30,
  ttl: 15 * MINUTE,
  block: 15 * MINUTE,
};
/**
 * All sign-in attempts from one IP address (password spraying across many accounts). Generous,
 * because a whole town hall may sign in through one proxy address.
 */
export const LOGIN_PER_IP = { name: 'login-ip', limit: 100, ttl: MINUTE, block: MINUTE };

function ipOf(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}

function emailOf(req: Request): string {
  const body: unknown = req.body;
  const email =
    body && typeof body === 'object' ? (body as Record<string, unknown>).email : undefined;
  return typeof email === 'string' ? email.trim().toLowerCase() : '';
}

function accountTracker(req: Request): string {
  return `${ipOf(req)}|${emailOf(req)}`;
}

function keyOf(throttler: string, tracker: string): string {
  return `${throttler}|${tracker}`;
}

export function loginThrottlerOptions(): ThrottlerModuleOptions {
  return {
    setHeaders: false,
    // A fresh store per application instance (tests start several in one process).
    storage: new LoginAttemptStorage(),
    throttlers: [
      {
        name: LOGIN_PER_ACCOUNT.name,
        limit: LOGIN_PER_ACCOUNT.limit,
        ttl: LOGIN_PER_ACCOUNT.ttl,
        blockDuration: LOGIN_PER_ACCOUNT.block,
        getTracker: (req) => accountTracker(req as Request),
      },
      {
        name: LOGIN_PER_EMAIL.name,
        limit: LOGIN_PER_EMAIL.limit,
        ttl: LOGIN_PER_EMAIL.ttl,
        blockDuration: LOGIN_PER_EMAIL.block,
        getTracker: (req) => emailOf(req as Request),
      },
      {
        name: LOGIN_PER_IP.name,
        limit: LOGIN_PER_IP.limit,
        ttl: LOGIN_PER_IP.ttl,
        blockDuration: LOGIN_PER_IP.block,
        getTracker: (req) => ipOf(req as Request),
      },
    ],
  };
}

interface Entry {
  /** Expiry times (ms) of the counted attempts: a sliding window. */
  hits: number[];
  blockedUntil: number;
}

/**
 * @nestjs/throttler storage in memory, like the package's own, plus `reset` (a successful
 * sign-in forgives the failures before it). One process holds the counts; several app
 * instances behind a load balancer each count on their own.
 */
export class LoginAttemptStorage implements ThrottlerStorage, OnApplicationShutdown {
  private readonly entries = new Map<string, Entry>();
  private readonly sweeper = setInterval(() => this.sweep(), MINUTE);

  constructor() {
    this.sweeper.unref();
  }

  increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
  ): Promise<ThrottlerStorageRecord> {
    const now = Date.now();
    const entry = this.entries.get(key) ?? { hits: [], blockedUntil: 0 };
    this.entries.set(key, entry);
    entry.hits = entry.hits.filter((expires) => expires > now);
    if (entry.blockedUntil <= now) {
      entry.hits.push(now + ttl);
      if (entry.hits.length > limit) entry.blockedUntil = now + blockDuration;
    }
    const isBlocked = entry.blockedUntil > now;
    return Promise.resolve({
      totalHits: entry.hits.length,
      timeToExpire: Math.ceil((Math.max(...entry.hits, now) - now) / 1000),
      isBlocked,
      timeToBlockExpire: isBlocked ? Math.ceil((entry.blockedUntil - now) / 1000) : 0,
    });
  }

  reset(key: string): void {
    this.entries.delete(key);
  }

  private sweep(): void {
    const now = Date.now();
    for (const [key, entry] of this.entries) {
      if (entry.blockedUntil <= now && entry.hits.every((expires) => expires <= now)) {
        this.entries.delete(key);
      }
    }
  }

  onApplicationShutdown(): void {
    clearInterval(this.sweeper);
    this.entries.clear();
  }
}

/** The throttler guard of the sign-in route: our keys, our error shape, a plain Retry-After. */
@Injectable()
export class LoginThrottlerGuard extends ThrottlerGuard {
  protected override generateKey(_context: ExecutionContext, tracker: string, name: string) {
    return keyOf(name, tracker);
  }

  protected override throwThrottlingException(
    context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    const seconds = Math.max(1, detail.timeToBlockExpire);
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(seconds));
    const minutes = Math.ceil(seconds / 60);
    throw new CommonException('TOO_MANY_REQUESTS', {
      de: `Zu viele Anmeldeversuche. Bitte warten Sie ${minutes === 1 ? 'eine Minute' : `${minutes} Minuten`} und versuchen Sie es dann erneut.`,
      en: `Too many sign-in attempts. Please wait ${minutes === 1 ? 'one minute' : `${minutes} minutes`} and try again.`,
      details: { retryAfterSeconds: seconds },
    });
  }
}

/** Clears the counts of the person after a successful sign-in (not the per-IP count). */
@Injectable()
export class LoginThrottle {
  constructor(@InjectThrottlerStorage() private readonly storage: ThrottlerStorage) {}

  forgive(req: Request): void {
    if (this.storage instanceof LoginAttemptStorage) {
      this.storage.reset(keyOf(LOGIN_PER_ACCOUNT.name, accountTracker(req)));
      this.storage.reset(keyOf(LOGIN_PER_EMAIL.name, emailOf(req)));
    }
  }
}
