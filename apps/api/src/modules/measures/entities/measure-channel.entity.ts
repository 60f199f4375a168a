import type { Channel } from '@leitplanken/shared';
import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { MeasureEntity } from './measure.entity.js';

/** A service channel of a citizen-facing measure, before and after the measure. */
@Entity({ name: 'measure_channels' })
@Unique('measure_channels_measure_channel', ['measureId', 'channel'])
@Check('measure_channels_channel_check', "channel IN ('online', 'phone', 'counter', 'post')")
export class MeasureChannelEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'measure_id', type: 'uuid' })
  measureId: string;

  @ManyToOne(() => MeasureEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'measure_id', foreignKeyConstraintName: 'measure_channels_measure_fk' })
  measure?: MeasureEntity;

  @Column({ type: 'text' })
  channel: Channel;

  @Column({ name: 'available_before', type: 'boolean' })
  availableBefore: boolean;

  @Column({ name: 'available_after', type: 'boolean' })
  availableAfter: boolean;
}
