// /threads/:id/edit — the author (or a moderator) edits a thread: the same form as starting one, prefilled;
// the kind and the space do not change here. The API keeps a revision of the opening post. The save names the
// revision the edit started from; if someone changed the thread meanwhile, the page shows their version beside
// the form ("Your version") and the next save goes against theirs.
import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
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
import { LoadingMessage } from '../../components/loading-message';
import { hasErrorCode, problemMessage } from '../../components/problem-message';
import { usePageTitle } from '../../components/use-page-title';
import { NotFoundPage } from '../../components/not-found-page';
import { EditThreadQuery, UpdateThreadMutation } from './discussions.queries';
import { CaseStudySummary } from '../threads/case-study-summary';
import { CURRENT_VERSION_ID, ThreadForm } from './thread-form';
import { threadFields, valuesFromThread } from './thread-form-values';

const TITLE = 'Edit thread';

export function EditThreadPage() {
  const { id = '' } = useParams();
  // Always the saved text: an edit must start from what is there now.
  const { data, error } = useQuery(EditThreadQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const [updateThread] = useMutation(UpdateThreadMutation);
  const [conflict, setConflict] = useState<StaleEdit | null>(null);
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
    // The revision the next save starts from: the loaded one, or the current one shown after a conflict.
    const baseRevision = conflict?.current.revision ?? thread.revision;
    return (
      <ThreadForm
        title={title}
        initialValues={valuesFromThread(thread)}
        kinds={[]}
        draftKey={`thread-edit:${thread.id}`}
        submitLabel="Save changes"
        cancelHref={`/threads/${thread.id}`}
        conflict={
          conflict && {
            stale: conflict,
            panel: (
              <CurrentVersionPanel idBase={CURRENT_VERSION_ID} current={conflict.current}>
                <SummaryList rows={currentRows(conflict.current)} />
                {isCaseStudy(conflict.current.caseStudy) ? (
                  <CaseStudySummary caseStudy={conflict.current.caseStudy} />
                ) : null}
              </CurrentVersionPanel>
            ),
          }
        }
        save={async (values) => {
          try {
            const result = await updateThread({
              variables: { input: { id: threadId, baseRevision, ...threadFields(values) } },
            });
            if (!result.data) throw new Error('updateThread returned no data');
            return result.data.updateThread.id;
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
      <BackLink to={`/threads/${id}`} />
      <h1 tabIndex={-1}>{TITLE}</h1>
      {thread ? <p className="lead">In {thread.space.name}</p> : null}
      {content()}
    </>
  );
}

type CaseStudy = Parameters<typeof CaseStudySummary>[0]['caseStudy'];

function isCaseStudy(value: unknown): value is CaseStudy {
  return typeof value === 'object' && value !== null && 'setting' in value;
}

/** The thread's fields as they are now, in the form's words. */
function currentRows(current: CurrentVersion): SummaryListRow[] {
  const tags = Array.isArray(current.tags) ? current.tags.join(', ') : '';
  return [
    { key: 'Title', value: typeof current.title === 'string' ? current.title : '' },
    ...(typeof current.summary === 'string' ? [{ key: 'Summary', value: <CurrentText text={current.summary} /> }] : []),
    { key: 'Body', value: <CurrentText text={current.body} /> },
    { key: 'Tags', value: tags || 'None' },
  ];
}
