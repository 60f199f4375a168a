import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** Handlungsfeld: a configurable grouping of measures across goals (administered in issue 9). */
@Entity({ name: 'fields_of_action' })
@Unique('fields_of_action_name', ['name'])
export class FieldOfActionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
