// /events/:id — one event: when (in the viewer's zone, named; also the organiser's when it differs), where,
// places, tags, access information and organisers, the description (HTML sanitised by the API), the
// member's answer, the calendar file and the discussion thread; organisers and admins get links to edit,
// cancel and see attendees. Visitors see public events with an invitation to join; any other event (a members'
// event from an emailed link, say) asks them to sign in and comes back here, as threads do. Members get 404
// for unknown or hidden events.
import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { SignInPrompt } from '../../session/require-sign-in';
import { useViewer } from '../../session/viewer';
import { ErrorMessage } from '../../components/error-message';
import { BackLink, SummaryList, type SummaryListRow } from '../../components/forms';
import { LoadingMessage } from '../../components/loading-message';
import { hasErrorCode, problemMessage } from '../../components/problem-message';
import { usePageTitle } from '../../components/use-page-title';
import type { EventQuery } from '../../gql/graphql';
import { NotFoundPage } from '../../components/not-found-page';
import { regionLabel } from '../../components/member-labels';
import { SuccessBanner } from '../../components/success-banner';
import { PostBody } from '../threads/post-body';
import {
  accessLabel,
  atVenue,
  countsLabel,
  formatLabel,
  online,
  placesLabel,
  tagLabel,
  visibilityLabel,
} from './event-labels';
import { EventMarkers } from './event-list-item';
import { noticeFrom, NOTICE_TEXT } from './event-notice';
import { eventTimeForViewer, eventTimeInZone, viewerTimeZone } from './event-time';
import { EventQuery as EventDocument } from './events.queries';
import { RsvpPanel, VisitorRsvpPanel } from './rsvp-panel';

type EventDetails = NonNullable<EventQuery['event']>;

function whenValue(event: EventDetails): ReactNode {
  const viewerZone = viewerTimeZone();
  const own = eventTimeForViewer(event.startsAt, event.endsAt);
  if (viewerZone === event.timeZone) return own;
  return (
    <>
      {own}
      <br />
      <span className="secondary-text">
        Where it is organised: {eventTimeInZone(event.startsAt, event.endsAt, event.timeZone)}
      </span>
    </>
  );
}

function onlineValue(event: EventDetails, signedIn: boolean): ReactNode {
  if (event.joinUrl) {
    return (
      <a href={event.joinUrl} rel="noopener noreferrer">
        {event.joinUrl}
      </a>
    );
  }
  return signedIn
    ? 'The join link is shown here, and emailed, to members who are going.'
    : 'The join link is for members who are going.';
}

function accessValue(event: EventDetails): ReactNode {
  if (!event.accessibilityFeatures.length && !event.accessibilityNotes) {
    return 'No access information given. Ask the organisers in the discussion.';
  }
  return (
    <>
      {event.accessibilityFeatures.length ? (
        <ul className="list list--bullet event-details__list">
          {event.accessibilityFeatures.map((feature) => (
            <li key={feature}>{accessLabel(feature)}</li>
          ))}
        </ul>
      ) : null}
      {event.accessibilityNotes ? <p className="preserve-lines">{event.accessibilityNotes}</p> : null}
    </>
  );
}

function detailRows(event: EventDetails, signedIn: boolean): SummaryListRow[] {
  const rows: SummaryListRow[] = [
    { key: 'When', value: whenValue(event) },
    { key: 'Format', value: formatLabel(event.format) },
  ];
  if (atVenue(event.format)) {
    rows.push({
      key: 'Venue',
      value: (
        <>
          {event.venueName}
          {event.venueAddress ? (
            <span className="preserve-lines event-details__address">{event.venueAddress}</span>
          ) : null}
        </>
      ),
    });
  }
  if (online(event.format)) rows.push({ key: 'Join online', value: onlineValue(event, signedIn) });
  if (event.status === 'SCHEDULED' && !event.past) {
    rows.push({ key: 'Places', value: `${placesLabel(event)} (${countsLabel(event)})` });
  }
  if (event.tags.length) rows.push({ key: 'Tags', value: event.tags.map(tagLabel).join(', ') });
  const region = regionLabel(event.region);
  if (region) rows.push({ key: 'Region', value: region });
  rows.push({ key: 'Access', value: accessValue(event) });
  if (event.organisers?.length) {
    rows.push({
      key: event.organisers.length === 1 ? 'Organiser' : 'Organisers',
      value: (
        <ul className="event-details__people">
          {event.organisers.map((person) => (
            <li key={person.id}>
              <Link to={`/members/${person.id}`}>{person.displayName}</Link>
              {person.organisation ? `, ${person.organisation}` : null}
            </li>
          ))}
        </ul>
      ),
    });
  }
  if (event.canManage) rows.push({ key: 'Who can see it', value: visibilityLabel(event.visibility) });
  return rows;
}

function ManageLinks({ event }: { event: EventDetails }) {
  const changeable = event.status === 'SCHEDULED' && !event.past;
  return (
    <section className="event-manage" aria-labelledby="event-manage-heading">
      <h2 id="event-manage-heading">Manage this event</h2>
      <ul className="list event-manage__links">
        {changeable ? (
          <li>
            <Link to={`/events/${event.id}/edit`}>Edit event</Link>
          </li>
        ) : null}
        <li>
          <Link to={`/events/${event.id}/attendees`}>Attendees and messages</Link>
        </li>
        {changeable ? (
          <li>
            <Link to={`/events/${event.id}/cancel`}>Cancel event</Link>
          </li>
        ) : null}
      </ul>
    </section>
  );
}

function EventContent({ event }: { event: EventDetails }) {
  const { viewer } = useViewer();
  const signedIn = Boolean(viewer);

  return (
    <>
      <EventMarkers event={event} />
      {event.status === 'CANCELLED' ? (
        <div className="event-cancelled">
          <p>
            <strong>This event has been cancelled.</strong>
          </p>
          {event.cancellationReason ? (
            <blockquote className="quote preserve-lines">{event.cancellationReason}</blockquote>
          ) : null}
        </div>
      ) : null}
      {event.status !== 'CANCELLED' && event.past ? <p className="inset-text">This event has ended.</p> : null}
      <SummaryList rows={detailRows(event, signedIn)} />
      {signedIn ? <RsvpPanel event={event} /> : <VisitorRsvpPanel eventId={event.id} />}
      <h2>About this event</h2>
      <PostBody html={event.descriptionHtml} />
      <h2>{event.threadId ? 'Calendar and discussion' : 'Calendar'}</h2>
      <ul className="list event-links">
        <li>
          {/* A plain link: the file comes from the API, not a page of this app. */}
          <a href={event.calendarPath} download>
            Add to calendar (.ics)
          </a>
        </li>
        {event.threadId ? (
          <li>
            <Link to={`/threads/${event.threadId}`}>Discuss this event</Link>
          </li>
        ) : null}
        <li>
          <Link to="/events">All events</Link>
        </li>
      </ul>
      {event.canManage ? <ManageLinks event={event} /> : null}
    </>
  );
}

export function EventPage() {
  const { id = '' } = useParams();
  const { viewer, loading: viewerLoading } = useViewer();
  const { data, error } = useQuery(EventDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const event = data?.event;
  const notice = noticeFrom(useLocation().state);
  const notFound = hasErrorCode(error, 'NOT_FOUND') || (data !== undefined && !event);
  // Visitors only see public events: for them, "not found" may well be a members' event. Until we know who is
  // looking, say neither.
  const askToSignIn = notFound && !viewer && !viewerLoading;
  const missing = notFound && Boolean(viewer);
  usePageTitle(askToSignIn ? 'Sign in to continue' : missing ? 'Page not found' : (event?.title ?? 'Event'));

  if (askToSignIn) {
    return <SignInPrompt reason="This event is for members, or it may no longer exist. Sign in to see it." />;
  }
  if (missing) return <NotFoundPage />;
  // One h1 element from loading to loaded, so the focus it gets after navigation stays on it.
  return (
    <>
      <BackLink to="/events" />
      {event && notice ? <SuccessBanner heading={NOTICE_TEXT[notice]} /> : null}
      <h1 tabIndex={-1}>{event?.title ?? 'Event'}</h1>
      {event ? (
        <EventContent event={event} />
      ) : error && !notFound ? (
        <ErrorMessage>{problemMessage(error)}</ErrorMessage>
      ) : (
        <LoadingMessage>Loading the event…</LoadingMessage>
      )}
    </>
  );
}
