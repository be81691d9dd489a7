// /events/:id/edit — an organiser (or an admin) changes an event: the same form as creating one, prefilled
// with the saved event in its own time zone. A cancelled or ended event cannot be changed. The save names the
// sequence the edit started from; if another organiser changed the event meanwhile, the page shows their
// version beside the form ("Your version") and the next save goes against theirs.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import {
  CurrentText,
  CurrentVersionPanel,
  staleEditOf,
  type CurrentVersion,
  type StaleEdit,
} from '../../components/edit-conflict';
import { ErrorMessage } from '../../components/error-message';
import { BackLink, SummaryList, type SummaryListRow } from '../../components/forms';
import type { AccessibilityFeature, EventFormat, EventTag, EventVisibility, Region } from '../../gql/graphql';
import { regionLabel } from '../../components/member-labels';
import { LoadingMessage } from '../../components/loading-message';
import { hasErrorCode, problemMessage } from '../../components/problem-message';
import { usePageTitle } from '../../components/use-page-title';
import { NotFoundPage } from '../../components/not-found-page';
import { CURRENT_EVENT_ID, EventForm } from './event-form';
import { accessLabel, formatLabel, tagLabel, visibilityLabel } from './event-labels';
import { eventTimeInZone } from './event-time';
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
  const [conflict, setConflict] = useState<StaleEdit | null>(null);
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
    // The sequence the next save starts from: the loaded one, or the current one shown after a conflict.
    const baseRevision = conflict?.current.revision ?? event.sequence;
    return (
      <EventForm
        title={title}
        initialValues={valuesFromEvent(event)}
        submitLabel="Save changes"
        cancelHref={`/events/${event.id}`}
        notice="updated"
        conflict={
          conflict ? (
            <CurrentVersionPanel idBase={CURRENT_EVENT_ID} current={conflict.current}>
              <SummaryList rows={currentRows(conflict.current)} />
            </CurrentVersionPanel>
          ) : null
        }
        save={async (values) => {
          try {
            const result = await updateEvent({
              variables: { input: { id: eventId, baseRevision, ...eventInputFrom(values) } },
            });
            if (!result.data) throw new Error('updateEvent returned no data');
            return result.data.updateEvent.id;
          } catch (error) {
            const stale = staleEditOf(error);
            if (stale) setConflict(stale);
            throw error;
          }
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

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const list = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** The event's fields as they are now, in the form's words. */
function currentRows(c: CurrentVersion): SummaryListRow[] {
  const or = (value: string, otherwise = 'Not given') => value || otherwise;
  const organisers = Array.isArray(c.organisers)
    ? c.organisers.map((o: { displayName?: unknown }) => text(o.displayName))
    : [];
  return [
    { key: 'Title', value: text(c.title) },
    { key: 'Description', value: <CurrentText text={c.description} /> },
    { key: 'When', value: `${eventTimeInZone(c.startsAt, c.endsAt, text(c.timeZone))} (${text(c.timeZone)})` },
    { key: 'Format', value: formatLabel(text(c.format) as EventFormat) },
    { key: 'Venue', value: or(text(c.venueName)) },
    { key: 'Address', value: <CurrentText text={c.venueAddress} /> },
    { key: 'Joining link', value: or(text(c.joinUrl)) },
    { key: 'Places', value: typeof c.capacity === 'number' ? String(c.capacity) : 'No limit' },
    { key: 'Region', value: or(regionLabel(text(c.region) as Region) ?? '') },
    {
      key: 'Tags',
      value: or(
        list(c.tags)
          .map((t) => tagLabel(t as EventTag))
          .join(', '),
        'None',
      ),
    },
    {
      key: 'Accessibility',
      value: or(
        list(c.accessibilityFeatures)
          .map((f) => accessLabel(f as AccessibilityFeature))
          .join(', '),
        'None',
      ),
    },
    { key: 'Accessibility notes', value: <CurrentText text={c.accessibilityNotes} /> },
    { key: 'Who can see it', value: visibilityLabel(text(c.visibility) as EventVisibility) },
    { key: 'Organisers', value: organisers.join(', ') },
  ];
}
