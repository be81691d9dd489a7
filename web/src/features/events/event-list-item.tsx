// One event in a list (the listing and the home page): its title as a heading linking to it, markers for
// cancelled and the viewer's answer, when (in the viewer's zone, named), the format and place, and places left.
import { Link } from 'react-router';
import type { EventListItemFragment } from '../../gql/graphql';
import { answerLabel, GOING, placeLabel, placesLabel, WAITLISTED } from './event-labels';
import { eventTimeForViewer } from './event-time';

export function EventMarkers({ event }: { event: Pick<EventListItemFragment, 'status' | 'myRsvp'> }) {
  const cancelled = event.status === 'CANCELLED';
  const answer = event.myRsvp?.status;
  if (!cancelled && answer !== GOING && answer !== WAITLISTED) return null;
  return (
    <p className="thread-item__markers">
      {cancelled ? <strong className="tag tag--red">Cancelled</strong> : null}
      {answer === GOING ? <strong className="tag tag--green">You’re going</strong> : null}
      {answer === WAITLISTED ? (
        <strong className="tag tag--yellow">{answerLabel(WAITLISTED, event.myRsvp?.waitlistPosition)}</strong>
      ) : null}
    </p>
  );
}

export function EventListItem({ event, headingLevel = 3 }: { event: EventListItemFragment; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const showPlaces = event.status === 'SCHEDULED' && !event.past;
  return (
    <li className="thread-item event-item">
      <Heading className="thread-item__title">
        <Link to={`/events/${event.id}`}>{event.title}</Link>
      </Heading>
      <EventMarkers event={event} />
      <p className="event-item__when">{eventTimeForViewer(event.startsAt, event.endsAt)}</p>
      <p className="thread-item__meta">
        {placeLabel(event.format, event.venueName)}
        {showPlaces ? ` · ${placesLabel(event)}` : null}
      </p>
    </li>
  );
}
