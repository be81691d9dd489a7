// The thread page's GraphQL: the thread with the viewer's state, its posts a page at a time (from a post
// number), a post's earlier versions, and every change the page makes. Changes return the fields they alter,
// so the normalised cache updates the page in place.
import { graphql } from '../../gql';

/** Everything one post on the thread page shows; each post reads it from the cache by id. */
export const ThreadPostFieldsFragment = graphql(`
  fragment ThreadPostFields on Post {
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
`);

/** The thread's own fields that change as the viewer and moderators act. */
export const ThreadStateFieldsFragment = graphql(`
  fragment ThreadStateFields on Thread {
    id
    pinned
    locked
    deleted
    hidden
    postCount
    highestPostNumber
    canReply
    canEdit
    canModerate
    watching
    unreadCount
    lastReadNumber
    firstUnreadNumber
    isNew
    space {
      id
      slug
      name
    }
  }
`);

export const ThreadPageQuery = graphql(`
  query ThreadPage($id: ID!) {
    thread(id: $id) {
      ...ThreadStateFields
      kind
      title
      summary
      tags
      createdAt
      author {
        id
        displayName
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

export const ThreadPostsQuery = graphql(`
  query ThreadPosts($id: ID!, $first: Int!, $fromNumber: Int) {
    thread(id: $id) {
      id
      posts(first: $first, fromNumber: $fromNumber) {
        nodes {
          ...ThreadPostFields
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const PostRevisionsQuery = graphql(`
  query PostRevisions($threadId: ID!, $number: Int!) {
    thread(id: $threadId) {
      id
      posts(first: 1, fromNumber: $number) {
        nodes {
          id
          revisions {
            revision
            title
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
  }
`);

export const CreatePostMutation = graphql(`
  mutation CreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      ...ThreadPostFields
      thread {
        id
        postCount
        highestPostNumber
      }
    }
  }
`);

/** What deleting, hiding or restoring a post changes on its thread (post 1 removes or returns the thread). */
export const ThreadRemovalFieldsFragment = graphql(`
  fragment ThreadRemovalFields on Thread {
    id
    deleted
    hidden
    postCount
  }
`);

export const UpdatePostMutation = graphql(`
  mutation UpdatePost($input: UpdatePostInput!) {
    updatePost(input: $input) {
      ...ThreadPostFields
    }
  }
`);

export const DeletePostMutation = graphql(`
  mutation DeletePost($id: ID!) {
    deletePost(input: { id: $id }) {
      ...ThreadPostFields
      thread {
        ...ThreadRemovalFields
      }
    }
  }
`);

export const HidePostMutation = graphql(`
  mutation HidePost($id: ID!, $reason: String!) {
    hidePost(input: { id: $id, reason: $reason }) {
      ...ThreadPostFields
      thread {
        ...ThreadRemovalFields
      }
    }
  }
`);

export const RestorePostMutation = graphql(`
  mutation RestorePost($id: ID!) {
    restorePost(input: { id: $id }) {
      ...ThreadPostFields
      thread {
        ...ThreadRemovalFields
      }
    }
  }
`);

export const ReactMutation = graphql(`
  mutation React($postId: ID!, $kind: ReactionKind!) {
    react(input: { postId: $postId, kind: $kind }) {
      id
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
  }
`);

export const UnreactMutation = graphql(`
  mutation Unreact($postId: ID!, $kind: ReactionKind!) {
    unreact(input: { postId: $postId, kind: $kind }) {
      id
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
  }
`);

export const ReportPostMutation = graphql(`
  mutation ReportPost($postId: ID!, $reason: String!) {
    reportPost(input: { postId: $postId, reason: $reason }) {
      id
      status
      post {
        id
        canReport
        reportedByViewer
      }
    }
  }
`);

export const PinThreadMutation = graphql(`
  mutation PinThread($id: ID!) {
    pinThread(input: { id: $id }) {
      ...ThreadStateFields
    }
  }
`);

export const UnpinThreadMutation = graphql(`
  mutation UnpinThread($id: ID!) {
    unpinThread(input: { id: $id }) {
      ...ThreadStateFields
    }
  }
`);

export const LockThreadMutation = graphql(`
  mutation LockThread($id: ID!) {
    lockThread(input: { id: $id }) {
      ...ThreadStateFields
    }
  }
`);

export const UnlockThreadMutation = graphql(`
  mutation UnlockThread($id: ID!) {
    unlockThread(input: { id: $id }) {
      ...ThreadStateFields
    }
  }
`);

export const MoveThreadMutation = graphql(`
  mutation MoveThread($id: ID!, $spaceId: ID!) {
    moveThread(input: { id: $id, spaceId: $spaceId }) {
      ...ThreadStateFields
    }
  }
`);

export const WatchThreadMutation = graphql(`
  mutation WatchThread($id: ID!) {
    watchThread(input: { id: $id }) {
      id
      watching
    }
  }
`);

export const UnwatchThreadMutation = graphql(`
  mutation UnwatchThread($id: ID!) {
    unwatchThread(input: { id: $id }) {
      id
      watching
    }
  }
`);

export const MarkThreadReadMutation = graphql(`
  mutation MarkThreadRead($threadId: ID!, $upToNumber: Int!) {
    markThreadRead(input: { threadId: $threadId, upToNumber: $upToNumber }) {
      id
      unreadCount
      lastReadNumber
      isNew
    }
  }
`);

/** The spaces a moderator may move a thread to. */
export const MoveTargetSpacesQuery = graphql(`
  query MoveTargetSpaces {
    spaces {
      id
      name
    }
  }
`);
