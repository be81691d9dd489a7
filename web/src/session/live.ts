// The tab's one live stream (GraphQL subscription `liveEvents` over SSE, graphql-sse's distinct connections
// mode, so any app process can serve it). It is open while a member is signed in, names the thread or space
// the page shows (pages set it with useLiveTopics), and hands every event to the hooks that listen
// (useLiveEvent). When it drops it reopens with the last event id it saw, after 1, 2, 4… (at most 30) seconds,
// so the events in between arrive first. UNAUTHENTICATED stops it and asks who is signed in; signing out
// closes and forgets it (forget-member.ts: on a shared computer nothing of the member stays open).
import { LIVE_STREAM_PATH } from '@heritage/shared';
import { print } from 'graphql';
import type { Client } from 'graphql-sse';
import { useEffect, useRef } from 'react';
import { graphql } from '../gql';
import type { LiveEventsSubscription as LiveEventsResult } from '../gql/graphql';
import { signalUnauthenticated } from './unauthenticated';

export const LiveEventsSubscription = graphql(`
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
`);

export type LiveEvent = LiveEventsResult['liveEvents'];
export interface LiveTopics {
  threadId?: string;
  spaceId?: string;
}
type Listener = (event: LiveEvent) => void;

const QUERY = print(LiveEventsSubscription);
const MAX_RETRY_MS = 30_000;

const newer = (a: string, b: string | null) => b === null || BigInt(a) > BigInt(b);

class LiveConnection {
  private client?: Client;
  private cancel?: () => void;
  private after: string | null = null;
  private topics: LiveTopics = {};
  private readonly listeners = new Set<Listener>();
  private timer?: number;
  private attempts = 0;
  private active = false;

  /** Opens the stream (a member is signed in). */
  start(): void {
    if (this.active) return;
    this.active = true;
    this.open();
  }

  /** Closes the stream and forgets where it stood and what it was about. */
  stop(): void {
    this.active = false;
    window.clearTimeout(this.timer);
    this.timer = undefined;
    const cancel = this.cancel;
    this.cancel = undefined;
    cancel?.();
    this.client?.dispose();
    this.client = undefined;
    this.after = null;
    this.topics = {};
    this.attempts = 0;
  }

  setTopics(topics: LiveTopics): void {
    if (topics.threadId === this.topics.threadId && topics.spaceId === this.topics.spaceId) return;
    this.topics = topics;
    // Coalesced: leaving one page and opening the next reopens the stream once.
    if (this.active) this.schedule(0);
  }

  listen(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private schedule(ms: number): void {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      this.timer = undefined;
      if (this.active) this.open();
    }, ms);
  }

  private retry(): void {
    const ms = Math.min(MAX_RETRY_MS, 1000 * 2 ** this.attempts) * (0.75 + Math.random() / 4);
    this.attempts += 1;
    this.schedule(ms);
  }

  private open(): void {
    this.cancel?.();
    if (!this.client) {
      // The SSE client loads after the page has drawn: it is not part of the first load's JavaScript.
      this.cancel = undefined;
      void import('graphql-sse')
        .then(({ createClient }) => {
          this.client ??= createClient({ url: LIVE_STREAM_PATH, retryAttempts: 0, credentials: 'same-origin' });
          if (this.active && !this.cancel) this.open();
        })
        .catch(() => {
          if (this.active) this.retry();
        });
      return;
    }
    let ended = false;
    const cancel = this.client.subscribe<LiveEventsResult>(
      { query: QUERY, variables: { ...this.topics, after: this.after } },
      {
        next: (result) => {
          const code = result.errors?.[0]?.extensions?.code;
          if (code === 'UNAUTHENTICATED') {
            ended = true;
            this.stop();
            signalUnauthenticated();
            return;
          }
          const event = result.data?.liveEvents;
          if (!event) return;
          this.attempts = 0;
          if (newer(event.id, this.after)) this.after = event.id;
          for (const listener of this.listeners) listener(event);
        },
        error: () => {
          if (!ended && this.cancel === cancel && this.active) this.retry();
          ended = true;
        },
        complete: () => {
          if (!ended && this.cancel === cancel && this.active) this.retry();
          ended = true;
        },
      },
    );
    this.cancel = cancel;
  }
}

export const liveConnection = new LiveConnection();

/** Keeps the stream open while a member is signed in (a new one for another member). */
export function useLiveConnection(memberId: string | null): void {
  useEffect(() => {
    if (!memberId) return;
    liveConnection.start();
    return () => liveConnection.stop();
  }, [memberId]);
}

/** Names what the page shows, so its events come on the tab's one stream. */
export function useLiveTopics(topics: LiveTopics): void {
  const { threadId, spaceId } = topics;
  useEffect(() => {
    liveConnection.setTopics({ threadId, spaceId });
    return () => liveConnection.setTopics({});
  }, [threadId, spaceId]);
}

/** Calls `handler` with every live event (the latest handler, without reopening anything). */
export function useLiveEvent(handler: Listener): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => liveConnection.listen((event) => latest.current(event)), []);
}
