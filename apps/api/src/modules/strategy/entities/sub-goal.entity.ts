import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import type { GoalEntity } from './goal.entity.js';
import type { StrategyEntity } from './strategy.entity.js';

/** A sub-goal of a strategic goal: one guardrail ("Leitplanke"), identified by its code. */
@Entity({ name: 'sub_goals' })
@Unique('sub_goals_strategy_code', ['strategyId', 'code'])
export class SubGoalEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('sub_goals_goal_idx')
  @Column({ name: 'goal_id', type: 'uuid' })
  goalId: string;

  @ManyToOne('GoalEntity', (g: GoalEntity) => g.subGoals, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goal_id', foreignKeyConstraintName: 'sub_goals_goal_fk' })
  goal?: GoalEntity;

  /** Denormalised from the goal so that codes are unique per strategy. */
  @Column({ name: 'strategy_id', type: 'uuid' })
  strategyId: string;

  @ManyToOne('StrategyEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'strategy_id', foreignKeyConstraintName: 'sub_goals_strategy_fk' })
  strategy?: StrategyEntity;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'int' })
  position: number;
}
