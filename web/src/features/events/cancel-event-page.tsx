// /events/:id/cancel — an organiser (or an admin) cancels an event, giving a reason that is emailed to everyone
// going or waiting and shown on the event. This page is the confirmation: it says what will happen and that it
// cannot be undone, and the warning button does it.
import { useMutation, useQuery } from '@apollo/client/react';
import { EVENT_LIMITS } from '@heritage/shared';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import { BackLink, Button, ErrorSummary, TextArea, useForm, WarningText } from '../../components/forms';
import { LoadingMessage } from '../../components/loading-message';
import { hasErrorCode, problemMessage } from '../../components/problem-message';
import { usePageTitle } from '../../components/use-page-title';
import { NotFoundPage } from '../../components/not-found-page';
import { ProblemBox } from '../../components/problem-box';
import { orFewer } from '../profile/profile-validation';
import { countsLabel } from './event-labels';
import { noticeState } from './event-notice';
import { eventTimeForViewer } from './event-time';
import { CancelEventMutation, EventQuery } from './events.queries';

const TITLE = 'Cancel event';

function reasonError(reason: string): string | undefined {
  if (!reason.trim()) return 'Enter a reason for cancelling';
  if (reason.length > EVENT_LIMITS.cancellationReasonMax) return orFewer('Reason', EVENT_LIMITS.cancellationReasonMax);
  return undefined;
}

export function CancelEventPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, error } = useQuery(EventQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const [cancelEvent] = useMutation(CancelEventMutation);
  const form = useForm({
    initial: { reason: '' },
    validate: ({ reason }) => ({ reason: reasonError(reason) }),
    submit: async ({ reason }) => {
      await cancelEvent({ variables: { id, reason } });
      // Still sending (the button stays disabled) until the event page has opened.
      await navigate(`/events/${id}`, { state: noticeState('cancelled') });
    },
    onError: (err) => problemMessage(err),
  });
  const { errors } = form;
  const event = data?.event;
  const notFound = hasErrorCode(error, 'NOT_FOUND') || (data !== undefined && !event);
  usePageTitle(notFound ? 'Page not found' : TITLE, errors.length > 0 || form.problem !== null);

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
          <p>Only the event’s organisers, and administrators, can cancel it.</p>
          {back}
        </>
      );
    }
    if (event.status === 'CANCELLED' || event.past) {
      return (
        <>
          <p>{event.status === 'CANCELLED' ? 'This event has already been cancelled.' : 'This event has ended.'}</p>
          {back}
        </>
      );
    }
    return (
      <>
        <p className="lead">
          {event.title}
          <br />
          <span className="secondary-text">{eventTimeForViewer(event.startsAt, event.endsAt)}</span>
        </p>
        <WarningText>
          Everyone going or on the waiting list ({countsLabel(event)}) will be told by email and in the app. You cannot
          undo this.
        </WarningText>
        <form noValidate onSubmit={form.handleSubmit}>
          <TextArea
            label="Why is it cancelled?"
            hint="We send this to everyone going and show it on the event page."
            rows={4}
            maxLength={EVENT_LIMITS.cancellationReasonMax}
            {...form.field('reason')}
          />
          <div className="button-group">
            <Button variant="warning" disabled={form.submitting}>
              Cancel event
            </Button>
            <Link to={`/events/${event.id}`}>Keep the event</Link>
          </div>
        </form>
      </>
    );
  }

  return (
    <>
      <BackLink to={`/events/${id}`} />
      <ErrorSummary errors={errors} />
      {form.problem ? <ProblemBox message={form.problem} /> : null}
      <h1 tabIndex={-1}>{TITLE}</h1>
      {content()}
    </>
  );
}
