// What the open thread does with the tab's live stream: replies by others are counted, not inserted, and
// offered below the posts as "N new replies — show them" (announced in the page's polite live region), so
// nothing moves above the reader's focus or scroll position; edits, hides, deletions and restorations are
// fetched into the post where it is; a change to the thread itself (moved, locked, renamed) refreshes the header.
import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useLiveEvent, useLiveTopics } from '../../session/live';
import { ThreadPageQuery, ThreadPostsQuery } from './thread.queries';
import type { PostRef } from './use-post-window';

export const newRepliesText = (count: number) =>
  `${count} new ${count === 1 ? 'reply' : 'replies'} — show ${count === 1 ? 'it' : 'them'}`;

export function useLiveThread(threadId: string, shown: PostRef[], announce: (message: string) => void) {
  const client = useApolloClient();
  const [waiting, setWaiting] = useState<number[]>([]);
  const shownRef = useRef(shown);
  useEffect(() => {
    shownRef.current = shown;
  }, [shown]);
  useLiveTopics({ threadId });
  const isShown = (number: number) => shownRef.current.some((p) => p.number === number);

  useLiveEvent((event) => {
    if (event.threadId !== threadId) return;
    const number = event.postNumber ?? null;
    if (event.kind === 'POST_CREATED' && number !== null && !event.byViewer) {
      if (isShown(number)) return;
      setWaiting((current) => {
        if (current.includes(number)) return current;
        const next = [...current, number].filter((n) => !isShown(n));
        announce(`${next.length} new ${next.length === 1 ? 'reply' : 'replies'}`);
        return next;
      });
    } else if (event.kind === 'POST_UPDATED' && number !== null) {
      if (!isShown(number)) return;
      void client
        .query({
          query: ThreadPostsQuery,
          variables: { id: threadId, first: 1, fromNumber: number },
          fetchPolicy: 'network-only',
        })
        .catch(() => undefined);
    } else if (event.kind === 'THREAD_UPDATED') {
      void client.refetchQueries({ include: [ThreadPageQuery] }).catch(() => undefined);
    }
  });

  // Replies that came onto the page since (shown, or the reader's own) are no longer waiting.
  return waiting.filter((n) => !shown.some((p) => p.number === n)).length;
}
