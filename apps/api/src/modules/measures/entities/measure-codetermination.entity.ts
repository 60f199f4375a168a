import type { CodeterminationRelevance, CodeterminationResult } from '@leitplanken/shared';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { UserEntity } from '../../users/user.entity.js';
import { MeasureEntity } from './measure.entity.js';

/** Beteiligung des Personalrats (LPVG NRW § 72) for one measure (1:1). */
@Entity({ name: 'measure_codetermination' })
@Check(
  'measure_codetermination_relevance_check',
  "relevance IN ('co_determination', 'participation', 'hearing', 'information', 'to_check', 'none')",
)
@Check(
  'measure_codetermination_result_check',
  "result IN ('consent', 'consent_with_conditions', 'refused', 'deemed_consent', 'escalated')",
)
@Check('measure_codetermination_agreement_dates', 'agreement_valid_until >= agreement_valid_from')
@Check(
  'measure_codetermination_text_lengths',
  'char_length(legal_basis) <= 500 AND char_length(agreement_title) <= 200 AND ' +
    'char_length(agreement_number) <= 100 AND char_length(position) <= 10000',
)
@Index('measure_codetermination_relevance_idx', ['relevance'])
export class MeasureCodeterminationEntity {
  @PrimaryColumn({ name: 'measure_id', type: 'uuid' })
  measureId: string;

  @OneToOne(() => MeasureEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'measure_id',
    foreignKeyConstraintName: 'measure_codetermination_measure_fk',
  })
  measure?: MeasureEntity;

  @Column({ type: 'text' })
  relevance: CodeterminationRelevance;

  @Column({ name: 'legal_basis', type: 'text', nullable: true })
  legalBasis: string | null;

  @Column({ name: 'informed_on', type: 'date', nullable: true })
  informedOn: string | null;

  @Column({ name: 'discussed_on', type: 'date', nullable: true })
  discussedOn: string | null;

  @Column({ name: 'consent_requested_on', type: 'date', nullable: true })
  consentRequestedOn: string | null;

  @Column({ name: 'deadline_on', type: 'date', nullable: true })
  deadlineOn: string | null;

  @Column({ name: 'decided_on', type: 'date', nullable: true })
  decidedOn: string | null;

  @Column({ type: 'text', nullable: true })
  result: CodeterminationResult | null;

  @Column({ type: 'boolean', default: false })
  pilot: boolean;

  @Column({ name: 'agreement_title', type: 'text', nullable: true })
  agreementTitle: string | null;

  @Column({ name: 'agreement_number', type: 'text', nullable: true })
  agreementNumber: string | null;

  @Column({ name: 'agreement_valid_from', type: 'date', nullable: true })
  agreementValidFrom: string | null;

  @Column({ name: 'agreement_valid_until', type: 'date', nullable: true })
  agreementValidUntil: string | null;

  /** The staff council's position (Stellungnahme). */
  @Column({ type: 'text', nullable: true })
  position: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'updated_by',
    foreignKeyConstraintName: 'measure_codetermination_updated_by_fk',
  })
  updater?: UserEntity;
}
