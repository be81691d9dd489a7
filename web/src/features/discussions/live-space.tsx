// A space's thread list with the tab's live stream: a thread listed here that gets a new post (by someone
// else) is marked "New activity" where it is, and posts in threads not on the list are counted and offered as
// "N threads with new activity — show them", which reloads the list. Nothing reorders under the reader.
import { useCallback, useState } from 'react';
import { useLiveEvent, useLiveTopics } from '../../session/live';

export const outsideText = (count: number) =>
  `${count} ${count === 1 ? 'thread' : 'threads'} with new activity — show ${count === 1 ? 'it' : 'them'}`;

export function useLiveSpace(spaceId: string, listed: readonly string[]) {
  const [active, setActive] = useState<ReadonlySet<string>>(new Set());
  const [outside, setOutside] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState('');
  useLiveTopics({ spaceId });

  useLiveEvent((event) => {
    if (event.spaceId !== spaceId || !event.threadId || event.byViewer) return;
    if (event.kind !== 'POST_CREATED' && event.kind !== 'THREAD_UPDATED') return;
    const threadId = event.threadId;
    if (listed.includes(threadId)) {
      if (event.kind !== 'POST_CREATED') return;
      setActive((current) => new Set(current).add(threadId));
      setStatus('New activity in a thread on this list');
    } else {
      setOutside((current) => {
        if (current.has(threadId)) return current;
        const next = new Set(current).add(threadId);
        setStatus(`${next.size} ${next.size === 1 ? 'thread' : 'threads'} with new activity`);
        return next;
      });
    }
  });

  /** After the list was reloaded: what is now listed keeps its mark, the rest is no longer counted. */
  const shown = useCallback(() => {
    setActive((current) => new Set([...current, ...outside]));
    setOutside(new Set());
  }, [outside]);

  return { active, outside: outside.size, status, shown };
}
