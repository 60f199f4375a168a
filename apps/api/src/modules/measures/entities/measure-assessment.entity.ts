import type { ExceptionStatus, Rating } from '@leitplanken/shared';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { SubGoalEntity } from '../../strategy/entities/sub-goal.entity.js';
import { UserEntity } from '../../users/user.entity.js';
import { MeasureEntity } from './measure.entity.js';

/** The guardrail assessment of one measure against one sub-goal, with the board's exception. */
@Entity({ name: 'measure_assessments' })
@Unique('measure_assessments_measure_sub_goal', ['measureId', 'subGoalId'])
@Check('measure_assessments_rating_check', "rating IN ('supports', 'neutral', 'conflicts')")
@Check(
  'measure_assessments_exception_status_check',
  "exception_status IN ('none', 'requested', 'accepted', 'rejected')",
)
@Check(
  'measure_assessments_exception_only_conflicts',
  "exception_status = 'none' OR rating = 'conflicts'",
)
@Check(
  'measure_assessments_justification',
  "rating = 'neutral' OR coalesce(char_length(btrim(justification)), 0) > 0",
)
@Check(
  'measure_assessments_text_lengths',
  'char_length(justification) <= 2000 AND char_length(exception_reason) <= 2000',
)
@Index('measure_assessments_sub_goal_idx', ['subGoalId', 'rating'])
export class MeasureAssessmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'measure_id', type: 'uuid' })
  measureId: string;

  @ManyToOne(() => MeasureEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'measure_id', foreignKeyConstraintName: 'measure_assessments_measure_fk' })
  measure?: MeasureEntity;

  @Column({ name: 'sub_goal_id', type: 'uuid' })
  subGoalId: string;

  @ManyToOne(() => SubGoalEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sub_goal_id', foreignKeyConstraintName: 'measure_assessments_sub_goal_fk' })
  subGoal?: SubGoalEntity;

  @Column({ type: 'text' })
  rating: Rating;

  @Column({ type: 'text', nullable: true })
  justification: string | null;

  @Column({ name: 'exception_status', type: 'text', default: 'none' })
  exceptionStatus: ExceptionStatus;

  @Column({ name: 'exception_reason', type: 'text', nullable: true })
  exceptionReason: string | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by', foreignKeyConstraintName: 'measure_assessments_decided_by_fk' })
  decider?: UserEntity;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;
}
