// Live updates: what a signed-in page is told as it happens (GraphQL subscription `liveEvents` over SSE).

export enum LiveEventKind {
  /** The stream is open; `id` is where it stands (resume from here). */
  Ready = 'READY',
  /** The events since `after` are no longer kept (or were too many): refetch what the page shows. */
  Resync = 'RESYNC',
  /** A post was written (a reply, or the opening post of a new thread). */
  PostCreated = 'POST_CREATED',
  /** A post was edited, hidden, deleted or restored: refetch it in place. */
  PostUpdated = 'POST_UPDATED',
  /** A thread was moved, renamed, locked, pinned, hidden or restored. */
  ThreadUpdated = 'THREAD_UPDATED',
  /** The viewer's notifications changed; `unreadNotificationCount` is the new count. */
  Notifications = 'NOTIFICATIONS',
}

export const LIVE_LIMITS = {
  /** At most this many events are replayed after a reconnection; more and the stream answers RESYNC. */
  replay: 500,
  /** How often an open stream checks that its session still stands. */
  sessionCheckSeconds: 30,
} as const;

/** The GraphQL over SSE endpoint (graphql-sse, distinct connections mode). */
export const LIVE_STREAM_PATH = '/graphql/stream';
