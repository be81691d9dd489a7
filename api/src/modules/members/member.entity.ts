import { ActivityType, MemberStatus, Region, Role, Sector, WellbeingBenefit } from '@heritage/shared';
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

  @Column('text', { nullable: true })
  pronouns: string | null;

  @Column('text', { nullable: true })
  sector: Sector | null;

  @Column('text', { nullable: true })
  sectorOther: string | null;

  @Column('text', { nullable: true })
  region: Region | null;

  @Column('text', { default: '' })
  bio: string;

  @Column('text', { array: true, default: () => `'{}'` })
  interests: WellbeingBenefit[];

  @Column('text', { array: true, default: () => `'{}'` })
  activityTypes: ActivityType[];

  @Column('boolean', { default: false })
  takesReferrals: boolean;

  @Column('boolean', { default: false })
  showEmail: boolean;

  /** Why the member was last suspended or reinstated. */
  @Column('text', { nullable: true })
  statusReason: string | null;

  /** Set when the member deleted their account and their personal data was erased. */
  @Column('timestamptz', { nullable: true })
  erasedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
