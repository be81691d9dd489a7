// One thread in a space's list: the title (a heading, linking to the first unread post when there is one),
// markers in words (pinned, locked, kind, new, unread), an update's summary, who started it, replies, the
// last activity and its tags (each a link that filters the list by that tag).
import { Link } from 'react-router';
import { formatAge, formatDateTime } from '../../components/format';
import type { ThreadListItemFragment } from '../../gql/graphql';
import { DISCUSSION, kindLabel, settingLabel } from './discussion-labels';
import { spaceHref } from './space-params';

export function threadHref(thread: Pick<ThreadListItemFragment, 'id' | 'unreadCount' | 'firstUnreadNumber'>) {
  return thread.unreadCount > 0 && thread.firstUnreadNumber
    ? `/threads/${thread.id}?post=${thread.firstUnreadNumber}`
    : `/threads/${thread.id}`;
}

function Time({ iso }: { iso: string }) {
  return (
    <time dateTime={iso} title={formatDateTime(iso)}>
      {formatAge(iso)}
    </time>
  );
}

export function ThreadListItem({
  thread,
  spaceSlug,
  newActivity = false,
}: {
  thread: ThreadListItemFragment;
  spaceSlug: string;
  /** A post arrived since the list was shown (live-space.tsx). */
  newActivity?: boolean;
}) {
  const lastPostedAt = String(thread.lastPostedAt);
  const createdAt = String(thread.createdAt);
  const replies = thread.replyCount;
  const markers = [
    thread.pinned ? { text: 'Pinned', colour: 'tag--grey' } : null,
    thread.locked ? { text: 'Locked', colour: 'tag--grey' } : null,
    thread.kind !== DISCUSSION ? { text: kindLabel(thread.kind), colour: '' } : null,
    thread.isNew ? { text: 'New', colour: 'tag--yellow' } : null,
    thread.unreadCount > 0 ? { text: `${thread.unreadCount} unread`, colour: 'tag--yellow' } : null,
    newActivity ? { text: 'New activity', colour: 'tag--yellow' } : null,
  ].filter((m) => m !== null);

  return (
    <li
      className={thread.isNew || thread.unreadCount || newActivity ? 'thread-item thread-item--unread' : 'thread-item'}
    >
      <h3 className="thread-item__title">
        <Link to={threadHref(thread)}>{thread.title}</Link>
      </h3>
      {markers.length ? (
        <p className="thread-item__markers">
          {markers.map((m) => (
            <strong key={m.text} className={`tag ${m.colour}`.trim()}>
              {m.text}
            </strong>
          ))}
        </p>
      ) : null}
      {thread.summary ? <p className="thread-item__summary">{thread.summary}</p> : null}
      <p className="thread-item__meta">
        Started by {thread.author.displayName}
        {thread.caseStudy ? <> · {settingLabel(thread.caseStudy.setting)}</> : null}
        {' · '}
        {replies === 0 ? 'No replies' : `${replies} ${replies === 1 ? 'reply' : 'replies'}`}
        {' · '}
        {replies > 0 ? (
          <>
            Last reply <Time iso={lastPostedAt} />
            {thread.lastPoster ? ` by ${thread.lastPoster.displayName}` : null}
          </>
        ) : (
          <>
            Started <Time iso={createdAt} />
          </>
        )}
      </p>
      {thread.tags.length ? (
        <ul className="thread-item__tags" aria-label="Tags">
          {thread.tags.map((tag) => (
            <li key={tag}>
              <Link to={spaceHref(spaceSlug, { tag })} className="thread-item__tag">
                <span className="visually-hidden">Show threads tagged </span>
                {tag}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
