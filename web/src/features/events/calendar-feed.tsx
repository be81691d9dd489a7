// "Subscribe in your calendar app": whether the member has a personal calendar feed, and a button that
// creates a new secret address. The API keeps only a hash, so the address is shown once, in a read-only field
// with a copy button; making a new one stops the old one working.
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { ErrorMessage } from '../../components/error-message';
import { Button, WarningText } from '../../components/forms';
import { problemMessage } from '../../components/problem-message';
import { DateTime } from '../../components/date-time';
import { MyCalendarFeedQuery, RegenerateCalendarTokenMutation } from './events.queries';

function CopyableAddress({ url }: { url: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState('');

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [url]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('Address copied.');
    } catch {
      // Some browsers allow the clipboard only in a secure context, or not at all: leave it selected instead.
      input.current?.select();
      setCopied('Your browser did not let us copy it. The address is selected: copy it with your keyboard or menu.');
    }
  }

  return (
    <div className="calendar-feed__address">
      <div className="form-group">
        <label htmlFor="calendar-address" className="label">
          Your calendar address
        </label>
        <div id="calendar-address-hint" className="hint">
          Copy it now: we cannot show it again. Anyone with this address can see the events you are going to.
        </div>
        <input
          ref={input}
          id="calendar-address"
          className="input input--full"
          type="text"
          readOnly
          value={url}
          aria-describedby="calendar-address-hint"
          spellCheck={false}
        />
      </div>
      <Button type="button" variant="secondary" onClick={() => void copy()}>
        Copy address
      </Button>
      <p role="status">{copied}</p>
    </div>
  );
}

export function CalendarFeedSection() {
  const { data, error } = useQuery(MyCalendarFeedQuery, { fetchPolicy: 'cache-and-network' });
  const [regenerate, { loading }] = useMutation(RegenerateCalendarTokenMutation, {
    refetchQueries: [MyCalendarFeedQuery],
  });
  const [url, setUrl] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const feed = data?.myCalendarFeed;

  async function create() {
    setProblem(null);
    try {
      const result = await regenerate();
      setUrl(result.data?.regenerateCalendarToken.url ?? null);
    } catch (e) {
      setProblem(problemMessage(e));
    }
  }

  return (
    <section className="calendar-feed" aria-labelledby="calendar-feed-heading">
      <h2 id="calendar-feed-heading">Subscribe in your calendar app</h2>
      <p>
        Add a personal address to Outlook, Google Calendar or Apple Calendar and the events you are going to appear
        there, kept up to date when they change or are cancelled.
      </p>
      {error && !data ? <ErrorMessage>{problemMessage(error)}</ErrorMessage> : null}
      {feed && !url ? (
        <p>
          {feed.active ? (
            <>
              You have a calendar address, made on <DateTime value={feed.createdAt} />
              {feed.lastUsedAt ? (
                <>
                  {' '}
                  and last read by a calendar app on <DateTime value={feed.lastUsedAt} withTime />
                </>
              ) : null}
              .
            </>
          ) : (
            'You do not have a calendar address yet.'
          )}
        </p>
      ) : null}
      {url ? <CopyableAddress url={url} /> : null}
      {feed?.active || url ? (
        <WarningText>
          A new address stops the current one working: calendar apps using it will need the new address.
        </WarningText>
      ) : null}
      {problem ? <ErrorMessage>{problem}</ErrorMessage> : null}
      <Button type="button" variant="secondary" disabled={loading} onClick={() => void create()}>
        Create a new calendar address
      </Button>
    </section>
  );
}
