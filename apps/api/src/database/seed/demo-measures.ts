import type { DataSource } from 'typeorm';
import { AuditService } from '../../modules/audit/audit.service.js';
import type { AuthUser } from '../../modules/auth/auth-user.js';
import { DepartmentEntity } from '../../modules/departments/department.entity.js';
import { FieldOfActionEntity } from '../../modules/fields-of-action/field-of-action.entity.js';
import { MeasureFiguresService } from '../../modules/measures/measure-figures.service.js';
import { MeasureQueriesService } from '../../modules/measures/measure-queries.service.js';
import { MeasuresService } from '../../modules/measures/measures.service.js';
import { StrategyService } from '../../modules/strategy/strategy.service.js';
import { UserEntity } from '../../modules/users/user.entity.js';
import { DEMO_MEASURES } from './demo-measures.data.js';
import { DEMO_USERS } from './demo.data.js';

/**
 * Demo mode: the demo measures, written through the same service as every user change (so they
 * have their revisions, audit entries and stored guardrail results), each by the demo user whose
 * role does it in real life. Only on a database without any measure; returns how many it wrote.
 */
export async function seedDemoMeasures(dataSource: DataSource): Promise<number> {
  const existing: Array<{ n: number }> = await dataSource.query(
    'SELECT count(*)::int AS n FROM measures',
  );
  if ((existing[0]?.n ?? 0) > 0) return 0;

  const users = await dataSource.getRepository(UserEntity).find();
  const demoUser = (role: AuthUser['role']): AuthUser => {
    const email = DEMO_USERS.find((u) => u.role === role)?.email;
    const user = users.find((u) => u.email === email);
    if (!user) throw new Error(`Demo user for role ${role} is missing; seed the demo users first.`);
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      departmentId: user.departmentId,
    };
  };
  const board = demoUser('board');
  const departmentHead = demoUser('department_head');
  const staffCouncil = demoUser('staff_council');
  const departments = await dataSource.getRepository(DepartmentEntity).find();
  const fields = await dataSource.getRepository(FieldOfActionEntity).find();

  const figures = new MeasureFiguresService();
  const service = new MeasuresService(
    dataSource,
    new AuditService(dataSource),
    figures,
    new MeasureQueriesService(dataSource, figures, new StrategyService(dataSource)),
  );
  const actor = (user: AuthUser) => ({ user, requestId: 'demo-data' });

  for (const demo of DEMO_MEASURES) {
    const departmentId = departments.find((d) => d.code === demo.department)?.id;
    if (!departmentId) throw new Error(`Demo department ${demo.department} is missing.`);
    const author = departmentId === departmentHead.departmentId ? departmentHead : board;
    let measure = await service.create(author, actor(author), {
      ...demo.measure,
      departmentId,
      fieldOfActionId: fields.find((f) => f.name === demo.fieldOfAction)?.id ?? null,
    });
    if (demo.codetermination) {
      measure = await service.putCodetermination(staffCouncil, actor(staffCouncil), measure.id, {
        ...demo.codetermination,
        version: measure.version,
      });
    }
    for (const [code, reason] of Object.entries(demo.acceptedExceptions ?? {})) {
      measure = await service.decideException(board, actor(board), measure.id, code, {
        decision: 'accepted',
        reason,
        version: measure.version,
      });
    }
  }
  return DEMO_MEASURES.length;
}
