// The audit log's vocabulary: what was decided and what it was about, with the words the admin pages show.
// One definition for the API (which records them) and the web app (which labels them).

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
}

/** The words the audit log page shows for each action. */
export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  [AuditAction.ApplicationSubmitted]: 'Submitted',
  [AuditAction.ApplicationApproved]: 'Approved',
  [AuditAction.ApplicationRejected]: 'Rejected',
  [AuditAction.ApplicationInfoRequested]: 'More information requested',
  [AuditAction.ApplicationAnswered]: 'Applicant answered',
  [AuditAction.MemberInvited]: 'Invited',
  [AuditAction.InvitationAccepted]: 'Invitation accepted',
  [AuditAction.MemberRolesChanged]: 'Roles changed',
  [AuditAction.MemberSuspended]: 'Suspended',
  [AuditAction.MemberReinstated]: 'Reinstated',
  [AuditAction.AccountDeleted]: 'Account deleted',
  [AuditAction.PasswordChanged]: 'Password changed',
  [AuditAction.EmailChanged]: 'Email address changed',
  [AuditAction.CategoryCreated]: 'Space added',
  [AuditAction.CategoryUpdated]: 'Space changed',
  [AuditAction.CategoryMoved]: 'Space moved',
  [AuditAction.CategoryArchived]: 'Space archived',
  [AuditAction.CategoryRestored]: 'Space restored',
  [AuditAction.PostHidden]: 'Post hidden',
  [AuditAction.PostRestored]: 'Post restored',
  [AuditAction.ThreadPinned]: 'Thread pinned',
  [AuditAction.ThreadUnpinned]: 'Thread unpinned',
  [AuditAction.ThreadLocked]: 'Thread locked',
  [AuditAction.ThreadUnlocked]: 'Thread unlocked',
  [AuditAction.ThreadMoved]: 'Thread moved',
  [AuditAction.PostReportHidden]: 'Post report hidden',
  [AuditAction.PostReportDismissed]: 'Post report dismissed',
};

/** What an audit entry is about (audit_log.target_type). */
export enum AuditTargetType {
  Application = 'APPLICATION',
  Member = 'MEMBER',
  Invitation = 'INVITATION',
  Category = 'CATEGORY',
  Thread = 'THREAD',
  Post = 'POST',
  PostReport = 'POST_REPORT',
}
