import { MemberStatus, Role } from '@heritage/shared';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A member account. Never exposed to GraphQL directly: see member.model.ts (issue 3). */
@Entity('member')
export class MemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  email: string;

  @Column('text')
  displayName: string;

  @Column('text', { nullable: true })
  organisation: string | null;

  @Column('text', { nullable: true })
  jobTitle: string | null;

  @Column('text', { array: true, default: () => `'{MEMBER}'` })
  roles: Role[];

  @Column('text', { default: MemberStatus.Active })
  status: MemberStatus;

  @Column('text', { nullable: true, select: false })
  passwordHash: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
