import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum TokenPurpose {
  SetPassword = 'SET_PASSWORD',
  ResetPassword = 'RESET_PASSWORD',
  Invitation = 'INVITATION',
  ChangeEmail = 'CHANGE_EMAIL',
  ApplicationAnswer = 'APPLICATION_ANSWER',
}

/** A single-use, expiring secret sent by email. Only its hash is stored. */
@Entity('auth_token')
export class AuthTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  purpose: TokenPurpose;

  @Column('text')
  tokenHash: string;

  @Column('uuid', { nullable: true })
  memberId: string | null;

  @Column('uuid', { nullable: true })
  applicationId: string | null;

  @Column('text', { nullable: true })
  email: string | null;

  @Column('jsonb', { default: () => `'{}'` })
  payload: Record<string, unknown>;

  @Column('timestamptz')
  expiresAt: Date;

  @Column('timestamptz', { nullable: true })
  usedAt: Date | null;

  @Column('uuid', { nullable: true })
  createdById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
