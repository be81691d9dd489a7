// The discussions pages' GraphQL documents: the spaces with the viewer's new and unread counts, watching a
// space, one space's threads (keyset pages), and starting or editing a thread.
import { graphql } from '../../gql';

export const DiscussionSpacesQuery = graphql(`
  query DiscussionSpaces {
    spaces {
      id
      slug
      name
      description
      everyoneCanStart
      newThreadCount
      unreadThreadCount
      watching
    }
  }
`);

export const SpaceQuery = graphql(`
  query Space($slug: String!) {
    space(slug: $slug) {
      id
      slug
      name
      description
      everyoneCanStart
      canStartThreads
      newThreadCount
      unreadThreadCount
      watching
    }
  }
`);

/** What one row of a thread list shows. */
export const ThreadListItemFragment = graphql(`
  fragment ThreadListItem on Thread {
    id
    kind
    title
    summary
    tags
    pinned
    locked
    replyCount
    lastPostedAt
    createdAt
    isNew
    unreadCount
    firstUnreadNumber
    author {
      id
      displayName
    }
    lastPoster {
      id
      displayName
    }
    caseStudy {
      setting
    }
  }
`);

export const SpaceThreadsQuery = graphql(`
  query SpaceThreads($filter: ThreadFilter!, $first: Int, $after: String) {
    threads(filter: $filter, first: $first, after: $after) {
      nodes {
        ...ThreadListItem
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const WatchSpaceMutation = graphql(`
  mutation WatchSpace($id: ID!) {
    watchSpace(input: { id: $id }) {
      space {
        id
        watching
      }
    }
  }
`);

export const UnwatchSpaceMutation = graphql(`
  mutation UnwatchSpace($id: ID!) {
    unwatchSpace(input: { id: $id }) {
      space {
        id
        watching
      }
    }
  }
`);

/** The space a new thread goes into. */
export const NewThreadSpaceQuery = graphql(`
  query NewThreadSpace($slug: String!) {
    space(slug: $slug) {
      id
      slug
      name
      canStartThreads
    }
  }
`);

/** Everything the edit form prefills. */
export const EditThreadQuery = graphql(`
  query EditThread($id: ID!) {
    thread(id: $id) {
      id
      kind
      revision
      title
      summary
      tags
      canEdit
      space {
        id
        slug
        name
      }
      openingPost {
        id
        body
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
        sixWays
        evidenceType
        evidenceLink
        outcomes {
          measure {
            id
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
          beforeOn
          afterOn
        }
      }
    }
  }
`);

export const CreateThreadMutation = graphql(`
  mutation CreateThread($input: CreateThreadInput!) {
    createThread(input: $input) {
      id
    }
  }
`);

export const UpdateThreadMutation = graphql(`
  mutation UpdateThread($input: UpdateThreadInput!) {
    updateThread(input: $input) {
      id
      revision
      title
      summary
      tags
      openingPost {
        id
        body
        bodyHtml
      }
    }
  }
`);
