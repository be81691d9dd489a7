// For signed-in members, the top of the home page: the featured advisory group update in a panel, then the
// latest updates (the featured one is not repeated). Nothing is shown when there are no updates yet.
import { Link } from 'react-router';
import { useFirstLoadQuery } from '../../session/first-load-query';
import type { HomeUpdatesQuery as Result } from '../../gql/graphql';
import { DateTime } from '../../components/date-time';
import { HomeUpdatesQuery } from './home-updates.query';

type Update = Result['latestUpdates'][number];

function Byline({ update }: { update: Update }) {
  return (
    <p className="update-byline">
      {update.author.id ? (
        <Link to={`/members/${update.author.id}`}>{update.author.displayName}</Link>
      ) : (
        update.author.displayName
      )}
      {', '}
      <DateTime value={update.createdAt} />
    </p>
  );
}

export function HomeUpdates() {
  const { data } = useFirstLoadQuery(HomeUpdatesQuery, { fetchPolicy: 'cache-and-network' });
  // The rest of the home page stands on its own: if updates cannot be loaded, leave them out.
  if (!data) return null;
  const featured = data.featuredUpdate;
  const latest = data.latestUpdates.filter((update) => update.id !== featured?.id);

  return (
    <>
      {featured ? (
        <section className="featured-update" aria-labelledby="featured-update-heading">
          <h2 id="featured-update-heading" className="featured-update__label">
            Featured update
          </h2>
          <h3 className="featured-update__title">
            <Link to={`/threads/${featured.id}`}>{featured.title}</Link>
          </h3>
          {featured.summary ? <p className="featured-update__summary">{featured.summary}</p> : null}
          <Byline update={featured} />
        </section>
      ) : null}
      {latest.length ? (
        <section aria-labelledby="latest-updates-heading">
          <h2 id="latest-updates-heading">Latest updates from the advisory group</h2>
          <ul className="update-list">
            {latest.map((update) => (
              <li key={update.id} className="update-list__item">
                <h3 className="update-list__title">
                  <Link to={`/threads/${update.id}`}>{update.title}</Link>
                </h3>
                {update.summary ? <p className="update-list__summary">{update.summary}</p> : null}
                <Byline update={update} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
