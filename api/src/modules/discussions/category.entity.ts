import type { Role } from '@heritage/shared';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A discussion space. Never exposed to GraphQL directly: see category.model.ts. */
@Entity('category')
export class CategoryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The web address: /discussions/<slug>. */
  @Column('text', { unique: true })
  slug: string;

  @Column('text')
  name: string;

  @Column('text', { default: '' })
  description: string;

  /** Admins' order; the list sorts by (position, id). */
  @Column('int')
  position: number;

  @Column('text', { array: true })
  readRoles: Role[];

  @Column('text', { array: true })
  startRoles: Role[];

  @Column('text', { array: true })
  replyRoles: Role[];

  @Column('timestamptz', { nullable: true })
  archivedAt: Date | null;

  /** Goes up on every edit of the space's form: the revision an edit starts from. */
  @Column('int', { default: 1 })
  revision: number;

  @Column('timestamptz', { nullable: true })
  editedAt: Date | null;

  @Column('uuid', { nullable: true })
  editedById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
