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

export type AnswerOfferEnquiryByLinkInput = {
  /** Plain text, at most 2000 characters. No details of the person referred: the personal-data guard refuses NHS numbers and warns of names with ages, dates of birth and contacts. */
  body: string;
  /** The author confirms flagged text is not about a person. */
  confirmPersonalData?: boolean | null | undefined;
  /** The token from the emailed link. */
  token: string;
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

/** What kind of evidence a case study is: a practice story, a service evaluation or published research. */
export type EvidenceType =
  | 'PRACTICE_STORY'
  | 'PUBLISHED_RESEARCH'
  | 'SERVICE_EVALUATION';

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

export type InviteMemberInput = {
  email: string;
  fullName: string;
  organisation?: string | null | undefined;
  /** Roles besides MEMBER. */
  roles?: Array<Role> | null | undefined;
};

export type MessageAttendeesInput = {
  /** Plain text. */
  body: string;
  eventId: string | number;
  /** Also email the waiting list. */
  includeWaitlist?: boolean;
  subject: string;
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

/** Open, or how a moderator resolved it. */
export type ReportStatus =
  | 'DISMISSED'
  | 'HIDDEN'
  | 'OPEN';

export type RequestEmailChangeInput = {
  newEmail: string;
  password: string;
};

export type ResetPasswordInput = {
  password: string;
  token: string;
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

/** Where a member stands: GOING, WAITLISTED (the event was full) or NOT_GOING. */
export type RsvpStatus =
  | 'GOING'
  | 'NOT_GOING'
  | 'WAITLISTED';

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

/** Historic England’s “six ways into wellbeing”: the forms of engagement with heritage an activity used. */
export type SixWay =
  | 'BEING_ACTIVE'
  | 'CREATING'
  | 'LEARNING'
  | 'REMEMBERING'
  | 'VISITING'
  | 'VOLUNTEERING';

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

/** DISCUSSION, CASE_STUDY (with structured fields) or UPDATE (advisory group, with a summary). */
export type ThreadKind =
  | 'CASE_STUDY'
  | 'DISCUSSION'
  | 'UPDATE';

/** ACTIVITY: latest post first (pinned first within one space); NEWEST: newest thread first. */
export type ThreadSort =
  | 'ACTIVITY'
  | 'NEWEST';

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

export type CalendarFeedQueryVariables = Exact<{ [key: string]: never; }>;


export type CalendarFeedQuery = { myCalendarFeed: { active: boolean, createdAt: string | null, lastUsedAt: string | null } };

export type CalendarRegenerateTokenMutationVariables = Exact<{ [key: string]: never; }>;


export type CalendarRegenerateTokenMutation = { regenerateCalendarToken: { url: string, createdAt: string } };

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