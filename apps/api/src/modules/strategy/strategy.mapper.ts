import type { Goal, Strategy, SubGoal } from '@leitplanken/shared';
import type { GoalEntity } from './entities/goal.entity.js';
import type { StrategyEntity } from './entities/strategy.entity.js';
import type { SubGoalEntity } from './entities/sub-goal.entity.js';

export function toSubGoal(e: SubGoalEntity): SubGoal {
  return { id: e.id, code: e.code, text: e.text };
}

export function toGoal(e: GoalEntity, subGoals: SubGoalEntity[]): Goal {
  return {
    id: e.id,
    number: e.number,
    title: e.title,
    description: e.description,
    subGoals: subGoals
      .filter((s) => s.goalId === e.id)
      .sort((a, b) => a.position - b.position)
      .map(toSubGoal),
  };
}

export function toStrategy(
  e: StrategyEntity,
  goals: GoalEntity[],
  subGoals: SubGoalEntity[],
): Strategy {
  return {
    id: e.id,
    title: e.title,
    vision: e.vision,
    adoptedOn: e.adoptedOn,
    status: e.status,
    goals: goals.sort((a, b) => a.number - b.number).map((g) => toGoal(g, subGoals)),
  };
}
