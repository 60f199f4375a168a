import {
  type CreateUserRequest,
  passwordProblem,
  roleNeedsDepartment,
  type UpdateUserRequest,
  type User,
} from '@leitplanken/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import type { Actor } from '../../common/auth/current-user.decorator.js';
import { isUuid } from '../../common/db/uuid.js';
import { AuditService } from '../audit/audit.service.js';
import { hashPassword } from '../auth/password.js';
import { SessionEntity } from '../auth/session.entity.js';
import { DepartmentEntity } from '../departments/department.entity.js';
import { UserEntity } from './user.entity.js';
import { toUser, toUserAuditSnapshot } from './user.mapper.js';
import { UsersException } from './users.errors.js';

/** Serialises account writes, so two admins cannot demote each other into "no admin left". */
const USERS_LOCK_KEY = 4711003;

function isUniqueViolation(error: unknown): boolean {
  return (
    error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505'
  );
}

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<User[]> {
    const rows = await this.dataSource
      .getRepository(UserEntity)
      .find({ order: { name: 'ASC', email: 'ASC' } });
    return rows.map(toUser);
  }

  async create(input: CreateUserRequest, actor: Actor): Promise<User> {
    // Hash outside the transaction: Argon2id takes a while and needs no lock.
    const passwordHash = await hashPassword(input.password);
    try {
      return await this.dataSource.transaction(async (em) => {
        await em.query('SELECT pg_advisory_xact_lock($1)', [USERS_LOCK_KEY]);
        const departmentId = input.departmentId ?? null;
        await this.assertDepartmentExists(em, departmentId);
        if (await em.existsBy(UserEntity, { email: input.email })) {
          throw new UsersException('EMAIL_TAKEN');
        }
        const saved = await em.save(
          em.create(UserEntity, {
            email: input.email,
            name: input.name,
            role: input.role,
            departmentId,
            passwordHash,
            active: true,
            lastLoginAt: null,
          }),
        );
        await this.audit.record(em, actor, {
          action: 'create',
          entity: 'user',
          entityId: saved.id,
          after: toUserAuditSnapshot(saved),
        });
        return toUser(saved);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new UsersException('EMAIL_TAKEN');
      throw error;
    }
  }

  /**
   * Changes role, department, name, active flag or password. Deactivation, a new role or
   * department and a new password end the account's sessions at once (in the same transaction);
   * an admin who sets their own password keeps the session they are using.
   */
  async update(
    id: string,
    input: UpdateUserRequest,
    actor: Actor,
    actorSessionId: string | undefined,
  ): Promise<User> {
    if (!isUuid(id)) throw new UsersException('USER_NOT_FOUND');
    const passwordHash =
      input.password === undefined ? undefined : await hashPassword(input.password);

    return this.dataSource.transaction(async (em) => {
      await em.query('SELECT pg_advisory_xact_lock($1)', [USERS_LOCK_KEY]);
      const user = await em.findOneBy(UserEntity, { id });
      if (!user) throw new UsersException('USER_NOT_FOUND');
      if (input.password !== undefined && passwordProblem(input.password, user.email)) {
        throw new UsersException('PASSWORD_IS_EMAIL');
      }

      const next = {
        email: user.email,
        name: input.name ?? user.name,
        role: input.role ?? user.role,
        departmentId: input.departmentId === undefined ? user.departmentId : input.departmentId,
        active: input.active ?? user.active,
      };
      if (roleNeedsDepartment(next.role) && !next.departmentId) {
        throw new UsersException('DEPARTMENT_REQUIRED');
      }
      if (next.departmentId !== user.departmentId) {
        await this.assertDepartmentExists(em, next.departmentId);
      }

      const wasActiveAdmin = user.role === 'admin' && user.active;
      const staysActiveAdmin = next.role === 'admin' && next.active;
      if (wasActiveAdmin && !staysActiveAdmin) {
        const admins = await em.countBy(UserEntity, { role: 'admin', active: true });
        if (admins <= 1) throw new UsersException('LAST_ADMIN');
      }

      const accessChanged =
        next.role !== user.role ||
        next.departmentId !== user.departmentId ||
        next.active !== user.active;
      const changed = accessChanged || next.name !== user.name || passwordHash !== undefined;
      if (!changed) return toUser(user);

      await em.update(
        UserEntity,
        { id },
        {
          name: next.name,
          role: next.role,
          departmentId: next.departmentId,
          active: next.active,
          ...(passwordHash === undefined ? {} : { passwordHash }),
        },
      );

      if (accessChanged || passwordHash !== undefined) {
        const keepOwnSession = !accessChanged && actor.user?.id === id && actorSessionId;
        const sessions = em
          .createQueryBuilder()
          .delete()
          .from(SessionEntity)
          .where('user_id = :id', { id });
        if (keepOwnSession) sessions.andWhere('id <> :sid', { sid: actorSessionId });
        await sessions.execute();
      }

      await this.audit.record(em, actor, {
        action: 'update',
        entity: 'user',
        entityId: id,
        before: toUserAuditSnapshot(user),
        after: {
          ...toUserAuditSnapshot(next),
          ...(passwordHash === undefined ? {} : { passwordReset: true }),
        },
      });
      const saved = await em.findOneByOrFail(UserEntity, { id });
      return toUser(saved);
    });
  }

  private async assertDepartmentExists(
    em: EntityManager,
    departmentId: string | null,
  ): Promise<void> {
    if (departmentId === null) return;
    if (!isUuid(departmentId) || !(await em.existsBy(DepartmentEntity, { id: departmentId }))) {
      throw new UsersException('DEPARTMENT_UNKNOWN');
    }
  }
}
