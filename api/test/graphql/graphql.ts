/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Access provision at an event. */
export type AccessibilityFeature =
  | 'BSL_INTERPRETATION'
  | 'CAPTIONING'
  | 'HEARING_LOOP'
  | 'QUIET_SPACE'
  | 'STEP_FREE_ACCESS';

/** Kinds of heritage activity. */
export type ActivityType =
  | 'ARCHAEOLOGY'
  | 'ARCHIVES_COLLECTIONS'
  | 'CRAFTS_SKILLS'
  | 'CREATIVE_ARTS'
  | 'HERITAGE_WALKS'
  | 'MEMORY_CAFES'
  | 'NATURE_LANDSCAPE'
  | 'VOLUNTEERING';

/** Where an application is in review. */
export type ApplicationStatus =
  | 'APPROVED'
  | 'INFO_REQUESTED'
  | 'PENDING'
  | 'REJECTED';

/** The structured fields of a case study. */
export type CaseStudyInput = {
  activityTypes: Array<ActivityType>;
  benefits: Array<WellbeingBenefit>;
  /** How long and how often. At most 200. */
  duration?: string | null | undefined;
  /** A web address or DOI (required for published research). At most 500. */
  evidenceLink?: string | null | undefined;
  /** What kind of evidence this is (optional). */
  evidenceType?: EvidenceType | null | undefined;
  /** 1 to 1000. */
  groupSize?: number | null | undefined;
  /** At most 2000. */
  measurement?: string | null | undefined;
  /** Outcome measures with group figures before and after (left out: none). At most 10. */
  outcomes?: Array<OutcomeInput> | null | undefined;
  /** How participants came (link worker, self-referral…). At most 200. */
  referralRoute: string;
  setting: HeritageSetting;
  /** The “six ways into wellbeing” the activity used (left out: none). */
  sixWays?: Array<SixWay> | null | undefined;
  /** At most 2000. */
  whatWorked?: string | null | undefined;
  /** At most 2000. */
  wouldChange?: string | null | undefined;
};

/** A new space; it goes at the end of the list. Deprecated with createCategory: use CreateSpaceInput. */
export type CreateCategoryInput = {
  /** Plain text, at most 500 characters. */
  description?: string | null | undefined;
  name: string;
  readRoles: Array<Role>;
  /** Each must also be in readRoles. */
  replyRoles: Array<Role>;
  /** The web address (/discussions/<slug>). Left out or blank: made from the name. */
  slug?: string | null | undefined;
  /** Each must also be in readRoles. */
  startRoles: Array<Role>;
};

/** A new space; it goes at the end of the list. */
export type CreateSpaceInput = {
  /** Plain text, at most 500 characters. */
  description?: string | null | undefined;
  name: string;
  readRoles: Array<Role>;
  /** Each must also be in readRoles. */
  replyRoles: Array<Role>;
  /** The web address (/discussions/<slug>). Left out or blank: made from the name. */
  slug?: string | null | undefined;
  /** Each must also be in readRoles. */
  startRoles: Array<Role>;
};

/** A new thread with its opening post. */
export type CreateThreadInput = {
  /** The opening post, Markdown. At most 20000 characters. */
  body: string;
  /** Case studies only, and required there. */
  caseStudy?: CaseStudyInput | null | undefined;
  /** @deprecated Use spaceId instead. */
  categoryId?: string | number | null | undefined;
  /** true: the author confirms the personal-data warnings shown (consent, or not a participant). */
  confirmPersonalData?: boolean | null | undefined;
  kind: ThreadKind;
  /** The space to start it in. Required (or the deprecated categoryId). */
  spaceId?: string | number | null | undefined;
  /** Updates only, and required there: plain text, at most 280 characters. */
  summary?: string | null | undefined;
  /** At most 5: lower-case letters, numbers and hyphens, 30 characters each. */
  tags?: Array<string> | null | undefined;
  /** 5 to 150 characters. */
  title: string;
};

/** ONLINE, IN_PERSON or HYBRID (both). */
export type EventFormat =
  | 'HYBRID'
  | 'IN_PERSON'
  | 'ONLINE';

/** An event tag: an activity type or a wellbeing benefit (the same values as ActivityType and WellbeingBenefit). */
export type EventTag =
  | 'ARCHAEOLOGY'
  | 'ARCHIVES_COLLECTIONS'
  | 'BRAIN_HEALTH_MEMORY'
  | 'CONNECTION_WITH_PLACE'
  | 'CRAFTS_SKILLS'
  | 'CREATIVE_ARTS'
  | 'DISCOVERY_LEARNING'
  | 'HERITAGE_WALKS'
  | 'IDENTITY_BELONGING'
  | 'MEMORY_CAFES'
  | 'NATURE_LANDSCAPE'
  | 'RESILIENCE_HOPE'
  | 'SOMETHING_BIGGER'
  | 'VOLUNTEERING';

/** MEMBERS only, or PUBLIC: also listed to signed-out visitors (never with the join link or attendees). */
export type EventVisibility =
  | 'MEMBERS'
  | 'PUBLIC';

/** What kind of evidence a case study is: a practice story, a service evaluation or published research. */
export type EvidenceType =
  | 'PRACTICE_STORY'
  | 'PUBLISHED_RESEARCH'
  | 'SERVICE_EVALUATION';

/** The type of heritage site or collection of a case study. */
export type HeritageSetting =
  | 'ARCHAEOLOGICAL_SITE'
  | 'ARCHIVE_LIBRARY'
  | 'COMMUNITY_HERITAGE'
  | 'HISTORIC_BUILDING'
  | 'INDUSTRIAL_MARITIME'
  | 'LANDSCAPE_GARDEN'
  | 'MUSEUM'
  | 'OTHER'
  | 'PLACE_OF_WORSHIP';

/** What happened (see LiveEvent). */
export type LiveEventKind =
  | 'NOTIFICATIONS'
  | 'POST_CREATED'
  | 'POST_UPDATED'
  | 'READY'
  | 'RESYNC'
  | 'THREAD_UPDATED';

/** Whether an account can be used. */
export type MemberStatus =
  | 'ACTIVE'
  | 'DEACTIVATED'
  | 'SUSPENDED';

export type MessageAttendeesInput = {
  /** Plain text. */
  body: string;
  eventId: string | number;
  /** Also email the waiting list. */
  includeWaitlist?: boolean;
  subject: string;
};

/** Towards the start (UP) or the end (DOWN) of a list. */
export type MoveDirection =
  | 'DOWN'
  | 'UP';

/** A space and the way to move it: it swaps places with its neighbour. */
export type MoveSpaceInput = {
  direction: MoveDirection;
  id: string | number;
};

export type MoveThreadInput = {
  /** @deprecated Use spaceId instead. */
  categoryId?: string | number | null | undefined;
  id: string | number;
  /** The space to move it to: live, and readable by the moderator. Required (or the deprecated categoryId). */
  spaceId?: string | number | null | undefined;
};

/** A measure’s group figures before and after. Group aggregates only, never individuals. */
export type OutcomeInput = {
  /** The group’s mean or median at the end, within the measure’s scale. */
  after: number;
  /** When the after figures were taken (YYYY-MM-DD), not before beforeOn. */
  afterOn: string;
  /** The group’s mean or median at the start, within the measure’s scale. */
  before: number;
  /** When the before figures were taken (YYYY-MM-DD). */
  beforeOn: string;
  /** From outcomeMeasures. */
  measureId: string | number;
  /** How many took it again at the end: at least 5, and no more than started. */
  participantsCompleted: number;
  /** How many took the measure at the start: at least 5. */
  participantsStarted: number;
  /** Whether the figures are group means or medians. */
  statistic: OutcomeStatistic;
};

/** Whether outcome figures are group means or medians. */
export type OutcomeStatistic =
  | 'MEAN'
  | 'MEDIAN';

/** Something a member may do. */
export type Permission =
  | 'INVITE_MEMBERS'
  | 'MANAGE_ALL_EVENTS'
  | 'MANAGE_CATEGORIES'
  | 'MANAGE_EVENTS'
  | 'MANAGE_MEMBERS'
  | 'MANAGE_OUTCOME_MEASURES'
  | 'MANAGE_SPACES'
  | 'MODERATE_DISCUSSIONS'
  | 'POST_UPDATES'
  | 'READ_AUDIT_LOG'
  | 'REVIEW_APPLICATIONS'
  | 'REVIEW_OFFERS'
  | 'SIGNED_IN'
  | 'VIEW_DIRECTORY'
  | 'VIEW_IMPACT_REPORT';

/** Ways to react to a post. */
export type ReactionKind =
  | 'HELPFUL'
  | 'THANK_YOU'
  | 'TRIED_THIS_TOO';

/** UK nation or English region. */
export type Region =
  | 'EAST_MIDLANDS'
  | 'EAST_OF_ENGLAND'
  | 'LONDON'
  | 'NORTHERN_IRELAND'
  | 'NORTH_EAST'
  | 'NORTH_WEST'
  | 'SCOTLAND'
  | 'SOUTH_EAST'
  | 'SOUTH_WEST'
  | 'UK_WIDE'
  | 'WALES'
  | 'WEST_MIDLANDS'
  | 'YORKSHIRE_HUMBER';

/** HIDE hides the reported post (and resolves every open report on it); DISMISS closes this report alone. */
export type ReportAction =
  | 'DISMISS'
  | 'HIDE';

/** Open, or how a moderator resolved it. */
export type ReportStatus =
  | 'DISMISSED'
  | 'HIDDEN'
  | 'OPEN';

/** What a member does in the community; a member may hold several. */
export type Role =
  | 'ADMIN'
  | 'ADVISORY_GROUP'
  | 'MEMBER'
  | 'MODERATOR';

/** A member’s answer: GOING (waitlisted when full) or NOT_GOING. */
export type RsvpAnswer =
  | 'GOING'
  | 'NOT_GOING';

/** Where a member stands: GOING, WAITLISTED (the event was full) or NOT_GOING. */
export type RsvpStatus =
  | 'GOING'
  | 'NOT_GOING'
  | 'WAITLISTED';

/** A search: words as typed (quotes, OR and -word work as on web search engines). */
export type SearchInput = {
  /** Case studies of this activity type. */
  activityType?: ActivityType | null | undefined;
  /** Threads started by, and replies written by, this member. */
  authorId?: string | number | null | undefined;
  /** Case studies reporting this benefit. */
  benefit?: WellbeingBenefit | null | undefined;
  /** @deprecated Use spaceSlug instead. */
  categorySlug?: string | null | undefined;
  /** Written at or after this moment. */
  from?: string | null | undefined;
  kind?: ThreadKind | null | undefined;
  /** The words, at most 100 characters. */
  query: string;
  sort?: SearchSort | null | undefined;
  /** Only this space (a space the viewer cannot read finds nothing). */
  spaceSlug?: string | null | undefined;
  /** Threads with this tag. */
  tag?: string | null | undefined;
  /** Written at or before this moment. */
  to?: string | null | undefined;
};

/** RELEVANCE: best match first (newest first among equals). NEWEST: newest first. */
export type SearchSort =
  | 'NEWEST'
  | 'RELEVANCE';

/** Historic England’s “six ways into wellbeing”: the forms of engagement with heritage an activity used. */
export type SixWay =
  | 'BEING_ACTIVE'
  | 'CREATING'
  | 'LEARNING'
  | 'REMEMBERING'
  | 'VISITING'
  | 'VOLUNTEERING';

/** The space to archive, restore, watch or stop watching. */
export type SpaceIdInput = {
  id: string | number;
};

/** Narrows a thread list; every filter given applies. */
export type ThreadFilter = {
  /** Case studies with this kind of activity. */
  activityType?: ActivityType | null | undefined;
  /** Threads this member started. */
  authorId?: string | number | null | undefined;
  /** Case studies reporting this benefit. */
  benefit?: WellbeingBenefit | null | undefined;
  /** @deprecated Use spaceSlug instead. */
  categorySlug?: string | null | undefined;
  kind?: ThreadKind | null | undefined;
  /** Case studies in this setting. */
  setting?: HeritageSetting | null | undefined;
  /** One space; its pinned threads come first (ACTIVITY). */
  spaceSlug?: string | null | undefined;
  tag?: string | null | undefined;
};

/** DISCUSSION, CASE_STUDY (with structured fields) or UPDATE (advisory group, with a summary). */
export type ThreadKind =
  | 'CASE_STUDY'
  | 'DISCUSSION'
  | 'UPDATE';

/** ACTIVITY: latest post first (pinned first within one space); NEWEST: newest thread first. */
export type ThreadSort =
  | 'ACTIVITY'
  | 'NEWEST';

/** Every field of a space: one left out is cleared (a blank slug is made from the name). Deprecated with updateCategory: use UpdateSpaceInput. */
export type UpdateCategoryInput = {
  /** The space’s revision when the edit began. A save from an older revision changes nothing and is answered CONFLICT with the current fields in extensions.current. */
  baseRevision: number;
  /** Plain text, at most 500 characters. */
  description?: string | null | undefined;
  id: string | number;
  name: string;
  readRoles: Array<Role>;
  /** Each must also be in readRoles. */
  replyRoles: Array<Role>;
  /** The web address (/discussions/<slug>). Left out or blank: made from the name. */
  slug?: string | null | undefined;
  /** Each must also be in readRoles. */
  startRoles: Array<Role>;
};

/** Replaces the event’s fields (optional fields left out are cleared or defaulted). */
export type UpdateEventInput = {
  accessibilityFeatures?: Array<AccessibilityFeature> | null | undefined;
  /** Anything else about access (plain text). */
  accessibilityNotes?: string | null | undefined;
  /** The event’s sequence when the edit began. A save from an older one changes nothing and is answered CONFLICT with the current fields in extensions.current. */
  baseRevision: number;
  /** Most members who can go; null for no limit. */
  capacity?: number | null | undefined;
  /** Markdown, at most 10000 characters. */
  description: string;
  /** After startsAt, and at most 14 days later. */
  endsAt: string;
  format: EventFormat;
  id: string | number;
  /** https only. Required for ONLINE and HYBRID; cleared for IN_PERSON. Shown to members going. */
  joinUrl?: string | null | undefined;
  /** Members who organise (and manage) the event, each an advisory group member, moderator or admin. Create: left out means the creator alone. Update: left out keeps the organisers. */
  organiserIds?: Array<string | number> | null | undefined;
  region?: Region | null | undefined;
  /** An instant (ISO 8601 with offset). New events must start in the future. */
  startsAt: string;
  /** At most 6. */
  tags?: Array<EventTag> | null | undefined;
  /** IANA time zone the organiser means (for display and emails). Default Europe/London. */
  timeZone?: string | null | undefined;
  title: string;
  /** Required for IN_PERSON and HYBRID; cleared for ONLINE. */
  venueAddress?: string | null | undefined;
  /** Required for IN_PERSON and HYBRID; cleared for ONLINE. */
  venueName?: string | null | undefined;
  /** Default MEMBERS. */
  visibility?: EventVisibility | null | undefined;
};

/** A post’s new text; the text it replaces is kept as a revision. */
export type UpdatePostInput = {
  /** The post’s revisionCount when the edit began. A save from an older revision changes nothing and is answered CONFLICT with the current text in extensions.current. */
  baseRevision: number;
  /** Markdown. At most 20000 characters. */
  body: string;
  /** true: the author confirms the personal-data warnings shown (consent, or not a participant). */
  confirmPersonalData?: boolean | null | undefined;
  id: string | number;
};

/** Every field of a space: one left out is cleared (a blank slug is made from the name). */
export type UpdateSpaceInput = {
  /** The space’s revision when the edit began. A save from an older revision changes nothing and is answered CONFLICT with the current fields in extensions.current. */
  baseRevision: number;
  /** Plain text, at most 500 characters. */
  description?: string | null | undefined;
  id: string | number;
  name: string;
  readRoles: Array<Role>;
  /** Each must also be in readRoles. */
  replyRoles: Array<Role>;
  /** The web address (/discussions/<slug>). Left out or blank: made from the name. */
  slug?: string | null | undefined;
  /** Each must also be in readRoles. */
  startRoles: Array<Role>;
};

/** Every editable field of a thread (left out: cleared); the kind and the space do not change here. */
export type UpdateThreadInput = {
  /** The thread’s revision when the edit began. A save from an older revision changes nothing and is answered CONFLICT with the current fields in extensions.current. */
  baseRevision: number;
  /** The opening post, Markdown. At most 20000 characters. */
  body: string;
  /** Case studies only, and required there. */
  caseStudy?: CaseStudyInput | null | undefined;
  /** true: the author confirms the personal-data warnings shown (consent, or not a participant). */
  confirmPersonalData?: boolean | null | undefined;
  id: string | number;
  /** Updates only, and required there: plain text, at most 280 characters. */
  summary?: string | null | undefined;
  /** At most 5: lower-case letters, numbers and hyphens, 30 characters each. */
  tags?: Array<string> | null | undefined;
  /** 5 to 150 characters. */
  title: string;
};

/** How heritage supports wellbeing. */
export type WellbeingBenefit =
  | 'BRAIN_HEALTH_MEMORY'
  | 'CONNECTION_WITH_PLACE'
  | 'DISCOVERY_LEARNING'
  | 'IDENTITY_BELONGING'
  | 'RESILIENCE_HOPE'
  | 'SOMETHING_BIGGER';

export type CategoriesCacheListQueryVariables = Exact<{ [key: string]: never; }>;


export type CategoriesCacheListQuery = { categories: Array<{ id: string, name: string }> };

export type CategoriesCacheArchiveMutationVariables = Exact<{
  id: string | number;
}>;


export type CategoriesCacheArchiveMutation = { archiveCategory: { id: string, archived: boolean } };

export type CategoriesFieldsFragment = { id: string, slug: string, name: string, description: string, position: number, archived: boolean, revision: number, canStartThreads: boolean, canReply: boolean, everyoneCanStart: boolean, readRoles: Array<Role> | null, startRoles: Array<Role> | null, replyRoles: Array<Role> | null };

export type CategoriesListQueryVariables = Exact<{
  includeArchived?: boolean | null | undefined;
}>;


export type CategoriesListQuery = { categories: Array<{ id: string, slug: string, name: string, description: string, position: number, archived: boolean, revision: number, canStartThreads: boolean, canReply: boolean, everyoneCanStart: boolean, readRoles: Array<Role> | null, startRoles: Array<Role> | null, replyRoles: Array<Role> | null }> };

export type CategoriesOneQueryVariables = Exact<{
  slug: string;
}>;


export type CategoriesOneQuery = { category: { id: string, slug: string, name: string, description: string, position: number, archived: boolean, revision: number, canStartThreads: boolean, canReply: boolean, everyoneCanStart: boolean, readRoles: Array<Role> | null, startRoles: Array<Role> | null, replyRoles: Array<Role> | null } | null };

export type CategoriesCreateMutationVariables = Exact<{
  input: CreateCategoryInput;
}>;


export type CategoriesCreateMutation = { createCategory: { id: string, slug: string, name: string, description: string, position: number, archived: boolean, revision: number, canStartThreads: boolean, canReply: boolean, everyoneCanStart: boolean, readRoles: Array<Role> | null, startRoles: Array<Role> | null, replyRoles: Array<Role> | null } };

export type CategoriesUpdateMutationVariables = Exact<{
  input: UpdateCategoryInput;
}>;


export type CategoriesUpdateMutation = { updateCategory: { id: string, slug: string, name: string, description: string, position: number, archived: boolean, revision: number, canStartThreads: boolean, canReply: boolean, everyoneCanStart: boolean, readRoles: Array<Role> | null, startRoles: Array<Role> | null, replyRoles: Array<Role> | null } };

export type CategoriesMoveMutationVariables = Exact<{
  id: string | number;
  direction: MoveDirection;
}>;


export type CategoriesMoveMutation = { moveCategory: { id: string, slug: string, name: string, description: string, position: number, archived: boolean, revision: number, canStartThreads: boolean, canReply: boolean, everyoneCanStart: boolean, readRoles: Array<Role> | null, startRoles: Array<Role> | null, replyRoles: Array<Role> | null } };

export type CategoriesArchiveMutationVariables = Exact<{
  id: string | number;
}>;


export type CategoriesArchiveMutation = { archiveCategory: { id: string, slug: string, name: string, description: string, position: number, archived: boolean, revision: number, canStartThreads: boolean, canReply: boolean, everyoneCanStart: boolean, readRoles: Array<Role> | null, startRoles: Array<Role> | null, replyRoles: Array<Role> | null } };

export type CategoriesRestoreMutationVariables = Exact<{
  id: string | number;
}>;


export type CategoriesRestoreMutation = { restoreCategory: { id: string, slug: string, name: string, description: string, position: number, archived: boolean, revision: number, canStartThreads: boolean, canReply: boolean, everyoneCanStart: boolean, readRoles: Array<Role> | null, startRoles: Array<Role> | null, replyRoles: Array<Role> | null } };

export type CommunityCountersOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type CommunityCountersOverviewQuery = { community: { memberCount: number, organisationCount: number } };

export type CommunityCountersApproveMutationVariables = Exact<{
  id: string | number;
}>;


export type CommunityCountersApproveMutation = { approveApplication: { status: ApplicationStatus } };

export type CommunityCountersSuspendMutationVariables = Exact<{
  memberId: string | number;
  reason: string;
}>;


export type CommunityCountersSuspendMutation = { suspendMember: { status: MemberStatus | null } };

export type CommunityCountersReinstateMutationVariables = Exact<{
  memberId: string | number;
  reason: string;
}>;


export type CommunityCountersReinstateMutation = { reinstateMember: { status: MemberStatus | null } };

export type CommunityCountersDeleteAccountMutationVariables = Exact<{
  password: string;
}>;


export type CommunityCountersDeleteAccountMutation = { deleteAccount: boolean };

export type ReactionsPostFragment = { id: string, number: number, hidden: boolean, deleted: boolean, canReact: boolean, canReport: boolean, reactions: Array<{ kind: ReactionKind, count: number, reactedByViewer: boolean, reactors: Array<{ id: string | null, displayName: string }> }> };

export type ReactionsReactMutationVariables = Exact<{
  postId: string | number;
  kind: ReactionKind;
}>;


export type ReactionsReactMutation = { react: { id: string, number: number, hidden: boolean, deleted: boolean, canReact: boolean, canReport: boolean, reactions: Array<{ kind: ReactionKind, count: number, reactedByViewer: boolean, reactors: Array<{ id: string | null, displayName: string }> }> } };

export type ReactionsUnreactMutationVariables = Exact<{
  postId: string | number;
  kind: ReactionKind;
}>;


export type ReactionsUnreactMutation = { unreact: { id: string, number: number, hidden: boolean, deleted: boolean, canReact: boolean, canReport: boolean, reactions: Array<{ kind: ReactionKind, count: number, reactedByViewer: boolean, reactors: Array<{ id: string | null, displayName: string }> }> } };

export type ReactionsThreadPostsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type ReactionsThreadPostsQuery = { thread: { posts: { nodes: Array<{ id: string, number: number, hidden: boolean, deleted: boolean, canReact: boolean, canReport: boolean, reactions: Array<{ kind: ReactionKind, count: number, reactedByViewer: boolean, reactors: Array<{ id: string | null, displayName: string }> }> }> } } | null };

export type ReactionsCountsOnlyQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type ReactionsCountsOnlyQuery = { thread: { posts: { nodes: Array<{ id: string, reactions: Array<{ kind: ReactionKind, count: number, reactedByViewer: boolean }> }> } } | null };

export type ReactionsReactorsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type ReactionsReactorsQuery = { thread: { openingPost: { reactions: Array<{ kind: ReactionKind, count: number, reactors: Array<{ id: string | null, displayName: string, organisation: string | null, roles: Array<Role> }> }> } } | null };

export type ReactionsDeletePostMutationVariables = Exact<{
  id: string | number;
}>;


export type ReactionsDeletePostMutation = { deletePost: { id: string, deleted: boolean } };

export type ReactionsHidePostMutationVariables = Exact<{
  id: string | number;
}>;


export type ReactionsHidePostMutation = { hidePost: { id: string, hidden: boolean } };

export type ReadingStateFragment = { id: string, isNew: boolean, unreadCount: number, lastReadNumber: number | null, firstUnreadNumber: number | null, watching: boolean };

export type ReadingThreadQueryVariables = Exact<{
  id: string | number;
}>;


export type ReadingThreadQuery = { thread: { id: string, isNew: boolean, unreadCount: number, lastReadNumber: number | null, firstUnreadNumber: number | null, watching: boolean } | null };

export type ReadingMarkReadMutationVariables = Exact<{
  threadId: string | number;
  upToNumber: number;
}>;


export type ReadingMarkReadMutation = { markThreadRead: { id: string, isNew: boolean, unreadCount: number, lastReadNumber: number | null, firstUnreadNumber: number | null, watching: boolean } };

export type ReadingSpacesQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadingSpacesQuery = { categories: Array<{ id: string, unreadThreadCount: number, newThreadCount: number, watching: boolean }> };

export type ReadingThreadsQueryVariables = Exact<{
  slug: string;
}>;


export type ReadingThreadsQuery = { threads: { nodes: Array<{ id: string, isNew: boolean, unreadCount: number, lastReadNumber: number | null, firstUnreadNumber: number | null, watching: boolean }> } };

export type ReportFieldsFragment = { id: string, reason: string, status: ReportStatus, resolutionNote: string | null, resolvedAt: string | null, createdAt: string, post: { id: string, number: number, hidden: boolean, hiddenReason: string | null }, thread: { id: string, title: string }, reporter: { id: string | null, displayName: string }, resolvedBy: { id: string | null, displayName: string } | null };

export type ReportPostMutationVariables = Exact<{
  postId: string | number;
  reason: string;
}>;


export type ReportPostMutation = { reportPost: { id: string, reason: string, status: ReportStatus, resolutionNote: string | null, resolvedAt: string | null, createdAt: string, post: { id: string, number: number, hidden: boolean, hiddenReason: string | null }, thread: { id: string, title: string }, reporter: { id: string | null, displayName: string }, resolvedBy: { id: string | null, displayName: string } | null } };

export type ResolveReportMutationVariables = Exact<{
  id: string | number;
  action: ReportAction;
  note: string;
}>;


export type ResolveReportMutation = { resolveReport: { id: string, reason: string, status: ReportStatus, resolutionNote: string | null, resolvedAt: string | null, createdAt: string, post: { id: string, number: number, hidden: boolean, hiddenReason: string | null }, thread: { id: string, title: string }, reporter: { id: string | null, displayName: string }, resolvedBy: { id: string | null, displayName: string } | null } };

export type ReportsQueueQueryVariables = Exact<{
  status?: ReportStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ReportsQueueQuery = { postReports: { edges: Array<{ cursor: string, node: { id: string, reason: string, status: ReportStatus, resolutionNote: string | null, resolvedAt: string | null, createdAt: string, post: { id: string, number: number, hidden: boolean, hiddenReason: string | null }, thread: { id: string, title: string }, reporter: { id: string | null, displayName: string }, resolvedBy: { id: string | null, displayName: string } | null } }>, nodes: Array<{ id: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ReportsQueueWithPostsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ReportsQueueWithPostsQuery = { postReports: { nodes: Array<{ id: string, reason: string, status: ReportStatus, resolutionNote: string | null, resolvedAt: string | null, createdAt: string, post: { canReact: boolean, canReport: boolean, id: string, number: number, hidden: boolean, hiddenReason: string | null, reactions: Array<{ count: number, reactedByViewer: boolean }> }, thread: { id: string, title: string }, reporter: { id: string | null, displayName: string }, resolvedBy: { id: string | null, displayName: string } | null }> } };

export type RsvpMutationVariables = Exact<{
  eventId: string | number;
  answer: RsvpAnswer;
}>;


export type RsvpMutation = { rsvp: { id: string, goingCount: number, waitlistCount: number, placesLeft: number | null, full: boolean, joinUrl: string | null, myRsvp: { status: RsvpStatus, waitlistPosition: number | null, since: string } | null } };

export type RsvpEventQueryVariables = Exact<{
  id: string | number;
}>;


export type RsvpEventQuery = { event: { id: string, goingCount: number, waitlistCount: number, joinUrl: string | null, myRsvp: { status: RsvpStatus, waitlistPosition: number | null } | null } | null };

export type RsvpUpdateEventMutationVariables = Exact<{
  input: UpdateEventInput;
}>;


export type RsvpUpdateEventMutation = { updateEvent: { id: string, goingCount: number, waitlistCount: number, placesLeft: number | null } };

export type RsvpAttendeesQueryVariables = Exact<{
  id: string | number;
  status?: RsvpStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RsvpAttendeesQuery = { event: { attendees: { edges: Array<{ cursor: string, node: { status: RsvpStatus, waitlistPosition: number | null, since: string, member: { id: string, displayName: string, organisation: string | null } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type RsvpMessageAttendeesMutationVariables = Exact<{
  input: MessageAttendeesInput;
}>;


export type RsvpMessageAttendeesMutation = { messageAttendees: number };

export type SpaceCountersHidePostMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type SpaceCountersHidePostMutation = { hidePost: { id: string } };

export type SpaceCountersRestorePostMutationVariables = Exact<{
  id: string | number;
}>;


export type SpaceCountersRestorePostMutation = { restorePost: { id: string } };

export type SpaceCountersDeletePostMutationVariables = Exact<{
  id: string | number;
}>;


export type SpaceCountersDeletePostMutation = { deletePost: { id: string } };

export type SpaceCountersMarkReadMutationVariables = Exact<{
  id: string | number;
  n: number;
}>;


export type SpaceCountersMarkReadMutation = { markThreadRead: { id: string } };

export type SpaceCountersMoveMutationVariables = Exact<{
  id: string | number;
  categoryId: string | number;
}>;


export type SpaceCountersMoveMutation = { moveThread: { id: string } };

export type SpaceCountersDeleteAccountMutationVariables = Exact<{
  password: string;
}>;


export type SpaceCountersDeleteAccountMutation = { deleteAccount: boolean };

export type SpacesFieldsFragment = { id: string, slug: string, name: string, description: string, position: number, archived: boolean, revision: number, canStartThreads: boolean, canReply: boolean, readRoles: Array<Role> | null, watching: boolean };

export type SpacesListQueryVariables = Exact<{
  includeArchived?: boolean | null | undefined;
}>;


export type SpacesListQuery = { spaces: Array<{ id: string, slug: string, name: string, description: string, position: number, archived: boolean, revision: number, canStartThreads: boolean, canReply: boolean, readRoles: Array<Role> | null, watching: boolean }> };

export type SpacesOneQueryVariables = Exact<{
  slug: string;
}>;


export type SpacesOneQuery = { space: { id: string, slug: string, name: string, description: string, position: number, archived: boolean, revision: number, canStartThreads: boolean, canReply: boolean, readRoles: Array<Role> | null, watching: boolean } | null };

export type SpacesOldOneQueryVariables = Exact<{
  slug: string;
}>;


export type SpacesOldOneQuery = { category: { id: string, slug: string, name: string, description: string, position: number, archived: boolean, revision: number, canStartThreads: boolean, canReply: boolean, readRoles: Array<Role> | null, watching: boolean } | null };

export type SpacesOldListQueryVariables = Exact<{ [key: string]: never; }>;


export type SpacesOldListQuery = { categories: Array<{ id: string, slug: string, name: string, description: string, position: number, archived: boolean, revision: number, canStartThreads: boolean, canReply: boolean, readRoles: Array<Role> | null, watching: boolean }> };

export type SpacesCreateMutationVariables = Exact<{
  input: CreateSpaceInput;
}>;


export type SpacesCreateMutation = { createSpace: { space: { id: string, slug: string, name: string, description: string, position: number, archived: boolean, revision: number, canStartThreads: boolean, canReply: boolean, readRoles: Array<Role> | null, watching: boolean } } };

export type SpacesUpdateMutationVariables = Exact<{
  input: UpdateSpaceInput;
}>;


export type SpacesUpdateMutation = { updateSpace: { space: { id: string, slug: string, name: string, description: string, position: number, archived: boolean, revision: number, canStartThreads: boolean, canReply: boolean, readRoles: Array<Role> | null, watching: boolean } } };

export type SpacesMoveMutationVariables = Exact<{
  input: MoveSpaceInput;
}>;


export type SpacesMoveMutation = { moveSpace: { space: { id: string, slug: string, name: string, description: string, position: number, archived: boolean, revision: number, canStartThreads: boolean, canReply: boolean, readRoles: Array<Role> | null, watching: boolean }, swappedWith: { id: string, slug: string, name: string, description: string, position: number, archived: boolean, revision: number, canStartThreads: boolean, canReply: boolean, readRoles: Array<Role> | null, watching: boolean } } };

export type SpacesArchiveMutationVariables = Exact<{
  input: SpaceIdInput;
}>;


export type SpacesArchiveMutation = { archiveSpace: { space: { id: string, slug: string, name: string, description: string, position: number, archived: boolean, revision: number, canStartThreads: boolean, canReply: boolean, readRoles: Array<Role> | null, watching: boolean } } };

export type SpacesRestoreMutationVariables = Exact<{
  input: SpaceIdInput;
}>;


export type SpacesRestoreMutation = { restoreSpace: { space: { id: string, slug: string, name: string, description: string, position: number, archived: boolean, revision: number, canStartThreads: boolean, canReply: boolean, readRoles: Array<Role> | null, watching: boolean } } };

export type SpacesWatchMutationVariables = Exact<{
  input: SpaceIdInput;
}>;


export type SpacesWatchMutation = { watchSpace: { space: { id: string, slug: string, name: string, description: string, position: number, archived: boolean, revision: number, canStartThreads: boolean, canReply: boolean, readRoles: Array<Role> | null, watching: boolean } } };

export type SpacesUnwatchMutationVariables = Exact<{
  input: SpaceIdInput;
}>;


export type SpacesUnwatchMutation = { unwatchSpace: { space: { id: string, slug: string, name: string, description: string, position: number, archived: boolean, revision: number, canStartThreads: boolean, canReply: boolean, readRoles: Array<Role> | null, watching: boolean } } };

export type SpacesOldWatchMutationVariables = Exact<{
  id: string | number;
}>;


export type SpacesOldWatchMutation = { watchCategory: { watching: boolean } };

export type SpacesThreadSpaceQueryVariables = Exact<{
  id: string | number;
}>;


export type SpacesThreadSpaceQuery = { thread: { space: { id: string, slug: string, name: string, description: string, position: number, archived: boolean, revision: number, canStartThreads: boolean, canReply: boolean, readRoles: Array<Role> | null, watching: boolean }, category: { id: string, slug: string, name: string, description: string, position: number, archived: boolean, revision: number, canStartThreads: boolean, canReply: boolean, readRoles: Array<Role> | null, watching: boolean } } | null };

export type SpacesCreateThreadMutationVariables = Exact<{
  input: CreateThreadInput;
}>;


export type SpacesCreateThreadMutation = { createThread: { id: string, space: { id: string } } };

export type SpacesMoveThreadMutationVariables = Exact<{
  input?: MoveThreadInput | null | undefined;
}>;


export type SpacesMoveThreadMutation = { moveThread: { id: string, space: { id: string } } };

export type SpacesMoveThreadPositionalMutationVariables = Exact<{
  id?: string | number | null | undefined;
  categoryId?: string | number | null | undefined;
}>;


export type SpacesMoveThreadPositionalMutation = { moveThread: { id: string, space: { id: string } } };

export type SpacesThreadsQueryVariables = Exact<{
  filter?: ThreadFilter | null | undefined;
}>;


export type SpacesThreadsQuery = { threads: { nodes: Array<{ id: string, space: { slug: string } }> } };

export type SpacesSearchQueryVariables = Exact<{
  input: SearchInput;
}>;


export type SpacesSearchQuery = { search: { nodes: Array<{ thread: { id: string, space: { slug: string } } }> } };

export type SpacesLiveSubscriptionVariables = Exact<{
  spaceId?: string | number | null | undefined;
  categoryId?: string | number | null | undefined;
}>;


export type SpacesLiveSubscription = { liveEvents: { id: string, kind: LiveEventKind, threadId: string | null, spaceId: string | null, categoryId: string | null } };

export type SpacesIntrospectionQueryVariables = Exact<{ [key: string]: never; }>;


export type SpacesIntrospectionQuery = { __schema: { types: Array<{ name: string | null, fields: Array<{ name: string, isDeprecated: boolean, deprecationReason: string | null, args: Array<{ name: string, isDeprecated: boolean, deprecationReason: string | null }> }> | null, inputFields: Array<{ name: string, isDeprecated: boolean, deprecationReason: string | null }> | null, enumValues: Array<{ name: string, isDeprecated: boolean, deprecationReason: string | null }> | null }> } };

export type SpacesPermissionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SpacesPermissionsQuery = { viewer: { permissions: Array<Permission> } | null };

export type ThreadsThreadFragment = { id: string, kind: ThreadKind, title: string, summary: string | null, tags: Array<string>, pinned: boolean, locked: boolean, deleted: boolean, hidden: boolean, postCount: number, replyCount: number, highestPostNumber: number, lastPostedAt: string, createdAt: string, updatedAt: string, revision: number, canReply: boolean, canEdit: boolean, canModerate: boolean, category: { id: string, slug: string }, author: { id: string | null, displayName: string }, lastPoster: { id: string | null } | null, caseStudy: { setting: HeritageSetting, activityTypes: Array<ActivityType>, referralRoute: string, groupSize: number | null, duration: string, benefits: Array<WellbeingBenefit>, measurement: string, whatWorked: string, wouldChange: string } | null, openingPost: { id: string, number: number, body: string | null, bodyHtml: string | null, revisionCount: number, editedAt: string | null } };

export type ThreadsCreateMutationVariables = Exact<{
  input: CreateThreadInput;
}>;


export type ThreadsCreateMutation = { createThread: { id: string, kind: ThreadKind, title: string, summary: string | null, tags: Array<string>, pinned: boolean, locked: boolean, deleted: boolean, hidden: boolean, postCount: number, replyCount: number, highestPostNumber: number, lastPostedAt: string, createdAt: string, updatedAt: string, revision: number, canReply: boolean, canEdit: boolean, canModerate: boolean, category: { id: string, slug: string }, author: { id: string | null, displayName: string }, lastPoster: { id: string | null } | null, caseStudy: { setting: HeritageSetting, activityTypes: Array<ActivityType>, referralRoute: string, groupSize: number | null, duration: string, benefits: Array<WellbeingBenefit>, measurement: string, whatWorked: string, wouldChange: string } | null, openingPost: { id: string, number: number, body: string | null, bodyHtml: string | null, revisionCount: number, editedAt: string | null } } };

export type ThreadsUpdateMutationVariables = Exact<{
  input: UpdateThreadInput;
}>;


export type ThreadsUpdateMutation = { updateThread: { id: string, kind: ThreadKind, title: string, summary: string | null, tags: Array<string>, pinned: boolean, locked: boolean, deleted: boolean, hidden: boolean, postCount: number, replyCount: number, highestPostNumber: number, lastPostedAt: string, createdAt: string, updatedAt: string, revision: number, canReply: boolean, canEdit: boolean, canModerate: boolean, category: { id: string, slug: string }, author: { id: string | null, displayName: string }, lastPoster: { id: string | null } | null, caseStudy: { setting: HeritageSetting, activityTypes: Array<ActivityType>, referralRoute: string, groupSize: number | null, duration: string, benefits: Array<WellbeingBenefit>, measurement: string, whatWorked: string, wouldChange: string } | null, openingPost: { id: string, number: number, body: string | null, bodyHtml: string | null, revisionCount: number, editedAt: string | null } } };

export type ThreadsOneQueryVariables = Exact<{
  id: string | number;
}>;


export type ThreadsOneQuery = { thread: { id: string, kind: ThreadKind, title: string, summary: string | null, tags: Array<string>, pinned: boolean, locked: boolean, deleted: boolean, hidden: boolean, postCount: number, replyCount: number, highestPostNumber: number, lastPostedAt: string, createdAt: string, updatedAt: string, revision: number, canReply: boolean, canEdit: boolean, canModerate: boolean, category: { id: string, slug: string }, author: { id: string | null, displayName: string }, lastPoster: { id: string | null } | null, caseStudy: { setting: HeritageSetting, activityTypes: Array<ActivityType>, referralRoute: string, groupSize: number | null, duration: string, benefits: Array<WellbeingBenefit>, measurement: string, whatWorked: string, wouldChange: string } | null, openingPost: { id: string, number: number, body: string | null, bodyHtml: string | null, revisionCount: number, editedAt: string | null } } | null };

export type ThreadsRevisionsQueryVariables = Exact<{
  id: string | number;
}>;


export type ThreadsRevisionsQuery = { thread: { openingPost: { revisionCount: number, revisions: Array<{ revision: number, title: string | null, body: string, bodyHtml: string, createdAt: string, editor: { id: string | null, displayName: string } }> } } | null };

export type ThreadsListQueryVariables = Exact<{
  filter?: ThreadFilter | null | undefined;
  sort?: ThreadSort | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ThreadsListQuery = { threads: { edges: Array<{ cursor: string, node: { id: string, title: string, pinned: boolean } }>, nodes: Array<{ id: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ThreadsUpdatesQueryVariables = Exact<{ [key: string]: never; }>;


export type ThreadsUpdatesQuery = { featuredUpdate: { id: string, title: string, summary: string | null } | null, latestUpdates: Array<{ id: string, title: string }> };

export type ThreadsRedactPostMutationVariables = Exact<{
  input: UpdatePostInput;
}>;


export type ThreadsRedactPostMutation = { updatePost: { id: string, revisionCount: number } };

export type WatchingWatchThreadMutationVariables = Exact<{
  id: string | number;
}>;


export type WatchingWatchThreadMutation = { watchThread: { id: string, title: string, watching: boolean } };

export type WatchingUnwatchThreadMutationVariables = Exact<{
  id: string | number;
}>;


export type WatchingUnwatchThreadMutation = { unwatchThread: { id: string, title: string, watching: boolean } };

export type WatchingWatchCategoryMutationVariables = Exact<{
  id: string | number;
}>;


export type WatchingWatchCategoryMutation = { watchCategory: { id: string, slug: string, watching: boolean } };

export type WatchingUnwatchCategoryMutationVariables = Exact<{
  id: string | number;
}>;


export type WatchingUnwatchCategoryMutation = { unwatchCategory: { id: string, slug: string, watching: boolean } };

export type WatchingCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type WatchingCategoriesQuery = { categories: Array<{ id: string, watching: boolean }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CategoriesFieldsFragmentDoc = new TypedDocumentString(`
    fragment CategoriesFields on Space {
  id
  slug
  name
  description
  position
  archived
  revision
  canStartThreads
  canReply
  everyoneCanStart
  readRoles
  startRoles
  replyRoles
}
    `, {"fragmentName":"CategoriesFields"}) as unknown as TypedDocumentString<CategoriesFieldsFragment, unknown>;
export const ReactionsPostFragmentDoc = new TypedDocumentString(`
    fragment ReactionsPost on Post {
  id
  number
  hidden
  deleted
  canReact
  canReport
  reactions {
    kind
    count
    reactedByViewer
    reactors {
      id
      displayName
    }
  }
}
    `, {"fragmentName":"ReactionsPost"}) as unknown as TypedDocumentString<ReactionsPostFragment, unknown>;
export const ReadingStateFragmentDoc = new TypedDocumentString(`
    fragment ReadingState on Thread {
  id
  isNew
  unreadCount
  lastReadNumber
  firstUnreadNumber
  watching
}
    `, {"fragmentName":"ReadingState"}) as unknown as TypedDocumentString<ReadingStateFragment, unknown>;
export const ReportFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReportFields on PostReport {
  id
  reason
  status
  resolutionNote
  resolvedAt
  createdAt
  post {
    id
    number
    hidden
    hiddenReason
  }
  thread {
    id
    title
  }
  reporter {
    id
    displayName
  }
  resolvedBy {
    id
    displayName
  }
}
    `, {"fragmentName":"ReportFields"}) as unknown as TypedDocumentString<ReportFieldsFragment, unknown>;
export const SpacesFieldsFragmentDoc = new TypedDocumentString(`
    fragment SpacesFields on Space {
  id
  slug
  name
  description
  position
  archived
  revision
  canStartThreads
  canReply
  readRoles
  watching
}
    `, {"fragmentName":"SpacesFields"}) as unknown as TypedDocumentString<SpacesFieldsFragment, unknown>;
export const ThreadsThreadFragmentDoc = new TypedDocumentString(`
    fragment ThreadsThread on Thread {
  id
  kind
  title
  summary
  tags
  pinned
  locked
  deleted
  hidden
  postCount
  replyCount
  highestPostNumber
  lastPostedAt
  createdAt
  updatedAt
  revision
  canReply
  canEdit
  canModerate
  category {
    id
    slug
  }
  author {
    id
    displayName
  }
  lastPoster {
    id
  }
  caseStudy {
    setting
    activityTypes
    referralRoute
    groupSize
    duration
    benefits
    measurement
    whatWorked
    wouldChange
  }
  openingPost {
    id
    number
    body
    bodyHtml
    revisionCount
    editedAt
  }
}
    `, {"fragmentName":"ThreadsThread"}) as unknown as TypedDocumentString<ThreadsThreadFragment, unknown>;
export const CategoriesCacheListDocument = new TypedDocumentString(`
    query CategoriesCacheList {
  categories {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CategoriesCacheListQuery, CategoriesCacheListQueryVariables>;
export const CategoriesCacheArchiveDocument = new TypedDocumentString(`
    mutation CategoriesCacheArchive($id: ID!) {
  archiveCategory(id: $id) {
    id
    archived
  }
}
    `) as unknown as TypedDocumentString<CategoriesCacheArchiveMutation, CategoriesCacheArchiveMutationVariables>;
export const CategoriesListDocument = new TypedDocumentString(`
    query CategoriesList($includeArchived: Boolean) {
  categories(includeArchived: $includeArchived) {
    ...CategoriesFields
  }
}
    fragment CategoriesFields on Space {
  id
  slug
  name
  description
  position
  archived
  revision
  canStartThreads
  canReply
  everyoneCanStart
  readRoles
  startRoles
  replyRoles
}`) as unknown as TypedDocumentString<CategoriesListQuery, CategoriesListQueryVariables>;
export const CategoriesOneDocument = new TypedDocumentString(`
    query CategoriesOne($slug: String!) {
  category(slug: $slug) {
    ...CategoriesFields
  }
}
    fragment CategoriesFields on Space {
  id
  slug
  name
  description
  position
  archived
  revision
  canStartThreads
  canReply
  everyoneCanStart
  readRoles
  startRoles
  replyRoles
}`) as unknown as TypedDocumentString<CategoriesOneQuery, CategoriesOneQueryVariables>;
export const CategoriesCreateDocument = new TypedDocumentString(`
    mutation CategoriesCreate($input: CreateCategoryInput!) {
  createCategory(input: $input) {
    ...CategoriesFields
  }
}
    fragment CategoriesFields on Space {
  id
  slug
  name
  description
  position
  archived
  revision
  canStartThreads
  canReply
  everyoneCanStart
  readRoles
  startRoles
  replyRoles
}`) as unknown as TypedDocumentString<CategoriesCreateMutation, CategoriesCreateMutationVariables>;
export const CategoriesUpdateDocument = new TypedDocumentString(`
    mutation CategoriesUpdate($input: UpdateCategoryInput!) {
  updateCategory(input: $input) {
    ...CategoriesFields
  }
}
    fragment CategoriesFields on Space {
  id
  slug
  name
  description
  position
  archived
  revision
  canStartThreads
  canReply
  everyoneCanStart
  readRoles
  startRoles
  replyRoles
}`) as unknown as TypedDocumentString<CategoriesUpdateMutation, CategoriesUpdateMutationVariables>;
export const CategoriesMoveDocument = new TypedDocumentString(`
    mutation CategoriesMove($id: ID!, $direction: MoveDirection!) {
  moveCategory(id: $id, direction: $direction) {
    ...CategoriesFields
  }
}
    fragment CategoriesFields on Space {
  id
  slug
  name
  description
  position
  archived
  revision
  canStartThreads
  canReply
  everyoneCanStart
  readRoles
  startRoles
  replyRoles
}`) as unknown as TypedDocumentString<CategoriesMoveMutation, CategoriesMoveMutationVariables>;
export const CategoriesArchiveDocument = new TypedDocumentString(`
    mutation CategoriesArchive($id: ID!) {
  archiveCategory(id: $id) {
    ...CategoriesFields
  }
}
    fragment CategoriesFields on Space {
  id
  slug
  name
  description
  position
  archived
  revision
  canStartThreads
  canReply
  everyoneCanStart
  readRoles
  startRoles
  replyRoles
}`) as unknown as TypedDocumentString<CategoriesArchiveMutation, CategoriesArchiveMutationVariables>;
export const CategoriesRestoreDocument = new TypedDocumentString(`
    mutation CategoriesRestore($id: ID!) {
  restoreCategory(id: $id) {
    ...CategoriesFields
  }
}
    fragment CategoriesFields on Space {
  id
  slug
  name
  description
  position
  archived
  revision
  canStartThreads
  canReply
  everyoneCanStart
  readRoles
  startRoles
  replyRoles
}`) as unknown as TypedDocumentString<CategoriesRestoreMutation, CategoriesRestoreMutationVariables>;
export const CommunityCountersOverviewDocument = new TypedDocumentString(`
    query CommunityCountersOverview {
  community {
    memberCount
    organisationCount
  }
}
    `) as unknown as TypedDocumentString<CommunityCountersOverviewQuery, CommunityCountersOverviewQueryVariables>;
export const CommunityCountersApproveDocument = new TypedDocumentString(`
    mutation CommunityCountersApprove($id: ID!) {
  approveApplication(input: {applicationId: $id}) {
    status
  }
}
    `) as unknown as TypedDocumentString<CommunityCountersApproveMutation, CommunityCountersApproveMutationVariables>;
export const CommunityCountersSuspendDocument = new TypedDocumentString(`
    mutation CommunityCountersSuspend($memberId: ID!, $reason: String!) {
  suspendMember(memberId: $memberId, reason: $reason) {
    status
  }
}
    `) as unknown as TypedDocumentString<CommunityCountersSuspendMutation, CommunityCountersSuspendMutationVariables>;
export const CommunityCountersReinstateDocument = new TypedDocumentString(`
    mutation CommunityCountersReinstate($memberId: ID!, $reason: String!) {
  reinstateMember(memberId: $memberId, reason: $reason) {
    status
  }
}
    `) as unknown as TypedDocumentString<CommunityCountersReinstateMutation, CommunityCountersReinstateMutationVariables>;
export const CommunityCountersDeleteAccountDocument = new TypedDocumentString(`
    mutation CommunityCountersDeleteAccount($password: String!) {
  deleteAccount(password: $password)
}
    `) as unknown as TypedDocumentString<CommunityCountersDeleteAccountMutation, CommunityCountersDeleteAccountMutationVariables>;
export const ReactionsReactDocument = new TypedDocumentString(`
    mutation ReactionsReact($postId: ID!, $kind: ReactionKind!) {
  react(postId: $postId, kind: $kind) {
    ...ReactionsPost
  }
}
    fragment ReactionsPost on Post {
  id
  number
  hidden
  deleted
  canReact
  canReport
  reactions {
    kind
    count
    reactedByViewer
    reactors {
      id
      displayName
    }
  }
}`) as unknown as TypedDocumentString<ReactionsReactMutation, ReactionsReactMutationVariables>;
export const ReactionsUnreactDocument = new TypedDocumentString(`
    mutation ReactionsUnreact($postId: ID!, $kind: ReactionKind!) {
  unreact(postId: $postId, kind: $kind) {
    ...ReactionsPost
  }
}
    fragment ReactionsPost on Post {
  id
  number
  hidden
  deleted
  canReact
  canReport
  reactions {
    kind
    count
    reactedByViewer
    reactors {
      id
      displayName
    }
  }
}`) as unknown as TypedDocumentString<ReactionsUnreactMutation, ReactionsUnreactMutationVariables>;
export const ReactionsThreadPostsDocument = new TypedDocumentString(`
    query ReactionsThreadPosts($id: ID!, $first: Int) {
  thread(id: $id) {
    posts(first: $first) {
      nodes {
        ...ReactionsPost
      }
    }
  }
}
    fragment ReactionsPost on Post {
  id
  number
  hidden
  deleted
  canReact
  canReport
  reactions {
    kind
    count
    reactedByViewer
    reactors {
      id
      displayName
    }
  }
}`) as unknown as TypedDocumentString<ReactionsThreadPostsQuery, ReactionsThreadPostsQueryVariables>;
export const ReactionsCountsOnlyDocument = new TypedDocumentString(`
    query ReactionsCountsOnly($id: ID!, $first: Int) {
  thread(id: $id) {
    posts(first: $first) {
      nodes {
        id
        reactions {
          kind
          count
          reactedByViewer
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReactionsCountsOnlyQuery, ReactionsCountsOnlyQueryVariables>;
export const ReactionsReactorsDocument = new TypedDocumentString(`
    query ReactionsReactors($id: ID!, $first: Int) {
  thread(id: $id) {
    openingPost {
      reactions {
        kind
        count
        reactors(first: $first) {
          id
          displayName
          organisation
          roles
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReactionsReactorsQuery, ReactionsReactorsQueryVariables>;
export const ReactionsDeletePostDocument = new TypedDocumentString(`
    mutation ReactionsDeletePost($id: ID!) {
  deletePost(id: $id) {
    id
    deleted
  }
}
    `) as unknown as TypedDocumentString<ReactionsDeletePostMutation, ReactionsDeletePostMutationVariables>;
export const ReactionsHidePostDocument = new TypedDocumentString(`
    mutation ReactionsHidePost($id: ID!) {
  hidePost(id: $id, reason: "Off topic") {
    id
    hidden
  }
}
    `) as unknown as TypedDocumentString<ReactionsHidePostMutation, ReactionsHidePostMutationVariables>;
export const ReadingThreadDocument = new TypedDocumentString(`
    query ReadingThread($id: ID!) {
  thread(id: $id) {
    ...ReadingState
  }
}
    fragment ReadingState on Thread {
  id
  isNew
  unreadCount
  lastReadNumber
  firstUnreadNumber
  watching
}`) as unknown as TypedDocumentString<ReadingThreadQuery, ReadingThreadQueryVariables>;
export const ReadingMarkReadDocument = new TypedDocumentString(`
    mutation ReadingMarkRead($threadId: ID!, $upToNumber: Int!) {
  markThreadRead(threadId: $threadId, upToNumber: $upToNumber) {
    ...ReadingState
  }
}
    fragment ReadingState on Thread {
  id
  isNew
  unreadCount
  lastReadNumber
  firstUnreadNumber
  watching
}`) as unknown as TypedDocumentString<ReadingMarkReadMutation, ReadingMarkReadMutationVariables>;
export const ReadingSpacesDocument = new TypedDocumentString(`
    query ReadingSpaces {
  categories {
    id
    unreadThreadCount
    newThreadCount
    watching
  }
}
    `) as unknown as TypedDocumentString<ReadingSpacesQuery, ReadingSpacesQueryVariables>;
export const ReadingThreadsDocument = new TypedDocumentString(`
    query ReadingThreads($slug: String!) {
  threads(filter: {categorySlug: $slug}, first: 50) {
    nodes {
      ...ReadingState
    }
  }
}
    fragment ReadingState on Thread {
  id
  isNew
  unreadCount
  lastReadNumber
  firstUnreadNumber
  watching
}`) as unknown as TypedDocumentString<ReadingThreadsQuery, ReadingThreadsQueryVariables>;
export const ReportPostDocument = new TypedDocumentString(`
    mutation ReportPost($postId: ID!, $reason: String!) {
  reportPost(postId: $postId, reason: $reason) {
    ...ReportFields
  }
}
    fragment ReportFields on PostReport {
  id
  reason
  status
  resolutionNote
  resolvedAt
  createdAt
  post {
    id
    number
    hidden
    hiddenReason
  }
  thread {
    id
    title
  }
  reporter {
    id
    displayName
  }
  resolvedBy {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<ReportPostMutation, ReportPostMutationVariables>;
export const ResolveReportDocument = new TypedDocumentString(`
    mutation ResolveReport($id: ID!, $action: ReportAction!, $note: String!) {
  resolveReport(id: $id, action: $action, note: $note) {
    ...ReportFields
  }
}
    fragment ReportFields on PostReport {
  id
  reason
  status
  resolutionNote
  resolvedAt
  createdAt
  post {
    id
    number
    hidden
    hiddenReason
  }
  thread {
    id
    title
  }
  reporter {
    id
    displayName
  }
  resolvedBy {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<ResolveReportMutation, ResolveReportMutationVariables>;
export const ReportsQueueDocument = new TypedDocumentString(`
    query ReportsQueue($status: ReportStatus, $first: Int, $after: String) {
  postReports(status: $status, first: $first, after: $after) {
    edges {
      cursor
      node {
        ...ReportFields
      }
    }
    nodes {
      id
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment ReportFields on PostReport {
  id
  reason
  status
  resolutionNote
  resolvedAt
  createdAt
  post {
    id
    number
    hidden
    hiddenReason
  }
  thread {
    id
    title
  }
  reporter {
    id
    displayName
  }
  resolvedBy {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<ReportsQueueQuery, ReportsQueueQueryVariables>;
export const ReportsQueueWithPostsDocument = new TypedDocumentString(`
    query ReportsQueueWithPosts($first: Int) {
  postReports(first: $first) {
    nodes {
      ...ReportFields
      post {
        reactions {
          count
          reactedByViewer
        }
        canReact
        canReport
      }
    }
  }
}
    fragment ReportFields on PostReport {
  id
  reason
  status
  resolutionNote
  resolvedAt
  createdAt
  post {
    id
    number
    hidden
    hiddenReason
  }
  thread {
    id
    title
  }
  reporter {
    id
    displayName
  }
  resolvedBy {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<ReportsQueueWithPostsQuery, ReportsQueueWithPostsQueryVariables>;
export const RsvpDocument = new TypedDocumentString(`
    mutation Rsvp($eventId: ID!, $answer: RsvpAnswer!) {
  rsvp(eventId: $eventId, answer: $answer) {
    id
    goingCount
    waitlistCount
    placesLeft
    full
    joinUrl
    myRsvp {
      status
      waitlistPosition
      since
    }
  }
}
    `) as unknown as TypedDocumentString<RsvpMutation, RsvpMutationVariables>;
export const RsvpEventDocument = new TypedDocumentString(`
    query RsvpEvent($id: ID!) {
  event(id: $id) {
    id
    goingCount
    waitlistCount
    joinUrl
    myRsvp {
      status
      waitlistPosition
    }
  }
}
    `) as unknown as TypedDocumentString<RsvpEventQuery, RsvpEventQueryVariables>;
export const RsvpUpdateEventDocument = new TypedDocumentString(`
    mutation RsvpUpdateEvent($input: UpdateEventInput!) {
  updateEvent(input: $input) {
    id
    goingCount
    waitlistCount
    placesLeft
  }
}
    `) as unknown as TypedDocumentString<RsvpUpdateEventMutation, RsvpUpdateEventMutationVariables>;
export const RsvpAttendeesDocument = new TypedDocumentString(`
    query RsvpAttendees($id: ID!, $status: RsvpStatus, $first: Int, $after: String) {
  event(id: $id) {
    attendees(status: $status, first: $first, after: $after) {
      edges {
        cursor
        node {
          member {
            id
            displayName
            organisation
          }
          status
          waitlistPosition
          since
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RsvpAttendeesQuery, RsvpAttendeesQueryVariables>;
export const RsvpMessageAttendeesDocument = new TypedDocumentString(`
    mutation RsvpMessageAttendees($input: MessageAttendeesInput!) {
  messageAttendees(input: $input)
}
    `) as unknown as TypedDocumentString<RsvpMessageAttendeesMutation, RsvpMessageAttendeesMutationVariables>;
export const SpaceCountersHidePostDocument = new TypedDocumentString(`
    mutation SpaceCountersHidePost($id: ID!, $reason: String!) {
  hidePost(id: $id, reason: $reason) {
    id
  }
}
    `) as unknown as TypedDocumentString<SpaceCountersHidePostMutation, SpaceCountersHidePostMutationVariables>;
export const SpaceCountersRestorePostDocument = new TypedDocumentString(`
    mutation SpaceCountersRestorePost($id: ID!) {
  restorePost(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<SpaceCountersRestorePostMutation, SpaceCountersRestorePostMutationVariables>;
export const SpaceCountersDeletePostDocument = new TypedDocumentString(`
    mutation SpaceCountersDeletePost($id: ID!) {
  deletePost(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<SpaceCountersDeletePostMutation, SpaceCountersDeletePostMutationVariables>;
export const SpaceCountersMarkReadDocument = new TypedDocumentString(`
    mutation SpaceCountersMarkRead($id: ID!, $n: Int!) {
  markThreadRead(threadId: $id, upToNumber: $n) {
    id
  }
}
    `) as unknown as TypedDocumentString<SpaceCountersMarkReadMutation, SpaceCountersMarkReadMutationVariables>;
export const SpaceCountersMoveDocument = new TypedDocumentString(`
    mutation SpaceCountersMove($id: ID!, $categoryId: ID!) {
  moveThread(id: $id, categoryId: $categoryId) {
    id
  }
}
    `) as unknown as TypedDocumentString<SpaceCountersMoveMutation, SpaceCountersMoveMutationVariables>;
export const SpaceCountersDeleteAccountDocument = new TypedDocumentString(`
    mutation SpaceCountersDeleteAccount($password: String!) {
  deleteAccount(password: $password)
}
    `) as unknown as TypedDocumentString<SpaceCountersDeleteAccountMutation, SpaceCountersDeleteAccountMutationVariables>;
export const SpacesListDocument = new TypedDocumentString(`
    query SpacesList($includeArchived: Boolean) {
  spaces(includeArchived: $includeArchived) {
    ...SpacesFields
  }
}
    fragment SpacesFields on Space {
  id
  slug
  name
  description
  position
  archived
  revision
  canStartThreads
  canReply
  readRoles
  watching
}`) as unknown as TypedDocumentString<SpacesListQuery, SpacesListQueryVariables>;
export const SpacesOneDocument = new TypedDocumentString(`
    query SpacesOne($slug: String!) {
  space(slug: $slug) {
    ...SpacesFields
  }
}
    fragment SpacesFields on Space {
  id
  slug
  name
  description
  position
  archived
  revision
  canStartThreads
  canReply
  readRoles
  watching
}`) as unknown as TypedDocumentString<SpacesOneQuery, SpacesOneQueryVariables>;
export const SpacesOldOneDocument = new TypedDocumentString(`
    query SpacesOldOne($slug: String!) {
  category(slug: $slug) {
    ...SpacesFields
  }
}
    fragment SpacesFields on Space {
  id
  slug
  name
  description
  position
  archived
  revision
  canStartThreads
  canReply
  readRoles
  watching
}`) as unknown as TypedDocumentString<SpacesOldOneQuery, SpacesOldOneQueryVariables>;
export const SpacesOldListDocument = new TypedDocumentString(`
    query SpacesOldList {
  categories {
    ...SpacesFields
  }
}
    fragment SpacesFields on Space {
  id
  slug
  name
  description
  position
  archived
  revision
  canStartThreads
  canReply
  readRoles
  watching
}`) as unknown as TypedDocumentString<SpacesOldListQuery, SpacesOldListQueryVariables>;
export const SpacesCreateDocument = new TypedDocumentString(`
    mutation SpacesCreate($input: CreateSpaceInput!) {
  createSpace(input: $input) {
    space {
      ...SpacesFields
    }
  }
}
    fragment SpacesFields on Space {
  id
  slug
  name
  description
  position
  archived
  revision
  canStartThreads
  canReply
  readRoles
  watching
}`) as unknown as TypedDocumentString<SpacesCreateMutation, SpacesCreateMutationVariables>;
export const SpacesUpdateDocument = new TypedDocumentString(`
    mutation SpacesUpdate($input: UpdateSpaceInput!) {
  updateSpace(input: $input) {
    space {
      ...SpacesFields
    }
  }
}
    fragment SpacesFields on Space {
  id
  slug
  name
  description
  position
  archived
  revision
  canStartThreads
  canReply
  readRoles
  watching
}`) as unknown as TypedDocumentString<SpacesUpdateMutation, SpacesUpdateMutationVariables>;
export const SpacesMoveDocument = new TypedDocumentString(`
    mutation SpacesMove($input: MoveSpaceInput!) {
  moveSpace(input: $input) {
    space {
      ...SpacesFields
    }
    swappedWith {
      ...SpacesFields
    }
  }
}
    fragment SpacesFields on Space {
  id
  slug
  name
  description
  position
  archived
  revision
  canStartThreads
  canReply
  readRoles
  watching
}`) as unknown as TypedDocumentString<SpacesMoveMutation, SpacesMoveMutationVariables>;
export const SpacesArchiveDocument = new TypedDocumentString(`
    mutation SpacesArchive($input: SpaceIdInput!) {
  archiveSpace(input: $input) {
    space {
      ...SpacesFields
    }
  }
}
    fragment SpacesFields on Space {
  id
  slug
  name
  description
  position
  archived
  revision
  canStartThreads
  canReply
  readRoles
  watching
}`) as unknown as TypedDocumentString<SpacesArchiveMutation, SpacesArchiveMutationVariables>;
export const SpacesRestoreDocument = new TypedDocumentString(`
    mutation SpacesRestore($input: SpaceIdInput!) {
  restoreSpace(input: $input) {
    space {
      ...SpacesFields
    }
  }
}
    fragment SpacesFields on Space {
  id
  slug
  name
  description
  position
  archived
  revision
  canStartThreads
  canReply
  readRoles
  watching
}`) as unknown as TypedDocumentString<SpacesRestoreMutation, SpacesRestoreMutationVariables>;
export const SpacesWatchDocument = new TypedDocumentString(`
    mutation SpacesWatch($input: SpaceIdInput!) {
  watchSpace(input: $input) {
    space {
      ...SpacesFields
    }
  }
}
    fragment SpacesFields on Space {
  id
  slug
  name
  description
  position
  archived
  revision
  canStartThreads
  canReply
  readRoles
  watching
}`) as unknown as TypedDocumentString<SpacesWatchMutation, SpacesWatchMutationVariables>;
export const SpacesUnwatchDocument = new TypedDocumentString(`
    mutation SpacesUnwatch($input: SpaceIdInput!) {
  unwatchSpace(input: $input) {
    space {
      ...SpacesFields
    }
  }
}
    fragment SpacesFields on Space {
  id
  slug
  name
  description
  position
  archived
  revision
  canStartThreads
  canReply
  readRoles
  watching
}`) as unknown as TypedDocumentString<SpacesUnwatchMutation, SpacesUnwatchMutationVariables>;
export const SpacesOldWatchDocument = new TypedDocumentString(`
    mutation SpacesOldWatch($id: ID!) {
  watchCategory(id: $id) {
    watching
  }
}
    `) as unknown as TypedDocumentString<SpacesOldWatchMutation, SpacesOldWatchMutationVariables>;
export const SpacesThreadSpaceDocument = new TypedDocumentString(`
    query SpacesThreadSpace($id: ID!) {
  thread(id: $id) {
    space {
      ...SpacesFields
    }
    category {
      ...SpacesFields
    }
  }
}
    fragment SpacesFields on Space {
  id
  slug
  name
  description
  position
  archived
  revision
  canStartThreads
  canReply
  readRoles
  watching
}`) as unknown as TypedDocumentString<SpacesThreadSpaceQuery, SpacesThreadSpaceQueryVariables>;
export const SpacesCreateThreadDocument = new TypedDocumentString(`
    mutation SpacesCreateThread($input: CreateThreadInput!) {
  createThread(input: $input) {
    id
    space {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SpacesCreateThreadMutation, SpacesCreateThreadMutationVariables>;
export const SpacesMoveThreadDocument = new TypedDocumentString(`
    mutation SpacesMoveThread($input: MoveThreadInput) {
  moveThread(input: $input) {
    id
    space {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SpacesMoveThreadMutation, SpacesMoveThreadMutationVariables>;
export const SpacesMoveThreadPositionalDocument = new TypedDocumentString(`
    mutation SpacesMoveThreadPositional($id: ID, $categoryId: ID) {
  moveThread(id: $id, categoryId: $categoryId) {
    id
    space {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SpacesMoveThreadPositionalMutation, SpacesMoveThreadPositionalMutationVariables>;
export const SpacesThreadsDocument = new TypedDocumentString(`
    query SpacesThreads($filter: ThreadFilter) {
  threads(filter: $filter, first: 50) {
    nodes {
      id
      space {
        slug
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SpacesThreadsQuery, SpacesThreadsQueryVariables>;
export const SpacesSearchDocument = new TypedDocumentString(`
    query SpacesSearch($input: SearchInput!) {
  search(input: $input) {
    nodes {
      thread {
        id
        space {
          slug
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SpacesSearchQuery, SpacesSearchQueryVariables>;
export const SpacesLiveDocument = new TypedDocumentString(`
    subscription SpacesLive($spaceId: ID, $categoryId: ID) {
  liveEvents(spaceId: $spaceId, categoryId: $categoryId) {
    id
    kind
    threadId
    spaceId
    categoryId
  }
}
    `) as unknown as TypedDocumentString<SpacesLiveSubscription, SpacesLiveSubscriptionVariables>;
export const SpacesIntrospectionDocument = new TypedDocumentString(`
    query SpacesIntrospection {
  __schema {
    types {
      name
      fields(includeDeprecated: true) {
        name
        isDeprecated
        deprecationReason
        args(includeDeprecated: true) {
          name
          isDeprecated
          deprecationReason
        }
      }
      inputFields(includeDeprecated: true) {
        name
        isDeprecated
        deprecationReason
      }
      enumValues(includeDeprecated: true) {
        name
        isDeprecated
        deprecationReason
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SpacesIntrospectionQuery, SpacesIntrospectionQueryVariables>;
export const SpacesPermissionsDocument = new TypedDocumentString(`
    query SpacesPermissions {
  viewer {
    permissions
  }
}
    `) as unknown as TypedDocumentString<SpacesPermissionsQuery, SpacesPermissionsQueryVariables>;
export const ThreadsCreateDocument = new TypedDocumentString(`
    mutation ThreadsCreate($input: CreateThreadInput!) {
  createThread(input: $input) {
    ...ThreadsThread
  }
}
    fragment ThreadsThread on Thread {
  id
  kind
  title
  summary
  tags
  pinned
  locked
  deleted
  hidden
  postCount
  replyCount
  highestPostNumber
  lastPostedAt
  createdAt
  updatedAt
  revision
  canReply
  canEdit
  canModerate
  category {
    id
    slug
  }
  author {
    id
    displayName
  }
  lastPoster {
    id
  }
  caseStudy {
    setting
    activityTypes
    referralRoute
    groupSize
    duration
    benefits
    measurement
    whatWorked
    wouldChange
  }
  openingPost {
    id
    number
    body
    bodyHtml
    revisionCount
    editedAt
  }
}`) as unknown as TypedDocumentString<ThreadsCreateMutation, ThreadsCreateMutationVariables>;
export const ThreadsUpdateDocument = new TypedDocumentString(`
    mutation ThreadsUpdate($input: UpdateThreadInput!) {
  updateThread(input: $input) {
    ...ThreadsThread
  }
}
    fragment ThreadsThread on Thread {
  id
  kind
  title
  summary
  tags
  pinned
  locked
  deleted
  hidden
  postCount
  replyCount
  highestPostNumber
  lastPostedAt
  createdAt
  updatedAt
  revision
  canReply
  canEdit
  canModerate
  category {
    id
    slug
  }
  author {
    id
    displayName
  }
  lastPoster {
    id
  }
  caseStudy {
    setting
    activityTypes
    referralRoute
    groupSize
    duration
    benefits
    measurement
    whatWorked
    wouldChange
  }
  openingPost {
    id
    number
    body
    bodyHtml
    revisionCount
    editedAt
  }
}`) as unknown as TypedDocumentString<ThreadsUpdateMutation, ThreadsUpdateMutationVariables>;
export const ThreadsOneDocument = new TypedDocumentString(`
    query ThreadsOne($id: ID!) {
  thread(id: $id) {
    ...ThreadsThread
  }
}
    fragment ThreadsThread on Thread {
  id
  kind
  title
  summary
  tags
  pinned
  locked
  deleted
  hidden
  postCount
  replyCount
  highestPostNumber
  lastPostedAt
  createdAt
  updatedAt
  revision
  canReply
  canEdit
  canModerate
  category {
    id
    slug
  }
  author {
    id
    displayName
  }
  lastPoster {
    id
  }
  caseStudy {
    setting
    activityTypes
    referralRoute
    groupSize
    duration
    benefits
    measurement
    whatWorked
    wouldChange
  }
  openingPost {
    id
    number
    body
    bodyHtml
    revisionCount
    editedAt
  }
}`) as unknown as TypedDocumentString<ThreadsOneQuery, ThreadsOneQueryVariables>;
export const ThreadsRevisionsDocument = new TypedDocumentString(`
    query ThreadsRevisions($id: ID!) {
  thread(id: $id) {
    openingPost {
      revisionCount
      revisions {
        revision
        title
        body
        bodyHtml
        createdAt
        editor {
          id
          displayName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ThreadsRevisionsQuery, ThreadsRevisionsQueryVariables>;
export const ThreadsListDocument = new TypedDocumentString(`
    query ThreadsList($filter: ThreadFilter, $sort: ThreadSort, $first: Int, $after: String) {
  threads(filter: $filter, sort: $sort, first: $first, after: $after) {
    edges {
      cursor
      node {
        id
        title
        pinned
      }
    }
    nodes {
      id
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ThreadsListQuery, ThreadsListQueryVariables>;
export const ThreadsUpdatesDocument = new TypedDocumentString(`
    query ThreadsUpdates {
  featuredUpdate {
    id
    title
    summary
  }
  latestUpdates {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<ThreadsUpdatesQuery, ThreadsUpdatesQueryVariables>;
export const ThreadsRedactPostDocument = new TypedDocumentString(`
    mutation ThreadsRedactPost($input: UpdatePostInput!) {
  updatePost(input: $input) {
    id
    revisionCount
  }
}
    `) as unknown as TypedDocumentString<ThreadsRedactPostMutation, ThreadsRedactPostMutationVariables>;
export const WatchingWatchThreadDocument = new TypedDocumentString(`
    mutation WatchingWatchThread($id: ID!) {
  watchThread(id: $id) {
    id
    title
    watching
  }
}
    `) as unknown as TypedDocumentString<WatchingWatchThreadMutation, WatchingWatchThreadMutationVariables>;
export const WatchingUnwatchThreadDocument = new TypedDocumentString(`
    mutation WatchingUnwatchThread($id: ID!) {
  unwatchThread(id: $id) {
    id
    title
    watching
  }
}
    `) as unknown as TypedDocumentString<WatchingUnwatchThreadMutation, WatchingUnwatchThreadMutationVariables>;
export const WatchingWatchCategoryDocument = new TypedDocumentString(`
    mutation WatchingWatchCategory($id: ID!) {
  watchCategory(id: $id) {
    id
    slug
    watching
  }
}
    `) as unknown as TypedDocumentString<WatchingWatchCategoryMutation, WatchingWatchCategoryMutationVariables>;
export const WatchingUnwatchCategoryDocument = new TypedDocumentString(`
    mutation WatchingUnwatchCategory($id: ID!) {
  unwatchCategory(id: $id) {
    id
    slug
    watching
  }
}
    `) as unknown as TypedDocumentString<WatchingUnwatchCategoryMutation, WatchingUnwatchCategoryMutationVariables>;
export const WatchingCategoriesDocument = new TypedDocumentString(`
    query WatchingCategories {
  categories {
    id
    watching
  }
}
    `) as unknown as TypedDocumentString<WatchingCategoriesQuery, WatchingCategoriesQueryVariables>;