// /events/:id/edit — an organiser (or an admin) changes an event: the same form as creating one, prefilled
// with the saved event in its own time zone. A cancelled or ended event cannot be changed.
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import { BackLink } from '../../components/forms';
import { LoadingMessage } from '../../components/loading-message';
import { hasErrorCode, problemMessage } from '../../components/problem-message';
import { usePageTitle } from '../../components/use-page-title';
import { NotFoundPage } from '../errors/not-found-page';
import { EventForm } from './event-form';
import { eventInputFrom, valuesFromEvent } from './event-form-values';
import { EventQuery, EventsQuery, UpcomingEventsQuery, UpdateEventMutation } from './events.queries';

const TITLE = 'Edit event';

export function EditEventPage() {
  const { id = '' } = useParams();
  // Always the saved event: an edit must start from what is there now.
  const { data, error } = useQuery(EventQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const [updateEvent] = useMutation(UpdateEventMutation, {
    refetchQueries: [EventQuery, EventsQuery, UpcomingEventsQuery],
  });
  const event = data?.event;
  const notFound = hasErrorCode(error, 'NOT_FOUND') || (data !== undefined && !event);
  const title = event ? `${TITLE}: ${event.title}` : TITLE;
  // The same title the form sets (parents' effects run after their children's, so this one must agree).
  usePageTitle(notFound ? 'Page not found' : title);

  if (notFound) return <NotFoundPage />;

  function content() {
    if (error) return <ErrorMessage>{problemMessage(error)}</ErrorMessage>;
    if (!event) return <LoadingMessage>Loading the event…</LoadingMessage>;
    const back = (
      <p>
        <Link to={`/events/${event.id}`}>Back to the event</Link>
      </p>
    );
    if (!event.canManage) {
      return (
        <>
          <p>Only the event’s organisers, and administrators, can edit it.</p>
          {back}
        </>
      );
    }
    if (event.status === 'CANCELLED' || event.past) {
      return (
        <>
          <p>{event.status === 'CANCELLED' ? 'A cancelled event cannot be changed.' : 'This event has ended.'}</p>
          {back}
        </>
      );
    }
    const eventId = event.id;
    return (
      <EventForm
        title={title}
        initialValues={valuesFromEvent(event)}
        submitLabel="Save changes"
        cancelHref={`/events/${event.id}`}
        notice="updated"
        save={async (values) => {
          const result = await updateEvent({ variables: { input: { id: eventId, ...eventInputFrom(values) } } });
          if (!result.data) throw new Error('updateEvent returned no data');
          return result.data.updateEvent.id;
        }}
      />
    );
  }

  return (
    <>
      <BackLink to={`/events/${id}`} />
      <h1 tabIndex={-1}>{TITLE}</h1>
      {event ? <p className="lead">{event.title}</p> : null}
      {content()}
    </>
  );
}
