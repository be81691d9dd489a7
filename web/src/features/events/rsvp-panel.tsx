// "Are you going?": the member's answer in a live region (Going; On the waiting list — position N; Not going)
// and the buttons that change it. The API decides between a place and the waiting list under a row lock; this
// only shows what it decided. After an answer, focus moves to the answer, as the pressed button may be gone.
import { useMutation } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import { Button } from '../../components/forms';
import { problemMessage } from '../../components/problem-message';
import type { EventQuery, RsvpAnswer } from '../../gql/graphql';
import { answerLabel, GOING, NOT_GOING, WAITLISTED } from './event-labels';
import { RsvpMutation } from './events.queries';

type EventDetails = NonNullable<EventQuery['event']>;

function answerSentence(event: EventDetails): string {
  const answer = event.myRsvp;
  if (!answer) return 'You have not answered yet.';
  return `Your answer: ${answerLabel(answer.status, answer.waitlistPosition)}.`;
}

export function VisitorRsvpPanel({ eventId }: { eventId: string }) {
  return (
    <section className="rsvp" aria-labelledby="rsvp-heading">
      <h2 id="rsvp-heading">Going to this event</h2>
      <p>Events are for members of the community.</p>
      <p className="button-group">
        <Link to="/join" className="button" draggable="false">
          Apply to join
        </Link>
        <Link to={`/sign-in?next=${encodeURIComponent(`/events/${eventId}`)}`}>Sign in to answer</Link>
      </p>
    </section>
  );
}

export function RsvpPanel({ event }: { event: EventDetails }) {
  const [rsvp, { loading }] = useMutation(RsvpMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const answerRef = useRef<HTMLParagraphElement>(null);
  if (event.status === 'CANCELLED') return null;

  const status = event.myRsvp?.status;
  const holdsPlace = status === GOING || status === WAITLISTED;

  async function answer(value: RsvpAnswer) {
    setProblem(null);
    try {
      await rsvp({ variables: { eventId: event.id, answer: value } });
    } catch (e) {
      setProblem(problemMessage(e));
    }
    answerRef.current?.focus();
  }

  function closedNote(): string {
    if (event.past) return 'Answers have closed.';
    return 'The event has started, so answers have closed.';
  }

  return (
    <section className="rsvp" aria-labelledby="rsvp-heading">
      <h2 id="rsvp-heading">Are you going?</h2>
      <p ref={answerRef} tabIndex={-1} role="status" className="rsvp__answer">
        {answerSentence(event)}
      </p>
      {status === WAITLISTED ? <p>You will get a place, and an email, as soon as one comes free.</p> : null}
      {problem ? <ErrorMessage>{problem}</ErrorMessage> : null}
      {event.open ? (
        <>
          {event.full && !holdsPlace ? (
            <p className="hint">All places are taken. If you answer that you are going, you join the waiting list.</p>
          ) : null}
          <div className="button-group">
            {holdsPlace ? null : (
              <Button type="button" disabled={loading} onClick={() => void answer('GOING')}>
                I’m going
              </Button>
            )}
            {status === NOT_GOING ? null : (
              <Button type="button" variant="secondary" disabled={loading} onClick={() => void answer('NOT_GOING')}>
                I can’t go
              </Button>
            )}
          </div>
        </>
      ) : (
        <p>{closedNote()}</p>
      )}
    </section>
  );
}
