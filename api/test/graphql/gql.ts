/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ReportFields on PostReport {\n    id\n    reason\n    status\n    resolutionNote\n    resolvedAt\n    createdAt\n    post {\n      id\n      number\n      hidden\n      hiddenReason\n    }\n    thread {\n      id\n      title\n    }\n    reporter {\n      id\n      displayName\n    }\n    resolvedBy {\n      id\n      displayName\n    }\n  }\n": typeof types.ReportFieldsFragmentDoc,
    "\n  mutation ReportPost($postId: ID!, $reason: String!) {\n    reportPost(postId: $postId, reason: $reason) {\n      ...ReportFields\n    }\n  }\n": typeof types.ReportPostDocument,
    "\n  mutation ResolveReport($id: ID!, $action: ReportAction!, $note: String!) {\n    resolveReport(id: $id, action: $action, note: $note) {\n      ...ReportFields\n    }\n  }\n": typeof types.ResolveReportDocument,
    "\n  query ReportsQueue($status: ReportStatus, $first: Int, $after: String) {\n    postReports(status: $status, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ReportFields\n        }\n      }\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ReportsQueueDocument,
    "\n  query ReportsQueueWithPosts($first: Int) {\n    postReports(first: $first) {\n      nodes {\n        ...ReportFields\n        post {\n          reactions {\n            count\n            reactedByViewer\n          }\n          canReact\n          canReport\n        }\n      }\n    }\n  }\n": typeof types.ReportsQueueWithPostsDocument,
    "\n  mutation Rsvp($eventId: ID!, $answer: RsvpAnswer!) {\n    rsvp(eventId: $eventId, answer: $answer) {\n      id\n      goingCount\n      waitlistCount\n      placesLeft\n      full\n      joinUrl\n      myRsvp {\n        status\n        waitlistPosition\n        since\n      }\n    }\n  }\n": typeof types.RsvpDocument,
    "\n  query RsvpEvent($id: ID!) {\n    event(id: $id) {\n      id\n      goingCount\n      waitlistCount\n      joinUrl\n      myRsvp {\n        status\n        waitlistPosition\n      }\n    }\n  }\n": typeof types.RsvpEventDocument,
    "\n  mutation RsvpUpdateEvent($input: UpdateEventInput!) {\n    updateEvent(input: $input) {\n      id\n      goingCount\n      waitlistCount\n      placesLeft\n    }\n  }\n": typeof types.RsvpUpdateEventDocument,
    "\n  query RsvpAttendees($id: ID!, $status: RsvpStatus, $first: Int, $after: String) {\n    event(id: $id) {\n      attendees(status: $status, first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            member {\n              id\n              displayName\n              organisation\n            }\n            status\n            waitlistPosition\n            since\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.RsvpAttendeesDocument,
    "\n  mutation RsvpMessageAttendees($input: MessageAttendeesInput!) {\n    messageAttendees(input: $input)\n  }\n": typeof types.RsvpMessageAttendeesDocument,
};
const documents: Documents = {
    "\n  fragment ReportFields on PostReport {\n    id\n    reason\n    status\n    resolutionNote\n    resolvedAt\n    createdAt\n    post {\n      id\n      number\n      hidden\n      hiddenReason\n    }\n    thread {\n      id\n      title\n    }\n    reporter {\n      id\n      displayName\n    }\n    resolvedBy {\n      id\n      displayName\n    }\n  }\n": types.ReportFieldsFragmentDoc,
    "\n  mutation ReportPost($postId: ID!, $reason: String!) {\n    reportPost(postId: $postId, reason: $reason) {\n      ...ReportFields\n    }\n  }\n": types.ReportPostDocument,
    "\n  mutation ResolveReport($id: ID!, $action: ReportAction!, $note: String!) {\n    resolveReport(id: $id, action: $action, note: $note) {\n      ...ReportFields\n    }\n  }\n": types.ResolveReportDocument,
    "\n  query ReportsQueue($status: ReportStatus, $first: Int, $after: String) {\n    postReports(status: $status, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ReportFields\n        }\n      }\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ReportsQueueDocument,
    "\n  query ReportsQueueWithPosts($first: Int) {\n    postReports(first: $first) {\n      nodes {\n        ...ReportFields\n        post {\n          reactions {\n            count\n            reactedByViewer\n          }\n          canReact\n          canReport\n        }\n      }\n    }\n  }\n": types.ReportsQueueWithPostsDocument,
    "\n  mutation Rsvp($eventId: ID!, $answer: RsvpAnswer!) {\n    rsvp(eventId: $eventId, answer: $answer) {\n      id\n      goingCount\n      waitlistCount\n      placesLeft\n      full\n      joinUrl\n      myRsvp {\n        status\n        waitlistPosition\n        since\n      }\n    }\n  }\n": types.RsvpDocument,
    "\n  query RsvpEvent($id: ID!) {\n    event(id: $id) {\n      id\n      goingCount\n      waitlistCount\n      joinUrl\n      myRsvp {\n        status\n        waitlistPosition\n      }\n    }\n  }\n": types.RsvpEventDocument,
    "\n  mutation RsvpUpdateEvent($input: UpdateEventInput!) {\n    updateEvent(input: $input) {\n      id\n      goingCount\n      waitlistCount\n      placesLeft\n    }\n  }\n": types.RsvpUpdateEventDocument,
    "\n  query RsvpAttendees($id: ID!, $status: RsvpStatus, $first: Int, $after: String) {\n    event(id: $id) {\n      attendees(status: $status, first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            member {\n              id\n              displayName\n              organisation\n            }\n            status\n            waitlistPosition\n            since\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.RsvpAttendeesDocument,
    "\n  mutation RsvpMessageAttendees($input: MessageAttendeesInput!) {\n    messageAttendees(input: $input)\n  }\n": types.RsvpMessageAttendeesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportFields on PostReport {\n    id\n    reason\n    status\n    resolutionNote\n    resolvedAt\n    createdAt\n    post {\n      id\n      number\n      hidden\n      hiddenReason\n    }\n    thread {\n      id\n      title\n    }\n    reporter {\n      id\n      displayName\n    }\n    resolvedBy {\n      id\n      displayName\n    }\n  }\n"): typeof import('./graphql').ReportFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportPost($postId: ID!, $reason: String!) {\n    reportPost(postId: $postId, reason: $reason) {\n      ...ReportFields\n    }\n  }\n"): typeof import('./graphql').ReportPostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveReport($id: ID!, $action: ReportAction!, $note: String!) {\n    resolveReport(id: $id, action: $action, note: $note) {\n      ...ReportFields\n    }\n  }\n"): typeof import('./graphql').ResolveReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsQueue($status: ReportStatus, $first: Int, $after: String) {\n    postReports(status: $status, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ReportFields\n        }\n      }\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ReportsQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsQueueWithPosts($first: Int) {\n    postReports(first: $first) {\n      nodes {\n        ...ReportFields\n        post {\n          reactions {\n            count\n            reactedByViewer\n          }\n          canReact\n          canReport\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ReportsQueueWithPostsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Rsvp($eventId: ID!, $answer: RsvpAnswer!) {\n    rsvp(eventId: $eventId, answer: $answer) {\n      id\n      goingCount\n      waitlistCount\n      placesLeft\n      full\n      joinUrl\n      myRsvp {\n        status\n        waitlistPosition\n        since\n      }\n    }\n  }\n"): typeof import('./graphql').RsvpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RsvpEvent($id: ID!) {\n    event(id: $id) {\n      id\n      goingCount\n      waitlistCount\n      joinUrl\n      myRsvp {\n        status\n        waitlistPosition\n      }\n    }\n  }\n"): typeof import('./graphql').RsvpEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RsvpUpdateEvent($input: UpdateEventInput!) {\n    updateEvent(input: $input) {\n      id\n      goingCount\n      waitlistCount\n      placesLeft\n    }\n  }\n"): typeof import('./graphql').RsvpUpdateEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RsvpAttendees($id: ID!, $status: RsvpStatus, $first: Int, $after: String) {\n    event(id: $id) {\n      attendees(status: $status, first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            member {\n              id\n              displayName\n              organisation\n            }\n            status\n            waitlistPosition\n            since\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RsvpAttendeesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RsvpMessageAttendees($input: MessageAttendeesInput!) {\n    messageAttendees(input: $input)\n  }\n"): typeof import('./graphql').RsvpMessageAttendeesDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
