import type { CheckResult, MeasureKind, MeasureStatus, Priority } from '@leitplanken/shared';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { numericTransformer } from '../../../database/numeric.transformer.js';
import { DepartmentEntity } from '../../departments/department.entity.js';
import { FieldOfActionEntity } from '../../fields-of-action/field-of-action.entity.js';
import { UserEntity } from '../../users/user.entity.js';

/** A digitalisation measure (Maßnahme); its collections live in the measure_* tables. */
@Entity({ name: 'measures' })
@Check(
  'measures_status_check',
  "status IN ('planned', 'in_progress', 'completed', 'paused', 'cancelled')",
)
@Check('measures_kind_check', "kind IN ('legal_obligation', 'upcoming_standard', 'voluntary')")
@Check('measures_priority_check', "priority IN ('high', 'medium', 'low')")
@Check('measures_guardrail_result_check', "guardrail_result IN ('pass', 'warn', 'fail')")
@Check('measures_title_length', 'char_length(title) BETWEEN 1 AND 200')
@Check(
  'measures_text_lengths',
  'char_length(description) <= 10000 AND char_length(responsible_person) <= 200 AND ' +
    'char_length(legal_basis) <= 500 AND char_length(funding_programme) <= 200',
)
@Check('measures_planned_dates', 'planned_end >= planned_start')
@Check('measures_actual_dates', 'actual_end >= actual_start')
@Check(
  'measures_amounts_not_negative',
  'budget_planned >= 0 AND budget_spent >= 0 AND funding_amount >= 0',
)
@Check('measures_legal_deadline_kind', "legal_deadline IS NULL OR kind = 'legal_obligation'")
@Check('measures_version_positive', 'version >= 1')
@Index('measures_department_idx', ['departmentId'])
@Index('measures_status_idx', ['status'])
@Index('measures_public_idx', ['public'])
@Index('measures_field_of_action_idx', ['fieldOfActionId'])
@Index('measures_guardrail_result_idx', ['guardrailResult'])
@Index('measures_updated_at_idx', ['updatedAt'])
@Index('measures_planned_end_idx', ['plannedEnd'])
@Index('measures_title_idx', ['title'])
export class MeasureEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /**
   * What the list search looks in: title and description lower-cased, kept up to date by a
   * trigger (migration MeasureSearch). `LIKE` on it is a fast byte comparison, where `ILIKE` on
   * the raw texts folds case row by row (slow with ICU collations); trigram-indexed where pg_trgm
   * is available.
   */
  @Index('measures_search_trgm', { synchronize: false })
  @Column({
    name: 'search_text',
    type: 'text',
    default: '',
    select: false,
    insert: false,
    update: false,
  })
  searchText: string;

  @Column({ name: 'department_id', type: 'uuid' })
  departmentId: string;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'measures_department_fk' })
  department?: DepartmentEntity;

  /** Name of the responsible person as the department writes it. */
  @Column({ name: 'responsible_person', type: 'text', nullable: true })
  responsiblePerson: string | null;

  @Column({ name: 'responsible_user_id', type: 'uuid', nullable: true })
  responsibleUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'responsible_user_id',
    foreignKeyConstraintName: 'measures_responsible_user_fk',
  })
  responsibleUser?: UserEntity;

  @Column({ type: 'text', default: 'planned' })
  status: MeasureStatus;

  @Column({ type: 'text', default: 'voluntary' })
  kind: MeasureKind;

  @Column({ name: 'legal_basis', type: 'text', nullable: true })
  legalBasis: string | null;

  @Column({ name: 'legal_deadline', type: 'date', nullable: true })
  legalDeadline: string | null;

  @Column({ name: 'field_of_action_id', type: 'uuid', nullable: true })
  fieldOfActionId: string | null;

  @ManyToOne(() => FieldOfActionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'field_of_action_id',
    foreignKeyConstraintName: 'measures_field_of_action_fk',
  })
  fieldOfAction?: FieldOfActionEntity;

  @Column({ name: 'planned_start', type: 'date', nullable: true })
  plannedStart: string | null;

  @Column({ name: 'planned_end', type: 'date', nullable: true })
  plannedEnd: string | null;

  @Column({ name: 'actual_start', type: 'date', nullable: true })
  actualStart: string | null;

  @Column({ name: 'actual_end', type: 'date', nullable: true })
  actualEnd: string | null;

  @Column({
    name: 'budget_planned',
    type: 'numeric',
    precision: 14,
    scale: 2,
    nullable: true,
    transformer: numericTransformer,
  })
  budgetPlanned: number | null;

  @Column({
    name: 'budget_spent',
    type: 'numeric',
    precision: 14,
    scale: 2,
    nullable: true,
    transformer: numericTransformer,
  })
  budgetSpent: number | null;

  @Column({ name: 'funding_programme', type: 'text', nullable: true })
  fundingProgramme: string | null;

  @Column({
    name: 'funding_amount',
    type: 'numeric',
    precision: 14,
    scale: 2,
    nullable: true,
    transformer: numericTransformer,
  })
  fundingAmount: number | null;

  @Column({ type: 'text', default: 'medium' })
  priority: Priority;

  @Column({ type: 'boolean', default: false })
  public: boolean;

  /**
   * The result of the shared `guardrailCheck` for the stored aggregate, written in the same
   * transaction as every change (it does not depend on the date), so the list can filter by it
   * in SQL. Recompute with MeasuresService.recomputeGuardrailResults when the active strategy changes.
   */
  @Column({ name: 'guardrail_result', type: 'text' })
  guardrailResult: CheckResult;

  /** Optimistic lock: every write is `UPDATE … WHERE id = $1 AND version = $2`. */
  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'measures_created_by_fk' })
  creator?: UserEntity;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by', foreignKeyConstraintName: 'measures_updated_by_fk' })
  updater?: UserEntity;
}
