// The signed-in member's notifications, newest first, 20 a page. Following one marks it read; unread ones
// say "Unread" in words, not only by colour. The header's unread count is refetched after every change (it is
// part of the first load, so it is a first-load query, not in Apollo's cache).
import { LIMITS } from '@heritage/shared';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import { formatAge, formatDateTime } from '../../components/format';
import { Button, Pagination, StatusMessage } from '../../components/forms';
import { LoadingMessage } from '../../components/loading-message';
import { problemMessage } from '../../components/problem-message';
import { usePageTitle } from '../../components/use-page-title';
import { refetchFirstLoadQuery } from '../../session/first-load-query';
import type { NotificationsQuery as NotificationsResult } from '../../gql/graphql';
import {
  MarkAllNotificationsReadMutation,
  MarkNotificationReadMutation,
  NotificationsQuery,
  UnreadNotificationCountQuery,
} from './notifications.queries';

type Notification = NotificationsResult['notifications']['nodes'][number];

/** The header's badge. */
const refetchUnreadCount = () => void refetchFirstLoadQuery(UnreadNotificationCountQuery);

function NotificationItem({ notification }: { notification: Notification }) {
  const { id, title, link, read } = notification;
  const createdAt = String(notification.createdAt);
  // Marked read in the background while the link is followed (also when opened in a new tab).
  const [markRead] = useMutation(MarkNotificationReadMutation, {
    variables: { id },
    onCompleted: refetchUnreadCount,
    update: (cache) => {
      cache.modify({ id: cache.identify({ __typename: 'Notification', id }), fields: { read: () => true } });
    },
  });
  const markIfUnread = () => {
    if (!read) void markRead().catch(() => undefined);
  };

  return (
    <li className={read ? 'notification' : 'notification notification--unread'}>
      {read ? null : <strong className="tag notification__tag">Unread</strong>}
      <p className="notification__title">
        {link ? (
          <Link to={link} onClick={markIfUnread} onAuxClick={markIfUnread}>
            {title}
          </Link>
        ) : (
          title
        )}
      </p>
      <p className="notification__meta">
        <time dateTime={createdAt}>{formatAge(createdAt)}</time> ({formatDateTime(createdAt)})
      </p>
    </li>
  );
}

function NotificationList() {
  const [searchParams, setSearchParams] = useSearchParams();
  const after = searchParams.get('after');
  const [status, setStatus] = useState<string | null>(null);
  const { data, error } = useQuery(NotificationsQuery, {
    variables: { first: LIMITS.pageSizeDefault, after },
    fetchPolicy: 'cache-and-network',
  });
  const [markAll, { loading: marking }] = useMutation(MarkAllNotificationsReadMutation, {
    refetchQueries: [NotificationsQuery],
    onCompleted: refetchUnreadCount,
  });

  if (error) return <ErrorMessage>{problemMessage(error)}</ErrorMessage>;
  if (!data) return <LoadingMessage>Loading your notifications…</LoadingMessage>;
  const { nodes, pageInfo } = data.notifications;

  async function markAllRead() {
    const result = await markAll().catch(() => null);
    const changed = result?.data?.markAllNotificationsRead;
    setStatus(
      changed === undefined
        ? 'Sorry, we could not mark your notifications as read. Try again.'
        : 'All notifications marked as read.',
    );
  }

  function nextPage() {
    setSearchParams({ after: pageInfo.endCursor ?? '' });
    document.querySelector<HTMLElement>('main h1')?.focus();
  }

  return (
    <>
      <StatusMessage>{status ? <p>{status}</p> : null}</StatusMessage>
      {nodes.length === 0 ? (
        <p>{after ? 'There are no more notifications.' : 'You have no notifications.'}</p>
      ) : (
        <>
          {nodes.some((n) => !n.read) ? (
            <Button type="button" variant="secondary" disabled={marking} onClick={() => void markAllRead()}>
              Mark all as read
            </Button>
          ) : null}
          <ul className="notification-list">
            {nodes.map((notification) => (
              <NotificationItem key={notification.id} notification={notification} />
            ))}
          </ul>
        </>
      )}
      <Pagination hasNext={pageInfo.hasNextPage} onNext={nextPage} />
      {after ? (
        <p>
          <Link to="/notifications">Back to the newest notifications</Link>
        </p>
      ) : null}
    </>
  );
}

export function NotificationsPage() {
  usePageTitle('Notifications');
  return (
    <>
      <h1 tabIndex={-1}>Notifications</h1>
      <p>
        <Link to="/notifications/settings">Choose which notifications you get</Link>
      </p>
      <NotificationList />
    </>
  );
}
