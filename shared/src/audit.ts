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
  /** An admin added an "other" outcome measure. */
  OutcomeMeasureCreated = 'OUTCOME_MEASURE_CREATED',
  /** The advisory group or an admin downloaded the impact report as CSV. */
  ImpactReportExported = 'IMPACT_REPORT_EXPORTED',
  /** A member submitted a heritage offer for review. */
  OfferSubmitted = 'OFFER_SUBMITTED',
  /** A reviewer published a heritage offer. */
  OfferPublished = 'OFFER_PUBLISHED',
  /** A reviewer rejected a heritage offer, with a reason. */
  OfferRejected = 'OFFER_REJECTED',
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
  [AuditAction.OutcomeMeasureCreated]: 'Outcome measure added',
  [AuditAction.ImpactReportExported]: 'Impact report downloaded',
  [AuditAction.OfferSubmitted]: 'Offer submitted',
  [AuditAction.OfferPublished]: 'Offer published',
  [AuditAction.OfferRejected]: 'Offer rejected',
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
  OutcomeMeasure = 'OUTCOME_MEASURE',
  ImpactReport = 'IMPACT_REPORT',
  Offer = 'OFFER',
}

/** What the audit log page calls each kind of target. */
export const AUDIT_TARGET_TYPE_LABELS: Record<AuditTargetType, string> = {
  [AuditTargetType.Application]: 'Application',
  [AuditTargetType.Member]: 'Member',
  [AuditTargetType.Invitation]: 'Invitation',
  [AuditTargetType.Category]: 'Discussion space',
  [AuditTargetType.Thread]: 'Thread',
  [AuditTargetType.Post]: 'Post',
  [AuditTargetType.PostReport]: 'Report',
  [AuditTargetType.OutcomeMeasure]: 'Outcome measure',
  [AuditTargetType.ImpactReport]: 'Impact report',
  [AuditTargetType.Offer]: 'Heritage offer',
};
