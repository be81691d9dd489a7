// /threads/:id/edit — the author (or a moderator) edits a thread: the same form as starting one, prefilled;
// the kind and the space do not change here. The API keeps a revision of the opening post.
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import { BackLink } from '../../components/forms';
import { LoadingMessage } from '../../components/loading-message';
import { hasErrorCode, problemMessage } from '../../components/problem-message';
import { usePageTitle } from '../../components/use-page-title';
import { NotFoundPage } from '../errors/not-found-page';
import { EditThreadQuery, UpdateThreadMutation } from './discussions.queries';
import { ThreadForm } from './thread-form';
import { threadFields, valuesFromThread } from './thread-form-values';

const TITLE = 'Edit thread';

export function EditThreadPage() {
  const { id = '' } = useParams();
  // Always the saved text: an edit must start from what is there now.
  const { data, error } = useQuery(EditThreadQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const [updateThread] = useMutation(UpdateThreadMutation);
  const thread = data?.thread;
  const notFound = hasErrorCode(error, 'NOT_FOUND') || (data !== undefined && !thread);
  const title = thread ? `${TITLE}: ${thread.title}` : TITLE;
  // The same title the form sets (parents' effects run after their children's, so this one must agree).
  usePageTitle(notFound ? 'Page not found' : title);

  if (notFound) return <NotFoundPage />;

  function content() {
    if (error) return <ErrorMessage>{problemMessage(error)}</ErrorMessage>;
    if (!thread) return <LoadingMessage>Loading the thread…</LoadingMessage>;
    if (!thread.canEdit) {
      return (
        <>
          <p>Only the person who started this thread, or a moderator, can edit it.</p>
          <p>
            <Link to={`/threads/${thread.id}`}>Back to the thread</Link>
          </p>
        </>
      );
    }
    const threadId = thread.id;
    return (
      <ThreadForm
        title={title}
        initialValues={valuesFromThread(thread)}
        kinds={[]}
        draftKey={`thread-edit:${thread.id}`}
        submitLabel="Save changes"
        cancelHref={`/threads/${thread.id}`}
        save={async (values) => {
          const result = await updateThread({ variables: { input: { id: threadId, ...threadFields(values) } } });
          if (!result.data) throw new Error('updateThread returned no data');
          return result.data.updateThread.id;
        }}
      />
    );
  }

  return (
    <>
      <BackLink to={`/threads/${id}`} />
      <h1 tabIndex={-1}>{TITLE}</h1>
      {thread ? <p className="lead">In {thread.category.name}</p> : null}
      {content()}
    </>
  );
}
