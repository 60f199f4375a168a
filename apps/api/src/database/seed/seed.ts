import type { DataSource, EntityManager } from 'typeorm';
import { DepartmentEntity } from '../../modules/departments/department.entity.js';
import { FieldOfActionEntity } from '../../modules/fields-of-action/field-of-action.entity.js';
import { GoalEntity } from '../../modules/strategy/entities/goal.entity.js';
import { StrategyEntity } from '../../modules/strategy/entities/strategy.entity.js';
import { SubGoalEntity } from '../../modules/strategy/entities/sub-goal.entity.js';
import { DEPARTMENTS_SEED } from './departments.data.js';
import { FIELDS_OF_ACTION_SEED } from './fields-of-action.data.js';
import { STRATEGY_SEED } from './strategy.data.js';

/**
 * On an empty database: the active strategy of Bergisch Gladbach, verbatim, and the departments.
 * Returns false when a strategy already exists (strategy and departments are not touched then).
 * The fields of action are added whenever there are none (databases from before they existed).
 */
export async function seedBase(dataSource: DataSource): Promise<boolean> {
  return dataSource.transaction(async (em) => {
    // Serialise concurrent first starts against the same database.
    await em.query('SELECT pg_advisory_xact_lock(4711001)');
    if ((await em.count(FieldOfActionEntity)) === 0) {
      await em.insert(
        FieldOfActionEntity,
        FIELDS_OF_ACTION_SEED.map((name) => ({ name })),
      );
    }
    if ((await em.count(StrategyEntity)) > 0) return false;
    await insertStrategy(em);
    await em.insert(
      DepartmentEntity,
      DEPARTMENTS_SEED.map((d) => ({ code: d.code, name: d.name })),
    );
    return true;
  });
}

async function insertStrategy(em: EntityManager): Promise<void> {
  const strategy = await em.save(
    em.create(StrategyEntity, {
      title: STRATEGY_SEED.title,
      vision: STRATEGY_SEED.vision,
      adoptedOn: STRATEGY_SEED.adoptedOn,
      status: 'active',
      activatedAt: new Date(`${STRATEGY_SEED.adoptedOn}T00:00:00Z`),
    }),
  );
  for (const g of STRATEGY_SEED.goals) {
    const goal = await em.save(
      em.create(GoalEntity, {
        strategyId: strategy.id,
        number: g.number,
        title: g.title,
        description: null,
      }),
    );
    await em.insert(
      SubGoalEntity,
      g.subGoals.map((s, i) => ({
        goalId: goal.id,
        strategyId: strategy.id,
        code: s.code,
        text: s.text,
        position: i + 1,
      })),
    );
  }
}
