import {
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import type { StrategyEntity } from './strategy.entity.js';
import type { SubGoalEntity } from './sub-goal.entity.js';

@Entity({ name: 'goals' })
@Unique('goals_strategy_number', ['strategyId', 'number'])
export class GoalEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'strategy_id', type: 'uuid' })
  strategyId: string;

  @ManyToOne('StrategyEntity', (s: StrategyEntity) => s.goals, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'strategy_id', foreignKeyConstraintName: 'goals_strategy_fk' })
  strategy?: StrategyEntity;

  @Column({ type: 'int' })
  number: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @OneToMany('SubGoalEntity', (s: SubGoalEntity) => s.goal)
  subGoals?: SubGoalEntity[];
}
