// A real SSE client for the `liveEvents` subscription (graphql-sse's distinct connections mode, as the web app
// opens it): a POST to /graphql/stream, the response read as an event stream.
import { LIVE_STREAM_PATH } from '@heritage/shared';
import { graphql } from './graphql';
import type { LiveEventsSubscription, TypedDocumentString } from './graphql/graphql';

/** The subscription the web app opens; another document (a typed one's text, or a plain string) may be sent. */
export const LIVE_EVENTS = graphql(`
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

export type LiveEventMessage = LiveEventsSubscription['liveEvents'];

export interface LiveStream {
  status: number;
  events: LiveEventMessage[];
  errors: { message: string; extensions?: { code?: string } }[];
  /** Resolves once the server completed the stream or the connection ended. */
  closed: Promise<void>;
  /** The first event (counting those already received) that matches, within `timeoutMs`. */
  next(match: (e: LiveEventMessage) => boolean, timeoutMs?: number): Promise<LiveEventMessage>;
  /** Waits `ms` and returns the events received meanwhile. */
  during(ms: number): Promise<LiveEventMessage[]>;
  close(): void;
}

export async function openLiveStream(
  baseUrl: string,
  cookie: string,
  variables: { threadId?: string; spaceId?: string; categoryId?: string; after?: string } = {},
  query: string | TypedDocumentString<unknown, never> = LIVE_EVENTS,
): Promise<LiveStream> {
  const abort = new AbortController();
  const res = await fetch(`${baseUrl}${LIVE_STREAM_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', cookie },
    body: JSON.stringify({ query: query.toString(), variables }),
    signal: abort.signal,
  });
  const events: LiveEventMessage[] = [];
  const errors: LiveStream['errors'] = [];
  const waiters = new Set<() => void>();
  const notify = () => waiters.forEach((w) => w());
  let ended = false;
  const closed = (async () => {
    if (!res.body || !res.headers.get('content-type')?.startsWith('text/event-stream')) return;
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const message = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(message)?.[1];
          const data = /^data: (.*)$/m.exec(message)?.[1];
          if (event === 'next' && data) {
            const payload = JSON.parse(data) as {
              data?: { liveEvents: LiveEventMessage } | null;
              errors?: LiveStream['errors'];
            };
            if (payload.errors) errors.push(...payload.errors);
            if (payload.data?.liveEvents) events.push(payload.data.liveEvents);
            notify();
          }
        }
      }
    } catch {
      // aborted
    } finally {
      ended = true;
      notify();
    }
  })();
  return {
    status: res.status,
    events,
    errors,
    closed,
    next(match, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = events.find(match);
          if (found) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(found);
          } else if (ended || errors.length > 0) {
            waiters.delete(check);
            clearTimeout(timer);
            reject(new Error(`stream ended: ${JSON.stringify({ errors, events })}`));
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching live event in ${timeoutMs} ms: ${JSON.stringify(events)}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    async during(ms) {
      const from = events.length;
      await new Promise((r) => setTimeout(r, ms));
      return events.slice(from);
    },
    close: () => abort.abort(),
  };
}

export const isReady = (e: LiveEventMessage) => e.kind === 'READY';
