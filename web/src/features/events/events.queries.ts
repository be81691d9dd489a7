// The events pages' GraphQL documents: listings, one event, the form's fields and organiser search, answers,
// cancelling, attendees and messages, and the personal calendar feed.
import { graphql } from '../../gql';

export const EventListItemFragment = graphql(`
  fragment EventListItem on Event {
    id
    title
    startsAt
    endsAt
    timeZone
    format
    venueName
    status
    capacity
    placesLeft
    full
    open
    past
    goingCount
    waitlistCount
    tags
    region
    visibility
    myRsvp {
      status
      waitlistPosition
    }
  }
`);

export const EventsQuery = graphql(`
  query Events($filter: EventFilter, $first: Int, $after: String) {
    events(filter: $filter, first: $first, after: $after) {
      nodes {
        ...EventListItem
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const UpcomingEventsQuery = graphql(`
  query UpcomingEvents($first: Int!) {
    upcomingEvents(first: $first) {
      ...EventListItem
    }
  }
`);

export const EventQuery = graphql(`
  query Event($id: ID!) {
    event(id: $id) {
      ...EventListItem
      description
      descriptionHtml
      venueAddress
      joinUrl
      accessibilityFeatures
      accessibilityNotes
      cancellationReason
      cancelledAt
      calendarPath
      threadId
      canManage
      attendeesCsvPath
      sequence
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
  }
`);

export const RsvpMutation = graphql(`
  mutation Rsvp($eventId: ID!, $answer: RsvpAnswer!) {
    rsvp(input: { eventId: $eventId, answer: $answer }) {
      id
      goingCount
      waitlistCount
      placesLeft
      full
      open
      joinUrl
      myRsvp {
        status
        waitlistPosition
        since
      }
    }
  }
`);

/** Members who can organise events (the advisory group, moderators, admins) whose name or organisation matches. */
export const OrganiserCandidatesQuery = graphql(`
  query OrganiserCandidates($search: String!, $first: Int) {
    directory(search: $search, roles: [ADVISORY_GROUP, MODERATOR, ADMIN], first: $first) {
      nodes {
        id
        displayName
        organisation
      }
    }
  }
`);

export const CreateEventMutation = graphql(`
  mutation CreateEvent($input: CreateEventInput!) {
    createEvent(input: $input) {
      id
    }
  }
`);

export const UpdateEventMutation = graphql(`
  mutation UpdateEvent($input: UpdateEventInput!) {
    updateEvent(input: $input) {
      id
      sequence
    }
  }
`);

export const CancelEventMutation = graphql(`
  mutation CancelEvent($id: ID!, $reason: String!) {
    cancelEvent(input: { id: $id, reason: $reason }) {
      id
      status
      open
      cancellationReason
      cancelledAt
    }
  }
`);

export const EventAttendeesQuery = graphql(`
  query EventAttendees($id: ID!, $status: RsvpStatus!, $first: Int, $after: String) {
    event(id: $id) {
      id
      attendees(status: $status, first: $first, after: $after) {
        nodes {
          status
          since
          waitlistPosition
          member {
            id
            displayName
            organisation
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const MessageAttendeesMutation = graphql(`
  mutation MessageAttendees($input: MessageAttendeesInput!) {
    messageAttendees(input: $input)
  }
`);

export const MyCalendarFeedQuery = graphql(`
  query MyCalendarFeed {
    myCalendarFeed {
      active
      createdAt
      lastUsedAt
    }
  }
`);

export const RegenerateCalendarTokenMutation = graphql(`
  mutation RegenerateCalendarToken {
    regenerateCalendarToken {
      url
      createdAt
    }
  }
`);
