// What a space holds for the viewer ("3 new, 2 unread", with whole words for screen readers) and the control
// that watches it (notifications of new threads). Both the spaces list and a space's page use them.
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { UnwatchSpaceMutation, WatchSpaceMutation } from './discussions.queries';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function SpaceCounts({ newCount, unreadCount }: { newCount: number; unreadCount: number }) {
  if (newCount === 0 && unreadCount === 0) {
    return <p className="space-counts secondary-text">No new or unread threads</p>;
  }
  const shown = [newCount ? `${newCount} new` : null, unreadCount ? `${unreadCount} unread` : null];
  const spoken = [
    newCount ? plural(newCount, 'new thread', 'new threads') : null,
    unreadCount ? plural(unreadCount, 'thread with unread posts', 'threads with unread posts') : null,
  ];
  return (
    <p className="space-counts">
      <strong aria-hidden="true">{shown.filter(Boolean).join(', ')}</strong>
      <span className="visually-hidden">{spoken.filter(Boolean).join(', ')}</span>
    </p>
  );
}

export function WatchSpaceButton({ space }: { space: { id: string; name: string; watching: boolean } }) {
  const [watch, { loading: watching }] = useMutation(WatchSpaceMutation, { variables: { id: space.id } });
  const [unwatch, { loading: unwatching }] = useMutation(UnwatchSpaceMutation, { variables: { id: space.id } });
  const [status, setStatus] = useState('');

  async function toggle() {
    // Not disabled while busy: a disabled button drops keyboard focus.
    if (watching || unwatching) return;
    const wasWatching = space.watching;
    try {
      // The answer updates the space in the cache, which relabels this button.
      await (wasWatching ? unwatch() : watch());
      setStatus(
        wasWatching
          ? `You are no longer watching ${space.name}.`
          : `You are watching ${space.name}. We will tell you about new threads.`,
      );
    } catch {
      setStatus(`Sorry, we could not change whether you watch ${space.name}. Try again later.`);
    }
  }

  return (
    <div className="watch-space">
      <button type="button" className="button button--secondary watch-space__button" onClick={() => void toggle()}>
        {space.watching ? 'Stop watching' : 'Watch'}
        <span className="visually-hidden"> {space.name}</span>
      </button>
      <p role="status" className="watch-space__status">
        {status}
      </p>
    </div>
  );
}
