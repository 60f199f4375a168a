import type { StrategyStatus } from '@leitplanken/shared';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { GoalEntity } from './goal.entity.js';

@Entity({ name: 'strategies' })
@Check('strategies_status_check', "status IN ('draft', 'active', 'archived')")
/** At most one strategy is active at a time. */
@Index('strategies_one_active', ['status'], { unique: true, where: "status = 'active'" })
export class StrategyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  vision: string;

  @Column({ name: 'adopted_on', type: 'date', nullable: true })
  adoptedOn: string | null;

  @Column({ type: 'text' })
  status: StrategyStatus;

  /** The revision this one was derived from ("Fortschreibung"). */
  @Column({ name: 'previous_id', type: 'uuid', nullable: true })
  previousId: string | null;

  @Column({ name: 'activated_at', type: 'timestamptz', nullable: true })
  activatedAt: Date | null;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @OneToMany('GoalEntity', (goal: GoalEntity) => goal.strategy)
  goals?: GoalEntity[];
}
