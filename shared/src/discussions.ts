// Discussions: the kinds of thread, reactions, reports and notifications, and the limits the composer, the
// validators and the database checks share.

export enum ThreadKind {
  Discussion = 'DISCUSSION',
  CaseStudy = 'CASE_STUDY',
  Update = 'UPDATE',
}

export const THREAD_KIND_LABELS: Record<ThreadKind, string> = {
  [ThreadKind.Discussion]: 'Discussion',
  [ThreadKind.CaseStudy]: 'Case study',
  [ThreadKind.Update]: 'Advisory group update',
};

/** The setting of a case study: the type of heritage site or collection. */
export enum HeritageSetting {
  Museum = 'MUSEUM',
  ArchiveLibrary = 'ARCHIVE_LIBRARY',
  HistoricBuilding = 'HISTORIC_BUILDING',
  ArchaeologicalSite = 'ARCHAEOLOGICAL_SITE',
  LandscapeGarden = 'LANDSCAPE_GARDEN',
  PlaceOfWorship = 'PLACE_OF_WORSHIP',
  IndustrialMaritime = 'INDUSTRIAL_MARITIME',
  CommunityHeritage = 'COMMUNITY_HERITAGE',
  Other = 'OTHER',
}

export const HERITAGE_SETTING_LABELS: Record<HeritageSetting, string> = {
  [HeritageSetting.Museum]: 'Museum or gallery',
  [HeritageSetting.ArchiveLibrary]: 'Archive or library',
  [HeritageSetting.HistoricBuilding]: 'Historic house or building',
  [HeritageSetting.ArchaeologicalSite]: 'Archaeological site',
  [HeritageSetting.LandscapeGarden]: 'Historic landscape, park or garden',
  [HeritageSetting.PlaceOfWorship]: 'Place of worship',
  [HeritageSetting.IndustrialMaritime]: 'Industrial or maritime heritage',
  [HeritageSetting.CommunityHeritage]: 'Community heritage or oral history',
  [HeritageSetting.Other]: 'Other setting',
};

export enum ReactionKind {
  Helpful = 'HELPFUL',
  ThankYou = 'THANK_YOU',
  TriedThisToo = 'TRIED_THIS_TOO',
}

export const REACTION_LABELS: Record<ReactionKind, string> = {
  [ReactionKind.Helpful]: 'Helpful',
  [ReactionKind.ThankYou]: 'Thank you',
  [ReactionKind.TriedThisToo]: 'I’ve tried this too',
};

export enum ReportStatus {
  Open = 'OPEN',
  /** Resolved by hiding the post. */
  Hidden = 'HIDDEN',
  /** Resolved with no action. */
  Dismissed = 'DISMISSED',
}

/** In-app notification kinds about discussions; each can be turned off (and some emailed) per member. */
export enum DiscussionNotificationKind {
  Reply = 'REPLY',
  Mention = 'MENTION',
  Reaction = 'REACTION',
  NewThread = 'NEW_THREAD',
  AdvisoryUpdate = 'ADVISORY_UPDATE',
  ReportOutcome = 'REPORT_OUTCOME',
}

export const DISCUSSION_NOTIFICATION_LABELS: Record<DiscussionNotificationKind, string> = {
  [DiscussionNotificationKind.Reply]: 'Replies in threads I watch',
  [DiscussionNotificationKind.Mention]: 'Someone mentions me',
  [DiscussionNotificationKind.Reaction]: 'Reactions to my posts',
  [DiscussionNotificationKind.NewThread]: 'New threads in spaces I watch',
  [DiscussionNotificationKind.AdvisoryUpdate]: 'New advisory group updates',
  [DiscussionNotificationKind.ReportOutcome]: 'The outcome of my reports',
};

/** Kinds a member may also have emailed (through the job queue). */
export const EMAILABLE_NOTIFICATION_KINDS: readonly DiscussionNotificationKind[] = [
  DiscussionNotificationKind.Mention,
  DiscussionNotificationKind.AdvisoryUpdate,
];

/** What a member gets when they have set nothing: everything in-app, and email for these. */
export const DEFAULT_EMAIL_KINDS: readonly DiscussionNotificationKind[] = [
  DiscussionNotificationKind.Mention,
  DiscussionNotificationKind.AdvisoryUpdate,
];

export const DISCUSSION_LIMITS = {
  titleMin: 5,
  titleMax: 150,
  bodyMax: 20000,
  /** Advisory updates: the plain-English summary shown in lists and on the home page. */
  summaryMax: 280,
  tagsMax: 5,
  tagMax: 30,
  caseStudyTextMax: 2000,
  caseStudyShortMax: 200,
  groupSizeMax: 1000,
  reasonMax: 1000,
  /** Mentions per post that notify (more are rendered but do not notify). */
  mentionsMax: 20,
} as const;

/** A tag: lower-case letters, digits and single hyphens ("memory-cafe"). */
export const TAG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * A mention as the composer writes it, `@[Display Name](/members/<id>)`: group 1 is the name, group 2 the
 * member's id. Build a RegExp from it with the flags `gi`.
 */
export const MENTION_SOURCE = String.raw`@\[([^\]\n]+)\]\(/members/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\)`;
