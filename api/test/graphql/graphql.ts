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

export type MessageAttendeesInput = {
  /** Plain text. */
  body: string;
  eventId: string | number;
  /** Also email the waiting list. */
  includeWaitlist?: boolean;
  subject: string;
};

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

/** A member’s answer: GOING (waitlisted when full) or NOT_GOING. */
export type RsvpAnswer =
  | 'GOING'
  | 'NOT_GOING';

/** Where a member stands: GOING, WAITLISTED (the event was full) or NOT_GOING. */
export type RsvpStatus =
  | 'GOING'
  | 'NOT_GOING'
  | 'WAITLISTED';

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