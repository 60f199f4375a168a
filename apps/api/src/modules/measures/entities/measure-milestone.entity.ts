import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { numericTransformer } from '../../../database/numeric.transformer.js';
import { MeasureEntity } from './measure.entity.js';

@Entity({ name: 'measure_milestones' })
@Check('measure_milestones_weight_positive', 'weight > 0')
@Check('measure_milestones_title_length', 'char_length(title) BETWEEN 1 AND 200')
@Index('measure_milestones_measure_idx', ['measureId', 'position'])
export class MeasureMilestoneEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'measure_id', type: 'uuid' })
  measureId: string;

  @ManyToOne(() => MeasureEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'measure_id', foreignKeyConstraintName: 'measure_milestones_measure_fk' })
  measure?: MeasureEntity;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn: string | null;

  @Column({ name: 'done_on', type: 'date', nullable: true })
  doneOn: string | null;

  @Column({
    type: 'numeric',
    precision: 8,
    scale: 2,
    default: 1,
    transformer: numericTransformer,
  })
  weight: number;

  @Column({ type: 'int' })
  position: number;
}
