// Records decisions (who, what, when, why) in the append-only audit log, inside the deciding transaction.
import { Injectable } from '@nestjs/common';
import type { Tx } from '../../database/unit-of-work';
import { AuditRepository } from './audit.repository';

export enum AuditAction {
  ApplicationSubmitted = 'APPLICATION_SUBMITTED',
  ApplicationApproved = 'APPLICATION_APPROVED',
  ApplicationRejected = 'APPLICATION_REJECTED',
  ApplicationInfoRequested = 'APPLICATION_INFO_REQUESTED',
  ApplicationAnswered = 'APPLICATION_ANSWERED',
  MemberInvited = 'MEMBER_INVITED',
  InvitationAccepted = 'INVITATION_ACCEPTED',
  MemberRolesChanged = 'MEMBER_ROLES_CHANGED',
  MemberSuspended = 'MEMBER_SUSPENDED',
  MemberReinstated = 'MEMBER_REINSTATED',
  AccountDeleted = 'ACCOUNT_DELETED',
  PasswordChanged = 'PASSWORD_CHANGED',
  EmailChanged = 'EMAIL_CHANGED',
  CategoryCreated = 'CATEGORY_CREATED',
  CategoryUpdated = 'CATEGORY_UPDATED',
  CategoryMoved = 'CATEGORY_MOVED',
  CategoryArchived = 'CATEGORY_ARCHIVED',
  CategoryRestored = 'CATEGORY_RESTORED',
  PostHidden = 'POST_HIDDEN',
  PostRestored = 'POST_RESTORED',
  ThreadPinned = 'THREAD_PINNED',
  ThreadUnpinned = 'THREAD_UNPINNED',
  ThreadLocked = 'THREAD_LOCKED',
  ThreadUnlocked = 'THREAD_UNLOCKED',
  ThreadMoved = 'THREAD_MOVED',
  /** A moderator resolved a report by hiding the post. */
  PostReportHidden = 'POST_REPORT_HIDDEN',
  /** A moderator resolved a report with no action. */
  PostReportDismissed = 'POST_REPORT_DISMISSED',
  /** An admin added an "other" outcome measure. */
  OutcomeMeasureCreated = 'OUTCOME_MEASURE_CREATED',
  /** The advisory group or an admin downloaded the impact report as CSV. */
  ImpactReportExported = 'IMPACT_REPORT_EXPORTED',
  OfferSubmitted = 'OFFER_SUBMITTED',
  OfferPublished = 'OFFER_PUBLISHED',
  OfferRejected = 'OFFER_REJECTED',
}

export interface AuditEntry {
  actorId: string | null;
  action: AuditAction;
  targetType:
    | 'APPLICATION'
    | 'MEMBER'
    | 'INVITATION'
    | 'CATEGORY'
    | 'THREAD'
    | 'POST'
    | 'POST_REPORT'
    | 'OUTCOME_MEASURE'
    | 'IMPACT_REPORT'
    | 'OFFER';
  targetId: string | null;
  reason?: string | null;
  details?: Record<string, unknown>;
}

@Injectable()
export class AuditService {
  constructor(private readonly repository: AuditRepository) {}

  async record(tx: Tx, entry: AuditEntry): Promise<void> {
    await this.repository.insert(tx, { ...entry, reason: entry.reason ?? null, details: entry.details ?? {} });
  }
}
