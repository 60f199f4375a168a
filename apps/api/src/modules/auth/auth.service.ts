import type { SessionUser } from '@leitplanken/shared';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/env.js';
import { DEMO_EMAILS } from '../../database/seed/demo.data.js';
import { UserEntity } from '../users/user.entity.js';
import { AuthException } from './auth.errors.js';
import { burnPasswordCheck, verifyPassword } from './password.js';
import { SessionService } from './session.service.js';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(
    email: string,
    password: string,
    userAgent: string | undefined,
  ): Promise<{ user: SessionUser; token: string }> {
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email: email.toLowerCase() })
      .getOne();
    // Demo accounts have a published password: they exist for demo mode only.
    const demoOutsideDemo = !this.config.demoData && DEMO_EMAILS.has(email.toLowerCase());
    if (!user || !user.active || !user.passwordHash || demoOutsideDemo) {
      await burnPasswordCheck(password);
      throw new AuthException('INVALID_CREDENTIALS');
    }
    if (!(await verifyPassword(user.passwordHash, password)))
      throw new AuthException('INVALID_CREDENTIALS');
    const { token } = await this.sessions.create(user.id, userAgent);
    await this.dataSource
      .getRepository(UserEntity)
      .update({ id: user.id }, { lastLoginAt: new Date() });
    return { user: toSessionUser(user), token };
  }
}

export function toSessionUser(
  u: Pick<UserEntity, 'id' | 'email' | 'name' | 'role' | 'departmentId'>,
): SessionUser {
  return { id: u.id, email: u.email, name: u.name, role: u.role, departmentId: u.departmentId };
}
