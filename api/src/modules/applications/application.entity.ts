import type { Region, Sector } from '@heritage/shared';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum ApplicationStatus {
  Pending = 'PENDING',
  InfoRequested = 'INFO_REQUESTED',
  Approved = 'APPROVED',
  Rejected = 'REJECTED',
}

@Entity('membership_application')
export class ApplicationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  email: string;

  @Column('text')
  fullName: string;

  @Column('text')
  organisation: string;

  @Column('text')
  jobTitle: string;

  @Column('text')
  sector: Sector;

  @Column('text', { nullable: true })
  sectorOther: string | null;

  @Column('text')
  region: Region;

  @Column('text')
  hopes: string;

  @Column('text')
  heardAbout: string;

  @Column('timestamptz')
  agreedCodeOfConductAt: Date;

  @Column('timestamptz')
  agreedPrivacyNoticeAt: Date;

  @Column('text', { default: ApplicationStatus.Pending })
  status: ApplicationStatus;

  @Column('uuid', { nullable: true })
  decidedById: string | null;

  @Column('timestamptz', { nullable: true })
  decidedAt: Date | null;

  @Column('text', { nullable: true })
  decisionReason: string | null;

  @Column('uuid', { nullable: true })
  memberId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

export enum ApplicationMessageKind {
  Question = 'QUESTION',
  Answer = 'ANSWER',
}

@Entity('application_message')
export class ApplicationMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  applicationId: string;

  @Column('text')
  kind: ApplicationMessageKind;

  @Column('text')
  body: string;

  @Column('uuid', { nullable: true })
  authorId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
