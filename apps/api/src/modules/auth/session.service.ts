import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/env.js';
import { UserEntity } from '../users/user.entity.js';
import type { AuthSession, AuthUser } from './auth-user.js';
import { SessionEntity } from './session.entity.js';

export const SESSION_COOKIE = 'lp_session';
/** Refresh last_seen_at at most this often, so reads do not turn into writes. */
const TOUCH_INTERVAL_MS = 60_000;

function digest(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get absoluteMs(): number {
    return this.config.sessionAbsoluteHours * 3_600_000;
  }

  get idleMs(): number {
    return this.config.sessionIdleMinutes * 60_000;
  }

  /** Creates a session and returns the token for the cookie (only its hash is stored). */
  async create(
    userId: string,
    userAgent: string | undefined,
  ): Promise<{ token: string; csrfToken: string }> {
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(32).toString('base64url');
    const now = new Date();
    await this.dataSource.getRepository(SessionEntity).insert({
      id: digest(token),
      userId,
      csrfToken,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + this.absoluteMs),
      userAgent: userAgent?.slice(0, 300) ?? null,
    });
    return { token, csrfToken };
  }

  /** The session and its user, or null when unknown, idle too long, past its end or the user is inactive. */
  async resolve(token: string): Promise<{ user: AuthUser; session: AuthSession } | null> {
    const id = digest(token);
    const rows: Array<{
      csrf_token: string;
      last_seen_at: Date;
      expires_at: Date;
      user_id: string;
      email: string;
      name: string;
      role: AuthUser['role'];
      department_id: string | null;
      active: boolean;
    }> = await this.dataSource.query(
      `SELECT s.csrf_token, s.last_seen_at, s.expires_at, u.id AS user_id, u.email, u.name, u.role, u.department_id, u.active
         FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id = $1`,
      [id],
    );
    const row = rows[0];
    if (!row) return null;
    const now = Date.now();
    if (
      !row.active ||
      row.expires_at.getTime() <= now ||
      row.last_seen_at.getTime() + this.idleMs <= now
    ) {
      await this.dataSource.getRepository(SessionEntity).delete({ id });
      return null;
    }
    if (now - row.last_seen_at.getTime() > TOUCH_INTERVAL_MS) {
      await this.dataSource
        .getRepository(SessionEntity)
        .update({ id }, { lastSeenAt: new Date(now) });
    }
    return {
      user: {
        id: row.user_id,
        email: row.email,
        name: row.name,
        role: row.role,
        departmentId: row.department_id,
      },
      session: { id, csrfToken: row.csrf_token },
    };
  }

  async destroy(sessionId: string): Promise<void> {
    await this.dataSource.getRepository(SessionEntity).delete({ id: sessionId });
  }

  /** Ends every session of a user at once (deactivation, password reset, role change). */
  async destroyAllOf(userId: string): Promise<void> {
    await this.dataSource.getRepository(SessionEntity).delete({ userId });
  }

  async loadUser(userId: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ id: userId });
  }
}
