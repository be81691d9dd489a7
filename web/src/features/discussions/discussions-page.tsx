// Members: the discussion spaces they may read, with what each is for, how many of its threads are new or
// unread for them, and whether they watch it. Spaces where only some members (the advisory group) start
// threads are tagged. Each name links to the space's threads.
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import { LoadingMessage } from '../../components/loading-message';
import { problemMessage } from '../../components/problem-message';
import { usePageTitle } from '../../components/use-page-title';
import { DiscussionSpacesQuery } from './discussions.queries';
import { SpaceCounts, WatchSpaceButton } from './space-status';

export function DiscussionsPage() {
  usePageTitle('Discussions');
  const { data, error } = useQuery(DiscussionSpacesQuery, { fetchPolicy: 'cache-and-network' });
  const spaces = data?.spaces;

  return (
    <>
      <h1 tabIndex={-1}>Discussions</h1>
      <p>Talk with other members about heritage and social prescribing. These are the spaces you can read.</p>
      <p>
        <Link to="/evidence">What do we know? The community’s case studies, added up</Link>
      </p>
      {error && !spaces ? <ErrorMessage>{problemMessage(error)}</ErrorMessage> : null}
      {!spaces && !error ? <LoadingMessage>Loading discussion spaces…</LoadingMessage> : null}
      {spaces && spaces.length === 0 ? <p>There are no discussion spaces yet.</p> : null}
      {spaces && spaces.length > 0 ? (
        <ul className="discussion-spaces">
          {spaces.map((space) => (
            <li key={space.id} className="discussion-spaces__item">
              <h2 className="discussion-spaces__name">
                <Link to={`/discussions/${space.slug}`}>{space.name}</Link>
              </h2>
              {space.everyoneCanStart ? null : <strong className="tag tag--grey">Advisory group posts</strong>}
              {space.description ? <p className="discussion-spaces__description">{space.description}</p> : null}
              <div className="space-summary">
                <SpaceCounts newCount={space.newThreadCount} unreadCount={space.unreadThreadCount} />
                <WatchSpaceButton space={space} />
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
