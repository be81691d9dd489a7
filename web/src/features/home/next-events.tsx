// The home page's "Next events": the next three scheduled events the viewer can see (public ones for visitors),
// each with when (in the viewer's zone, named) and where, and a link to all events. Left out if they cannot be
// loaded: the rest of the home page stands on its own.
import { Link } from 'react-router';
import { useFirstLoadQuery } from '../../session/first-load-query';
import { EventListItem } from '../events/event-list-item';
import { UpcomingEventsQuery } from '../events/events.queries';

export function NextEvents() {
  const { data } = useFirstLoadQuery(UpcomingEventsQuery, {
    variables: { first: 3 },
    fetchPolicy: 'cache-and-network',
  });
  if (!data) return null;
  const events = data.upcomingEvents;
  return (
    <section className="next-events" aria-labelledby="next-events-heading">
      <h2 id="next-events-heading">Next events</h2>
      {events.length ? (
        <ul className="thread-list">
          {events.map((event) => (
            <EventListItem key={event.id} event={event} />
          ))}
        </ul>
      ) : (
        <p>There are no events coming up yet.</p>
      )}
      <p>
        <Link to="/events">See all events</Link>
      </p>
    </section>
  );
}
