import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One recorded decision. Append-only: the database refuses UPDATE, DELETE and TRUNCATE. */
@Entity('audit_log')
export class AuditLogEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { nullable: true })
  actorId: string | null;

  @Column('text')
  action: string;

  @Column('text')
  targetType: string;

  @Column('uuid', { nullable: true })
  targetId: string | null;

  @Column('text', { nullable: true })
  reason: string | null;

  @Column('jsonb', { default: () => `'{}'` })
  details: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
