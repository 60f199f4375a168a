import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { MeasureSnapshot } from '../measure-revision.snapshot.js';

/**
 * Append-only history of every measure (a trigger refuses UPDATE and DELETE): one row per write
 * with the whole aggregate as it stood from `valid_from` on. No foreign key to `measures`: the
 * history outlives a deleted measure (its last revision has `deleted: true`).
 *
 * "As of" a day: the latest revision per measure with `valid_from` before the end of that day —
 * `SELECT DISTINCT ON (measure_id) … ORDER BY measure_id, valid_from DESC, revision DESC`.
 */
@Entity({ name: 'measure_revisions' })
@Unique('measure_revisions_measure_revision', ['measureId', 'revision'])
@Index('measure_revisions_measure_valid_from_idx', ['measureId', 'validFrom'])
@Index('measure_revisions_valid_from_idx', ['validFrom'])
export class MeasureRevisionEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'measure_id', type: 'uuid' })
  measureId: string;

  /** Equals the measure's version after the write; a deletion takes the next number. */
  @Column({ type: 'int' })
  revision: number;

  @Column({ name: 'valid_from', type: 'timestamptz', default: () => 'now()' })
  validFrom: Date;

  @Column({ type: 'jsonb' })
  snapshot: MeasureSnapshot;
}
