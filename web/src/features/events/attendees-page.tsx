// /events/:id/attendees — for the event's organisers and admins: who is going (in the order places were taken)
// and the waiting list (in line), each a keyset page at a time; the list as a CSV download; and a form that
// emails everyone going (and, if chosen, waiting) through the queue.
import { useMutation, useQuery } from '@apollo/client/react';
import { EVENT_LIMITS } from '@heritage/shared';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import {
  BackLink,
  Button,
  Checkbox,
  ErrorSummary,
  StatusMessage,
  TextArea,
  TextInput,
  useForm,
} from '../../components/forms';
import { LoadingMessage } from '../../components/loading-message';
import { hasErrorCode, problemMessage } from '../../components/problem-message';
import { usePageTitle } from '../../components/use-page-title';
import type { RsvpStatus } from '../../gql/graphql';
import { DateTime } from '../../components/date-time';
import { NotFoundPage } from '../../components/not-found-page';
import { orFewer } from '../profile/profile-validation';
import { countsLabel, placesLabel, WAITLISTED } from './event-labels';
import { eventTimeForViewer } from './event-time';
import { EventAttendeesQuery, EventQuery, MessageAttendeesMutation } from './events.queries';

const TITLE = 'Attendees';
const PAGE = 100;

function AttendeeList({ eventId, status, heading }: { eventId: string; status: RsvpStatus; heading: string }) {
  const { data, error, fetchMore } = useQuery(EventAttendeesQuery, {
    variables: { id: eventId, status, first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const connection = data?.event?.attendees;
  const waiting = status === WAITLISTED;
  const headingId = `attendees-${status.toLowerCase()}`;

  async function loadMore() {
    if (!connection?.pageInfo.endCursor || loadingMore) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: connection.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => {
          if (!previous.event || !fetchMoreResult.event) return previous;
          return {
            event: {
              ...previous.event,
              attendees: {
                ...fetchMoreResult.event.attendees,
                nodes: [...previous.event.attendees.nodes, ...fetchMoreResult.event.attendees.nodes],
              },
            },
          };
        },
      });
    } finally {
      setLoadingMore(false);
    }
  }

  function body() {
    if (error && !data) return <ErrorMessage>{problemMessage(error)}</ErrorMessage>;
    if (!connection) return <LoadingMessage>{`Loading ${heading.toLowerCase()}…`}</LoadingMessage>;
    if (connection.nodes.length === 0) return <p>{waiting ? 'Nobody is waiting.' : 'Nobody is going yet.'}</p>;
    const List = waiting ? 'ol' : 'ul';
    return (
      <>
        <List className={waiting ? 'list list--number attendee-list' : 'list attendee-list'}>
          {connection.nodes.map((attendee) => (
            <li key={attendee.member.id} className="attendee-list__item">
              <Link to={`/members/${attendee.member.id}`}>{attendee.member.displayName}</Link>
              {attendee.member.organisation ? `, ${attendee.member.organisation}` : null}
              <span className="secondary-text">
                {' '}
                ({waiting ? 'waiting since' : 'answered'} <DateTime value={attendee.since} withTime />)
              </span>
            </li>
          ))}
        </List>
        {connection.pageInfo.hasNextPage ? (
          <button type="button" className="button button--secondary" onClick={() => void loadMore()}>
            {loadingMore ? 'Loading…' : `Show more ${waiting ? 'people waiting' : 'people going'}`}
          </button>
        ) : null}
      </>
    );
  }

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      {body()}
    </section>
  );
}

function MessageForm({ eventId, hasWaitlist }: { eventId: string; hasWaitlist: boolean }) {
  const [send] = useMutation(MessageAttendeesMutation);
  const [sent, setSent] = useState('');
  const form = useForm({
    initial: { subject: '', body: '', includeWaitlist: false },
    validate: ({ subject, body }) => ({
      subject: !subject.trim()
        ? 'Enter a subject'
        : subject.length > EVENT_LIMITS.messageSubjectMax
          ? orFewer('Subject', EVENT_LIMITS.messageSubjectMax)
          : undefined,
      body: !body.trim()
        ? 'Enter a message'
        : body.length > EVENT_LIMITS.messageBodyMax
          ? orFewer('Message', EVENT_LIMITS.messageBodyMax)
          : undefined,
    }),
    submit: async (values) => {
      const result = await send({ variables: { input: { eventId, ...values } } });
      const count = result.data?.messageAttendees ?? 0;
      form.reset();
      setSent(
        count === 0
          ? 'Nobody was going, so no message was sent.'
          : `Your message has been sent to ${count} ${count === 1 ? 'person' : 'people'}.`,
      );
    },
    onError: (error) => problemMessage(error),
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    setSent('');
    form.handleSubmit(event);
  }

  return (
    <section aria-labelledby="message-heading" className="attendee-message">
      <h2 id="message-heading">Message attendees</h2>
      <p>An email to everyone going, from the community’s address. It names you as the organiser.</p>
      <ErrorSummary errors={form.errors} problem={form.problem} />
      <StatusMessage>{sent}</StatusMessage>
      <form noValidate onSubmit={submit}>
        <TextInput label="Subject" {...form.field('subject')} />
        <TextArea label="Message" rows={6} maxLength={EVENT_LIMITS.messageBodyMax} {...form.field('body')} />
        {hasWaitlist ? (
          <Checkbox
            id="includeWaitlist"
            label="Also send it to people on the waiting list"
            checked={form.values.includeWaitlist}
            onChange={(checked) => form.set('includeWaitlist', checked)}
          />
        ) : null}
        <Button disabled={form.submitting}>Send message</Button>
      </form>
    </section>
  );
}

export function AttendeesPage() {
  const { id = '' } = useParams();
  const { data, error } = useQuery(EventQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const event = data?.event;
  const notFound = hasErrorCode(error, 'NOT_FOUND') || (data !== undefined && !event);
  usePageTitle(notFound ? 'Page not found' : event ? `${TITLE}: ${event.title}` : TITLE);

  if (notFound) return <NotFoundPage />;

  function content() {
    if (error && !event) return <ErrorMessage>{problemMessage(error)}</ErrorMessage>;
    if (!event) return <LoadingMessage>Loading the event…</LoadingMessage>;
    if (!event.canManage) {
      return (
        <>
          <p>Only the event’s organisers, and administrators, can see who is going.</p>
          <p>
            <Link to={`/events/${event.id}`}>Back to the event</Link>
          </p>
        </>
      );
    }
    return (
      <>
        <p className="lead">
          <Link to={`/events/${event.id}`}>{event.title}</Link>
          <br />
          <span className="secondary-text">{eventTimeForViewer(event.startsAt, event.endsAt)}</span>
        </p>
        <p>
          {countsLabel(event)}
          {event.capacity !== null ? `. ${placesLabel(event)}.` : '.'}
        </p>
        {event.attendeesCsvPath ? (
          <p>
            {/* A plain link: the file comes from the API, not a page of this app. */}
            <a href={event.attendeesCsvPath} download>
              Download the attendee list (CSV)
            </a>
            <span className="secondary-text"> — names and organisations, going then waiting</span>
          </p>
        ) : null}
        <AttendeeList eventId={event.id} status="GOING" heading="Going" />
        <AttendeeList eventId={event.id} status="WAITLISTED" heading="Waiting list" />
        {event.status === 'CANCELLED' ? null : <MessageForm eventId={event.id} hasWaitlist={event.waitlistCount > 0} />}
      </>
    );
  }

  return (
    <>
      <BackLink to={`/events/${id}`} />
      <h1 tabIndex={-1}>{TITLE}</h1>
      {content()}
    </>
  );
}
