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

export type AnswerApplicationQuestionInput = {
  answer: string;
  token: string;
};

export type AnswerOfferEnquiryByLinkInput = {
  /** Plain text, at most 2000 characters. No details of the person referred: the personal-data guard refuses NHS numbers and warns of names with ages, dates of birth and contacts. */
  body: string;
  /** The author confirms flagged text is not about a person. */
  confirmPersonalData?: boolean | null | undefined;
  /** The token from the emailed link. */
  token: string;
};

/** A question from an admin or the applicant’s answer. */
export type ApplicationMessageKind =
  | 'ANSWER'
  | 'QUESTION';

/** Where an application is in review. */
export type ApplicationStatus =
  | 'APPROVED'
  | 'INFO_REQUESTED'
  | 'PENDING'
  | 'REJECTED';

export type CancelEventInput = {
  id: string | number;
  /** Why, for the people going (emailed to them and shown on the event). */
  reason: string;
};

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

export type ChangePasswordInput = {
  currentPassword: string;
  newPassword: string;
};

export type CompleteAccountSetupInput = {
  password: string;
  token: string;
};

export type ConfirmEmailChangeInput = {
  /** The token from the emailed link. */
  token: string;
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

export type CreateEventInput = {
  accessibilityFeatures?: Array<AccessibilityFeature> | null | undefined;
  /** Anything else about access (plain text). */
  accessibilityNotes?: string | null | undefined;
  /** Most members who can go; null for no limit. */
  capacity?: number | null | undefined;
  /** Markdown, at most 10000 characters. */
  description: string;
  /** After startsAt, and at most 14 days later. */
  endsAt: string;
  format: EventFormat;
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

/** A new offer: it waits for an admin’s review before anyone else sees it. */
export type CreateOfferInput = {
  accessibilityFeatures?: Array<OfferAccessibilityFeature>;
  accessibilityNotes?: string;
  activityTypes: Array<ActivityType>;
  /** Required for IN_PERSON and HYBRID. */
  address?: string | null | undefined;
  benefits: Array<WellbeingBenefit>;
  byArrangement?: boolean;
  capacity?: number | null | undefined;
  /** The text was flagged by the personal-data guard and the author confirms it is not about a participant (NHS numbers are refused whatever is confirmed). */
  confirmPersonalData?: boolean | null | undefined;
  /** Where referral enquiries are emailed (with a link to answer). Default: the owner’s email. */
  contactEmail?: string | null | undefined;
  contactName?: string | null | undefined;
  contactPhone?: string | null | undefined;
  cost: OfferCost;
  /** PAID: what it costs, and any concessions. */
  costDetails?: string;
  days?: Array<Weekday>;
  /** Markdown, at most 10000 characters. */
  description: string;
  /** HH:MM, after startsTime. */
  endsTime?: string | null | undefined;
  format: OfferFormat;
  /** Who it does not suit (plain text). */
  notSuited?: string;
  /** The heritage organisation that runs it. */
  organisation: string;
  places?: OfferPlaces;
  /** A UK postcode. Required for IN_PERSON and HYBRID. */
  postcode?: string | null | undefined;
  referralEmail?: string | null | undefined;
  referralPhone?: string | null | undefined;
  /** A referral form (https). */
  referralUrl?: string | null | undefined;
  /** Required for IN_PERSON and HYBRID. */
  region?: Region | null | undefined;
  /** When it runs, in your words (e.g. "Every Tuesday in term time"). */
  schedule?: string;
  selfReferral?: boolean;
  sixWays: Array<SixWay>;
  /** HH:MM. */
  startsTime?: string | null | undefined;
  /** Who it suits (plain text). */
  suits?: string;
  /** Plain text, at most 280 characters. */
  summary: string;
  title: string;
  visibility?: OfferVisibility;
};

/** A new “other” outcome measure. */
export type CreateOutcomeMeasureInput = {
  /** What it asks and how it is scored. At most 300. */
  description?: string | null | undefined;
  /** false where a fall in the score is the improvement. */
  higherIsBetter: boolean;
  /** 3 to 80 characters; unique. */
  name: string;
  scaleMax: number;
  scaleMin: number;
};

/** A reply. */
export type CreatePostInput = {
  /** Markdown. At most 20000 characters. */
  body: string;
  /** true: the author confirms the personal-data warnings shown (consent, or not a participant). */
  confirmPersonalData?: boolean | null | undefined;
  /** The post this one answers: in the same thread, not deleted. */
  replyToPostId?: string | number | null | undefined;
  threadId: string | number;
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

export type DeleteAccountInput = {
  /** The viewer’s current password. */
  password: string;
};

/** How often a member is emailed a digest: OFF, DAILY or WEEKLY (Monday), at 8am UK time. */
export type DigestFrequency =
  | 'DAILY'
  | 'OFF'
  | 'WEEKLY';

/** Kinds of discussion notification a member can turn on or off. */
export type DiscussionNotificationKind =
  | 'ADVISORY_UPDATE'
  | 'MENTION'
  | 'NEW_THREAD'
  | 'REACTION'
  | 'REPLY'
  | 'REPORT_OUTCOME';

/** Who wrote a message of a referral enquiry. */
export type EnquirySide =
  | 'LINK_WORKER'
  | 'ORGANISATION';

/** Every filter given applies. */
export type EventFilter = {
  /** true: cancelled events only; false: cancelled events left out; omitted: both. */
  cancelled?: boolean | null | undefined;
  format?: EventFormat | null | undefined;
  /** Signed-in members only. true: events the viewer is going to; false: the others. */
  going?: boolean | null | undefined;
  region?: Region | null | undefined;
  /** Starting before this instant. */
  startsBefore?: string | null | undefined;
  /** Starting at or after this instant (a month view). */
  startsOnOrAfter?: string | null | undefined;
  tag?: EventTag | null | undefined;
  /** Default UPCOMING. */
  when?: EventWhen | null | undefined;
};

/** ONLINE, IN_PERSON or HYBRID (both). */
export type EventFormat =
  | 'HYBRID'
  | 'IN_PERSON'
  | 'ONLINE';

/** SCHEDULED, CANCELLED (with a reason) or PAST (a scheduled event that has ended). */
export type EventStatus =
  | 'CANCELLED'
  | 'PAST'
  | 'SCHEDULED';

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

/** UPCOMING: not yet ended, soonest first. PAST: ended, newest first. */
export type EventWhen =
  | 'PAST'
  | 'UPCOMING';

/** Narrows the case studies the evidence page adds up. Left out: any. */
export type EvidenceFilter = {
  activityType?: ActivityType | null | undefined;
  benefit?: WellbeingBenefit | null | undefined;
  evidenceType?: EvidenceType | null | undefined;
  /** Only studies reporting this measure, and only its figures. */
  measureId?: string | number | null | undefined;
  /** The region of the case study’s author. */
  region?: Region | null | undefined;
  setting?: HeritageSetting | null | undefined;
  sixWay?: SixWay | null | undefined;
};

/** What kind of evidence a case study is: a practice story, a service evaluation or published research. */
export type EvidenceType =
  | 'PRACTICE_STORY'
  | 'PUBLISHED_RESEARCH'
  | 'SERVICE_EVALUATION';

/** Why a count is hidden: its cell has too few case studies, or too few participants. */
export type FewerThanWhat =
  | 'CASE_STUDIES'
  | 'PARTICIPANTS';

/** Whether the postcode was located. */
export type GeocodeStatus =
  | 'LOCATED'
  | 'NOT_CONFIGURED'
  | 'NOT_NEEDED'
  | 'UNAVAILABLE';

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

export type HidePostInput = {
  id: string | number;
  /** Why: the author is shown it. At most 1000 characters. */
  reason: string;
};

export type InviteMemberInput = {
  email: string;
  fullName: string;
  organisation?: string | null | undefined;
  /** Roles besides MEMBER. */
  roles?: Array<Role> | null | undefined;
};

/** What happened (see LiveEvent). */
export type LiveEventKind =
  | 'NOTIFICATIONS'
  | 'POST_CREATED'
  | 'POST_UPDATED'
  | 'READY'
  | 'RESYNC'
  | 'THREAD_UPDATED';

export type MarkThreadReadInput = {
  threadId: string | number;
  /** The last post read (at most the newest post); BAD_USER_INPUT below 1. */
  upToNumber: number;
};

/** Whether an account can be used. */
export type MemberStatus =
  | 'ACTIVE'
  | 'DEACTIVATED'
  | 'SUSPENDED';

/** Suspending or reinstating a member: who, and why (kept in the audit log). */
export type MemberStatusInput = {
  memberId: string | number;
  reason: string;
};

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

/** The notification to mark read. */
export type NotificationIdInput = {
  id: string | number;
};

export type NotificationPreferenceInput = {
  /** BAD_USER_INPUT when true for a kind that cannot be emailed. */
  email: boolean;
  inApp: boolean;
  kind: DiscussionNotificationKind;
};

/** Access features of a heritage offer. */
export type OfferAccessibilityFeature =
  | 'BSL'
  | 'HEARING_LOOP'
  | 'LARGE_PRINT'
  | 'PARKING'
  | 'QUIET_SPACE'
  | 'STEP_FREE';

/** Free, or there is a cost. */
export type OfferCost =
  | 'FREE'
  | 'PAID';

/** Every filter given applies; list filters match offers with any of the values. */
export type OfferFilter = {
  /** Offers with every one of these features. */
  accessibilityFeatures?: Array<OfferAccessibilityFeature> | null | undefined;
  activityTypes?: Array<ActivityType> | null | undefined;
  benefits?: Array<WellbeingBenefit> | null | undefined;
  cost?: OfferCost | null | undefined;
  /** Offers that run on any of these days. */
  days?: Array<Weekday> | null | undefined;
  format?: OfferFormat | null | undefined;
  /** Distance search: in-person and hybrid offers within `radiusKm` of this postcode, nearest first. BAD_USER_INPUT (field postcode) when it is not a postcode or the geocoder does not know it, or when no geocoder is configured (OfferDirectorySettings.distanceSearch). */
  postcode?: string | null | undefined;
  /** Default 25. */
  radiusKm?: number | null | undefined;
  region?: Region | null | undefined;
  sixWays?: Array<SixWay> | null | undefined;
  /** Words in the title, organisation, summary or description. */
  text?: string | null | undefined;
};

/** In person, online or both. */
export type OfferFormat =
  | 'HYBRID'
  | 'IN_PERSON'
  | 'ONLINE';

/** CURRENT; MAY_BE_OUT_OF_DATE after 6 months unconfirmed; HIDDEN after 12. */
export type OfferFreshness =
  | 'CURRENT'
  | 'HIDDEN'
  | 'MAY_BE_OUT_OF_DATE';

/** Whether the offer has places. */
export type OfferPlaces =
  | 'AVAILABLE'
  | 'FULL'
  | 'WAITING_LIST';

/** Where an offer is in review. */
export type OfferStatus =
  | 'PENDING'
  | 'PUBLISHED'
  | 'REJECTED';

/** Who can find the offer. */
export type OfferVisibility =
  | 'MEMBERS'
  | 'PUBLIC';

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

/** The post to delete or restore. */
export type PostIdInput = {
  id: string | number;
};

/** A post, and the kind of reaction to add or take back. */
export type ReactionInput = {
  kind: ReactionKind;
  postId: string | number;
};

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

export type ReplyToOfferEnquiryInput = {
  /** Plain text, at most 2000 characters. No details of the person referred: the personal-data guard refuses NHS numbers and warns of names with ages, dates of birth and contacts. */
  body: string;
  /** The author confirms flagged text is not about a person. */
  confirmPersonalData?: boolean | null | undefined;
  enquiryId: string | number;
};

/** HIDE hides the reported post (and resolves every open report on it); DISMISS closes this report alone. */
export type ReportAction =
  | 'DISMISS'
  | 'HIDE';

export type ReportPostInput = {
  postId: string | number;
  /** Why the post breaks the code of conduct: 1 to 1000 characters. */
  reason: string;
};

/** Open, or how a moderator resolved it. */
export type ReportStatus =
  | 'DISMISSED'
  | 'HIDDEN'
  | 'OPEN';

export type RequestEmailChangeInput = {
  newEmail: string;
  password: string;
};

export type RequestPasswordResetInput = {
  /** The account’s email address. */
  email: string;
};

export type ResetPasswordInput = {
  password: string;
  token: string;
};

export type ResolveReportInput = {
  action: ReportAction;
  id: string | number;
  /** Told to the reporter; with HIDE it is also the reason shown on the hidden post. 1 to 1000 characters. */
  note: string;
};

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

export type RsvpInput = {
  answer: RsvpAnswer;
  eventId: string | number;
};

/** Where a member stands: GOING, WAITLISTED (the event was full) or NOT_GOING. */
export type RsvpStatus =
  | 'GOING'
  | 'NOT_GOING'
  | 'WAITLISTED';

export type RunDigestsInput = {
  /** Only members with these frequencies (default: daily and weekly). */
  frequencies?: Array<DigestFrequency> | null | undefined;
};

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

/** Where a member works. */
export type Sector =
  | 'COMMISSIONER_FUNDER'
  | 'HEALTH_OR_CARE'
  | 'HERITAGE_ORGANISATION'
  | 'LINK_WORKER'
  | 'OTHER'
  | 'RESEARCHER'
  | 'VOLUNTARY_COMMUNITY';

export type SendOfferEnquiryInput = {
  /** Plain text, at most 2000 characters. No details of the person referred: the personal-data guard refuses NHS numbers and warns of names with ages, dates of birth and contacts. */
  body: string;
  /** The author confirms flagged text is not about a person. */
  confirmPersonalData?: boolean | null | undefined;
  offerId: string | number;
};

export type SetMemberRolesInput = {
  memberId: string | number;
  /** MEMBER is always kept. */
  roles: Array<Role>;
};

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

export type SubmitApplicationInput = {
  agreeCodeOfConduct: boolean;
  agreePrivacyNotice: boolean;
  email: string;
  fullName: string;
  heardAbout: string;
  hopes: string;
  jobTitle: string;
  organisation: string;
  region: Region;
  sector: Sector;
  /** Required when sector is OTHER. */
  sectorOther?: string | null | undefined;
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

/** The thread to pin, unpin, lock, unlock, watch or unwatch. */
export type ThreadIdInput = {
  id: string | number;
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

export type UpdateDigestPreferenceInput = {
  frequency: DigestFrequency;
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

export type UpdateNotificationPreferencesInput = {
  /** The kinds to change; others keep their setting. */
  preferences: Array<NotificationPreferenceInput>;
};

/** Replaces the offer’s fields. A published offer stays published. */
export type UpdateOfferInput = {
  accessibilityFeatures?: Array<OfferAccessibilityFeature>;
  accessibilityNotes?: string;
  activityTypes: Array<ActivityType>;
  /** Required for IN_PERSON and HYBRID. */
  address?: string | null | undefined;
  /** The offer’s revision when the edit began; older → CONFLICT. */
  baseRevision: number;
  benefits: Array<WellbeingBenefit>;
  byArrangement?: boolean;
  capacity?: number | null | undefined;
  /** The text was flagged by the personal-data guard and the author confirms it is not about a participant (NHS numbers are refused whatever is confirmed). */
  confirmPersonalData?: boolean | null | undefined;
  /** Where referral enquiries are emailed (with a link to answer). Default: the owner’s email. */
  contactEmail?: string | null | undefined;
  contactName?: string | null | undefined;
  contactPhone?: string | null | undefined;
  cost: OfferCost;
  /** PAID: what it costs, and any concessions. */
  costDetails?: string;
  days?: Array<Weekday>;
  /** Markdown, at most 10000 characters. */
  description: string;
  /** HH:MM, after startsTime. */
  endsTime?: string | null | undefined;
  format: OfferFormat;
  id: string | number;
  /** Who it does not suit (plain text). */
  notSuited?: string;
  /** The heritage organisation that runs it. */
  organisation: string;
  places?: OfferPlaces;
  /** A UK postcode. Required for IN_PERSON and HYBRID. */
  postcode?: string | null | undefined;
  referralEmail?: string | null | undefined;
  referralPhone?: string | null | undefined;
  /** A referral form (https). */
  referralUrl?: string | null | undefined;
  /** Required for IN_PERSON and HYBRID. */
  region?: Region | null | undefined;
  /** When it runs, in your words (e.g. "Every Tuesday in term time"). */
  schedule?: string;
  selfReferral?: boolean;
  sixWays: Array<SixWay>;
  /** HH:MM. */
  startsTime?: string | null | undefined;
  /** Who it suits (plain text). */
  suits?: string;
  /** Plain text, at most 280 characters. */
  summary: string;
  title: string;
  visibility?: OfferVisibility;
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

/** The whole profile: a field left out is cleared (false for the yes/no questions). */
export type UpdateProfileInput = {
  activityTypes?: Array<ActivityType> | null | undefined;
  /** Markdown, at most 2000 characters. */
  bio?: string | null | undefined;
  displayName: string;
  interests?: Array<WellbeingBenefit> | null | undefined;
  jobTitle?: string | null | undefined;
  organisation?: string | null | undefined;
  pronouns?: string | null | undefined;
  region?: Region | null | undefined;
  sector?: Sector | null | undefined;
  /** Required when sector is OTHER; ignored otherwise. */
  sectorOther?: string | null | undefined;
  showEmail?: boolean | null | undefined;
  takesReferrals?: boolean | null | undefined;
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

/** A day of the week (RFC 5545 BYDAY). */
export type Weekday =
  | 'FR'
  | 'MO'
  | 'SA'
  | 'SU'
  | 'TH'
  | 'TU'
  | 'WE';

/** How heritage supports wellbeing. */
export type WellbeingBenefit =
  | 'BRAIN_HEALTH_MEMORY'
  | 'CONNECTION_WITH_PLACE'
  | 'DISCOVERY_LEARNING'
  | 'IDENTITY_BELONGING'
  | 'RESILIENCE_HOPE'
  | 'SOMETHING_BIGGER';

/** An enum describing what kind of type a given `__Type` is. */
export type __TypeKind =
  /** Indicates this type is a scalar. */
  | 'SCALAR'
  /** Indicates this type is an object. `fields` and `interfaces` are valid fields. */
  | 'OBJECT'
  /** Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields. */
  | 'INTERFACE'
  /** Indicates this type is a union. `possibleTypes` is a valid field. */
  | 'UNION'
  /** Indicates this type is an enum. `enumValues` is a valid field. */
  | 'ENUM'
  /** Indicates this type is an input object. `inputFields` is a valid field. */
  | 'INPUT_OBJECT'
  /** Indicates this type is a list. `ofType` is a valid field. */
  | 'LIST'
  /** Indicates this type is a non-null. `ofType` is a valid field. */
  | 'NON_NULL';

export type AccountDataDeleteAccountMutationVariables = Exact<{
  password: string;
}>;


export type AccountDataDeleteAccountMutation = { deleteAccount: boolean };

export type AccountDataRsvpMutationVariables = Exact<{
  eventId: string | number;
  answer: RsvpAnswer;
}>;


export type AccountDataRsvpMutation = { rsvp: { id: string, goingCount: number, waitlistCount: number, placesLeft: number | null, full: boolean, joinUrl: string | null, myRsvp: { status: RsvpStatus, waitlistPosition: number | null, since: string } | null } };

export type AccountDataInviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type AccountDataInviteMemberMutation = { inviteMember: boolean };

export type AccountDataCompleteAccountSetupMutationVariables = Exact<{
  input: CompleteAccountSetupInput;
}>;


export type AccountDataCompleteAccountSetupMutation = { completeAccountSetup: boolean };

export type AccountDataRequestPasswordResetMutationVariables = Exact<{
  e: string;
}>;


export type AccountDataRequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ApplicationsSubmitMutationVariables = Exact<{
  input: SubmitApplicationInput;
}>;


export type ApplicationsSubmitMutation = { submitApplication: string };

export type ApplicationsQueueQueryVariables = Exact<{
  status?: ApplicationStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ApplicationsQueueQuery = { applications: { nodes: Array<{ id: string, email: string, fullName: string, status: ApplicationStatus, submittedAt: string, messages: Array<{ kind: ApplicationMessageKind, body: string, authorName: string | null }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ApplicationsApplicationIdQueryVariables = Exact<{
  id: string | number;
}>;


export type ApplicationsApplicationIdQuery = { application: { id: string } };

export type ApplicationsApplicationDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ApplicationsApplicationDetailQuery = { application: { status: ApplicationStatus, messages: Array<{ kind: ApplicationMessageKind, body: string }> } };

export type ApplicationsApproveMutationVariables = Exact<{
  id: string | number;
}>;


export type ApplicationsApproveMutation = { approveApplication: { id: string, status: ApplicationStatus, decidedByName: string | null, memberId: string | null } };

export type ApplicationsRejectMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type ApplicationsRejectMutation = { rejectApplication: { id: string, status: ApplicationStatus, decisionReason: string | null } };

export type ApplicationsAskMutationVariables = Exact<{
  id: string | number;
  q: string;
}>;


export type ApplicationsAskMutation = { requestApplicationInformation: { id: string, status: ApplicationStatus, messages: Array<{ kind: ApplicationMessageKind, body: string, authorName: string | null }> } };

export type ApplicationsApplicationQuestionQueryVariables = Exact<{
  t: string;
}>;


export type ApplicationsApplicationQuestionQuery = { applicationQuestion: { fullName: string, question: string } };

export type ApplicationsAnswerQuestionMutationVariables = Exact<{
  input: AnswerApplicationQuestionInput;
}>;


export type ApplicationsAnswerQuestionMutation = { answerApplicationQuestion: boolean };

export type ApplicationsInviteMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type ApplicationsInviteMutation = { inviteMember: boolean };

export type ApplicationsAccountSetupQueryVariables = Exact<{
  t: string;
}>;


export type ApplicationsAccountSetupQuery = { accountSetup: { purpose: string, email: string, fullName: string, organisation: string | null } };

export type ApplicationsAccountSetupEmailQueryVariables = Exact<{
  t: string;
}>;


export type ApplicationsAccountSetupEmailQuery = { accountSetup: { email: string } };

export type ApplicationsCompleteAccountSetupMutationVariables = Exact<{
  input: CompleteAccountSetupInput;
}>;


export type ApplicationsCompleteAccountSetupMutation = { completeAccountSetup: boolean };

export type ApplicationsViewerIdQueryVariables = Exact<{ [key: string]: never; }>;


export type ApplicationsViewerIdQuery = { viewer: { id: string } | null };

export type ApplicationsViewerRolesQueryVariables = Exact<{ [key: string]: never; }>;


export type ApplicationsViewerRolesQuery = { viewer: { roles: Array<Role>, displayName: string } | null };

export type ApplicationsAuditLogForQueryVariables = Exact<{
  id: string | number;
}>;


export type ApplicationsAuditLogForQuery = { auditLog: { nodes: Array<{ action: string, actorName: string | null, targetId: string | null }> } };

export type ApplicationsAuditLogIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type ApplicationsAuditLogIdsQuery = { auditLog: { nodes: Array<{ id: string }> } };

export type ApplicationsNotificationLinksQueryVariables = Exact<{ [key: string]: never; }>;


export type ApplicationsNotificationLinksQuery = { notifications: { nodes: Array<{ title: string, link: string | null, read: boolean }> } };

export type ApplicationsNotificationTitlesQueryVariables = Exact<{ [key: string]: never; }>;


export type ApplicationsNotificationTitlesQuery = { notifications: { nodes: Array<{ title: string }> } };

export type ApplicationsLatestNotificationQueryVariables = Exact<{ [key: string]: never; }>;


export type ApplicationsLatestNotificationQuery = { unreadNotificationCount: number, notifications: { nodes: Array<{ id: string }> } };

export type ApplicationsMarkNotificationReadMutationVariables = Exact<{
  id: string | number;
}>;


export type ApplicationsMarkNotificationReadMutation = { markNotificationRead: boolean };

export type ApplicationsMarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type ApplicationsMarkAllNotificationsReadMutation = { markAllNotificationsRead: number };

export type ApplicationsUnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type ApplicationsUnreadNotificationCountQuery = { unreadNotificationCount: number };

export type ApplicationsDevMailboxQueryVariables = Exact<{ [key: string]: never; }>;


export type ApplicationsDevMailboxQuery = { devMailbox: Array<{ to: string, subject: string, text: string }> };

export type AuthViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthViewerQuery = { viewer: { id: string, email: string, displayName: string, roles: Array<Role>, permissions: Array<Permission> } | null };

export type AuthSignOutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type AuthSignOutEverywhereMutation = { signOutEverywhere: boolean };

export type AuthChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type AuthChangePasswordMutation = { changePassword: boolean };

export type AuthRequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type AuthRequestPasswordResetMutation = { requestPasswordReset: boolean };

export type AuthResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type AuthResetPasswordMutation = { resetPassword: boolean };

export type AuthRequestEmailChangeMutationVariables = Exact<{
  input: RequestEmailChangeInput;
}>;


export type AuthRequestEmailChangeMutation = { requestEmailChange: boolean };

export type AuthConfirmEmailChangeMutationVariables = Exact<{
  token: string;
}>;


export type AuthConfirmEmailChangeMutation = { confirmEmailChange: boolean };

export type AuthVisitorChangePasswordMutationVariables = Exact<{ [key: string]: never; }>;


export type AuthVisitorChangePasswordMutation = { changePassword: boolean };

export type AuthVisitorRequestEmailChangeMutationVariables = Exact<{ [key: string]: never; }>;


export type AuthVisitorRequestEmailChangeMutation = { requestEmailChange: boolean };

export type AuthProductionViewerIdQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthProductionViewerIdQuery = { viewer: { id: string } | null };

export type CalendarFeedQueryVariables = Exact<{ [key: string]: never; }>;


export type CalendarFeedQuery = { myCalendarFeed: { active: boolean, createdAt: string | null, lastUsedAt: string | null } };

export type CalendarRegenerateTokenMutationVariables = Exact<{ [key: string]: never; }>;


export type CalendarRegenerateTokenMutation = { regenerateCalendarToken: { url: string, createdAt: string } };

export type CategoriesCacheListQueryVariables = Exact<{ [key: string]: never; }>;


export type CategoriesCacheListQuery = { categories: Array<{ id: string, name: string }> };

export type CategoriesCacheArchiveMutationVariables = Exact<{
  id: string | number;
}>;


export type CategoriesCacheArchiveMutation = { archiveCategory: { id: string, archived: boolean } };

export type CategoriesCacheThreadQueryVariables = Exact<{
  id: string | number;
  slug: string;
}>;


export type CategoriesCacheThreadQuery = { thread: { id: string, canReply: boolean, space: { slug: string } } | null, threads: { nodes: Array<{ id: string }> } };

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

export type CompiledThreadPageQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type CompiledThreadPageQuery = { thread: { id: string, title: string, kind: ThreadKind, createdAt: string, canReply: boolean, canEdit: boolean, canModerate: boolean, space: { id: string, name: string, slug: string }, author: { id: string | null, displayName: string }, posts: { nodes: Array<{ id: string, number: number, bodyHtml: string | null, createdAt: string, canEdit: boolean, canReact: boolean, canReport: boolean, author: { displayName: string }, replyTo: { number: number } | null, reactions: Array<{ kind: ReactionKind, count: number, reactedByViewer: boolean, reactors: Array<{ displayName: string }> }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type CompiledSearchQueryVariables = Exact<{
  query: string;
}>;


export type CompiledSearchQuery = { search: { totalCount: number, totalCountCapped: boolean, edges: Array<{ cursor: string, node: { snippetHtml: string, rank: number, thread: { id: string, title: string, space: { name: string } }, post: { number: number, author: { displayName: string } } | null } }>, pageInfo: { hasNextPage: boolean } } };

export type CompiledMissingThreadQueryVariables = Exact<{
  id: string | number;
}>;


export type CompiledMissingThreadQuery = { thread: { id: string, title: string } | null };

export type DigestsPreferenceQueryVariables = Exact<{ [key: string]: never; }>;


export type DigestsPreferenceQuery = { digestPreference: { frequency: DigestFrequency } };

export type DigestsUpdatePreferenceMutationVariables = Exact<{
  input: UpdateDigestPreferenceInput;
}>;


export type DigestsUpdatePreferenceMutation = { updateDigestPreference: { preference: { frequency: DigestFrequency } } };

export type DigestsRunsQueryVariables = Exact<{ [key: string]: never; }>;


export type DigestsRunsQuery = { digestRuns: Array<{ trigger: string, startedAt: string, finishedAt: string | null, sent: number, nothingNew: number }> };

export type DigestsRunMutationVariables = Exact<{
  input: RunDigestsInput;
}>;


export type DigestsRunMutation = { runDigests: { run: { trigger: string, sent: number, nothingNew: number, finishedAt: string | null } } };

export type DigestsDeleteAccountMutationVariables = Exact<{
  password: string;
}>;


export type DigestsDeleteAccountMutation = { deleteAccount: boolean };

export type DiscussionFixturesCreateThreadMutationVariables = Exact<{
  input: CreateThreadInput;
}>;


export type DiscussionFixturesCreateThreadMutation = { createThread: { id: string } };

export type DiscussionFixturesCreatePostMutationVariables = Exact<{
  input: CreatePostInput;
}>;


export type DiscussionFixturesCreatePostMutation = { createPost: { id: string, number: number } };

export type DiscussionNotificationsListQueryVariables = Exact<{ [key: string]: never; }>;


export type DiscussionNotificationsListQuery = { unreadNotificationCount: number, notifications: { nodes: Array<{ kind: string, title: string, link: string | null, read: boolean }> } };

export type DiscussionNotificationsPreferenceFragment = { kind: DiscussionNotificationKind, label: string, inApp: boolean, email: boolean, emailAvailable: boolean };

export type DiscussionNotificationsPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type DiscussionNotificationsPreferencesQuery = { notificationPreferences: Array<{ kind: DiscussionNotificationKind, label: string, inApp: boolean, email: boolean, emailAvailable: boolean }> };

export type DiscussionNotificationsUpdatePreferencesMutationVariables = Exact<{
  preferences: Array<NotificationPreferenceInput> | NotificationPreferenceInput;
}>;


export type DiscussionNotificationsUpdatePreferencesMutation = { updateNotificationPreferences: Array<{ kind: DiscussionNotificationKind, label: string, inApp: boolean, email: boolean, emailAvailable: boolean }> };

export type DiscussionNotificationsCreateThreadMutationVariables = Exact<{
  input: CreateThreadInput;
}>;


export type DiscussionNotificationsCreateThreadMutation = { createThread: { id: string } };

export type DiscussionNotificationsCreatePostMutationVariables = Exact<{
  input: CreatePostInput;
}>;


export type DiscussionNotificationsCreatePostMutation = { createPost: { id: string, number: number } };

export type DiscussionNotificationsUpdatePostMutationVariables = Exact<{
  input: UpdatePostInput;
}>;


export type DiscussionNotificationsUpdatePostMutation = { updatePost: { id: string } };

export type DiscussionNotificationsReactMutationVariables = Exact<{
  postId: string | number;
  kind: ReactionKind;
}>;


export type DiscussionNotificationsReactMutation = { react: { id: string } };

export type DiscussionNotificationsUnreactMutationVariables = Exact<{
  postId: string | number;
  kind: ReactionKind;
}>;


export type DiscussionNotificationsUnreactMutation = { unreact: { id: string } };

export type DiscussionNotificationsReportMutationVariables = Exact<{
  postId: string | number;
  reason: string;
}>;


export type DiscussionNotificationsReportMutation = { reportPost: { id: string } };

export type DiscussionNotificationsResolveMutationVariables = Exact<{
  id: string | number;
  action: ReportAction;
  note: string;
}>;


export type DiscussionNotificationsResolveMutation = { resolveReport: { id: string } };

export type DiscussionNotificationsWatchThreadMutationVariables = Exact<{
  id: string | number;
}>;


export type DiscussionNotificationsWatchThreadMutation = { watchThread: { id: string, watching: boolean } };

export type DiscussionNotificationsWatchCategoryMutationVariables = Exact<{
  id: string | number;
}>;


export type DiscussionNotificationsWatchCategoryMutation = { watchCategory: { id: string, watching: boolean } };

export type DiscussionNotificationsUnwatchCategoryMutationVariables = Exact<{
  id: string | number;
}>;


export type DiscussionNotificationsUnwatchCategoryMutation = { unwatchCategory: { id: string } };

export type DiscussionStatementsAuthorFragment = { id: string | null, displayName: string, organisation: string | null, roles: Array<Role> };

export type DiscussionStatementsCaseStudyFragment = { setting: HeritageSetting, activityTypes: Array<ActivityType>, referralRoute: string, groupSize: number | null, duration: string, benefits: Array<WellbeingBenefit>, measurement: string, whatWorked: string, wouldChange: string };

export type DiscussionStatementsListQueryVariables = Exact<{
  slug?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type DiscussionStatementsListQuery = { threads: { nodes: Array<{ id: string, kind: ThreadKind, title: string, summary: string | null, tags: Array<string>, pinned: boolean, locked: boolean, postCount: number, replyCount: number, lastPostedAt: string, canReply: boolean, canEdit: boolean, canModerate: boolean, isNew: boolean, unreadCount: number, lastReadNumber: number | null, firstUnreadNumber: number | null, watching: boolean, category: { id: string, slug: string, name: string, canReply: boolean, unreadThreadCount: number, newThreadCount: number, watching: boolean }, author: { id: string | null, displayName: string, organisation: string | null, roles: Array<Role> }, lastPoster: { id: string | null, displayName: string, organisation: string | null, roles: Array<Role> } | null, caseStudy: { setting: HeritageSetting, activityTypes: Array<ActivityType>, referralRoute: string, groupSize: number | null, duration: string, benefits: Array<WellbeingBenefit>, measurement: string, whatWorked: string, wouldChange: string } | null, openingPost: { id: string, bodyHtml: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DiscussionStatementsPageQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type DiscussionStatementsPageQuery = { thread: { id: string, title: string, kind: ThreadKind, canReply: boolean, canEdit: boolean, canModerate: boolean, category: { id: string, name: string, canReply: boolean }, author: { id: string | null, displayName: string, organisation: string | null, roles: Array<Role> }, lastPoster: { id: string | null, displayName: string, organisation: string | null, roles: Array<Role> } | null, caseStudy: { setting: HeritageSetting, activityTypes: Array<ActivityType>, referralRoute: string, groupSize: number | null, duration: string, benefits: Array<WellbeingBenefit>, measurement: string, whatWorked: string, wouldChange: string } | null, openingPost: { id: string, number: number, bodyHtml: string | null }, posts: { nodes: Array<{ id: string, number: number, body: string | null, bodyHtml: string | null, createdAt: string, editedAt: string | null, revisionCount: number, deleted: boolean, hidden: boolean, hiddenReason: string | null, canEdit: boolean, canDelete: boolean, canModerate: boolean, canReact: boolean, canReport: boolean, reportedByViewer: boolean, author: { id: string | null, displayName: string, organisation: string | null, roles: Array<Role> }, replyTo: { id: string, number: number, author: { id: string | null, displayName: string, organisation: string | null, roles: Array<Role> } } | null, mentions: Array<{ id: string | null, displayName: string, organisation: string | null, roles: Array<Role> }>, thread: { id: string, title: string }, reactions: Array<{ kind: ReactionKind, count: number, reactedByViewer: boolean, reactors: Array<{ id: string | null, displayName: string, organisation: string | null, roles: Array<Role> }> }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type DiscussionStatementsWebPostsQueryVariables = Exact<{
  id: string | number;
  first: number;
  fromNumber?: number | null | undefined;
}>;


export type DiscussionStatementsWebPostsQuery = { thread: { id: string, posts: { nodes: Array<{ id: string, number: number, body: string | null, bodyHtml: string | null, createdAt: string, editedAt: string | null, revisionCount: number, deleted: boolean, hidden: boolean, hiddenReason: string | null, canEdit: boolean, canDelete: boolean, canModerate: boolean, canReact: boolean, canReport: boolean, reportedByViewer: boolean, author: { id: string | null, displayName: string, organisation: string | null }, replyTo: { id: string, number: number, author: { id: string | null, displayName: string } } | null, reactions: Array<{ kind: ReactionKind, count: number, reactedByViewer: boolean, reactors: Array<{ id: string | null, displayName: string }> }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type EqualWorkRequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type EqualWorkRequestPasswordResetMutation = { requestPasswordReset: boolean };

export type EqualWorkSubmitApplicationMutationVariables = Exact<{
  input: SubmitApplicationInput;
}>;


export type EqualWorkSubmitApplicationMutation = { submitApplication: string };

export type EventFixturesEventFieldsFragment = { id: string, title: string, description: string, descriptionHtml: string, startsAt: string, endsAt: string, timeZone: string, format: EventFormat, venueName: string | null, venueAddress: string | null, joinUrl: string | null, capacity: number | null, goingCount: number, waitlistCount: number, placesLeft: number | null, full: boolean, tags: Array<EventTag>, region: Region | null, accessibilityFeatures: Array<AccessibilityFeature>, accessibilityNotes: string, visibility: EventVisibility, status: EventStatus, cancellationReason: string | null, cancelledAt: string | null, past: boolean, open: boolean, sequence: number, calendarPath: string, threadId: string | null, canManage: boolean, attendeesCsvPath: string | null, organisers: Array<{ id: string, displayName: string, organisation: string | null }> | null, myRsvp: { status: RsvpStatus, waitlistPosition: number | null, since: string } | null };

export type EventFixturesCreateMutationVariables = Exact<{
  input: CreateEventInput;
}>;


export type EventFixturesCreateMutation = { createEvent: { id: string, title: string, description: string, descriptionHtml: string, startsAt: string, endsAt: string, timeZone: string, format: EventFormat, venueName: string | null, venueAddress: string | null, joinUrl: string | null, capacity: number | null, goingCount: number, waitlistCount: number, placesLeft: number | null, full: boolean, tags: Array<EventTag>, region: Region | null, accessibilityFeatures: Array<AccessibilityFeature>, accessibilityNotes: string, visibility: EventVisibility, status: EventStatus, cancellationReason: string | null, cancelledAt: string | null, past: boolean, open: boolean, sequence: number, calendarPath: string, threadId: string | null, canManage: boolean, attendeesCsvPath: string | null, organisers: Array<{ id: string, displayName: string, organisation: string | null }> | null, myRsvp: { status: RsvpStatus, waitlistPosition: number | null, since: string } | null } };

export type EventFixturesUpdateMutationVariables = Exact<{
  input: UpdateEventInput;
}>;


export type EventFixturesUpdateMutation = { updateEvent: { id: string, title: string, description: string, descriptionHtml: string, startsAt: string, endsAt: string, timeZone: string, format: EventFormat, venueName: string | null, venueAddress: string | null, joinUrl: string | null, capacity: number | null, goingCount: number, waitlistCount: number, placesLeft: number | null, full: boolean, tags: Array<EventTag>, region: Region | null, accessibilityFeatures: Array<AccessibilityFeature>, accessibilityNotes: string, visibility: EventVisibility, status: EventStatus, cancellationReason: string | null, cancelledAt: string | null, past: boolean, open: boolean, sequence: number, calendarPath: string, threadId: string | null, canManage: boolean, attendeesCsvPath: string | null, organisers: Array<{ id: string, displayName: string, organisation: string | null }> | null, myRsvp: { status: RsvpStatus, waitlistPosition: number | null, since: string } | null } };

export type EventFixturesCancelMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type EventFixturesCancelMutation = { cancelEvent: { id: string, title: string, description: string, descriptionHtml: string, startsAt: string, endsAt: string, timeZone: string, format: EventFormat, venueName: string | null, venueAddress: string | null, joinUrl: string | null, capacity: number | null, goingCount: number, waitlistCount: number, placesLeft: number | null, full: boolean, tags: Array<EventTag>, region: Region | null, accessibilityFeatures: Array<AccessibilityFeature>, accessibilityNotes: string, visibility: EventVisibility, status: EventStatus, cancellationReason: string | null, cancelledAt: string | null, past: boolean, open: boolean, sequence: number, calendarPath: string, threadId: string | null, canManage: boolean, attendeesCsvPath: string | null, organisers: Array<{ id: string, displayName: string, organisation: string | null }> | null, myRsvp: { status: RsvpStatus, waitlistPosition: number | null, since: string } | null } };

export type EventFixturesEventQueryVariables = Exact<{
  id: string | number;
}>;


export type EventFixturesEventQuery = { event: { id: string, title: string, description: string, descriptionHtml: string, startsAt: string, endsAt: string, timeZone: string, format: EventFormat, venueName: string | null, venueAddress: string | null, joinUrl: string | null, capacity: number | null, goingCount: number, waitlistCount: number, placesLeft: number | null, full: boolean, tags: Array<EventTag>, region: Region | null, accessibilityFeatures: Array<AccessibilityFeature>, accessibilityNotes: string, visibility: EventVisibility, status: EventStatus, cancellationReason: string | null, cancelledAt: string | null, past: boolean, open: boolean, sequence: number, calendarPath: string, threadId: string | null, canManage: boolean, attendeesCsvPath: string | null, organisers: Array<{ id: string, displayName: string, organisation: string | null }> | null, myRsvp: { status: RsvpStatus, waitlistPosition: number | null, since: string } | null } | null };

export type EventFixturesRsvpMutationVariables = Exact<{
  eventId: string | number;
  answer: RsvpAnswer;
}>;


export type EventFixturesRsvpMutation = { rsvp: { id: string, goingCount: number, waitlistCount: number, placesLeft: number | null, full: boolean, joinUrl: string | null, myRsvp: { status: RsvpStatus, waitlistPosition: number | null, since: string } | null } };

export type EventsListQueryVariables = Exact<{
  filter?: EventFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EventsListQuery = { events: { edges: Array<{ cursor: string, node: { id: string, title: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type EventsUpcomingQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type EventsUpcomingQuery = { upcomingEvents: Array<{ id: string, title: string, status: EventStatus }> };

export type EventsAttendeesQueryVariables = Exact<{
  id: string | number;
}>;


export type EventsAttendeesQuery = { event: { attendees: { edges: Array<{ cursor: string }> } } | null };

export type EventsFullPageQueryVariables = Exact<{ [key: string]: never; }>;


export type EventsFullPageQuery = { events: { nodes: Array<{ id: string, joinUrl: string | null, canManage: boolean, organisers: Array<{ displayName: string }> | null, myRsvp: { status: RsvpStatus, waitlistPosition: number | null } | null }> } };

export type EvidenceSummaryCreateMutationVariables = Exact<{
  input: CreateThreadInput;
}>;


export type EvidenceSummaryCreateMutation = { createThread: { id: string, revision: number } };

export type EvidenceSummaryUpdateMutationVariables = Exact<{
  input: UpdateThreadInput;
}>;


export type EvidenceSummaryUpdateMutation = { updateThread: { id: string, revision: number } };

export type EvidenceSummaryHidePostMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type EvidenceSummaryHidePostMutation = { hidePost: { id: string } };

export type EvidenceSummaryRestorePostMutationVariables = Exact<{
  id: string | number;
}>;


export type EvidenceSummaryRestorePostMutation = { restorePost: { id: string } };

export type EvidenceSummaryDeletePostMutationVariables = Exact<{
  id: string | number;
}>;


export type EvidenceSummaryDeletePostMutation = { deletePost: { id: string } };

export type EvidenceSummaryMoveMutationVariables = Exact<{
  id: string | number;
  categoryId: string | number;
}>;


export type EvidenceSummaryMoveMutation = { moveThread: { id: string } };

export type EvidenceSummaryPageQueryVariables = Exact<{
  filter?: EvidenceFilter | null | undefined;
}>;


export type EvidenceSummaryPageQuery = { evidenceSummary: { caseStudies: { value: number | null, text: string }, participants: { value: number | null, text: string }, measures: Array<{ hidden: boolean, medianChange: number | null, smallestChange: number | null, largestChange: number | null, measure: { code: string | null }, studies: { value: number | null }, participants: { value: number | null } }> } };

export type EvidenceSummaryDeleteAccountMutationVariables = Exact<{
  password: string;
}>;


export type EvidenceSummaryDeleteAccountMutation = { deleteAccount: boolean };

export type EvidenceCaseStudyFragment = { setting: HeritageSetting, activityTypes: Array<ActivityType>, sixWays: Array<SixWay>, evidenceType: EvidenceType | null, evidenceLink: string, outcomes: Array<{ statistic: OutcomeStatistic, participantsStarted: number, participantsCompleted: number, before: number, after: number, change: number, beforeOn: string, afterOn: string, measure: { id: string, code: string | null, name: string, scaleMin: number, scaleMax: number, higherIsBetter: boolean } }> };

export type EvidenceCreateMutationVariables = Exact<{
  input: CreateThreadInput;
}>;


export type EvidenceCreateMutation = { createThread: { id: string, revision: number, caseStudy: { setting: HeritageSetting, activityTypes: Array<ActivityType>, sixWays: Array<SixWay>, evidenceType: EvidenceType | null, evidenceLink: string, outcomes: Array<{ statistic: OutcomeStatistic, participantsStarted: number, participantsCompleted: number, before: number, after: number, change: number, beforeOn: string, afterOn: string, measure: { id: string, code: string | null, name: string, scaleMin: number, scaleMax: number, higherIsBetter: boolean } }> } | null } };

export type EvidenceUpdateMutationVariables = Exact<{
  input: UpdateThreadInput;
}>;


export type EvidenceUpdateMutation = { updateThread: { id: string, revision: number, caseStudy: { setting: HeritageSetting, activityTypes: Array<ActivityType>, sixWays: Array<SixWay>, evidenceType: EvidenceType | null, evidenceLink: string, outcomes: Array<{ statistic: OutcomeStatistic, participantsStarted: number, participantsCompleted: number, before: number, after: number, change: number, beforeOn: string, afterOn: string, measure: { id: string, code: string | null, name: string, scaleMin: number, scaleMax: number, higherIsBetter: boolean } }> } | null } };

export type EvidenceThreadQueryVariables = Exact<{
  id: string | number;
}>;


export type EvidenceThreadQuery = { thread: { revision: number, caseStudy: { setting: HeritageSetting, activityTypes: Array<ActivityType>, sixWays: Array<SixWay>, evidenceType: EvidenceType | null, evidenceLink: string, outcomes: Array<{ statistic: OutcomeStatistic, participantsStarted: number, participantsCompleted: number, before: number, after: number, change: number, beforeOn: string, afterOn: string, measure: { id: string, code: string | null, name: string, scaleMin: number, scaleMax: number, higherIsBetter: boolean } }> } | null } | null };

export type EvidenceMeasureFragment = { id: string, code: string | null, name: string, scaleMin: number, scaleMax: number, higherIsBetter: boolean, standard: boolean };

export type EvidenceMeasuresQueryVariables = Exact<{ [key: string]: never; }>;


export type EvidenceMeasuresQuery = { outcomeMeasures: Array<{ description: string, id: string, code: string | null, name: string, scaleMin: number, scaleMax: number, higherIsBetter: boolean, standard: boolean }> };

export type EvidenceCreateMeasureMutationVariables = Exact<{
  input: CreateOutcomeMeasureInput;
}>;


export type EvidenceCreateMeasureMutation = { createOutcomeMeasure: { measure: { id: string, code: string | null, name: string, scaleMin: number, scaleMax: number, higherIsBetter: boolean, standard: boolean } } };

export type EvidenceCountFragment = { value: number | null, fewerThan: number | null, fewerThanWhat: FewerThanWhat | null, text: string };

export type EvidenceFiguresFragment = { caseStudies: { value: number | null, fewerThan: number | null, fewerThanWhat: FewerThanWhat | null, text: string }, participants: { value: number | null, fewerThan: number | null, fewerThanWhat: FewerThanWhat | null, text: string }, measures: Array<{ hidden: boolean, medianChange: number | null, smallestChange: number | null, largestChange: number | null, measure: { code: string | null, name: string }, studies: { value: number | null, fewerThan: number | null, fewerThanWhat: FewerThanWhat | null, text: string }, participants: { value: number | null, fewerThan: number | null, fewerThanWhat: FewerThanWhat | null, text: string } }> };

export type EvidencePageQueryVariables = Exact<{
  filter?: EvidenceFilter | null | undefined;
}>;


export type EvidencePageQuery = { evidenceSummary: { caseStudies: { value: number | null, fewerThan: number | null, fewerThanWhat: FewerThanWhat | null, text: string }, participants: { value: number | null, fewerThan: number | null, fewerThanWhat: FewerThanWhat | null, text: string }, measures: Array<{ hidden: boolean, medianChange: number | null, smallestChange: number | null, largestChange: number | null, measure: { code: string | null, name: string }, studies: { value: number | null, fewerThan: number | null, fewerThanWhat: FewerThanWhat | null, text: string }, participants: { value: number | null, fewerThan: number | null, fewerThanWhat: FewerThanWhat | null, text: string } }> } };

export type EvidenceImpactReportQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type EvidenceImpactReportQuery = { impactReport: { from: string, to: string, csvPath: string, evidence: { caseStudies: { value: number | null, fewerThan: number | null, fewerThanWhat: FewerThanWhat | null, text: string }, participants: { value: number | null, fewerThan: number | null, fewerThanWhat: FewerThanWhat | null, text: string }, measures: Array<{ hidden: boolean, medianChange: number | null, smallestChange: number | null, largestChange: number | null, measure: { code: string | null, name: string }, studies: { value: number | null, fewerThan: number | null, fewerThanWhat: FewerThanWhat | null, text: string }, participants: { value: number | null, fewerThan: number | null, fewerThanWhat: FewerThanWhat | null, text: string } }> }, membershipBySector: Array<{ key: string, label: string, joined: number, total: number }>, membershipByRegion: Array<{ key: string, label: string, joined: number, total: number }>, quarters: Array<{ quarter: string, startsOn: string, caseStudies: number, events: number }>, offerEnquiries: Array<{ offerId: string, title: string, organisation: string, enquiriesSent: number, enquiriesAnswered: number }> } };

export type EvidenceSendEnquiryMutationVariables = Exact<{
  input: SendOfferEnquiryInput;
}>;


export type EvidenceSendEnquiryMutation = { sendOfferEnquiry: { enquiry: { id: string } } };

export type EvidenceReplyEnquiryMutationVariables = Exact<{
  input: ReplyToOfferEnquiryInput;
}>;


export type EvidenceReplyEnquiryMutation = { replyToOfferEnquiry: { enquiry: { id: string, answeredAt: string | null } } };

export type EvidenceEnquiryQuartersQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type EvidenceEnquiryQuartersQuery = { impactReport: { quarters: Array<{ quarter: string, enquiriesSent: number, enquiriesAnswered: number }> } };

export type EvidenceDeleteAccountMutationVariables = Exact<{
  password: string;
}>;


export type EvidenceDeleteAccountMutation = { deleteAccount: boolean };

export type LiveUpdatePostMutationVariables = Exact<{
  input: UpdatePostInput;
}>;


export type LiveUpdatePostMutation = { updatePost: { id: string } };

export type LiveHidePostMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type LiveHidePostMutation = { hidePost: { id: string } };

export type LiveDeletePostMutationVariables = Exact<{
  id: string | number;
}>;


export type LiveDeletePostMutation = { deletePost: { id: string } };

export type LiveMoveThreadMutationVariables = Exact<{
  id: string | number;
  categoryId: string | number;
}>;


export type LiveMoveThreadMutation = { moveThread: { id: string } };

export type LiveUnreadCountQueryVariables = Exact<{ [key: string]: never; }>;


export type LiveUnreadCountQuery = { unreadNotificationCount: number };

export type LiveMarkAllReadMutationVariables = Exact<{ [key: string]: never; }>;


export type LiveMarkAllReadMutation = { markAllNotificationsRead: number };

export type LiveEventIdsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type LiveEventIdsSubscription = { liveEvents: { id: string } };

export type LiveEventsSubscriptionVariables = Exact<{
  threadId?: string | number | null | undefined;
  spaceId?: string | number | null | undefined;
  after?: string | null | undefined;
}>;


export type LiveEventsSubscription = { liveEvents: { id: string, kind: LiveEventKind, threadId: string | null, spaceId: string | null, postId: string | null, postNumber: number | null, byViewer: boolean, unreadNotificationCount: number | null } };

export type LoadBurstsCreatePostMutationVariables = Exact<{
  input: CreatePostInput;
}>;


export type LoadBurstsCreatePostMutation = { createPost: { id: string, number: number } };

export type LoadBurstsThreadStateQueryVariables = Exact<{
  id: string | number;
}>;


export type LoadBurstsThreadStateQuery = { thread: { postCount: number, replyCount: number, unreadCount: number, lastReadNumber: number | null } | null };

export type LoadFaultsCreatePostMutationVariables = Exact<{
  input: CreatePostInput;
}>;


export type LoadFaultsCreatePostMutation = { createPost: { id: string, number: number } };

export type LoadFaultsCreateThreadMutationVariables = Exact<{
  input: CreateThreadInput;
}>;


export type LoadFaultsCreateThreadMutation = { createThread: { id: string } };

export type LoadMixedThreadsQueryVariables = Exact<{
  slug: string;
}>;


export type LoadMixedThreadsQuery = { threads: { nodes: Array<{ id: string, title: string, replyCount: number, unreadCount: number, lastPostedAt: string }> } };

export type LoadMixedThreadPageQueryVariables = Exact<{
  id: string | number;
}>;


export type LoadMixedThreadPageQuery = { thread: { id: string, title: string, unreadCount: number, posts: { nodes: Array<{ id: string, number: number, bodyHtml: string | null, author: { displayName: string } }> } } | null };

export type LoadMixedEventsQueryVariables = Exact<{ [key: string]: never; }>;


export type LoadMixedEventsQuery = { events: { nodes: Array<{ id: string, title: string, goingCount: number, placesLeft: number | null }> } };

export type LoadMixedUnreadQueryVariables = Exact<{ [key: string]: never; }>;


export type LoadMixedUnreadQuery = { unreadNotificationCount: number };

export type LoadMixedCreatePostMutationVariables = Exact<{
  input: CreatePostInput;
}>;


export type LoadMixedCreatePostMutation = { createPost: { id: string, number: number } };

export type LoadMixedMarkReadMutationVariables = Exact<{
  threadId: string | number;
  upToNumber: number;
}>;


export type LoadMixedMarkReadMutation = { markThreadRead: { id: string } };

export type LoggingCreatePostMutationVariables = Exact<{
  input: CreatePostInput;
}>;


export type LoggingCreatePostMutation = { createPost: { id: string } };

export type MembersProfileFragment = { id: string, displayName: string, pronouns: string | null, organisation: string | null, jobTitle: string | null, sector: Sector | null, sectorOther: string | null, region: Region | null, bio: string, bioHtml: string, interests: Array<WellbeingBenefit>, activityTypes: Array<ActivityType>, takesReferrals: boolean, email: string | null, showEmail: boolean, roles: Array<Role>, memberSince: string, status: MemberStatus | null, statusReason: string | null };

export type MembersMemberQueryVariables = Exact<{
  id: string | number;
}>;


export type MembersMemberQuery = { member: { id: string, displayName: string, pronouns: string | null, organisation: string | null, jobTitle: string | null, sector: Sector | null, sectorOther: string | null, region: Region | null, bio: string, bioHtml: string, interests: Array<WellbeingBenefit>, activityTypes: Array<ActivityType>, takesReferrals: boolean, email: string | null, showEmail: boolean, roles: Array<Role>, memberSince: string, status: MemberStatus | null, statusReason: string | null } | null };

export type MembersMyProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type MembersMyProfileQuery = { myProfile: { id: string, displayName: string, pronouns: string | null, organisation: string | null, jobTitle: string | null, sector: Sector | null, sectorOther: string | null, region: Region | null, bio: string, bioHtml: string, interests: Array<WellbeingBenefit>, activityTypes: Array<ActivityType>, takesReferrals: boolean, email: string | null, showEmail: boolean, roles: Array<Role>, memberSince: string, status: MemberStatus | null, statusReason: string | null } };

export type MembersDirectoryQueryVariables = Exact<{
  search?: string | null | undefined;
  sector?: Sector | null | undefined;
  region?: Region | null | undefined;
  interest?: WellbeingBenefit | null | undefined;
  takesReferrals?: boolean | null | undefined;
  roles?: Array<Role> | Role | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MembersDirectoryQuery = { directory: { edges: Array<{ cursor: string, node: { id: string, displayName: string, email: string | null, status: MemberStatus | null } }>, nodes: Array<{ id: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MembersMembersQueryVariables = Exact<{
  status?: MemberStatus | null | undefined;
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MembersMembersQuery = { members: { nodes: Array<{ id: string, displayName: string, email: string | null, status: MemberStatus | null, statusReason: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MembersUpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type MembersUpdateProfileMutation = { updateProfile: { id: string, displayName: string, pronouns: string | null, organisation: string | null, jobTitle: string | null, sector: Sector | null, sectorOther: string | null, region: Region | null, bio: string, bioHtml: string, interests: Array<WellbeingBenefit>, activityTypes: Array<ActivityType>, takesReferrals: boolean, email: string | null, showEmail: boolean, roles: Array<Role>, memberSince: string, status: MemberStatus | null, statusReason: string | null } };

export type MembersSetRolesMutationVariables = Exact<{
  memberId: string | number;
  roles: Array<Role> | Role;
}>;


export type MembersSetRolesMutation = { setMemberRoles: { id: string, roles: Array<Role> } };

export type MembersSuspendMutationVariables = Exact<{
  memberId: string | number;
  reason: string;
}>;


export type MembersSuspendMutation = { suspendMember: { id: string, status: MemberStatus | null, statusReason: string | null } };

export type MembersReinstateMutationVariables = Exact<{
  memberId: string | number;
  reason: string;
}>;


export type MembersReinstateMutation = { reinstateMember: { id: string, status: MemberStatus | null, statusReason: string | null } };

export type MembersDeleteAccountMutationVariables = Exact<{
  password: string;
}>;


export type MembersDeleteAccountMutation = { deleteAccount: boolean };

export type MembersViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type MembersViewerQuery = { viewer: { id: string, permissions: Array<Permission> } | null };

export type ModerationThreadFragment = { id: string, pinned: boolean, locked: boolean, hidden: boolean, deleted: boolean, postCount: number, canModerate: boolean, category: { id: string } };

export type ModerationPostFragment = { id: string, number: number, body: string | null, bodyHtml: string | null, deleted: boolean, hidden: boolean, hiddenReason: string | null, canEdit: boolean, canModerate: boolean };

export type ModerationPinMutationVariables = Exact<{
  id: string | number;
}>;


export type ModerationPinMutation = { pinThread: { id: string, pinned: boolean, locked: boolean, hidden: boolean, deleted: boolean, postCount: number, canModerate: boolean, category: { id: string } } };

export type ModerationUnpinMutationVariables = Exact<{
  id: string | number;
}>;


export type ModerationUnpinMutation = { unpinThread: { id: string, pinned: boolean, locked: boolean, hidden: boolean, deleted: boolean, postCount: number, canModerate: boolean, category: { id: string } } };

export type ModerationLockMutationVariables = Exact<{
  id: string | number;
}>;


export type ModerationLockMutation = { lockThread: { id: string, pinned: boolean, locked: boolean, hidden: boolean, deleted: boolean, postCount: number, canModerate: boolean, category: { id: string } } };

export type ModerationUnlockMutationVariables = Exact<{
  id: string | number;
}>;


export type ModerationUnlockMutation = { unlockThread: { id: string, pinned: boolean, locked: boolean, hidden: boolean, deleted: boolean, postCount: number, canModerate: boolean, category: { id: string } } };

export type ModerationMoveMutationVariables = Exact<{
  id: string | number;
  categoryId: string | number;
}>;


export type ModerationMoveMutation = { moveThread: { id: string, pinned: boolean, locked: boolean, hidden: boolean, deleted: boolean, postCount: number, canModerate: boolean, category: { id: string } } };

export type ModerationHideMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type ModerationHideMutation = { hidePost: { id: string, number: number, body: string | null, bodyHtml: string | null, deleted: boolean, hidden: boolean, hiddenReason: string | null, canEdit: boolean, canModerate: boolean } };

export type ModerationRestoreMutationVariables = Exact<{
  id: string | number;
}>;


export type ModerationRestoreMutation = { restorePost: { id: string, number: number, body: string | null, bodyHtml: string | null, deleted: boolean, hidden: boolean, hiddenReason: string | null, canEdit: boolean, canModerate: boolean } };

export type ModerationDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type ModerationDeleteMutation = { deletePost: { id: string, number: number, body: string | null, bodyHtml: string | null, deleted: boolean, hidden: boolean, hiddenReason: string | null, canEdit: boolean, canModerate: boolean } };

export type ModerationPostsQueryVariables = Exact<{
  id: string | number;
}>;


export type ModerationPostsQuery = { thread: { id: string, pinned: boolean, locked: boolean, hidden: boolean, deleted: boolean, postCount: number, canModerate: boolean, posts: { nodes: Array<{ id: string, number: number, body: string | null, bodyHtml: string | null, deleted: boolean, hidden: boolean, hiddenReason: string | null, canEdit: boolean, canModerate: boolean }> }, category: { id: string } } | null };

export type ModerationListQueryVariables = Exact<{
  slug?: string | null | undefined;
}>;


export type ModerationListQuery = { threads: { nodes: Array<{ id: string, pinned: boolean }> } };

export type ModerationCreatePostMutationVariables = Exact<{
  input: CreatePostInput;
}>;


export type ModerationCreatePostMutation = { createPost: { id: string, number: number } };

export type MutationInputsMutationArgsQueryVariables = Exact<{ [key: string]: never; }>;


export type MutationInputsMutationArgsQuery = { __type: { fields: Array<{ name: string, args: Array<{ name: string, isDeprecated: boolean, deprecationReason: string | null, type: { kind: __TypeKind } }> }> | null } | null };

export type MutationInputsHidePostIdOnlyMutationVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type MutationInputsHidePostIdOnlyMutation = { hidePost: { id: string } };

export type MutationInputsHidePostOldMutationVariables = Exact<{
  id?: string | number | null | undefined;
  reason?: string | null | undefined;
}>;


export type MutationInputsHidePostOldMutation = { hidePost: { id: string } };

export type MutationInputsHidePostNewMutationVariables = Exact<{
  input?: HidePostInput | null | undefined;
}>;


export type MutationInputsHidePostNewMutation = { hidePost: { id: string } };

export type MutationInputsThreadStateFragment = { pinned: boolean, locked: boolean, category: { id: string } };

export type MutationInputsPinThreadMutationVariables = Exact<{
  input?: ThreadIdInput | null | undefined;
}>;


export type MutationInputsPinThreadMutation = { pinThread: { pinned: boolean, locked: boolean, category: { id: string } } };

export type MutationInputsUnpinThreadMutationVariables = Exact<{
  input?: ThreadIdInput | null | undefined;
}>;


export type MutationInputsUnpinThreadMutation = { unpinThread: { pinned: boolean, locked: boolean, category: { id: string } } };

export type MutationInputsLockThreadMutationVariables = Exact<{
  input?: ThreadIdInput | null | undefined;
}>;


export type MutationInputsLockThreadMutation = { lockThread: { pinned: boolean, locked: boolean, category: { id: string } } };

export type MutationInputsUnlockThreadMutationVariables = Exact<{
  input?: ThreadIdInput | null | undefined;
}>;


export type MutationInputsUnlockThreadMutation = { unlockThread: { pinned: boolean, locked: boolean, category: { id: string } } };

export type MutationInputsMoveThreadMutationVariables = Exact<{
  input?: MoveThreadInput | null | undefined;
}>;


export type MutationInputsMoveThreadMutation = { moveThread: { pinned: boolean, locked: boolean, category: { id: string } } };

export type MutationInputsWatchThreadMutationVariables = Exact<{
  input?: ThreadIdInput | null | undefined;
}>;


export type MutationInputsWatchThreadMutation = { watchThread: { watching: boolean } };

export type MutationInputsUnwatchThreadMutationVariables = Exact<{
  input?: ThreadIdInput | null | undefined;
}>;


export type MutationInputsUnwatchThreadMutation = { unwatchThread: { watching: boolean } };

export type MutationInputsMarkThreadReadMutationVariables = Exact<{
  input?: MarkThreadReadInput | null | undefined;
}>;


export type MutationInputsMarkThreadReadMutation = { markThreadRead: { lastReadNumber: number | null, unreadCount: number } };

export type MutationInputsDeletePostMutationVariables = Exact<{
  input?: PostIdInput | null | undefined;
}>;


export type MutationInputsDeletePostMutation = { deletePost: { deleted: boolean } };

export type MutationInputsHidePostMutationVariables = Exact<{
  input?: HidePostInput | null | undefined;
}>;


export type MutationInputsHidePostMutation = { hidePost: { hidden: boolean, hiddenReason: string | null } };

export type MutationInputsRestorePostMutationVariables = Exact<{
  input?: PostIdInput | null | undefined;
}>;


export type MutationInputsRestorePostMutation = { restorePost: { hidden: boolean } };

export type MutationInputsReactionsFragment = { reactions: Array<{ kind: ReactionKind, count: number, reactedByViewer: boolean }> };

export type MutationInputsReactMutationVariables = Exact<{
  input?: ReactionInput | null | undefined;
}>;


export type MutationInputsReactMutation = { react: { reactions: Array<{ kind: ReactionKind, count: number, reactedByViewer: boolean }> } };

export type MutationInputsUnreactMutationVariables = Exact<{
  input?: ReactionInput | null | undefined;
}>;


export type MutationInputsUnreactMutation = { unreact: { reactions: Array<{ kind: ReactionKind, count: number, reactedByViewer: boolean }> } };

export type MutationInputsReportPostMutationVariables = Exact<{
  input?: ReportPostInput | null | undefined;
}>;


export type MutationInputsReportPostMutation = { reportPost: { id: string, status: ReportStatus, reason: string } };

export type MutationInputsResolveReportMutationVariables = Exact<{
  input?: ResolveReportInput | null | undefined;
}>;


export type MutationInputsResolveReportMutation = { resolveReport: { status: ReportStatus, resolutionNote: string | null } };

export type MutationInputsRsvpMutationVariables = Exact<{
  input?: RsvpInput | null | undefined;
}>;


export type MutationInputsRsvpMutation = { rsvp: { myRsvp: { status: RsvpStatus } | null } };

export type MutationInputsCancelEventMutationVariables = Exact<{
  input?: CancelEventInput | null | undefined;
}>;


export type MutationInputsCancelEventMutation = { cancelEvent: { status: EventStatus, cancellationReason: string | null } };

export type MutationInputsSetMemberRolesMutationVariables = Exact<{
  input?: SetMemberRolesInput | null | undefined;
}>;


export type MutationInputsSetMemberRolesMutation = { setMemberRoles: { roles: Array<Role> } };

export type MutationInputsSuspendMemberMutationVariables = Exact<{
  input?: MemberStatusInput | null | undefined;
}>;


export type MutationInputsSuspendMemberMutation = { suspendMember: { status: MemberStatus | null } };

export type MutationInputsReinstateMemberMutationVariables = Exact<{
  input?: MemberStatusInput | null | undefined;
}>;


export type MutationInputsReinstateMemberMutation = { reinstateMember: { status: MemberStatus | null } };

export type MutationInputsMarkNotificationReadMutationVariables = Exact<{
  input?: NotificationIdInput | null | undefined;
}>;


export type MutationInputsMarkNotificationReadMutation = { markNotificationRead: boolean };

export type MutationInputsUpdateNotificationPreferencesMutationVariables = Exact<{
  input?: UpdateNotificationPreferencesInput | null | undefined;
}>;


export type MutationInputsUpdateNotificationPreferencesMutation = { updateNotificationPreferences: Array<{ kind: DiscussionNotificationKind, inApp: boolean, email: boolean }> };

export type MutationInputsUpdateNotificationPreferenceKindsMutationVariables = Exact<{
  input?: UpdateNotificationPreferencesInput | null | undefined;
}>;


export type MutationInputsUpdateNotificationPreferenceKindsMutation = { updateNotificationPreferences: Array<{ kind: DiscussionNotificationKind }> };

export type MutationInputsRequestPasswordResetMutationVariables = Exact<{
  input?: RequestPasswordResetInput | null | undefined;
}>;


export type MutationInputsRequestPasswordResetMutation = { requestPasswordReset: boolean };

export type MutationInputsConfirmEmailChangeMutationVariables = Exact<{
  input?: ConfirmEmailChangeInput | null | undefined;
}>;


export type MutationInputsConfirmEmailChangeMutation = { confirmEmailChange: boolean };

export type MutationInputsDeleteAccountMutationVariables = Exact<{
  input?: DeleteAccountInput | null | undefined;
}>;


export type MutationInputsDeleteAccountMutation = { deleteAccount: boolean };

export type OfferEnquiriesThreadFragment = { id: string, offerId: string, offerTitle: string, authorName: string | null, answeredAt: string | null, viewerSide: EnquirySide, messages: Array<{ side: EnquirySide, authorName: string | null, body: string }> };

export type OfferEnquiriesSendMutationVariables = Exact<{
  input: SendOfferEnquiryInput;
}>;


export type OfferEnquiriesSendMutation = { sendOfferEnquiry: { enquiry: { id: string, offerId: string, offerTitle: string, authorName: string | null, answeredAt: string | null, viewerSide: EnquirySide, messages: Array<{ side: EnquirySide, authorName: string | null, body: string }> } } };

export type OfferEnquiriesReplyMutationVariables = Exact<{
  input: ReplyToOfferEnquiryInput;
}>;


export type OfferEnquiriesReplyMutation = { replyToOfferEnquiry: { enquiry: { id: string, offerId: string, offerTitle: string, authorName: string | null, answeredAt: string | null, viewerSide: EnquirySide, messages: Array<{ side: EnquirySide, authorName: string | null, body: string }> } } };

export type OfferEnquiriesAnswerByLinkMutationVariables = Exact<{
  input: AnswerOfferEnquiryByLinkInput;
}>;


export type OfferEnquiriesAnswerByLinkMutation = { answerOfferEnquiryByLink: { enquiry: { id: string, offerId: string, offerTitle: string, authorName: string | null, answeredAt: string | null, viewerSide: EnquirySide, messages: Array<{ side: EnquirySide, authorName: string | null, body: string }> } } };

export type OfferEnquiriesOneQueryVariables = Exact<{
  id: string | number;
}>;


export type OfferEnquiriesOneQuery = { offerEnquiry: { id: string, offerId: string, offerTitle: string, authorName: string | null, answeredAt: string | null, viewerSide: EnquirySide, messages: Array<{ side: EnquirySide, authorName: string | null, body: string }> } };

export type OfferEnquiriesByLinkQueryVariables = Exact<{
  token: string;
}>;


export type OfferEnquiriesByLinkQuery = { offerEnquiryByLink: { id: string, offerId: string, offerTitle: string, authorName: string | null, answeredAt: string | null, viewerSide: EnquirySide, messages: Array<{ side: EnquirySide, authorName: string | null, body: string }> } };

export type OfferEnquiriesForOfferQueryVariables = Exact<{
  offerId: string | number;
}>;


export type OfferEnquiriesForOfferQuery = { offerEnquiries: { nodes: Array<{ id: string, messages: Array<{ body: string }> }> } };

export type OfferEnquiriesMineQueryVariables = Exact<{ [key: string]: never; }>;


export type OfferEnquiriesMineQuery = { myOfferEnquiries: { nodes: Array<{ id: string, offerTitle: string }> } };

export type OfferEnquiriesDeleteAccountMutationVariables = Exact<{
  password: string;
}>;


export type OfferEnquiriesDeleteAccountMutation = { deleteAccount: boolean };

export type OfferFixturesOfferFieldsFragment = { id: string, title: string, organisation: string, summary: string, description: string, descriptionHtml: string, activityTypes: Array<ActivityType>, sixWays: Array<SixWay>, benefits: Array<WellbeingBenefit>, suits: string, notSuited: string, format: OfferFormat, region: Region | null, geocodeStatus: GeocodeStatus, distanceKm: number | null, schedule: string, days: Array<Weekday>, startsTime: string | null, endsTime: string | null, byArrangement: boolean, cost: OfferCost, costDetails: string, capacity: number | null, places: OfferPlaces, accessibilityFeatures: Array<OfferAccessibilityFeature>, accessibilityNotes: string, referralUrl: string | null, referralEmail: string | null, referralPhone: string | null, selfReferral: boolean, contactName: string | null, contactEmail: string | null, contactPhone: string | null, visibility: OfferVisibility, status: OfferStatus, reviewReason: string | null, publishedAt: string | null, lastConfirmedAt: string, freshness: OfferFreshness, revision: number, canManage: boolean, place: { address: string, postcode: string, region: Region, latitude: number | null, longitude: number | null } | null, enquiryCounts: { enquiries: number, answered: number } | null };

export type OfferFixturesCreateMutationVariables = Exact<{
  input: CreateOfferInput;
}>;


export type OfferFixturesCreateMutation = { createOffer: { offer: { id: string, title: string, organisation: string, summary: string, description: string, descriptionHtml: string, activityTypes: Array<ActivityType>, sixWays: Array<SixWay>, benefits: Array<WellbeingBenefit>, suits: string, notSuited: string, format: OfferFormat, region: Region | null, geocodeStatus: GeocodeStatus, distanceKm: number | null, schedule: string, days: Array<Weekday>, startsTime: string | null, endsTime: string | null, byArrangement: boolean, cost: OfferCost, costDetails: string, capacity: number | null, places: OfferPlaces, accessibilityFeatures: Array<OfferAccessibilityFeature>, accessibilityNotes: string, referralUrl: string | null, referralEmail: string | null, referralPhone: string | null, selfReferral: boolean, contactName: string | null, contactEmail: string | null, contactPhone: string | null, visibility: OfferVisibility, status: OfferStatus, reviewReason: string | null, publishedAt: string | null, lastConfirmedAt: string, freshness: OfferFreshness, revision: number, canManage: boolean, place: { address: string, postcode: string, region: Region, latitude: number | null, longitude: number | null } | null, enquiryCounts: { enquiries: number, answered: number } | null } } };

export type OfferFixturesUpdateMutationVariables = Exact<{
  input: UpdateOfferInput;
}>;


export type OfferFixturesUpdateMutation = { updateOffer: { offer: { id: string, title: string, organisation: string, summary: string, description: string, descriptionHtml: string, activityTypes: Array<ActivityType>, sixWays: Array<SixWay>, benefits: Array<WellbeingBenefit>, suits: string, notSuited: string, format: OfferFormat, region: Region | null, geocodeStatus: GeocodeStatus, distanceKm: number | null, schedule: string, days: Array<Weekday>, startsTime: string | null, endsTime: string | null, byArrangement: boolean, cost: OfferCost, costDetails: string, capacity: number | null, places: OfferPlaces, accessibilityFeatures: Array<OfferAccessibilityFeature>, accessibilityNotes: string, referralUrl: string | null, referralEmail: string | null, referralPhone: string | null, selfReferral: boolean, contactName: string | null, contactEmail: string | null, contactPhone: string | null, visibility: OfferVisibility, status: OfferStatus, reviewReason: string | null, publishedAt: string | null, lastConfirmedAt: string, freshness: OfferFreshness, revision: number, canManage: boolean, place: { address: string, postcode: string, region: Region, latitude: number | null, longitude: number | null } | null, enquiryCounts: { enquiries: number, answered: number } | null } } };

export type OfferFixturesConfirmMutationVariables = Exact<{
  id: string | number;
}>;


export type OfferFixturesConfirmMutation = { confirmOffer: { offer: { id: string, title: string, organisation: string, summary: string, description: string, descriptionHtml: string, activityTypes: Array<ActivityType>, sixWays: Array<SixWay>, benefits: Array<WellbeingBenefit>, suits: string, notSuited: string, format: OfferFormat, region: Region | null, geocodeStatus: GeocodeStatus, distanceKm: number | null, schedule: string, days: Array<Weekday>, startsTime: string | null, endsTime: string | null, byArrangement: boolean, cost: OfferCost, costDetails: string, capacity: number | null, places: OfferPlaces, accessibilityFeatures: Array<OfferAccessibilityFeature>, accessibilityNotes: string, referralUrl: string | null, referralEmail: string | null, referralPhone: string | null, selfReferral: boolean, contactName: string | null, contactEmail: string | null, contactPhone: string | null, visibility: OfferVisibility, status: OfferStatus, reviewReason: string | null, publishedAt: string | null, lastConfirmedAt: string, freshness: OfferFreshness, revision: number, canManage: boolean, place: { address: string, postcode: string, region: Region, latitude: number | null, longitude: number | null } | null, enquiryCounts: { enquiries: number, answered: number } | null } } };

export type OfferFixturesPublishMutationVariables = Exact<{
  id: string | number;
}>;


export type OfferFixturesPublishMutation = { publishOffer: { offer: { id: string, status: OfferStatus, publishedAt: string | null } } };

export type OfferFixturesRejectMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type OfferFixturesRejectMutation = { rejectOffer: { offer: { id: string, status: OfferStatus, reviewReason: string | null } } };

export type OfferFixturesOfferQueryVariables = Exact<{
  id: string | number;
}>;


export type OfferFixturesOfferQuery = { offer: { id: string, title: string, organisation: string, summary: string, description: string, descriptionHtml: string, activityTypes: Array<ActivityType>, sixWays: Array<SixWay>, benefits: Array<WellbeingBenefit>, suits: string, notSuited: string, format: OfferFormat, region: Region | null, geocodeStatus: GeocodeStatus, distanceKm: number | null, schedule: string, days: Array<Weekday>, startsTime: string | null, endsTime: string | null, byArrangement: boolean, cost: OfferCost, costDetails: string, capacity: number | null, places: OfferPlaces, accessibilityFeatures: Array<OfferAccessibilityFeature>, accessibilityNotes: string, referralUrl: string | null, referralEmail: string | null, referralPhone: string | null, selfReferral: boolean, contactName: string | null, contactEmail: string | null, contactPhone: string | null, visibility: OfferVisibility, status: OfferStatus, reviewReason: string | null, publishedAt: string | null, lastConfirmedAt: string, freshness: OfferFreshness, revision: number, canManage: boolean, place: { address: string, postcode: string, region: Region, latitude: number | null, longitude: number | null } | null, enquiryCounts: { enquiries: number, answered: number } | null } };

export type OfferFixturesListQueryVariables = Exact<{
  filter?: OfferFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OfferFixturesListQuery = { offers: { edges: Array<{ cursor: string, node: { id: string, title: string, distanceKm: number | null, freshness: OfferFreshness } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OffersMineQueryVariables = Exact<{ [key: string]: never; }>;


export type OffersMineQuery = { myOffers: { nodes: Array<{ id: string, status: OfferStatus }> } };

export type OffersToReviewQueryVariables = Exact<{ [key: string]: never; }>;


export type OffersToReviewQuery = { offersToReview: { nodes: Array<{ id: string, title: string, status: OfferStatus }> } };

export type OffersDirectorySettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type OffersDirectorySettingsQuery = { offerDirectorySettings: { distanceSearch: boolean, mapTileUrl: string | null } };

export type PostsPostFragment = { id: string, number: number, body: string | null, bodyHtml: string | null, createdAt: string, editedAt: string | null, revisionCount: number, deleted: boolean, hidden: boolean, hiddenReason: string | null, canEdit: boolean, canDelete: boolean, canModerate: boolean, author: { id: string | null, displayName: string }, replyTo: { id: string, number: number, author: { id: string | null } } | null, mentions: Array<{ id: string | null, displayName: string }>, thread: { id: string, postCount: number, highestPostNumber: number } };

export type PostsCreatePostMutationVariables = Exact<{
  input: CreatePostInput;
}>;


export type PostsCreatePostMutation = { createPost: { id: string, number: number, body: string | null, bodyHtml: string | null, createdAt: string, editedAt: string | null, revisionCount: number, deleted: boolean, hidden: boolean, hiddenReason: string | null, canEdit: boolean, canDelete: boolean, canModerate: boolean, author: { id: string | null, displayName: string }, replyTo: { id: string, number: number, author: { id: string | null } } | null, mentions: Array<{ id: string | null, displayName: string }>, thread: { id: string, postCount: number, highestPostNumber: number } } };

export type PostsUpdatePostMutationVariables = Exact<{
  input: UpdatePostInput;
}>;


export type PostsUpdatePostMutation = { updatePost: { id: string, number: number, body: string | null, bodyHtml: string | null, createdAt: string, editedAt: string | null, revisionCount: number, deleted: boolean, hidden: boolean, hiddenReason: string | null, canEdit: boolean, canDelete: boolean, canModerate: boolean, author: { id: string | null, displayName: string }, replyTo: { id: string, number: number, author: { id: string | null } } | null, mentions: Array<{ id: string | null, displayName: string }>, thread: { id: string, postCount: number, highestPostNumber: number } } };

export type PostsDeletePostMutationVariables = Exact<{
  id: string | number;
}>;


export type PostsDeletePostMutation = { deletePost: { id: string, number: number, body: string | null, bodyHtml: string | null, createdAt: string, editedAt: string | null, revisionCount: number, deleted: boolean, hidden: boolean, hiddenReason: string | null, canEdit: boolean, canDelete: boolean, canModerate: boolean, author: { id: string | null, displayName: string }, replyTo: { id: string, number: number, author: { id: string | null } } | null, mentions: Array<{ id: string | null, displayName: string }>, thread: { id: string, postCount: number, highestPostNumber: number } } };

export type PostsCreateThreadMutationVariables = Exact<{
  input: CreateThreadInput;
}>;


export type PostsCreateThreadMutation = { createThread: { id: string, openingPost: { id: string } } };

export type PostsPageQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  fromNumber?: number | null | undefined;
}>;


export type PostsPageQuery = { thread: { postCount: number, replyCount: number, highestPostNumber: number, lastPoster: { id: string | null } | null, posts: { edges: Array<{ cursor: string, node: { id: string, number: number, body: string | null, bodyHtml: string | null, createdAt: string, editedAt: string | null, revisionCount: number, deleted: boolean, hidden: boolean, hiddenReason: string | null, canEdit: boolean, canDelete: boolean, canModerate: boolean, author: { id: string | null, displayName: string }, replyTo: { id: string, number: number, author: { id: string | null } } | null, mentions: Array<{ id: string | null, displayName: string }>, thread: { id: string, postCount: number, highestPostNumber: number } } }>, nodes: Array<{ id: string, number: number }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type PostsRevisionsQueryVariables = Exact<{
  id: string | number;
}>;


export type PostsRevisionsQuery = { thread: { posts: { nodes: Array<{ number: number, revisions: Array<{ revision: number, body: string, editor: { id: string | null } }> }> } } | null };

export type PostsReplyRevisionsQueryVariables = Exact<{
  id: string | number;
}>;


export type PostsReplyRevisionsQuery = { thread: { posts: { nodes: Array<{ number: number, revisions: Array<{ revision: number, body: string, editor: { id: string | null } }> }> } } | null };

export type PostsThreadListQueryVariables = Exact<{
  slug?: string | null | undefined;
}>;


export type PostsThreadListQuery = { threads: { nodes: Array<{ id: string }> } };

export type PostsHidePostMutationVariables = Exact<{
  id: string | number;
}>;


export type PostsHidePostMutation = { hidePost: { id: string } };

export type PostsPreviewQueryVariables = Exact<{
  body: string;
  threadId?: string | number | null | undefined;
  postId?: string | number | null | undefined;
}>;


export type PostsPreviewQuery = { previewMarkdown: { html: string, personalData: Array<{ field: string, kind: string, label: string, text: string, blocking: boolean }> } };

export type RateLimitsSubmitApplicationMutationVariables = Exact<{
  input: SubmitApplicationInput;
}>;


export type RateLimitsSubmitApplicationMutation = { submitApplication: string };

export type RateLimitsRequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type RateLimitsRequestPasswordResetMutation = { requestPasswordReset: boolean };

export type RateLimitsRequestEmailChangeMutationVariables = Exact<{
  input: RequestEmailChangeInput;
}>;


export type RateLimitsRequestEmailChangeMutation = { requestEmailChange: boolean };

export type RateLimitsInviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type RateLimitsInviteMemberMutation = { inviteMember: boolean };

export type RateLimitsReportPostMutationVariables = Exact<{
  postId: string | number;
}>;


export type RateLimitsReportPostMutation = { reportPost: { id: string } };

export type RateLimitsCreateThreadMutationVariables = Exact<{
  input: CreateThreadInput;
}>;


export type RateLimitsCreateThreadMutation = { createThread: { id: string } };

export type RateLimitsCreatePostMutationVariables = Exact<{
  input: CreatePostInput;
}>;


export type RateLimitsCreatePostMutation = { createPost: { id: string } };

export type RateLimitsResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type RateLimitsResetPasswordMutation = { resetPassword: boolean };

export type RateLimitsRejectApplicationMutationVariables = Exact<{
  id: string | number;
}>;


export type RateLimitsRejectApplicationMutation = { rejectApplication: { id: string } };

export type RateLimitsChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type RateLimitsChangePasswordMutation = { changePassword: boolean };

export type RateLimitsDeleteAccountMutationVariables = Exact<{
  p: string;
}>;


export type RateLimitsDeleteAccountMutation = { deleteAccount: boolean };

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

export type ReportsPostFlagsQueryVariables = Exact<{
  id: string | number;
}>;


export type ReportsPostFlagsQuery = { thread: { posts: { nodes: Array<{ id: string, canReport: boolean, reportedByViewer: boolean }> } } | null };

export type ReportsDeletePostMutationVariables = Exact<{
  id: string | number;
}>;


export type ReportsDeletePostMutation = { deletePost: { id: string } };

export type ReportsHidePostMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type ReportsHidePostMutation = { hidePost: { id: string } };

export type ReportsCreatePostMutationVariables = Exact<{
  input: CreatePostInput;
}>;


export type ReportsCreatePostMutation = { createPost: { id: string } };

export type ReportsReportedBodiesQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportsReportedBodiesQuery = { postReports: { nodes: Array<{ id: string, post: { body: string | null, bodyText: string | null } }> } };

export type ReportsNotificationTitlesQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportsNotificationTitlesQuery = { notifications: { nodes: Array<{ title: string }> } };

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

export type SearchHitFieldsFragment = { rank: number, snippetHtml: string, thread: { id: string, title: string, kind: ThreadKind }, post: { id: string, number: number, body: string | null } | null };

export type SearchHitsQueryVariables = Exact<{
  input: SearchInput;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchHitsQuery = { search: { totalCount: number, totalCountCapped: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { rank: number, snippetHtml: string, thread: { id: string, title: string, kind: ThreadKind }, post: { id: string, number: number, body: string | null } | null } }> } };

export type SearchWebPageQueryVariables = Exact<{
  input: SearchInput;
  first?: number | null | undefined;
}>;


export type SearchWebPageQuery = { search: { edges: Array<{ node: { snippetHtml: string, thread: { id: string, title: string, category: { name: string }, author: { displayName: string } }, post: { id: string, number: number, author: { displayName: string } } | null } }> } };

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

export type TwoProcessesCreateThreadMutationVariables = Exact<{
  input: CreateThreadInput;
}>;


export type TwoProcessesCreateThreadMutation = { createThread: { id: string } };

export type TwoProcessesCreatePostMutationVariables = Exact<{
  input: CreatePostInput;
}>;


export type TwoProcessesCreatePostMutation = { createPost: { id: string, number: number } };

export type TwoProcessesViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type TwoProcessesViewerQuery = { viewer: { id: string } | null };

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

export type WebAppViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type WebAppViewerQuery = { viewer: { id: string, displayName: string, email: string, roles: Array<Role>, permissions: Array<Permission> } | null };

export type WebAppSchemaTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type WebAppSchemaTypesQuery = { __schema: { types: Array<{ name: string | null, description: string | null, fields: Array<{ name: string, description: string | null }> | null }> } };

export type JourneyEvidenceCreateThreadMutationVariables = Exact<{
  input: CreateThreadInput;
}>;


export type JourneyEvidenceCreateThreadMutation = { createThread: { id: string } };

export type JourneyLiveCreateThreadMutationVariables = Exact<{
  input: CreateThreadInput;
}>;


export type JourneyLiveCreateThreadMutation = { createThread: { id: string } };

export type JourneyLiveCreatePostMutationVariables = Exact<{
  input: CreatePostInput;
}>;


export type JourneyLiveCreatePostMutation = { createPost: { id: string, number: number } };

export type JourneyMembershipSubmitApplicationMutationVariables = Exact<{
  input: SubmitApplicationInput;
}>;


export type JourneyMembershipSubmitApplicationMutation = { submitApplication: string };

export type JourneyThreadCreateThreadMutationVariables = Exact<{
  input: CreateThreadInput;
}>;


export type JourneyThreadCreateThreadMutation = { createThread: { id: string } };

export type JourneyThreadCreatePostMutationVariables = Exact<{
  input: CreatePostInput;
}>;


export type JourneyThreadCreatePostMutation = { createPost: { id: string, number: number } };

export type JourneyThreadUpdatePostMutationVariables = Exact<{
  input: UpdatePostInput;
}>;


export type JourneyThreadUpdatePostMutation = { updatePost: { id: string, revisionCount: number } };

export type JourneyThreadReportPostMutationVariables = Exact<{
  postId: string | number;
  reason: string;
}>;


export type JourneyThreadReportPostMutation = { reportPost: { id: string } };

export type JourneyThreadResolveReportMutationVariables = Exact<{
  id: string | number;
  note: string;
}>;


export type JourneyThreadResolveReportMutation = { resolveReport: { id: string } };

export type JourneyThreadSpacesQueryVariables = Exact<{ [key: string]: never; }>;


export type JourneyThreadSpacesQuery = { spaces: Array<{ id: string, slug: string }> };

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
export const DiscussionNotificationsPreferenceFragmentDoc = new TypedDocumentString(`
    fragment DiscussionNotificationsPreference on NotificationPreference {
  kind
  label
  inApp
  email
  emailAvailable
}
    `, {"fragmentName":"DiscussionNotificationsPreference"}) as unknown as TypedDocumentString<DiscussionNotificationsPreferenceFragment, unknown>;
export const DiscussionStatementsAuthorFragmentDoc = new TypedDocumentString(`
    fragment DiscussionStatementsAuthor on PostAuthor {
  id
  displayName
  organisation
  roles
}
    `, {"fragmentName":"DiscussionStatementsAuthor"}) as unknown as TypedDocumentString<DiscussionStatementsAuthorFragment, unknown>;
export const DiscussionStatementsCaseStudyFragmentDoc = new TypedDocumentString(`
    fragment DiscussionStatementsCaseStudy on CaseStudy {
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
    `, {"fragmentName":"DiscussionStatementsCaseStudy"}) as unknown as TypedDocumentString<DiscussionStatementsCaseStudyFragment, unknown>;
export const EventFixturesEventFieldsFragmentDoc = new TypedDocumentString(`
    fragment EventFixturesEventFields on Event {
  id
  title
  description
  descriptionHtml
  startsAt
  endsAt
  timeZone
  format
  venueName
  venueAddress
  joinUrl
  capacity
  goingCount
  waitlistCount
  placesLeft
  full
  tags
  region
  accessibilityFeatures
  accessibilityNotes
  visibility
  status
  cancellationReason
  cancelledAt
  past
  open
  sequence
  calendarPath
  threadId
  canManage
  attendeesCsvPath
  organisers {
    id
    displayName
    organisation
  }
  myRsvp {
    status
    waitlistPosition
    since
  }
}
    `, {"fragmentName":"EventFixturesEventFields"}) as unknown as TypedDocumentString<EventFixturesEventFieldsFragment, unknown>;
export const EvidenceCaseStudyFragmentDoc = new TypedDocumentString(`
    fragment EvidenceCaseStudy on CaseStudy {
  setting
  activityTypes
  sixWays
  evidenceType
  evidenceLink
  outcomes {
    measure {
      id
      code
      name
      scaleMin
      scaleMax
      higherIsBetter
    }
    statistic
    participantsStarted
    participantsCompleted
    before
    after
    change
    beforeOn
    afterOn
  }
}
    `, {"fragmentName":"EvidenceCaseStudy"}) as unknown as TypedDocumentString<EvidenceCaseStudyFragment, unknown>;
export const EvidenceMeasureFragmentDoc = new TypedDocumentString(`
    fragment EvidenceMeasure on OutcomeMeasure {
  id
  code
  name
  scaleMin
  scaleMax
  higherIsBetter
  standard
}
    `, {"fragmentName":"EvidenceMeasure"}) as unknown as TypedDocumentString<EvidenceMeasureFragment, unknown>;
export const EvidenceCountFragmentDoc = new TypedDocumentString(`
    fragment EvidenceCount on ShownCountType {
  value
  fewerThan
  fewerThanWhat
  text
}
    `, {"fragmentName":"EvidenceCount"}) as unknown as TypedDocumentString<EvidenceCountFragment, unknown>;
export const EvidenceFiguresFragmentDoc = new TypedDocumentString(`
    fragment EvidenceFigures on EvidenceSummary {
  caseStudies {
    ...EvidenceCount
  }
  participants {
    ...EvidenceCount
  }
  measures {
    measure {
      code
      name
    }
    studies {
      ...EvidenceCount
    }
    participants {
      ...EvidenceCount
    }
    hidden
    medianChange
    smallestChange
    largestChange
  }
}
    fragment EvidenceCount on ShownCountType {
  value
  fewerThan
  fewerThanWhat
  text
}`, {"fragmentName":"EvidenceFigures"}) as unknown as TypedDocumentString<EvidenceFiguresFragment, unknown>;
export const MembersProfileFragmentDoc = new TypedDocumentString(`
    fragment MembersProfile on MemberProfile {
  id
  displayName
  pronouns
  organisation
  jobTitle
  sector
  sectorOther
  region
  bio
  bioHtml
  interests
  activityTypes
  takesReferrals
  email
  showEmail
  roles
  memberSince
  status
  statusReason
}
    `, {"fragmentName":"MembersProfile"}) as unknown as TypedDocumentString<MembersProfileFragment, unknown>;
export const ModerationThreadFragmentDoc = new TypedDocumentString(`
    fragment ModerationThread on Thread {
  id
  pinned
  locked
  hidden
  deleted
  postCount
  canModerate
  category {
    id
  }
}
    `, {"fragmentName":"ModerationThread"}) as unknown as TypedDocumentString<ModerationThreadFragment, unknown>;
export const ModerationPostFragmentDoc = new TypedDocumentString(`
    fragment ModerationPost on Post {
  id
  number
  body
  bodyHtml
  deleted
  hidden
  hiddenReason
  canEdit
  canModerate
}
    `, {"fragmentName":"ModerationPost"}) as unknown as TypedDocumentString<ModerationPostFragment, unknown>;
export const MutationInputsThreadStateFragmentDoc = new TypedDocumentString(`
    fragment MutationInputsThreadState on Thread {
  pinned
  locked
  category {
    id
  }
}
    `, {"fragmentName":"MutationInputsThreadState"}) as unknown as TypedDocumentString<MutationInputsThreadStateFragment, unknown>;
export const MutationInputsReactionsFragmentDoc = new TypedDocumentString(`
    fragment MutationInputsReactions on Post {
  reactions {
    kind
    count
    reactedByViewer
  }
}
    `, {"fragmentName":"MutationInputsReactions"}) as unknown as TypedDocumentString<MutationInputsReactionsFragment, unknown>;
export const OfferEnquiriesThreadFragmentDoc = new TypedDocumentString(`
    fragment OfferEnquiriesThread on OfferEnquiry {
  id
  offerId
  offerTitle
  authorName
  answeredAt
  viewerSide
  messages {
    side
    authorName
    body
  }
}
    `, {"fragmentName":"OfferEnquiriesThread"}) as unknown as TypedDocumentString<OfferEnquiriesThreadFragment, unknown>;
export const OfferFixturesOfferFieldsFragmentDoc = new TypedDocumentString(`
    fragment OfferFixturesOfferFields on Offer {
  id
  title
  organisation
  summary
  description
  descriptionHtml
  activityTypes
  sixWays
  benefits
  suits
  notSuited
  format
  place {
    address
    postcode
    region
    latitude
    longitude
  }
  region
  geocodeStatus
  distanceKm
  schedule
  days
  startsTime
  endsTime
  byArrangement
  cost
  costDetails
  capacity
  places
  accessibilityFeatures
  accessibilityNotes
  referralUrl
  referralEmail
  referralPhone
  selfReferral
  contactName
  contactEmail
  contactPhone
  visibility
  status
  reviewReason
  publishedAt
  lastConfirmedAt
  freshness
  revision
  canManage
  enquiryCounts {
    enquiries
    answered
  }
}
    `, {"fragmentName":"OfferFixturesOfferFields"}) as unknown as TypedDocumentString<OfferFixturesOfferFieldsFragment, unknown>;
export const PostsPostFragmentDoc = new TypedDocumentString(`
    fragment PostsPost on Post {
  id
  number
  body
  bodyHtml
  createdAt
  editedAt
  revisionCount
  deleted
  hidden
  hiddenReason
  canEdit
  canDelete
  canModerate
  author {
    id
    displayName
  }
  replyTo {
    id
    number
    author {
      id
    }
  }
  mentions {
    id
    displayName
  }
  thread {
    id
    postCount
    highestPostNumber
  }
}
    `, {"fragmentName":"PostsPost"}) as unknown as TypedDocumentString<PostsPostFragment, unknown>;
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
export const SearchHitFieldsFragmentDoc = new TypedDocumentString(`
    fragment SearchHitFields on SearchHit {
  rank
  snippetHtml
  thread {
    id
    title
    kind
  }
  post {
    id
    number
    body
  }
}
    `, {"fragmentName":"SearchHitFields"}) as unknown as TypedDocumentString<SearchHitFieldsFragment, unknown>;
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
export const AccountDataDeleteAccountDocument = new TypedDocumentString(`
    mutation AccountDataDeleteAccount($password: String!) {
  deleteAccount(password: $password)
}
    `) as unknown as TypedDocumentString<AccountDataDeleteAccountMutation, AccountDataDeleteAccountMutationVariables>;
export const AccountDataRsvpDocument = new TypedDocumentString(`
    mutation AccountDataRsvp($eventId: ID!, $answer: RsvpAnswer!) {
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
    `) as unknown as TypedDocumentString<AccountDataRsvpMutation, AccountDataRsvpMutationVariables>;
export const AccountDataInviteMemberDocument = new TypedDocumentString(`
    mutation AccountDataInviteMember($input: InviteMemberInput!) {
  inviteMember(input: $input)
}
    `) as unknown as TypedDocumentString<AccountDataInviteMemberMutation, AccountDataInviteMemberMutationVariables>;
export const AccountDataCompleteAccountSetupDocument = new TypedDocumentString(`
    mutation AccountDataCompleteAccountSetup($input: CompleteAccountSetupInput!) {
  completeAccountSetup(input: $input)
}
    `) as unknown as TypedDocumentString<AccountDataCompleteAccountSetupMutation, AccountDataCompleteAccountSetupMutationVariables>;
export const AccountDataRequestPasswordResetDocument = new TypedDocumentString(`
    mutation AccountDataRequestPasswordReset($e: String!) {
  requestPasswordReset(email: $e)
}
    `) as unknown as TypedDocumentString<AccountDataRequestPasswordResetMutation, AccountDataRequestPasswordResetMutationVariables>;
export const ApplicationsSubmitDocument = new TypedDocumentString(`
    mutation ApplicationsSubmit($input: SubmitApplicationInput!) {
  submitApplication(input: $input)
}
    `) as unknown as TypedDocumentString<ApplicationsSubmitMutation, ApplicationsSubmitMutationVariables>;
export const ApplicationsQueueDocument = new TypedDocumentString(`
    query ApplicationsQueue($status: ApplicationStatus, $first: Int, $after: String) {
  applications(status: $status, first: $first, after: $after) {
    nodes {
      id
      email
      fullName
      status
      submittedAt
      messages {
        kind
        body
        authorName
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ApplicationsQueueQuery, ApplicationsQueueQueryVariables>;
export const ApplicationsApplicationIdDocument = new TypedDocumentString(`
    query ApplicationsApplicationId($id: ID!) {
  application(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ApplicationsApplicationIdQuery, ApplicationsApplicationIdQueryVariables>;
export const ApplicationsApplicationDetailDocument = new TypedDocumentString(`
    query ApplicationsApplicationDetail($id: ID!) {
  application(id: $id) {
    status
    messages {
      kind
      body
    }
  }
}
    `) as unknown as TypedDocumentString<ApplicationsApplicationDetailQuery, ApplicationsApplicationDetailQueryVariables>;
export const ApplicationsApproveDocument = new TypedDocumentString(`
    mutation ApplicationsApprove($id: ID!) {
  approveApplication(input: {applicationId: $id}) {
    id
    status
    decidedByName
    memberId
  }
}
    `) as unknown as TypedDocumentString<ApplicationsApproveMutation, ApplicationsApproveMutationVariables>;
export const ApplicationsRejectDocument = new TypedDocumentString(`
    mutation ApplicationsReject($id: ID!, $reason: String!) {
  rejectApplication(input: {applicationId: $id, reason: $reason}) {
    id
    status
    decisionReason
  }
}
    `) as unknown as TypedDocumentString<ApplicationsRejectMutation, ApplicationsRejectMutationVariables>;
export const ApplicationsAskDocument = new TypedDocumentString(`
    mutation ApplicationsAsk($id: ID!, $q: String!) {
  requestApplicationInformation(input: {applicationId: $id, question: $q}) {
    id
    status
    messages {
      kind
      body
      authorName
    }
  }
}
    `) as unknown as TypedDocumentString<ApplicationsAskMutation, ApplicationsAskMutationVariables>;
export const ApplicationsApplicationQuestionDocument = new TypedDocumentString(`
    query ApplicationsApplicationQuestion($t: String!) {
  applicationQuestion(token: $t) {
    fullName
    question
  }
}
    `) as unknown as TypedDocumentString<ApplicationsApplicationQuestionQuery, ApplicationsApplicationQuestionQueryVariables>;
export const ApplicationsAnswerQuestionDocument = new TypedDocumentString(`
    mutation ApplicationsAnswerQuestion($input: AnswerApplicationQuestionInput!) {
  answerApplicationQuestion(input: $input)
}
    `) as unknown as TypedDocumentString<ApplicationsAnswerQuestionMutation, ApplicationsAnswerQuestionMutationVariables>;
export const ApplicationsInviteDocument = new TypedDocumentString(`
    mutation ApplicationsInvite($input: InviteMemberInput!) {
  inviteMember(input: $input)
}
    `) as unknown as TypedDocumentString<ApplicationsInviteMutation, ApplicationsInviteMutationVariables>;
export const ApplicationsAccountSetupDocument = new TypedDocumentString(`
    query ApplicationsAccountSetup($t: String!) {
  accountSetup(token: $t) {
    purpose
    email
    fullName
    organisation
  }
}
    `) as unknown as TypedDocumentString<ApplicationsAccountSetupQuery, ApplicationsAccountSetupQueryVariables>;
export const ApplicationsAccountSetupEmailDocument = new TypedDocumentString(`
    query ApplicationsAccountSetupEmail($t: String!) {
  accountSetup(token: $t) {
    email
  }
}
    `) as unknown as TypedDocumentString<ApplicationsAccountSetupEmailQuery, ApplicationsAccountSetupEmailQueryVariables>;
export const ApplicationsCompleteAccountSetupDocument = new TypedDocumentString(`
    mutation ApplicationsCompleteAccountSetup($input: CompleteAccountSetupInput!) {
  completeAccountSetup(input: $input)
}
    `) as unknown as TypedDocumentString<ApplicationsCompleteAccountSetupMutation, ApplicationsCompleteAccountSetupMutationVariables>;
export const ApplicationsViewerIdDocument = new TypedDocumentString(`
    query ApplicationsViewerId {
  viewer {
    id
  }
}
    `) as unknown as TypedDocumentString<ApplicationsViewerIdQuery, ApplicationsViewerIdQueryVariables>;
export const ApplicationsViewerRolesDocument = new TypedDocumentString(`
    query ApplicationsViewerRoles {
  viewer {
    roles
    displayName
  }
}
    `) as unknown as TypedDocumentString<ApplicationsViewerRolesQuery, ApplicationsViewerRolesQueryVariables>;
export const ApplicationsAuditLogForDocument = new TypedDocumentString(`
    query ApplicationsAuditLogFor($id: ID!) {
  auditLog(targetId: $id) {
    nodes {
      action
      actorName
      targetId
    }
  }
}
    `) as unknown as TypedDocumentString<ApplicationsAuditLogForQuery, ApplicationsAuditLogForQueryVariables>;
export const ApplicationsAuditLogIdsDocument = new TypedDocumentString(`
    query ApplicationsAuditLogIds {
  auditLog {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ApplicationsAuditLogIdsQuery, ApplicationsAuditLogIdsQueryVariables>;
export const ApplicationsNotificationLinksDocument = new TypedDocumentString(`
    query ApplicationsNotificationLinks {
  notifications(first: 5) {
    nodes {
      title
      link
      read
    }
  }
}
    `) as unknown as TypedDocumentString<ApplicationsNotificationLinksQuery, ApplicationsNotificationLinksQueryVariables>;
export const ApplicationsNotificationTitlesDocument = new TypedDocumentString(`
    query ApplicationsNotificationTitles {
  notifications(first: 3) {
    nodes {
      title
    }
  }
}
    `) as unknown as TypedDocumentString<ApplicationsNotificationTitlesQuery, ApplicationsNotificationTitlesQueryVariables>;
export const ApplicationsLatestNotificationDocument = new TypedDocumentString(`
    query ApplicationsLatestNotification {
  notifications(first: 1) {
    nodes {
      id
    }
  }
  unreadNotificationCount
}
    `) as unknown as TypedDocumentString<ApplicationsLatestNotificationQuery, ApplicationsLatestNotificationQueryVariables>;
export const ApplicationsMarkNotificationReadDocument = new TypedDocumentString(`
    mutation ApplicationsMarkNotificationRead($id: ID!) {
  markNotificationRead(id: $id)
}
    `) as unknown as TypedDocumentString<ApplicationsMarkNotificationReadMutation, ApplicationsMarkNotificationReadMutationVariables>;
export const ApplicationsMarkAllNotificationsReadDocument = new TypedDocumentString(`
    mutation ApplicationsMarkAllNotificationsRead {
  markAllNotificationsRead
}
    `) as unknown as TypedDocumentString<ApplicationsMarkAllNotificationsReadMutation, ApplicationsMarkAllNotificationsReadMutationVariables>;
export const ApplicationsUnreadNotificationCountDocument = new TypedDocumentString(`
    query ApplicationsUnreadNotificationCount {
  unreadNotificationCount
}
    `) as unknown as TypedDocumentString<ApplicationsUnreadNotificationCountQuery, ApplicationsUnreadNotificationCountQueryVariables>;
export const ApplicationsDevMailboxDocument = new TypedDocumentString(`
    query ApplicationsDevMailbox {
  devMailbox {
    to
    subject
    text
  }
}
    `) as unknown as TypedDocumentString<ApplicationsDevMailboxQuery, ApplicationsDevMailboxQueryVariables>;
export const AuthViewerDocument = new TypedDocumentString(`
    query AuthViewer {
  viewer {
    id
    email
    displayName
    roles
    permissions
  }
}
    `) as unknown as TypedDocumentString<AuthViewerQuery, AuthViewerQueryVariables>;
export const AuthSignOutEverywhereDocument = new TypedDocumentString(`
    mutation AuthSignOutEverywhere {
  signOutEverywhere
}
    `) as unknown as TypedDocumentString<AuthSignOutEverywhereMutation, AuthSignOutEverywhereMutationVariables>;
export const AuthChangePasswordDocument = new TypedDocumentString(`
    mutation AuthChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input)
}
    `) as unknown as TypedDocumentString<AuthChangePasswordMutation, AuthChangePasswordMutationVariables>;
export const AuthRequestPasswordResetDocument = new TypedDocumentString(`
    mutation AuthRequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `) as unknown as TypedDocumentString<AuthRequestPasswordResetMutation, AuthRequestPasswordResetMutationVariables>;
export const AuthResetPasswordDocument = new TypedDocumentString(`
    mutation AuthResetPassword($input: ResetPasswordInput!) {
  resetPassword(input: $input)
}
    `) as unknown as TypedDocumentString<AuthResetPasswordMutation, AuthResetPasswordMutationVariables>;
export const AuthRequestEmailChangeDocument = new TypedDocumentString(`
    mutation AuthRequestEmailChange($input: RequestEmailChangeInput!) {
  requestEmailChange(input: $input)
}
    `) as unknown as TypedDocumentString<AuthRequestEmailChangeMutation, AuthRequestEmailChangeMutationVariables>;
export const AuthConfirmEmailChangeDocument = new TypedDocumentString(`
    mutation AuthConfirmEmailChange($token: String!) {
  confirmEmailChange(token: $token)
}
    `) as unknown as TypedDocumentString<AuthConfirmEmailChangeMutation, AuthConfirmEmailChangeMutationVariables>;
export const AuthVisitorChangePasswordDocument = new TypedDocumentString(`
    mutation AuthVisitorChangePassword {
  changePassword(input: {currentPassword: "x", newPassword: "y"})
}
    `) as unknown as TypedDocumentString<AuthVisitorChangePasswordMutation, AuthVisitorChangePasswordMutationVariables>;
export const AuthVisitorRequestEmailChangeDocument = new TypedDocumentString(`
    mutation AuthVisitorRequestEmailChange {
  requestEmailChange(input: {password: "x", newEmail: "a@b.org"})
}
    `) as unknown as TypedDocumentString<AuthVisitorRequestEmailChangeMutation, AuthVisitorRequestEmailChangeMutationVariables>;
export const AuthProductionViewerIdDocument = new TypedDocumentString(`
    query AuthProductionViewerId {
  viewer {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthProductionViewerIdQuery, AuthProductionViewerIdQueryVariables>;
export const CalendarFeedDocument = new TypedDocumentString(`
    query CalendarFeed {
  myCalendarFeed {
    active
    createdAt
    lastUsedAt
  }
}
    `) as unknown as TypedDocumentString<CalendarFeedQuery, CalendarFeedQueryVariables>;
export const CalendarRegenerateTokenDocument = new TypedDocumentString(`
    mutation CalendarRegenerateToken {
  regenerateCalendarToken {
    url
    createdAt
  }
}
    `) as unknown as TypedDocumentString<CalendarRegenerateTokenMutation, CalendarRegenerateTokenMutationVariables>;
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
export const CategoriesCacheThreadDocument = new TypedDocumentString(`
    query CategoriesCacheThread($id: ID!, $slug: String!) {
  thread(id: $id) {
    id
    canReply
    space {
      slug
    }
  }
  threads(filter: {spaceSlug: $slug}) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CategoriesCacheThreadQuery, CategoriesCacheThreadQueryVariables>;
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
export const CompiledThreadPageDocument = new TypedDocumentString(`
    query CompiledThreadPage($id: ID!, $first: Int) {
  thread(id: $id) {
    id
    title
    kind
    createdAt
    canReply
    canEdit
    canModerate
    space {
      id
      name
      slug
    }
    author {
      id
      displayName
    }
    posts(first: $first) {
      nodes {
        id
        number
        bodyHtml
        createdAt
        canEdit
        canReact
        canReport
        author {
          displayName
        }
        replyTo {
          number
        }
        reactions {
          kind
          count
          reactedByViewer
          reactors(first: 5) {
            displayName
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompiledThreadPageQuery, CompiledThreadPageQueryVariables>;
export const CompiledSearchDocument = new TypedDocumentString(`
    query CompiledSearch($query: String!) {
  search(input: {query: $query}, first: 5) {
    totalCount
    totalCountCapped
    edges {
      cursor
      node {
        snippetHtml
        rank
        thread {
          id
          title
          space {
            name
          }
        }
        post {
          number
          author {
            displayName
          }
        }
      }
    }
    pageInfo {
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<CompiledSearchQuery, CompiledSearchQueryVariables>;
export const CompiledMissingThreadDocument = new TypedDocumentString(`
    query CompiledMissingThread($id: ID!) {
  thread(id: $id) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<CompiledMissingThreadQuery, CompiledMissingThreadQueryVariables>;
export const DigestsPreferenceDocument = new TypedDocumentString(`
    query DigestsPreference {
  digestPreference {
    frequency
  }
}
    `) as unknown as TypedDocumentString<DigestsPreferenceQuery, DigestsPreferenceQueryVariables>;
export const DigestsUpdatePreferenceDocument = new TypedDocumentString(`
    mutation DigestsUpdatePreference($input: UpdateDigestPreferenceInput!) {
  updateDigestPreference(input: $input) {
    preference {
      frequency
    }
  }
}
    `) as unknown as TypedDocumentString<DigestsUpdatePreferenceMutation, DigestsUpdatePreferenceMutationVariables>;
export const DigestsRunsDocument = new TypedDocumentString(`
    query DigestsRuns {
  digestRuns(first: 3) {
    trigger
    startedAt
    finishedAt
    sent
    nothingNew
  }
}
    `) as unknown as TypedDocumentString<DigestsRunsQuery, DigestsRunsQueryVariables>;
export const DigestsRunDocument = new TypedDocumentString(`
    mutation DigestsRun($input: RunDigestsInput!) {
  runDigests(input: $input) {
    run {
      trigger
      sent
      nothingNew
      finishedAt
    }
  }
}
    `) as unknown as TypedDocumentString<DigestsRunMutation, DigestsRunMutationVariables>;
export const DigestsDeleteAccountDocument = new TypedDocumentString(`
    mutation DigestsDeleteAccount($password: String!) {
  deleteAccount(password: $password)
}
    `) as unknown as TypedDocumentString<DigestsDeleteAccountMutation, DigestsDeleteAccountMutationVariables>;
export const DiscussionFixturesCreateThreadDocument = new TypedDocumentString(`
    mutation DiscussionFixturesCreateThread($input: CreateThreadInput!) {
  createThread(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<DiscussionFixturesCreateThreadMutation, DiscussionFixturesCreateThreadMutationVariables>;
export const DiscussionFixturesCreatePostDocument = new TypedDocumentString(`
    mutation DiscussionFixturesCreatePost($input: CreatePostInput!) {
  createPost(input: $input) {
    id
    number
  }
}
    `) as unknown as TypedDocumentString<DiscussionFixturesCreatePostMutation, DiscussionFixturesCreatePostMutationVariables>;
export const DiscussionNotificationsListDocument = new TypedDocumentString(`
    query DiscussionNotificationsList {
  notifications(first: 50) {
    nodes {
      kind
      title
      link
      read
    }
  }
  unreadNotificationCount
}
    `) as unknown as TypedDocumentString<DiscussionNotificationsListQuery, DiscussionNotificationsListQueryVariables>;
export const DiscussionNotificationsPreferencesDocument = new TypedDocumentString(`
    query DiscussionNotificationsPreferences {
  notificationPreferences {
    ...DiscussionNotificationsPreference
  }
}
    fragment DiscussionNotificationsPreference on NotificationPreference {
  kind
  label
  inApp
  email
  emailAvailable
}`) as unknown as TypedDocumentString<DiscussionNotificationsPreferencesQuery, DiscussionNotificationsPreferencesQueryVariables>;
export const DiscussionNotificationsUpdatePreferencesDocument = new TypedDocumentString(`
    mutation DiscussionNotificationsUpdatePreferences($preferences: [NotificationPreferenceInput!]!) {
  updateNotificationPreferences(preferences: $preferences) {
    ...DiscussionNotificationsPreference
  }
}
    fragment DiscussionNotificationsPreference on NotificationPreference {
  kind
  label
  inApp
  email
  emailAvailable
}`) as unknown as TypedDocumentString<DiscussionNotificationsUpdatePreferencesMutation, DiscussionNotificationsUpdatePreferencesMutationVariables>;
export const DiscussionNotificationsCreateThreadDocument = new TypedDocumentString(`
    mutation DiscussionNotificationsCreateThread($input: CreateThreadInput!) {
  createThread(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<DiscussionNotificationsCreateThreadMutation, DiscussionNotificationsCreateThreadMutationVariables>;
export const DiscussionNotificationsCreatePostDocument = new TypedDocumentString(`
    mutation DiscussionNotificationsCreatePost($input: CreatePostInput!) {
  createPost(input: $input) {
    id
    number
  }
}
    `) as unknown as TypedDocumentString<DiscussionNotificationsCreatePostMutation, DiscussionNotificationsCreatePostMutationVariables>;
export const DiscussionNotificationsUpdatePostDocument = new TypedDocumentString(`
    mutation DiscussionNotificationsUpdatePost($input: UpdatePostInput!) {
  updatePost(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<DiscussionNotificationsUpdatePostMutation, DiscussionNotificationsUpdatePostMutationVariables>;
export const DiscussionNotificationsReactDocument = new TypedDocumentString(`
    mutation DiscussionNotificationsReact($postId: ID!, $kind: ReactionKind!) {
  react(postId: $postId, kind: $kind) {
    id
  }
}
    `) as unknown as TypedDocumentString<DiscussionNotificationsReactMutation, DiscussionNotificationsReactMutationVariables>;
export const DiscussionNotificationsUnreactDocument = new TypedDocumentString(`
    mutation DiscussionNotificationsUnreact($postId: ID!, $kind: ReactionKind!) {
  unreact(postId: $postId, kind: $kind) {
    id
  }
}
    `) as unknown as TypedDocumentString<DiscussionNotificationsUnreactMutation, DiscussionNotificationsUnreactMutationVariables>;
export const DiscussionNotificationsReportDocument = new TypedDocumentString(`
    mutation DiscussionNotificationsReport($postId: ID!, $reason: String!) {
  reportPost(postId: $postId, reason: $reason) {
    id
  }
}
    `) as unknown as TypedDocumentString<DiscussionNotificationsReportMutation, DiscussionNotificationsReportMutationVariables>;
export const DiscussionNotificationsResolveDocument = new TypedDocumentString(`
    mutation DiscussionNotificationsResolve($id: ID!, $action: ReportAction!, $note: String!) {
  resolveReport(id: $id, action: $action, note: $note) {
    id
  }
}
    `) as unknown as TypedDocumentString<DiscussionNotificationsResolveMutation, DiscussionNotificationsResolveMutationVariables>;
export const DiscussionNotificationsWatchThreadDocument = new TypedDocumentString(`
    mutation DiscussionNotificationsWatchThread($id: ID!) {
  watchThread(id: $id) {
    id
    watching
  }
}
    `) as unknown as TypedDocumentString<DiscussionNotificationsWatchThreadMutation, DiscussionNotificationsWatchThreadMutationVariables>;
export const DiscussionNotificationsWatchCategoryDocument = new TypedDocumentString(`
    mutation DiscussionNotificationsWatchCategory($id: ID!) {
  watchCategory(id: $id) {
    id
    watching
  }
}
    `) as unknown as TypedDocumentString<DiscussionNotificationsWatchCategoryMutation, DiscussionNotificationsWatchCategoryMutationVariables>;
export const DiscussionNotificationsUnwatchCategoryDocument = new TypedDocumentString(`
    mutation DiscussionNotificationsUnwatchCategory($id: ID!) {
  unwatchCategory(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<DiscussionNotificationsUnwatchCategoryMutation, DiscussionNotificationsUnwatchCategoryMutationVariables>;
export const DiscussionStatementsListDocument = new TypedDocumentString(`
    query DiscussionStatementsList($slug: String, $first: Int) {
  threads(filter: {categorySlug: $slug}, first: $first) {
    nodes {
      id
      kind
      title
      summary
      tags
      pinned
      locked
      postCount
      replyCount
      lastPostedAt
      category {
        id
        slug
        name
        canReply
        unreadThreadCount
        newThreadCount
        watching
      }
      author {
        ...DiscussionStatementsAuthor
      }
      lastPoster {
        ...DiscussionStatementsAuthor
      }
      caseStudy {
        ...DiscussionStatementsCaseStudy
      }
      openingPost {
        id
        bodyHtml
      }
      canReply
      canEdit
      canModerate
      isNew
      unreadCount
      lastReadNumber
      firstUnreadNumber
      watching
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment DiscussionStatementsAuthor on PostAuthor {
  id
  displayName
  organisation
  roles
}
fragment DiscussionStatementsCaseStudy on CaseStudy {
  setting
  activityTypes
  referralRoute
  groupSize
  duration
  benefits
  measurement
  whatWorked
  wouldChange
}`) as unknown as TypedDocumentString<DiscussionStatementsListQuery, DiscussionStatementsListQueryVariables>;
export const DiscussionStatementsPageDocument = new TypedDocumentString(`
    query DiscussionStatementsPage($id: ID!, $first: Int) {
  thread(id: $id) {
    id
    title
    kind
    category {
      id
      name
      canReply
    }
    author {
      ...DiscussionStatementsAuthor
    }
    lastPoster {
      ...DiscussionStatementsAuthor
    }
    caseStudy {
      ...DiscussionStatementsCaseStudy
    }
    openingPost {
      id
      number
      bodyHtml
    }
    canReply
    canEdit
    canModerate
    posts(first: $first) {
      nodes {
        id
        number
        body
        bodyHtml
        createdAt
        editedAt
        revisionCount
        deleted
        hidden
        hiddenReason
        author {
          ...DiscussionStatementsAuthor
        }
        replyTo {
          id
          number
          author {
            ...DiscussionStatementsAuthor
          }
        }
        mentions {
          ...DiscussionStatementsAuthor
        }
        thread {
          id
          title
        }
        canEdit
        canDelete
        canModerate
        reactions {
          kind
          count
          reactedByViewer
          reactors(first: 3) {
            ...DiscussionStatementsAuthor
          }
        }
        canReact
        canReport
        reportedByViewer
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    fragment DiscussionStatementsAuthor on PostAuthor {
  id
  displayName
  organisation
  roles
}
fragment DiscussionStatementsCaseStudy on CaseStudy {
  setting
  activityTypes
  referralRoute
  groupSize
  duration
  benefits
  measurement
  whatWorked
  wouldChange
}`) as unknown as TypedDocumentString<DiscussionStatementsPageQuery, DiscussionStatementsPageQueryVariables>;
export const DiscussionStatementsWebPostsDocument = new TypedDocumentString(`
    query DiscussionStatementsWebPosts($id: ID!, $first: Int!, $fromNumber: Int) {
  thread(id: $id) {
    id
    posts(first: $first, fromNumber: $fromNumber) {
      nodes {
        id
        number
        body
        bodyHtml
        createdAt
        editedAt
        revisionCount
        deleted
        hidden
        hiddenReason
        canEdit
        canDelete
        canModerate
        canReact
        canReport
        reportedByViewer
        author {
          id
          displayName
          organisation
        }
        replyTo {
          id
          number
          author {
            id
            displayName
          }
        }
        reactions {
          kind
          count
          reactedByViewer
          reactors(first: 10) {
            id
            displayName
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DiscussionStatementsWebPostsQuery, DiscussionStatementsWebPostsQueryVariables>;
export const EqualWorkRequestPasswordResetDocument = new TypedDocumentString(`
    mutation EqualWorkRequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `) as unknown as TypedDocumentString<EqualWorkRequestPasswordResetMutation, EqualWorkRequestPasswordResetMutationVariables>;
export const EqualWorkSubmitApplicationDocument = new TypedDocumentString(`
    mutation EqualWorkSubmitApplication($input: SubmitApplicationInput!) {
  submitApplication(input: $input)
}
    `) as unknown as TypedDocumentString<EqualWorkSubmitApplicationMutation, EqualWorkSubmitApplicationMutationVariables>;
export const EventFixturesCreateDocument = new TypedDocumentString(`
    mutation EventFixturesCreate($input: CreateEventInput!) {
  createEvent(input: $input) {
    ...EventFixturesEventFields
  }
}
    fragment EventFixturesEventFields on Event {
  id
  title
  description
  descriptionHtml
  startsAt
  endsAt
  timeZone
  format
  venueName
  venueAddress
  joinUrl
  capacity
  goingCount
  waitlistCount
  placesLeft
  full
  tags
  region
  accessibilityFeatures
  accessibilityNotes
  visibility
  status
  cancellationReason
  cancelledAt
  past
  open
  sequence
  calendarPath
  threadId
  canManage
  attendeesCsvPath
  organisers {
    id
    displayName
    organisation
  }
  myRsvp {
    status
    waitlistPosition
    since
  }
}`) as unknown as TypedDocumentString<EventFixturesCreateMutation, EventFixturesCreateMutationVariables>;
export const EventFixturesUpdateDocument = new TypedDocumentString(`
    mutation EventFixturesUpdate($input: UpdateEventInput!) {
  updateEvent(input: $input) {
    ...EventFixturesEventFields
  }
}
    fragment EventFixturesEventFields on Event {
  id
  title
  description
  descriptionHtml
  startsAt
  endsAt
  timeZone
  format
  venueName
  venueAddress
  joinUrl
  capacity
  goingCount
  waitlistCount
  placesLeft
  full
  tags
  region
  accessibilityFeatures
  accessibilityNotes
  visibility
  status
  cancellationReason
  cancelledAt
  past
  open
  sequence
  calendarPath
  threadId
  canManage
  attendeesCsvPath
  organisers {
    id
    displayName
    organisation
  }
  myRsvp {
    status
    waitlistPosition
    since
  }
}`) as unknown as TypedDocumentString<EventFixturesUpdateMutation, EventFixturesUpdateMutationVariables>;
export const EventFixturesCancelDocument = new TypedDocumentString(`
    mutation EventFixturesCancel($id: ID!, $reason: String!) {
  cancelEvent(id: $id, reason: $reason) {
    ...EventFixturesEventFields
  }
}
    fragment EventFixturesEventFields on Event {
  id
  title
  description
  descriptionHtml
  startsAt
  endsAt
  timeZone
  format
  venueName
  venueAddress
  joinUrl
  capacity
  goingCount
  waitlistCount
  placesLeft
  full
  tags
  region
  accessibilityFeatures
  accessibilityNotes
  visibility
  status
  cancellationReason
  cancelledAt
  past
  open
  sequence
  calendarPath
  threadId
  canManage
  attendeesCsvPath
  organisers {
    id
    displayName
    organisation
  }
  myRsvp {
    status
    waitlistPosition
    since
  }
}`) as unknown as TypedDocumentString<EventFixturesCancelMutation, EventFixturesCancelMutationVariables>;
export const EventFixturesEventDocument = new TypedDocumentString(`
    query EventFixturesEvent($id: ID!) {
  event(id: $id) {
    ...EventFixturesEventFields
  }
}
    fragment EventFixturesEventFields on Event {
  id
  title
  description
  descriptionHtml
  startsAt
  endsAt
  timeZone
  format
  venueName
  venueAddress
  joinUrl
  capacity
  goingCount
  waitlistCount
  placesLeft
  full
  tags
  region
  accessibilityFeatures
  accessibilityNotes
  visibility
  status
  cancellationReason
  cancelledAt
  past
  open
  sequence
  calendarPath
  threadId
  canManage
  attendeesCsvPath
  organisers {
    id
    displayName
    organisation
  }
  myRsvp {
    status
    waitlistPosition
    since
  }
}`) as unknown as TypedDocumentString<EventFixturesEventQuery, EventFixturesEventQueryVariables>;
export const EventFixturesRsvpDocument = new TypedDocumentString(`
    mutation EventFixturesRsvp($eventId: ID!, $answer: RsvpAnswer!) {
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
    `) as unknown as TypedDocumentString<EventFixturesRsvpMutation, EventFixturesRsvpMutationVariables>;
export const EventsListDocument = new TypedDocumentString(`
    query EventsList($filter: EventFilter, $first: Int, $after: String) {
  events(filter: $filter, first: $first, after: $after) {
    edges {
      cursor
      node {
        id
        title
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<EventsListQuery, EventsListQueryVariables>;
export const EventsUpcomingDocument = new TypedDocumentString(`
    query EventsUpcoming($first: Int) {
  upcomingEvents(first: $first) {
    id
    title
    status
  }
}
    `) as unknown as TypedDocumentString<EventsUpcomingQuery, EventsUpcomingQueryVariables>;
export const EventsAttendeesDocument = new TypedDocumentString(`
    query EventsAttendees($id: ID!) {
  event(id: $id) {
    attendees {
      edges {
        cursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EventsAttendeesQuery, EventsAttendeesQueryVariables>;
export const EventsFullPageDocument = new TypedDocumentString(`
    query EventsFullPage {
  events(first: 50) {
    nodes {
      id
      joinUrl
      canManage
      organisers {
        displayName
      }
      myRsvp {
        status
        waitlistPosition
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EventsFullPageQuery, EventsFullPageQueryVariables>;
export const EvidenceSummaryCreateDocument = new TypedDocumentString(`
    mutation EvidenceSummaryCreate($input: CreateThreadInput!) {
  createThread(input: $input) {
    id
    revision
  }
}
    `) as unknown as TypedDocumentString<EvidenceSummaryCreateMutation, EvidenceSummaryCreateMutationVariables>;
export const EvidenceSummaryUpdateDocument = new TypedDocumentString(`
    mutation EvidenceSummaryUpdate($input: UpdateThreadInput!) {
  updateThread(input: $input) {
    id
    revision
  }
}
    `) as unknown as TypedDocumentString<EvidenceSummaryUpdateMutation, EvidenceSummaryUpdateMutationVariables>;
export const EvidenceSummaryHidePostDocument = new TypedDocumentString(`
    mutation EvidenceSummaryHidePost($id: ID!, $reason: String!) {
  hidePost(id: $id, reason: $reason) {
    id
  }
}
    `) as unknown as TypedDocumentString<EvidenceSummaryHidePostMutation, EvidenceSummaryHidePostMutationVariables>;
export const EvidenceSummaryRestorePostDocument = new TypedDocumentString(`
    mutation EvidenceSummaryRestorePost($id: ID!) {
  restorePost(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<EvidenceSummaryRestorePostMutation, EvidenceSummaryRestorePostMutationVariables>;
export const EvidenceSummaryDeletePostDocument = new TypedDocumentString(`
    mutation EvidenceSummaryDeletePost($id: ID!) {
  deletePost(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<EvidenceSummaryDeletePostMutation, EvidenceSummaryDeletePostMutationVariables>;
export const EvidenceSummaryMoveDocument = new TypedDocumentString(`
    mutation EvidenceSummaryMove($id: ID!, $categoryId: ID!) {
  moveThread(id: $id, categoryId: $categoryId) {
    id
  }
}
    `) as unknown as TypedDocumentString<EvidenceSummaryMoveMutation, EvidenceSummaryMoveMutationVariables>;
export const EvidenceSummaryPageDocument = new TypedDocumentString(`
    query EvidenceSummaryPage($filter: EvidenceFilter) {
  evidenceSummary(filter: $filter) {
    caseStudies {
      value
      text
    }
    participants {
      value
      text
    }
    measures {
      measure {
        code
      }
      studies {
        value
      }
      participants {
        value
      }
      hidden
      medianChange
      smallestChange
      largestChange
    }
  }
}
    `) as unknown as TypedDocumentString<EvidenceSummaryPageQuery, EvidenceSummaryPageQueryVariables>;
export const EvidenceSummaryDeleteAccountDocument = new TypedDocumentString(`
    mutation EvidenceSummaryDeleteAccount($password: String!) {
  deleteAccount(password: $password)
}
    `) as unknown as TypedDocumentString<EvidenceSummaryDeleteAccountMutation, EvidenceSummaryDeleteAccountMutationVariables>;
export const EvidenceCreateDocument = new TypedDocumentString(`
    mutation EvidenceCreate($input: CreateThreadInput!) {
  createThread(input: $input) {
    id
    revision
    caseStudy {
      ...EvidenceCaseStudy
    }
  }
}
    fragment EvidenceCaseStudy on CaseStudy {
  setting
  activityTypes
  sixWays
  evidenceType
  evidenceLink
  outcomes {
    measure {
      id
      code
      name
      scaleMin
      scaleMax
      higherIsBetter
    }
    statistic
    participantsStarted
    participantsCompleted
    before
    after
    change
    beforeOn
    afterOn
  }
}`) as unknown as TypedDocumentString<EvidenceCreateMutation, EvidenceCreateMutationVariables>;
export const EvidenceUpdateDocument = new TypedDocumentString(`
    mutation EvidenceUpdate($input: UpdateThreadInput!) {
  updateThread(input: $input) {
    id
    revision
    caseStudy {
      ...EvidenceCaseStudy
    }
  }
}
    fragment EvidenceCaseStudy on CaseStudy {
  setting
  activityTypes
  sixWays
  evidenceType
  evidenceLink
  outcomes {
    measure {
      id
      code
      name
      scaleMin
      scaleMax
      higherIsBetter
    }
    statistic
    participantsStarted
    participantsCompleted
    before
    after
    change
    beforeOn
    afterOn
  }
}`) as unknown as TypedDocumentString<EvidenceUpdateMutation, EvidenceUpdateMutationVariables>;
export const EvidenceThreadDocument = new TypedDocumentString(`
    query EvidenceThread($id: ID!) {
  thread(id: $id) {
    revision
    caseStudy {
      ...EvidenceCaseStudy
    }
  }
}
    fragment EvidenceCaseStudy on CaseStudy {
  setting
  activityTypes
  sixWays
  evidenceType
  evidenceLink
  outcomes {
    measure {
      id
      code
      name
      scaleMin
      scaleMax
      higherIsBetter
    }
    statistic
    participantsStarted
    participantsCompleted
    before
    after
    change
    beforeOn
    afterOn
  }
}`) as unknown as TypedDocumentString<EvidenceThreadQuery, EvidenceThreadQueryVariables>;
export const EvidenceMeasuresDocument = new TypedDocumentString(`
    query EvidenceMeasures {
  outcomeMeasures {
    ...EvidenceMeasure
    description
  }
}
    fragment EvidenceMeasure on OutcomeMeasure {
  id
  code
  name
  scaleMin
  scaleMax
  higherIsBetter
  standard
}`) as unknown as TypedDocumentString<EvidenceMeasuresQuery, EvidenceMeasuresQueryVariables>;
export const EvidenceCreateMeasureDocument = new TypedDocumentString(`
    mutation EvidenceCreateMeasure($input: CreateOutcomeMeasureInput!) {
  createOutcomeMeasure(input: $input) {
    measure {
      ...EvidenceMeasure
    }
  }
}
    fragment EvidenceMeasure on OutcomeMeasure {
  id
  code
  name
  scaleMin
  scaleMax
  higherIsBetter
  standard
}`) as unknown as TypedDocumentString<EvidenceCreateMeasureMutation, EvidenceCreateMeasureMutationVariables>;
export const EvidencePageDocument = new TypedDocumentString(`
    query EvidencePage($filter: EvidenceFilter) {
  evidenceSummary(filter: $filter) {
    ...EvidenceFigures
  }
}
    fragment EvidenceCount on ShownCountType {
  value
  fewerThan
  fewerThanWhat
  text
}
fragment EvidenceFigures on EvidenceSummary {
  caseStudies {
    ...EvidenceCount
  }
  participants {
    ...EvidenceCount
  }
  measures {
    measure {
      code
      name
    }
    studies {
      ...EvidenceCount
    }
    participants {
      ...EvidenceCount
    }
    hidden
    medianChange
    smallestChange
    largestChange
  }
}`) as unknown as TypedDocumentString<EvidencePageQuery, EvidencePageQueryVariables>;
export const EvidenceImpactReportDocument = new TypedDocumentString(`
    query EvidenceImpactReport($from: String!, $to: String!) {
  impactReport(from: $from, to: $to) {
    from
    to
    csvPath
    evidence {
      ...EvidenceFigures
    }
    membershipBySector {
      key
      label
      joined
      total
    }
    membershipByRegion {
      key
      label
      joined
      total
    }
    quarters {
      quarter
      startsOn
      caseStudies
      events
    }
    offerEnquiries {
      offerId
      title
      organisation
      enquiriesSent
      enquiriesAnswered
    }
  }
}
    fragment EvidenceCount on ShownCountType {
  value
  fewerThan
  fewerThanWhat
  text
}
fragment EvidenceFigures on EvidenceSummary {
  caseStudies {
    ...EvidenceCount
  }
  participants {
    ...EvidenceCount
  }
  measures {
    measure {
      code
      name
    }
    studies {
      ...EvidenceCount
    }
    participants {
      ...EvidenceCount
    }
    hidden
    medianChange
    smallestChange
    largestChange
  }
}`) as unknown as TypedDocumentString<EvidenceImpactReportQuery, EvidenceImpactReportQueryVariables>;
export const EvidenceSendEnquiryDocument = new TypedDocumentString(`
    mutation EvidenceSendEnquiry($input: SendOfferEnquiryInput!) {
  sendOfferEnquiry(input: $input) {
    enquiry {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<EvidenceSendEnquiryMutation, EvidenceSendEnquiryMutationVariables>;
export const EvidenceReplyEnquiryDocument = new TypedDocumentString(`
    mutation EvidenceReplyEnquiry($input: ReplyToOfferEnquiryInput!) {
  replyToOfferEnquiry(input: $input) {
    enquiry {
      id
      answeredAt
    }
  }
}
    `) as unknown as TypedDocumentString<EvidenceReplyEnquiryMutation, EvidenceReplyEnquiryMutationVariables>;
export const EvidenceEnquiryQuartersDocument = new TypedDocumentString(`
    query EvidenceEnquiryQuarters($from: String!, $to: String!) {
  impactReport(from: $from, to: $to) {
    quarters {
      quarter
      enquiriesSent
      enquiriesAnswered
    }
  }
}
    `) as unknown as TypedDocumentString<EvidenceEnquiryQuartersQuery, EvidenceEnquiryQuartersQueryVariables>;
export const EvidenceDeleteAccountDocument = new TypedDocumentString(`
    mutation EvidenceDeleteAccount($password: String!) {
  deleteAccount(password: $password)
}
    `) as unknown as TypedDocumentString<EvidenceDeleteAccountMutation, EvidenceDeleteAccountMutationVariables>;
export const LiveUpdatePostDocument = new TypedDocumentString(`
    mutation LiveUpdatePost($input: UpdatePostInput!) {
  updatePost(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<LiveUpdatePostMutation, LiveUpdatePostMutationVariables>;
export const LiveHidePostDocument = new TypedDocumentString(`
    mutation LiveHidePost($id: ID!, $reason: String!) {
  hidePost(id: $id, reason: $reason) {
    id
  }
}
    `) as unknown as TypedDocumentString<LiveHidePostMutation, LiveHidePostMutationVariables>;
export const LiveDeletePostDocument = new TypedDocumentString(`
    mutation LiveDeletePost($id: ID!) {
  deletePost(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<LiveDeletePostMutation, LiveDeletePostMutationVariables>;
export const LiveMoveThreadDocument = new TypedDocumentString(`
    mutation LiveMoveThread($id: ID!, $categoryId: ID!) {
  moveThread(id: $id, categoryId: $categoryId) {
    id
  }
}
    `) as unknown as TypedDocumentString<LiveMoveThreadMutation, LiveMoveThreadMutationVariables>;
export const LiveUnreadCountDocument = new TypedDocumentString(`
    query LiveUnreadCount {
  unreadNotificationCount
}
    `) as unknown as TypedDocumentString<LiveUnreadCountQuery, LiveUnreadCountQueryVariables>;
export const LiveMarkAllReadDocument = new TypedDocumentString(`
    mutation LiveMarkAllRead {
  markAllNotificationsRead
}
    `) as unknown as TypedDocumentString<LiveMarkAllReadMutation, LiveMarkAllReadMutationVariables>;
export const LiveEventIdsDocument = new TypedDocumentString(`
    subscription LiveEventIds {
  liveEvents {
    id
  }
}
    `) as unknown as TypedDocumentString<LiveEventIdsSubscription, LiveEventIdsSubscriptionVariables>;
export const LiveEventsDocument = new TypedDocumentString(`
    subscription LiveEvents($threadId: ID, $spaceId: ID, $after: String) {
  liveEvents(threadId: $threadId, spaceId: $spaceId, after: $after) {
    id
    kind
    threadId
    spaceId
    postId
    postNumber
    byViewer
    unreadNotificationCount
  }
}
    `) as unknown as TypedDocumentString<LiveEventsSubscription, LiveEventsSubscriptionVariables>;
export const LoadBurstsCreatePostDocument = new TypedDocumentString(`
    mutation LoadBurstsCreatePost($input: CreatePostInput!) {
  createPost(input: $input) {
    id
    number
  }
}
    `) as unknown as TypedDocumentString<LoadBurstsCreatePostMutation, LoadBurstsCreatePostMutationVariables>;
export const LoadBurstsThreadStateDocument = new TypedDocumentString(`
    query LoadBurstsThreadState($id: ID!) {
  thread(id: $id) {
    postCount
    replyCount
    unreadCount
    lastReadNumber
  }
}
    `) as unknown as TypedDocumentString<LoadBurstsThreadStateQuery, LoadBurstsThreadStateQueryVariables>;
export const LoadFaultsCreatePostDocument = new TypedDocumentString(`
    mutation LoadFaultsCreatePost($input: CreatePostInput!) {
  createPost(input: $input) {
    id
    number
  }
}
    `) as unknown as TypedDocumentString<LoadFaultsCreatePostMutation, LoadFaultsCreatePostMutationVariables>;
export const LoadFaultsCreateThreadDocument = new TypedDocumentString(`
    mutation LoadFaultsCreateThread($input: CreateThreadInput!) {
  createThread(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<LoadFaultsCreateThreadMutation, LoadFaultsCreateThreadMutationVariables>;
export const LoadMixedThreadsDocument = new TypedDocumentString(`
    query LoadMixedThreads($slug: String!) {
  threads(filter: {categorySlug: $slug}, first: 20) {
    nodes {
      id
      title
      replyCount
      unreadCount
      lastPostedAt
    }
  }
}
    `) as unknown as TypedDocumentString<LoadMixedThreadsQuery, LoadMixedThreadsQueryVariables>;
export const LoadMixedThreadPageDocument = new TypedDocumentString(`
    query LoadMixedThreadPage($id: ID!) {
  thread(id: $id) {
    id
    title
    unreadCount
    posts(first: 20) {
      nodes {
        id
        number
        bodyHtml
        author {
          displayName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LoadMixedThreadPageQuery, LoadMixedThreadPageQueryVariables>;
export const LoadMixedEventsDocument = new TypedDocumentString(`
    query LoadMixedEvents {
  events(first: 20) {
    nodes {
      id
      title
      goingCount
      placesLeft
    }
  }
}
    `) as unknown as TypedDocumentString<LoadMixedEventsQuery, LoadMixedEventsQueryVariables>;
export const LoadMixedUnreadDocument = new TypedDocumentString(`
    query LoadMixedUnread {
  unreadNotificationCount
}
    `) as unknown as TypedDocumentString<LoadMixedUnreadQuery, LoadMixedUnreadQueryVariables>;
export const LoadMixedCreatePostDocument = new TypedDocumentString(`
    mutation LoadMixedCreatePost($input: CreatePostInput!) {
  createPost(input: $input) {
    id
    number
  }
}
    `) as unknown as TypedDocumentString<LoadMixedCreatePostMutation, LoadMixedCreatePostMutationVariables>;
export const LoadMixedMarkReadDocument = new TypedDocumentString(`
    mutation LoadMixedMarkRead($threadId: ID!, $upToNumber: Int!) {
  markThreadRead(threadId: $threadId, upToNumber: $upToNumber) {
    id
  }
}
    `) as unknown as TypedDocumentString<LoadMixedMarkReadMutation, LoadMixedMarkReadMutationVariables>;
export const LoggingCreatePostDocument = new TypedDocumentString(`
    mutation LoggingCreatePost($input: CreatePostInput!) {
  createPost(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<LoggingCreatePostMutation, LoggingCreatePostMutationVariables>;
export const MembersMemberDocument = new TypedDocumentString(`
    query MembersMember($id: ID!) {
  member(id: $id) {
    ...MembersProfile
  }
}
    fragment MembersProfile on MemberProfile {
  id
  displayName
  pronouns
  organisation
  jobTitle
  sector
  sectorOther
  region
  bio
  bioHtml
  interests
  activityTypes
  takesReferrals
  email
  showEmail
  roles
  memberSince
  status
  statusReason
}`) as unknown as TypedDocumentString<MembersMemberQuery, MembersMemberQueryVariables>;
export const MembersMyProfileDocument = new TypedDocumentString(`
    query MembersMyProfile {
  myProfile {
    ...MembersProfile
  }
}
    fragment MembersProfile on MemberProfile {
  id
  displayName
  pronouns
  organisation
  jobTitle
  sector
  sectorOther
  region
  bio
  bioHtml
  interests
  activityTypes
  takesReferrals
  email
  showEmail
  roles
  memberSince
  status
  statusReason
}`) as unknown as TypedDocumentString<MembersMyProfileQuery, MembersMyProfileQueryVariables>;
export const MembersDirectoryDocument = new TypedDocumentString(`
    query MembersDirectory($search: String, $sector: Sector, $region: Region, $interest: WellbeingBenefit, $takesReferrals: Boolean, $roles: [Role!], $first: Int, $after: String) {
  directory(
    search: $search
    sector: $sector
    region: $region
    interest: $interest
    takesReferrals: $takesReferrals
    roles: $roles
    first: $first
    after: $after
  ) {
    edges {
      cursor
      node {
        id
        displayName
        email
        status
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
    `) as unknown as TypedDocumentString<MembersDirectoryQuery, MembersDirectoryQueryVariables>;
export const MembersMembersDocument = new TypedDocumentString(`
    query MembersMembers($status: MemberStatus, $search: String, $first: Int, $after: String) {
  members(status: $status, search: $search, first: $first, after: $after) {
    nodes {
      id
      displayName
      email
      status
      statusReason
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<MembersMembersQuery, MembersMembersQueryVariables>;
export const MembersUpdateProfileDocument = new TypedDocumentString(`
    mutation MembersUpdateProfile($input: UpdateProfileInput!) {
  updateProfile(input: $input) {
    ...MembersProfile
  }
}
    fragment MembersProfile on MemberProfile {
  id
  displayName
  pronouns
  organisation
  jobTitle
  sector
  sectorOther
  region
  bio
  bioHtml
  interests
  activityTypes
  takesReferrals
  email
  showEmail
  roles
  memberSince
  status
  statusReason
}`) as unknown as TypedDocumentString<MembersUpdateProfileMutation, MembersUpdateProfileMutationVariables>;
export const MembersSetRolesDocument = new TypedDocumentString(`
    mutation MembersSetRoles($memberId: ID!, $roles: [Role!]!) {
  setMemberRoles(memberId: $memberId, roles: $roles) {
    id
    roles
  }
}
    `) as unknown as TypedDocumentString<MembersSetRolesMutation, MembersSetRolesMutationVariables>;
export const MembersSuspendDocument = new TypedDocumentString(`
    mutation MembersSuspend($memberId: ID!, $reason: String!) {
  suspendMember(memberId: $memberId, reason: $reason) {
    id
    status
    statusReason
  }
}
    `) as unknown as TypedDocumentString<MembersSuspendMutation, MembersSuspendMutationVariables>;
export const MembersReinstateDocument = new TypedDocumentString(`
    mutation MembersReinstate($memberId: ID!, $reason: String!) {
  reinstateMember(memberId: $memberId, reason: $reason) {
    id
    status
    statusReason
  }
}
    `) as unknown as TypedDocumentString<MembersReinstateMutation, MembersReinstateMutationVariables>;
export const MembersDeleteAccountDocument = new TypedDocumentString(`
    mutation MembersDeleteAccount($password: String!) {
  deleteAccount(password: $password)
}
    `) as unknown as TypedDocumentString<MembersDeleteAccountMutation, MembersDeleteAccountMutationVariables>;
export const MembersViewerDocument = new TypedDocumentString(`
    query MembersViewer {
  viewer {
    id
    permissions
  }
}
    `) as unknown as TypedDocumentString<MembersViewerQuery, MembersViewerQueryVariables>;
export const ModerationPinDocument = new TypedDocumentString(`
    mutation ModerationPin($id: ID!) {
  pinThread(id: $id) {
    ...ModerationThread
  }
}
    fragment ModerationThread on Thread {
  id
  pinned
  locked
  hidden
  deleted
  postCount
  canModerate
  category {
    id
  }
}`) as unknown as TypedDocumentString<ModerationPinMutation, ModerationPinMutationVariables>;
export const ModerationUnpinDocument = new TypedDocumentString(`
    mutation ModerationUnpin($id: ID!) {
  unpinThread(id: $id) {
    ...ModerationThread
  }
}
    fragment ModerationThread on Thread {
  id
  pinned
  locked
  hidden
  deleted
  postCount
  canModerate
  category {
    id
  }
}`) as unknown as TypedDocumentString<ModerationUnpinMutation, ModerationUnpinMutationVariables>;
export const ModerationLockDocument = new TypedDocumentString(`
    mutation ModerationLock($id: ID!) {
  lockThread(id: $id) {
    ...ModerationThread
  }
}
    fragment ModerationThread on Thread {
  id
  pinned
  locked
  hidden
  deleted
  postCount
  canModerate
  category {
    id
  }
}`) as unknown as TypedDocumentString<ModerationLockMutation, ModerationLockMutationVariables>;
export const ModerationUnlockDocument = new TypedDocumentString(`
    mutation ModerationUnlock($id: ID!) {
  unlockThread(id: $id) {
    ...ModerationThread
  }
}
    fragment ModerationThread on Thread {
  id
  pinned
  locked
  hidden
  deleted
  postCount
  canModerate
  category {
    id
  }
}`) as unknown as TypedDocumentString<ModerationUnlockMutation, ModerationUnlockMutationVariables>;
export const ModerationMoveDocument = new TypedDocumentString(`
    mutation ModerationMove($id: ID!, $categoryId: ID!) {
  moveThread(id: $id, categoryId: $categoryId) {
    ...ModerationThread
  }
}
    fragment ModerationThread on Thread {
  id
  pinned
  locked
  hidden
  deleted
  postCount
  canModerate
  category {
    id
  }
}`) as unknown as TypedDocumentString<ModerationMoveMutation, ModerationMoveMutationVariables>;
export const ModerationHideDocument = new TypedDocumentString(`
    mutation ModerationHide($id: ID!, $reason: String!) {
  hidePost(id: $id, reason: $reason) {
    ...ModerationPost
  }
}
    fragment ModerationPost on Post {
  id
  number
  body
  bodyHtml
  deleted
  hidden
  hiddenReason
  canEdit
  canModerate
}`) as unknown as TypedDocumentString<ModerationHideMutation, ModerationHideMutationVariables>;
export const ModerationRestoreDocument = new TypedDocumentString(`
    mutation ModerationRestore($id: ID!) {
  restorePost(id: $id) {
    ...ModerationPost
  }
}
    fragment ModerationPost on Post {
  id
  number
  body
  bodyHtml
  deleted
  hidden
  hiddenReason
  canEdit
  canModerate
}`) as unknown as TypedDocumentString<ModerationRestoreMutation, ModerationRestoreMutationVariables>;
export const ModerationDeleteDocument = new TypedDocumentString(`
    mutation ModerationDelete($id: ID!) {
  deletePost(id: $id) {
    ...ModerationPost
  }
}
    fragment ModerationPost on Post {
  id
  number
  body
  bodyHtml
  deleted
  hidden
  hiddenReason
  canEdit
  canModerate
}`) as unknown as TypedDocumentString<ModerationDeleteMutation, ModerationDeleteMutationVariables>;
export const ModerationPostsDocument = new TypedDocumentString(`
    query ModerationPosts($id: ID!) {
  thread(id: $id) {
    ...ModerationThread
    posts {
      nodes {
        ...ModerationPost
      }
    }
  }
}
    fragment ModerationThread on Thread {
  id
  pinned
  locked
  hidden
  deleted
  postCount
  canModerate
  category {
    id
  }
}
fragment ModerationPost on Post {
  id
  number
  body
  bodyHtml
  deleted
  hidden
  hiddenReason
  canEdit
  canModerate
}`) as unknown as TypedDocumentString<ModerationPostsQuery, ModerationPostsQueryVariables>;
export const ModerationListDocument = new TypedDocumentString(`
    query ModerationList($slug: String) {
  threads(filter: {categorySlug: $slug}, first: 100) {
    nodes {
      id
      pinned
    }
  }
}
    `) as unknown as TypedDocumentString<ModerationListQuery, ModerationListQueryVariables>;
export const ModerationCreatePostDocument = new TypedDocumentString(`
    mutation ModerationCreatePost($input: CreatePostInput!) {
  createPost(input: $input) {
    id
    number
  }
}
    `) as unknown as TypedDocumentString<ModerationCreatePostMutation, ModerationCreatePostMutationVariables>;
export const MutationInputsMutationArgsDocument = new TypedDocumentString(`
    query MutationInputsMutationArgs {
  __type(name: "Mutation") {
    fields {
      name
      args(includeDeprecated: true) {
        name
        isDeprecated
        deprecationReason
        type {
          kind
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MutationInputsMutationArgsQuery, MutationInputsMutationArgsQueryVariables>;
export const MutationInputsHidePostIdOnlyDocument = new TypedDocumentString(`
    mutation MutationInputsHidePostIdOnly($id: ID) {
  hidePost(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<MutationInputsHidePostIdOnlyMutation, MutationInputsHidePostIdOnlyMutationVariables>;
export const MutationInputsHidePostOldDocument = new TypedDocumentString(`
    mutation MutationInputsHidePostOld($id: ID, $reason: String) {
  hidePost(id: $id, reason: $reason) {
    id
  }
}
    `) as unknown as TypedDocumentString<MutationInputsHidePostOldMutation, MutationInputsHidePostOldMutationVariables>;
export const MutationInputsHidePostNewDocument = new TypedDocumentString(`
    mutation MutationInputsHidePostNew($input: HidePostInput) {
  hidePost(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<MutationInputsHidePostNewMutation, MutationInputsHidePostNewMutationVariables>;
export const MutationInputsPinThreadDocument = new TypedDocumentString(`
    mutation MutationInputsPinThread($input: ThreadIdInput) {
  pinThread(input: $input) {
    ...MutationInputsThreadState
  }
}
    fragment MutationInputsThreadState on Thread {
  pinned
  locked
  category {
    id
  }
}`) as unknown as TypedDocumentString<MutationInputsPinThreadMutation, MutationInputsPinThreadMutationVariables>;
export const MutationInputsUnpinThreadDocument = new TypedDocumentString(`
    mutation MutationInputsUnpinThread($input: ThreadIdInput) {
  unpinThread(input: $input) {
    ...MutationInputsThreadState
  }
}
    fragment MutationInputsThreadState on Thread {
  pinned
  locked
  category {
    id
  }
}`) as unknown as TypedDocumentString<MutationInputsUnpinThreadMutation, MutationInputsUnpinThreadMutationVariables>;
export const MutationInputsLockThreadDocument = new TypedDocumentString(`
    mutation MutationInputsLockThread($input: ThreadIdInput) {
  lockThread(input: $input) {
    ...MutationInputsThreadState
  }
}
    fragment MutationInputsThreadState on Thread {
  pinned
  locked
  category {
    id
  }
}`) as unknown as TypedDocumentString<MutationInputsLockThreadMutation, MutationInputsLockThreadMutationVariables>;
export const MutationInputsUnlockThreadDocument = new TypedDocumentString(`
    mutation MutationInputsUnlockThread($input: ThreadIdInput) {
  unlockThread(input: $input) {
    ...MutationInputsThreadState
  }
}
    fragment MutationInputsThreadState on Thread {
  pinned
  locked
  category {
    id
  }
}`) as unknown as TypedDocumentString<MutationInputsUnlockThreadMutation, MutationInputsUnlockThreadMutationVariables>;
export const MutationInputsMoveThreadDocument = new TypedDocumentString(`
    mutation MutationInputsMoveThread($input: MoveThreadInput) {
  moveThread(input: $input) {
    ...MutationInputsThreadState
  }
}
    fragment MutationInputsThreadState on Thread {
  pinned
  locked
  category {
    id
  }
}`) as unknown as TypedDocumentString<MutationInputsMoveThreadMutation, MutationInputsMoveThreadMutationVariables>;
export const MutationInputsWatchThreadDocument = new TypedDocumentString(`
    mutation MutationInputsWatchThread($input: ThreadIdInput) {
  watchThread(input: $input) {
    watching
  }
}
    `) as unknown as TypedDocumentString<MutationInputsWatchThreadMutation, MutationInputsWatchThreadMutationVariables>;
export const MutationInputsUnwatchThreadDocument = new TypedDocumentString(`
    mutation MutationInputsUnwatchThread($input: ThreadIdInput) {
  unwatchThread(input: $input) {
    watching
  }
}
    `) as unknown as TypedDocumentString<MutationInputsUnwatchThreadMutation, MutationInputsUnwatchThreadMutationVariables>;
export const MutationInputsMarkThreadReadDocument = new TypedDocumentString(`
    mutation MutationInputsMarkThreadRead($input: MarkThreadReadInput) {
  markThreadRead(input: $input) {
    lastReadNumber
    unreadCount
  }
}
    `) as unknown as TypedDocumentString<MutationInputsMarkThreadReadMutation, MutationInputsMarkThreadReadMutationVariables>;
export const MutationInputsDeletePostDocument = new TypedDocumentString(`
    mutation MutationInputsDeletePost($input: PostIdInput) {
  deletePost(input: $input) {
    deleted
  }
}
    `) as unknown as TypedDocumentString<MutationInputsDeletePostMutation, MutationInputsDeletePostMutationVariables>;
export const MutationInputsHidePostDocument = new TypedDocumentString(`
    mutation MutationInputsHidePost($input: HidePostInput) {
  hidePost(input: $input) {
    hidden
    hiddenReason
  }
}
    `) as unknown as TypedDocumentString<MutationInputsHidePostMutation, MutationInputsHidePostMutationVariables>;
export const MutationInputsRestorePostDocument = new TypedDocumentString(`
    mutation MutationInputsRestorePost($input: PostIdInput) {
  restorePost(input: $input) {
    hidden
  }
}
    `) as unknown as TypedDocumentString<MutationInputsRestorePostMutation, MutationInputsRestorePostMutationVariables>;
export const MutationInputsReactDocument = new TypedDocumentString(`
    mutation MutationInputsReact($input: ReactionInput) {
  react(input: $input) {
    ...MutationInputsReactions
  }
}
    fragment MutationInputsReactions on Post {
  reactions {
    kind
    count
    reactedByViewer
  }
}`) as unknown as TypedDocumentString<MutationInputsReactMutation, MutationInputsReactMutationVariables>;
export const MutationInputsUnreactDocument = new TypedDocumentString(`
    mutation MutationInputsUnreact($input: ReactionInput) {
  unreact(input: $input) {
    ...MutationInputsReactions
  }
}
    fragment MutationInputsReactions on Post {
  reactions {
    kind
    count
    reactedByViewer
  }
}`) as unknown as TypedDocumentString<MutationInputsUnreactMutation, MutationInputsUnreactMutationVariables>;
export const MutationInputsReportPostDocument = new TypedDocumentString(`
    mutation MutationInputsReportPost($input: ReportPostInput) {
  reportPost(input: $input) {
    id
    status
    reason
  }
}
    `) as unknown as TypedDocumentString<MutationInputsReportPostMutation, MutationInputsReportPostMutationVariables>;
export const MutationInputsResolveReportDocument = new TypedDocumentString(`
    mutation MutationInputsResolveReport($input: ResolveReportInput) {
  resolveReport(input: $input) {
    status
    resolutionNote
  }
}
    `) as unknown as TypedDocumentString<MutationInputsResolveReportMutation, MutationInputsResolveReportMutationVariables>;
export const MutationInputsRsvpDocument = new TypedDocumentString(`
    mutation MutationInputsRsvp($input: RsvpInput) {
  rsvp(input: $input) {
    myRsvp {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<MutationInputsRsvpMutation, MutationInputsRsvpMutationVariables>;
export const MutationInputsCancelEventDocument = new TypedDocumentString(`
    mutation MutationInputsCancelEvent($input: CancelEventInput) {
  cancelEvent(input: $input) {
    status
    cancellationReason
  }
}
    `) as unknown as TypedDocumentString<MutationInputsCancelEventMutation, MutationInputsCancelEventMutationVariables>;
export const MutationInputsSetMemberRolesDocument = new TypedDocumentString(`
    mutation MutationInputsSetMemberRoles($input: SetMemberRolesInput) {
  setMemberRoles(input: $input) {
    roles
  }
}
    `) as unknown as TypedDocumentString<MutationInputsSetMemberRolesMutation, MutationInputsSetMemberRolesMutationVariables>;
export const MutationInputsSuspendMemberDocument = new TypedDocumentString(`
    mutation MutationInputsSuspendMember($input: MemberStatusInput) {
  suspendMember(input: $input) {
    status
  }
}
    `) as unknown as TypedDocumentString<MutationInputsSuspendMemberMutation, MutationInputsSuspendMemberMutationVariables>;
export const MutationInputsReinstateMemberDocument = new TypedDocumentString(`
    mutation MutationInputsReinstateMember($input: MemberStatusInput) {
  reinstateMember(input: $input) {
    status
  }
}
    `) as unknown as TypedDocumentString<MutationInputsReinstateMemberMutation, MutationInputsReinstateMemberMutationVariables>;
export const MutationInputsMarkNotificationReadDocument = new TypedDocumentString(`
    mutation MutationInputsMarkNotificationRead($input: NotificationIdInput) {
  markNotificationRead(input: $input)
}
    `) as unknown as TypedDocumentString<MutationInputsMarkNotificationReadMutation, MutationInputsMarkNotificationReadMutationVariables>;
export const MutationInputsUpdateNotificationPreferencesDocument = new TypedDocumentString(`
    mutation MutationInputsUpdateNotificationPreferences($input: UpdateNotificationPreferencesInput) {
  updateNotificationPreferences(input: $input) {
    kind
    inApp
    email
  }
}
    `) as unknown as TypedDocumentString<MutationInputsUpdateNotificationPreferencesMutation, MutationInputsUpdateNotificationPreferencesMutationVariables>;
export const MutationInputsUpdateNotificationPreferenceKindsDocument = new TypedDocumentString(`
    mutation MutationInputsUpdateNotificationPreferenceKinds($input: UpdateNotificationPreferencesInput) {
  updateNotificationPreferences(input: $input) {
    kind
  }
}
    `) as unknown as TypedDocumentString<MutationInputsUpdateNotificationPreferenceKindsMutation, MutationInputsUpdateNotificationPreferenceKindsMutationVariables>;
export const MutationInputsRequestPasswordResetDocument = new TypedDocumentString(`
    mutation MutationInputsRequestPasswordReset($input: RequestPasswordResetInput) {
  requestPasswordReset(input: $input)
}
    `) as unknown as TypedDocumentString<MutationInputsRequestPasswordResetMutation, MutationInputsRequestPasswordResetMutationVariables>;
export const MutationInputsConfirmEmailChangeDocument = new TypedDocumentString(`
    mutation MutationInputsConfirmEmailChange($input: ConfirmEmailChangeInput) {
  confirmEmailChange(input: $input)
}
    `) as unknown as TypedDocumentString<MutationInputsConfirmEmailChangeMutation, MutationInputsConfirmEmailChangeMutationVariables>;
export const MutationInputsDeleteAccountDocument = new TypedDocumentString(`
    mutation MutationInputsDeleteAccount($input: DeleteAccountInput) {
  deleteAccount(input: $input)
}
    `) as unknown as TypedDocumentString<MutationInputsDeleteAccountMutation, MutationInputsDeleteAccountMutationVariables>;
export const OfferEnquiriesSendDocument = new TypedDocumentString(`
    mutation OfferEnquiriesSend($input: SendOfferEnquiryInput!) {
  sendOfferEnquiry(input: $input) {
    enquiry {
      ...OfferEnquiriesThread
    }
  }
}
    fragment OfferEnquiriesThread on OfferEnquiry {
  id
  offerId
  offerTitle
  authorName
  answeredAt
  viewerSide
  messages {
    side
    authorName
    body
  }
}`) as unknown as TypedDocumentString<OfferEnquiriesSendMutation, OfferEnquiriesSendMutationVariables>;
export const OfferEnquiriesReplyDocument = new TypedDocumentString(`
    mutation OfferEnquiriesReply($input: ReplyToOfferEnquiryInput!) {
  replyToOfferEnquiry(input: $input) {
    enquiry {
      ...OfferEnquiriesThread
    }
  }
}
    fragment OfferEnquiriesThread on OfferEnquiry {
  id
  offerId
  offerTitle
  authorName
  answeredAt
  viewerSide
  messages {
    side
    authorName
    body
  }
}`) as unknown as TypedDocumentString<OfferEnquiriesReplyMutation, OfferEnquiriesReplyMutationVariables>;
export const OfferEnquiriesAnswerByLinkDocument = new TypedDocumentString(`
    mutation OfferEnquiriesAnswerByLink($input: AnswerOfferEnquiryByLinkInput!) {
  answerOfferEnquiryByLink(input: $input) {
    enquiry {
      ...OfferEnquiriesThread
    }
  }
}
    fragment OfferEnquiriesThread on OfferEnquiry {
  id
  offerId
  offerTitle
  authorName
  answeredAt
  viewerSide
  messages {
    side
    authorName
    body
  }
}`) as unknown as TypedDocumentString<OfferEnquiriesAnswerByLinkMutation, OfferEnquiriesAnswerByLinkMutationVariables>;
export const OfferEnquiriesOneDocument = new TypedDocumentString(`
    query OfferEnquiriesOne($id: ID!) {
  offerEnquiry(id: $id) {
    ...OfferEnquiriesThread
  }
}
    fragment OfferEnquiriesThread on OfferEnquiry {
  id
  offerId
  offerTitle
  authorName
  answeredAt
  viewerSide
  messages {
    side
    authorName
    body
  }
}`) as unknown as TypedDocumentString<OfferEnquiriesOneQuery, OfferEnquiriesOneQueryVariables>;
export const OfferEnquiriesByLinkDocument = new TypedDocumentString(`
    query OfferEnquiriesByLink($token: String!) {
  offerEnquiryByLink(token: $token) {
    ...OfferEnquiriesThread
  }
}
    fragment OfferEnquiriesThread on OfferEnquiry {
  id
  offerId
  offerTitle
  authorName
  answeredAt
  viewerSide
  messages {
    side
    authorName
    body
  }
}`) as unknown as TypedDocumentString<OfferEnquiriesByLinkQuery, OfferEnquiriesByLinkQueryVariables>;
export const OfferEnquiriesForOfferDocument = new TypedDocumentString(`
    query OfferEnquiriesForOffer($offerId: ID!) {
  offerEnquiries(offerId: $offerId) {
    nodes {
      id
      messages {
        body
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OfferEnquiriesForOfferQuery, OfferEnquiriesForOfferQueryVariables>;
export const OfferEnquiriesMineDocument = new TypedDocumentString(`
    query OfferEnquiriesMine {
  myOfferEnquiries {
    nodes {
      id
      offerTitle
    }
  }
}
    `) as unknown as TypedDocumentString<OfferEnquiriesMineQuery, OfferEnquiriesMineQueryVariables>;
export const OfferEnquiriesDeleteAccountDocument = new TypedDocumentString(`
    mutation OfferEnquiriesDeleteAccount($password: String!) {
  deleteAccount(password: $password)
}
    `) as unknown as TypedDocumentString<OfferEnquiriesDeleteAccountMutation, OfferEnquiriesDeleteAccountMutationVariables>;
export const OfferFixturesCreateDocument = new TypedDocumentString(`
    mutation OfferFixturesCreate($input: CreateOfferInput!) {
  createOffer(input: $input) {
    offer {
      ...OfferFixturesOfferFields
    }
  }
}
    fragment OfferFixturesOfferFields on Offer {
  id
  title
  organisation
  summary
  description
  descriptionHtml
  activityTypes
  sixWays
  benefits
  suits
  notSuited
  format
  place {
    address
    postcode
    region
    latitude
    longitude
  }
  region
  geocodeStatus
  distanceKm
  schedule
  days
  startsTime
  endsTime
  byArrangement
  cost
  costDetails
  capacity
  places
  accessibilityFeatures
  accessibilityNotes
  referralUrl
  referralEmail
  referralPhone
  selfReferral
  contactName
  contactEmail
  contactPhone
  visibility
  status
  reviewReason
  publishedAt
  lastConfirmedAt
  freshness
  revision
  canManage
  enquiryCounts {
    enquiries
    answered
  }
}`) as unknown as TypedDocumentString<OfferFixturesCreateMutation, OfferFixturesCreateMutationVariables>;
export const OfferFixturesUpdateDocument = new TypedDocumentString(`
    mutation OfferFixturesUpdate($input: UpdateOfferInput!) {
  updateOffer(input: $input) {
    offer {
      ...OfferFixturesOfferFields
    }
  }
}
    fragment OfferFixturesOfferFields on Offer {
  id
  title
  organisation
  summary
  description
  descriptionHtml
  activityTypes
  sixWays
  benefits
  suits
  notSuited
  format
  place {
    address
    postcode
    region
    latitude
    longitude
  }
  region
  geocodeStatus
  distanceKm
  schedule
  days
  startsTime
  endsTime
  byArrangement
  cost
  costDetails
  capacity
  places
  accessibilityFeatures
  accessibilityNotes
  referralUrl
  referralEmail
  referralPhone
  selfReferral
  contactName
  contactEmail
  contactPhone
  visibility
  status
  reviewReason
  publishedAt
  lastConfirmedAt
  freshness
  revision
  canManage
  enquiryCounts {
    enquiries
    answered
  }
}`) as unknown as TypedDocumentString<OfferFixturesUpdateMutation, OfferFixturesUpdateMutationVariables>;
export const OfferFixturesConfirmDocument = new TypedDocumentString(`
    mutation OfferFixturesConfirm($id: ID!) {
  confirmOffer(input: {id: $id}) {
    offer {
      ...OfferFixturesOfferFields
    }
  }
}
    fragment OfferFixturesOfferFields on Offer {
  id
  title
  organisation
  summary
  description
  descriptionHtml
  activityTypes
  sixWays
  benefits
  suits
  notSuited
  format
  place {
    address
    postcode
    region
    latitude
    longitude
  }
  region
  geocodeStatus
  distanceKm
  schedule
  days
  startsTime
  endsTime
  byArrangement
  cost
  costDetails
  capacity
  places
  accessibilityFeatures
  accessibilityNotes
  referralUrl
  referralEmail
  referralPhone
  selfReferral
  contactName
  contactEmail
  contactPhone
  visibility
  status
  reviewReason
  publishedAt
  lastConfirmedAt
  freshness
  revision
  canManage
  enquiryCounts {
    enquiries
    answered
  }
}`) as unknown as TypedDocumentString<OfferFixturesConfirmMutation, OfferFixturesConfirmMutationVariables>;
export const OfferFixturesPublishDocument = new TypedDocumentString(`
    mutation OfferFixturesPublish($id: ID!) {
  publishOffer(input: {id: $id}) {
    offer {
      id
      status
      publishedAt
    }
  }
}
    `) as unknown as TypedDocumentString<OfferFixturesPublishMutation, OfferFixturesPublishMutationVariables>;
export const OfferFixturesRejectDocument = new TypedDocumentString(`
    mutation OfferFixturesReject($id: ID!, $reason: String!) {
  rejectOffer(input: {id: $id, reason: $reason}) {
    offer {
      id
      status
      reviewReason
    }
  }
}
    `) as unknown as TypedDocumentString<OfferFixturesRejectMutation, OfferFixturesRejectMutationVariables>;
export const OfferFixturesOfferDocument = new TypedDocumentString(`
    query OfferFixturesOffer($id: ID!) {
  offer(id: $id) {
    ...OfferFixturesOfferFields
  }
}
    fragment OfferFixturesOfferFields on Offer {
  id
  title
  organisation
  summary
  description
  descriptionHtml
  activityTypes
  sixWays
  benefits
  suits
  notSuited
  format
  place {
    address
    postcode
    region
    latitude
    longitude
  }
  region
  geocodeStatus
  distanceKm
  schedule
  days
  startsTime
  endsTime
  byArrangement
  cost
  costDetails
  capacity
  places
  accessibilityFeatures
  accessibilityNotes
  referralUrl
  referralEmail
  referralPhone
  selfReferral
  contactName
  contactEmail
  contactPhone
  visibility
  status
  reviewReason
  publishedAt
  lastConfirmedAt
  freshness
  revision
  canManage
  enquiryCounts {
    enquiries
    answered
  }
}`) as unknown as TypedDocumentString<OfferFixturesOfferQuery, OfferFixturesOfferQueryVariables>;
export const OfferFixturesListDocument = new TypedDocumentString(`
    query OfferFixturesList($filter: OfferFilter, $first: Int, $after: String) {
  offers(filter: $filter, first: $first, after: $after) {
    edges {
      cursor
      node {
        id
        title
        distanceKm
        freshness
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<OfferFixturesListQuery, OfferFixturesListQueryVariables>;
export const OffersMineDocument = new TypedDocumentString(`
    query OffersMine {
  myOffers {
    nodes {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<OffersMineQuery, OffersMineQueryVariables>;
export const OffersToReviewDocument = new TypedDocumentString(`
    query OffersToReview {
  offersToReview {
    nodes {
      id
      title
      status
    }
  }
}
    `) as unknown as TypedDocumentString<OffersToReviewQuery, OffersToReviewQueryVariables>;
export const OffersDirectorySettingsDocument = new TypedDocumentString(`
    query OffersDirectorySettings {
  offerDirectorySettings {
    distanceSearch
    mapTileUrl
  }
}
    `) as unknown as TypedDocumentString<OffersDirectorySettingsQuery, OffersDirectorySettingsQueryVariables>;
export const PostsCreatePostDocument = new TypedDocumentString(`
    mutation PostsCreatePost($input: CreatePostInput!) {
  createPost(input: $input) {
    ...PostsPost
  }
}
    fragment PostsPost on Post {
  id
  number
  body
  bodyHtml
  createdAt
  editedAt
  revisionCount
  deleted
  hidden
  hiddenReason
  canEdit
  canDelete
  canModerate
  author {
    id
    displayName
  }
  replyTo {
    id
    number
    author {
      id
    }
  }
  mentions {
    id
    displayName
  }
  thread {
    id
    postCount
    highestPostNumber
  }
}`) as unknown as TypedDocumentString<PostsCreatePostMutation, PostsCreatePostMutationVariables>;
export const PostsUpdatePostDocument = new TypedDocumentString(`
    mutation PostsUpdatePost($input: UpdatePostInput!) {
  updatePost(input: $input) {
    ...PostsPost
  }
}
    fragment PostsPost on Post {
  id
  number
  body
  bodyHtml
  createdAt
  editedAt
  revisionCount
  deleted
  hidden
  hiddenReason
  canEdit
  canDelete
  canModerate
  author {
    id
    displayName
  }
  replyTo {
    id
    number
    author {
      id
    }
  }
  mentions {
    id
    displayName
  }
  thread {
    id
    postCount
    highestPostNumber
  }
}`) as unknown as TypedDocumentString<PostsUpdatePostMutation, PostsUpdatePostMutationVariables>;
export const PostsDeletePostDocument = new TypedDocumentString(`
    mutation PostsDeletePost($id: ID!) {
  deletePost(id: $id) {
    ...PostsPost
  }
}
    fragment PostsPost on Post {
  id
  number
  body
  bodyHtml
  createdAt
  editedAt
  revisionCount
  deleted
  hidden
  hiddenReason
  canEdit
  canDelete
  canModerate
  author {
    id
    displayName
  }
  replyTo {
    id
    number
    author {
      id
    }
  }
  mentions {
    id
    displayName
  }
  thread {
    id
    postCount
    highestPostNumber
  }
}`) as unknown as TypedDocumentString<PostsDeletePostMutation, PostsDeletePostMutationVariables>;
export const PostsCreateThreadDocument = new TypedDocumentString(`
    mutation PostsCreateThread($input: CreateThreadInput!) {
  createThread(input: $input) {
    id
    openingPost {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PostsCreateThreadMutation, PostsCreateThreadMutationVariables>;
export const PostsPageDocument = new TypedDocumentString(`
    query PostsPage($id: ID!, $first: Int, $after: String, $fromNumber: Int) {
  thread(id: $id) {
    postCount
    replyCount
    highestPostNumber
    lastPoster {
      id
    }
    posts(first: $first, after: $after, fromNumber: $fromNumber) {
      edges {
        cursor
        node {
          ...PostsPost
        }
      }
      nodes {
        id
        number
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    fragment PostsPost on Post {
  id
  number
  body
  bodyHtml
  createdAt
  editedAt
  revisionCount
  deleted
  hidden
  hiddenReason
  canEdit
  canDelete
  canModerate
  author {
    id
    displayName
  }
  replyTo {
    id
    number
    author {
      id
    }
  }
  mentions {
    id
    displayName
  }
  thread {
    id
    postCount
    highestPostNumber
  }
}`) as unknown as TypedDocumentString<PostsPageQuery, PostsPageQueryVariables>;
export const PostsRevisionsDocument = new TypedDocumentString(`
    query PostsRevisions($id: ID!) {
  thread(id: $id) {
    posts {
      nodes {
        number
        revisions {
          revision
          body
          editor {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PostsRevisionsQuery, PostsRevisionsQueryVariables>;
export const PostsReplyRevisionsDocument = new TypedDocumentString(`
    query PostsReplyRevisions($id: ID!) {
  thread(id: $id) {
    posts(fromNumber: 2) {
      nodes {
        number
        revisions {
          revision
          body
          editor {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PostsReplyRevisionsQuery, PostsReplyRevisionsQueryVariables>;
export const PostsThreadListDocument = new TypedDocumentString(`
    query PostsThreadList($slug: String) {
  threads(filter: {categorySlug: $slug}, first: 100) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PostsThreadListQuery, PostsThreadListQueryVariables>;
export const PostsHidePostDocument = new TypedDocumentString(`
    mutation PostsHidePost($id: ID!) {
  hidePost(id: $id, reason: "Phone number") {
    id
  }
}
    `) as unknown as TypedDocumentString<PostsHidePostMutation, PostsHidePostMutationVariables>;
export const PostsPreviewDocument = new TypedDocumentString(`
    query PostsPreview($body: String!, $threadId: ID, $postId: ID) {
  previewMarkdown(body: $body, threadId: $threadId, postId: $postId) {
    html
    personalData {
      field
      kind
      label
      text
      blocking
    }
  }
}
    `) as unknown as TypedDocumentString<PostsPreviewQuery, PostsPreviewQueryVariables>;
export const RateLimitsSubmitApplicationDocument = new TypedDocumentString(`
    mutation RateLimitsSubmitApplication($input: SubmitApplicationInput!) {
  submitApplication(input: $input)
}
    `) as unknown as TypedDocumentString<RateLimitsSubmitApplicationMutation, RateLimitsSubmitApplicationMutationVariables>;
export const RateLimitsRequestPasswordResetDocument = new TypedDocumentString(`
    mutation RateLimitsRequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `) as unknown as TypedDocumentString<RateLimitsRequestPasswordResetMutation, RateLimitsRequestPasswordResetMutationVariables>;
export const RateLimitsRequestEmailChangeDocument = new TypedDocumentString(`
    mutation RateLimitsRequestEmailChange($input: RequestEmailChangeInput!) {
  requestEmailChange(input: $input)
}
    `) as unknown as TypedDocumentString<RateLimitsRequestEmailChangeMutation, RateLimitsRequestEmailChangeMutationVariables>;
export const RateLimitsInviteMemberDocument = new TypedDocumentString(`
    mutation RateLimitsInviteMember($input: InviteMemberInput!) {
  inviteMember(input: $input)
}
    `) as unknown as TypedDocumentString<RateLimitsInviteMemberMutation, RateLimitsInviteMemberMutationVariables>;
export const RateLimitsReportPostDocument = new TypedDocumentString(`
    mutation RateLimitsReportPost($postId: ID!) {
  reportPost(postId: $postId, reason: "Shares a participant's details") {
    id
  }
}
    `) as unknown as TypedDocumentString<RateLimitsReportPostMutation, RateLimitsReportPostMutationVariables>;
export const RateLimitsCreateThreadDocument = new TypedDocumentString(`
    mutation RateLimitsCreateThread($input: CreateThreadInput!) {
  createThread(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RateLimitsCreateThreadMutation, RateLimitsCreateThreadMutationVariables>;
export const RateLimitsCreatePostDocument = new TypedDocumentString(`
    mutation RateLimitsCreatePost($input: CreatePostInput!) {
  createPost(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RateLimitsCreatePostMutation, RateLimitsCreatePostMutationVariables>;
export const RateLimitsResetPasswordDocument = new TypedDocumentString(`
    mutation RateLimitsResetPassword($input: ResetPasswordInput!) {
  resetPassword(input: $input)
}
    `) as unknown as TypedDocumentString<RateLimitsResetPasswordMutation, RateLimitsResetPasswordMutationVariables>;
export const RateLimitsRejectApplicationDocument = new TypedDocumentString(`
    mutation RateLimitsRejectApplication($id: ID!) {
  rejectApplication(input: {applicationId: $id, reason: "Not a fit"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<RateLimitsRejectApplicationMutation, RateLimitsRejectApplicationMutationVariables>;
export const RateLimitsChangePasswordDocument = new TypedDocumentString(`
    mutation RateLimitsChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input)
}
    `) as unknown as TypedDocumentString<RateLimitsChangePasswordMutation, RateLimitsChangePasswordMutationVariables>;
export const RateLimitsDeleteAccountDocument = new TypedDocumentString(`
    mutation RateLimitsDeleteAccount($p: String!) {
  deleteAccount(password: $p)
}
    `) as unknown as TypedDocumentString<RateLimitsDeleteAccountMutation, RateLimitsDeleteAccountMutationVariables>;
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
export const ReportsPostFlagsDocument = new TypedDocumentString(`
    query ReportsPostFlags($id: ID!) {
  thread(id: $id) {
    posts {
      nodes {
        id
        canReport
        reportedByViewer
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReportsPostFlagsQuery, ReportsPostFlagsQueryVariables>;
export const ReportsDeletePostDocument = new TypedDocumentString(`
    mutation ReportsDeletePost($id: ID!) {
  deletePost(input: {id: $id}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReportsDeletePostMutation, ReportsDeletePostMutationVariables>;
export const ReportsHidePostDocument = new TypedDocumentString(`
    mutation ReportsHidePost($id: ID!, $reason: String!) {
  hidePost(input: {id: $id, reason: $reason}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReportsHidePostMutation, ReportsHidePostMutationVariables>;
export const ReportsCreatePostDocument = new TypedDocumentString(`
    mutation ReportsCreatePost($input: CreatePostInput!) {
  createPost(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReportsCreatePostMutation, ReportsCreatePostMutationVariables>;
export const ReportsReportedBodiesDocument = new TypedDocumentString(`
    query ReportsReportedBodies {
  postReports(first: 100) {
    nodes {
      id
      post {
        body
        bodyText
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReportsReportedBodiesQuery, ReportsReportedBodiesQueryVariables>;
export const ReportsNotificationTitlesDocument = new TypedDocumentString(`
    query ReportsNotificationTitles {
  notifications(first: 50) {
    nodes {
      title
    }
  }
}
    `) as unknown as TypedDocumentString<ReportsNotificationTitlesQuery, ReportsNotificationTitlesQueryVariables>;
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
export const SearchHitsDocument = new TypedDocumentString(`
    query SearchHits($input: SearchInput!, $first: Int, $after: String) {
  search(input: $input, first: $first, after: $after) {
    totalCount
    totalCountCapped
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...SearchHitFields
      }
    }
  }
}
    fragment SearchHitFields on SearchHit {
  rank
  snippetHtml
  thread {
    id
    title
    kind
  }
  post {
    id
    number
    body
  }
}`) as unknown as TypedDocumentString<SearchHitsQuery, SearchHitsQueryVariables>;
export const SearchWebPageDocument = new TypedDocumentString(`
    query SearchWebPage($input: SearchInput!, $first: Int) {
  search(input: $input, first: $first) {
    edges {
      node {
        snippetHtml
        thread {
          id
          title
          category {
            name
          }
          author {
            displayName
          }
        }
        post {
          id
          number
          author {
            displayName
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchWebPageQuery, SearchWebPageQueryVariables>;
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
export const TwoProcessesCreateThreadDocument = new TypedDocumentString(`
    mutation TwoProcessesCreateThread($input: CreateThreadInput!) {
  createThread(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<TwoProcessesCreateThreadMutation, TwoProcessesCreateThreadMutationVariables>;
export const TwoProcessesCreatePostDocument = new TypedDocumentString(`
    mutation TwoProcessesCreatePost($input: CreatePostInput!) {
  createPost(input: $input) {
    id
    number
  }
}
    `) as unknown as TypedDocumentString<TwoProcessesCreatePostMutation, TwoProcessesCreatePostMutationVariables>;
export const TwoProcessesViewerDocument = new TypedDocumentString(`
    query TwoProcessesViewer {
  viewer {
    id
  }
}
    `) as unknown as TypedDocumentString<TwoProcessesViewerQuery, TwoProcessesViewerQueryVariables>;
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
export const WebAppViewerDocument = new TypedDocumentString(`
    query WebAppViewer {
  viewer {
    id
    displayName
    email
    roles
    permissions
  }
}
    `) as unknown as TypedDocumentString<WebAppViewerQuery, WebAppViewerQueryVariables>;
export const WebAppSchemaTypesDocument = new TypedDocumentString(`
    query WebAppSchemaTypes {
  __schema {
    types {
      name
      description
      fields {
        name
        description
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebAppSchemaTypesQuery, WebAppSchemaTypesQueryVariables>;
export const JourneyEvidenceCreateThreadDocument = new TypedDocumentString(`
    mutation JourneyEvidenceCreateThread($input: CreateThreadInput!) {
  createThread(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<JourneyEvidenceCreateThreadMutation, JourneyEvidenceCreateThreadMutationVariables>;
export const JourneyLiveCreateThreadDocument = new TypedDocumentString(`
    mutation JourneyLiveCreateThread($input: CreateThreadInput!) {
  createThread(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<JourneyLiveCreateThreadMutation, JourneyLiveCreateThreadMutationVariables>;
export const JourneyLiveCreatePostDocument = new TypedDocumentString(`
    mutation JourneyLiveCreatePost($input: CreatePostInput!) {
  createPost(input: $input) {
    id
    number
  }
}
    `) as unknown as TypedDocumentString<JourneyLiveCreatePostMutation, JourneyLiveCreatePostMutationVariables>;
export const JourneyMembershipSubmitApplicationDocument = new TypedDocumentString(`
    mutation JourneyMembershipSubmitApplication($input: SubmitApplicationInput!) {
  submitApplication(input: $input)
}
    `) as unknown as TypedDocumentString<JourneyMembershipSubmitApplicationMutation, JourneyMembershipSubmitApplicationMutationVariables>;
export const JourneyThreadCreateThreadDocument = new TypedDocumentString(`
    mutation JourneyThreadCreateThread($input: CreateThreadInput!) {
  createThread(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<JourneyThreadCreateThreadMutation, JourneyThreadCreateThreadMutationVariables>;
export const JourneyThreadCreatePostDocument = new TypedDocumentString(`
    mutation JourneyThreadCreatePost($input: CreatePostInput!) {
  createPost(input: $input) {
    id
    number
  }
}
    `) as unknown as TypedDocumentString<JourneyThreadCreatePostMutation, JourneyThreadCreatePostMutationVariables>;
export const JourneyThreadUpdatePostDocument = new TypedDocumentString(`
    mutation JourneyThreadUpdatePost($input: UpdatePostInput!) {
  updatePost(input: $input) {
    id
    revisionCount
  }
}
    `) as unknown as TypedDocumentString<JourneyThreadUpdatePostMutation, JourneyThreadUpdatePostMutationVariables>;
export const JourneyThreadReportPostDocument = new TypedDocumentString(`
    mutation JourneyThreadReportPost($postId: ID!, $reason: String!) {
  reportPost(postId: $postId, reason: $reason) {
    id
  }
}
    `) as unknown as TypedDocumentString<JourneyThreadReportPostMutation, JourneyThreadReportPostMutationVariables>;
export const JourneyThreadResolveReportDocument = new TypedDocumentString(`
    mutation JourneyThreadResolveReport($id: ID!, $note: String!) {
  resolveReport(id: $id, action: DISMISS, note: $note) {
    id
  }
}
    `) as unknown as TypedDocumentString<JourneyThreadResolveReportMutation, JourneyThreadResolveReportMutationVariables>;
export const JourneyThreadSpacesDocument = new TypedDocumentString(`
    query JourneyThreadSpaces {
  spaces {
    id
    slug
  }
}
    `) as unknown as TypedDocumentString<JourneyThreadSpacesQuery, JourneyThreadSpacesQueryVariables>;