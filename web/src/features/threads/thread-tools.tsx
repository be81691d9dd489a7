// Under the thread's heading: watching (notifications of new replies), and for moderators pin or unpin,
// lock or unlock, and move to another space. Each change is announced in the page's live region; the button
// pressed stays where it is (its words change), so focus does not move.
import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../components/error-message';
import { Button, Select } from '../../components/forms';
import { problemMessage } from '../../components/problem-message';
import type { ThreadPageQuery } from '../../gql/graphql';
import {
  LockThreadMutation,
  MoveTargetSpacesQuery,
  MoveThreadMutation,
  PinThreadMutation,
  UnlockThreadMutation,
  UnpinThreadMutation,
  UnwatchThreadMutation,
  WatchThreadMutation,
} from './thread.queries';

type Thread = NonNullable<ThreadPageQuery['thread']>;

export function WatchButton({ thread, announce }: { thread: Thread; announce: (message: string) => void }) {
  const [watch] = useMutation(WatchThreadMutation);
  const [unwatch] = useMutation(UnwatchThreadMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const hintId = useId();

  async function toggle() {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      const variables = { id: thread.id };
      if (thread.watching) {
        await unwatch({ variables });
        announce('You have stopped watching this thread.');
      } else {
        await watch({ variables });
        announce('You are now watching this thread.');
      }
    } catch (error) {
      setProblem(problemMessage(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="thread-watch">
      {problem ? <ErrorMessage>{problem}</ErrorMessage> : null}
      <button
        type="button"
        className="button button--secondary thread-watch__button"
        aria-describedby={hintId}
        onClick={() => void toggle()}
      >
        {thread.watching ? 'Stop watching' : 'Watch this thread'}
      </button>
      <p id={hintId} className="hint thread-watch__hint">
        {thread.watching
          ? 'You are watching this thread: you get a notification when someone replies.'
          : 'Watch it to get a notification when someone replies.'}
      </p>
    </div>
  );
}

function MoveForm({ thread, announce }: { thread: Thread; announce: (message: string) => void }) {
  const { data } = useQuery(MoveTargetSpacesQuery);
  const [move] = useMutation(MoveThreadMutation);
  const [target, setTarget] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | null>(null);
  const spaces = (data?.spaces ?? []).filter((space) => space.id !== thread.space.id);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    if (!target) {
      setError('Choose the space to move the thread to');
      document.getElementById('move-space')?.focus();
      return;
    }
    setError(undefined);
    try {
      const result = await move({ variables: { id: thread.id, spaceId: target } });
      setTarget('');
      announce(`The thread has been moved to ${result.data?.moveThread.space.name ?? 'the space you chose'}.`);
    } catch (failure) {
      setProblem(problemMessage(failure));
    }
  }

  if (spaces.length === 0) return null;
  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="thread-move">
      {problem ? <ErrorMessage>{problem}</ErrorMessage> : null}
      <Select
        id="move-space"
        label="Move to another space"
        options={spaces.map((space) => ({ value: space.id, label: space.name }))}
        placeholder="Choose a space"
        value={target}
        onChange={setTarget}
        error={error}
      />
      <Button variant="secondary">Move thread</Button>
    </form>
  );
}

export function ModeratorTools({ thread, announce }: { thread: Thread; announce: (message: string) => void }) {
  const [pin] = useMutation(PinThreadMutation);
  const [unpin] = useMutation(UnpinThreadMutation);
  const [lock] = useMutation(LockThreadMutation);
  const [unlock] = useMutation(UnlockThreadMutation);
  const [problem, setProblem] = useState<string | null>(null);

  async function act(change: () => Promise<unknown>, done: string) {
    setProblem(null);
    try {
      await change();
      announce(done);
    } catch (error) {
      setProblem(problemMessage(error));
    }
  }

  const variables = { id: thread.id };
  return (
    <details className="member-details thread-moderation">
      <summary className="member-details__summary">
        <span className="member-details__summary-text">Moderator tools</span>
      </summary>
      <div className="member-details__text">
        {problem ? <ErrorMessage>{problem}</ErrorMessage> : null}
        <div className="button-group">
          {thread.pinned ? (
            <Button
              type="button"
              variant="secondary"
              onClick={() => void act(() => unpin({ variables }), 'The thread has been unpinned.')}
            >
              Unpin thread
            </Button>
          ) : (
            <Button
              type="button"
              variant="secondary"
              onClick={() => void act(() => pin({ variables }), 'The thread has been pinned to the top of its space.')}
            >
              Pin thread
            </Button>
          )}
          {thread.locked ? (
            <Button
              type="button"
              variant="secondary"
              onClick={() =>
                void act(() => unlock({ variables }), 'The thread has been unlocked. Members can reply again.')
              }
            >
              Unlock thread
            </Button>
          ) : (
            <Button
              type="button"
              variant="secondary"
              onClick={() => void act(() => lock({ variables }), 'The thread has been locked. No one can reply.')}
            >
              Lock thread
            </Button>
          )}
        </div>
        <MoveForm thread={thread} announce={announce} />
      </div>
    </details>
  );
}
