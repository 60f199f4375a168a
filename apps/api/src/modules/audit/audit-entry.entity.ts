import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One audited write. Append-only: a trigger refuses UPDATE, DELETE and TRUNCATE, and each row
 * carries the SHA-256 of its content plus the previous row's hash, so any change shows.
 */
@Entity({ name: 'audit_log' })
@Index('audit_log_entity_idx', ['entity', 'entityId'])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  /** Name and role of the actor at the time, kept even if the account changes later. */
  @Column({ name: 'actor_name', type: 'text', nullable: true })
  actorName: string | null;

  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'text' })
  entity: string;

  @Column({ name: 'entity_id', type: 'text' })
  entityId: string;

  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId: string | null;

  @Column({ name: 'prev_hash', type: 'text' })
  prevHash: string;

  @Column({ type: 'text' })
  hash: string;
}
