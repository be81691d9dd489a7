// /events/new — the advisory group, moderators and admins create an event (the API checks the permission too).
import { useMutation } from '@apollo/client/react';
import { Permission } from '@heritage/shared';
import { Link } from 'react-router';
import { useViewer } from '../../session/viewer';
import { BackLink } from '../../components/forms';
import { usePageTitle } from '../../components/use-page-title';
import { EventForm } from './event-form';
import { EMPTY_EVENT, eventInputFrom } from './event-form-values';
import { CreateEventMutation, EventsQuery, UpcomingEventsQuery } from './events.queries';

const TITLE = 'Create an event';

function NotAllowed() {
  usePageTitle(TITLE);
  return (
    <>
      <BackLink to="/events" />
      <h1 tabIndex={-1}>{TITLE}</h1>
      <p>Events are created by the advisory group, moderators and administrators.</p>
      <p>
        To suggest an event, start a thread in <Link to="/discussions/events-and-meet-ups">Events and meet-ups</Link>.
      </p>
    </>
  );
}

export function NewEventPage() {
  const { viewer, can } = useViewer();
  const [createEvent] = useMutation(CreateEventMutation, { refetchQueries: [EventsQuery, UpcomingEventsQuery] });
  if (!viewer || !can(Permission.ManageEvents)) return <NotAllowed />;

  return (
    <>
      <BackLink to="/events" />
      <h1 tabIndex={-1}>{TITLE}</h1>
      <p className="lead">
        The event opens its own discussion thread in Events and meet-ups, and members going get a reminder email a day
        before.
      </p>
      <EventForm
        title={TITLE}
        // The creator organises it unless they name others.
        initialValues={{
          ...EMPTY_EVENT,
          organisers: [{ id: viewer.id, displayName: viewer.displayName, organisation: null }],
        }}
        submitLabel="Create event"
        cancelHref="/events"
        notice="created"
        save={async (values) => {
          const result = await createEvent({ variables: { input: eventInputFrom(values) } });
          if (!result.data) throw new Error('createEvent returned no data');
          return result.data.createEvent.id;
        }}
      />
    </>
  );
}
