// The panels a post opens below itself: edit (a reply's text), delete (a confirmation) and history (earlier
// versions); report and hide (a reason) are in report-post-panel.tsx and hide-post-panel.tsx. Each takes focus
// when it opens; Cancel hands focus back to the button that opened it (the post does that).
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import {
  conflictSummary,
  CurrentText,
  CurrentVersionPanel,
  staleEditOf,
  type StaleEdit,
} from '../../components/edit-conflict';
import { ErrorMessage } from '../../components/error-message';
import { Button, ErrorSummary } from '../../components/forms';
import { LoadingMessage } from '../../components/loading-message';
import { problemMessage } from '../../components/problem-message';
import type { ThreadPostFieldsFragment } from '../../gql/graphql';
import { DateTime } from '../../components/date-time';
import { PostBody } from './post-body';
import { PostBodyForm } from './post-body-form';
import { DeletePostMutation, PostRevisionsQuery, UpdatePostMutation } from './thread.queries';

type Post = ThreadPostFieldsFragment;

/** Focuses the element once, when the panel opens. */
function useFocusOnOpen<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}

export function EditPostPanel({
  post,
  threadId,
  onDone,
  onCancel,
}: {
  post: Post;
  threadId: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const [body, setBody] = useState(post.body ?? '');
  // The revision this edit started from; after a conflict, the current one (the next save merges onto it).
  const [baseRevision, setBaseRevision] = useState(post.revisionCount);
  const [conflict, setConflict] = useState<StaleEdit | null>(null);
  const [update] = useMutation(UpdatePostMutation);
  const textareaRef = useFocusOnOpen<HTMLTextAreaElement>();
  const currentId = `edit-${post.number}-current`;

  return (
    <div className="post-panel">
      {conflict ? (
        <>
          <ErrorSummary errors={conflictSummary(conflict, currentId)} />
          <CurrentVersionPanel idBase={currentId} current={conflict.current} level={4}>
            <CurrentText text={conflict.current.body} />
          </CurrentVersionPanel>
        </>
      ) : null}
      <PostBodyForm
        idPrefix={`edit-${post.number}`}
        label={conflict ? `Your version of post ${post.number}` : `Edit post ${post.number}`}
        value={body}
        onChange={setBody}
        textareaRef={textareaRef}
        previewFor={{ threadId, postId: post.id }}
        submitLabel="Save changes"
        onSubmit={async (confirmPersonalData) => {
          try {
            await update({ variables: { input: { id: post.id, body, confirmPersonalData, baseRevision } } });
          } catch (error) {
            const stale = staleEditOf(error);
            if (!stale) throw error;
            setConflict(stale);
            setBaseRevision(stale.current.revision);
            return;
          }
          onDone();
        }}
        onCancel={onCancel}
      />
    </div>
  );
}

export function DeletePostPanel({ post, onDone, onCancel }: { post: Post; onDone: () => void; onCancel: () => void }) {
  const [remove] = useMutation(DeletePostMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const questionRef = useFocusOnOpen<HTMLParagraphElement>();

  async function confirm() {
    if (busy) return;
    setBusy(true);
    try {
      await remove({ variables: { id: post.id } });
      onDone();
    } catch (error) {
      setProblem(problemMessage(error));
      setBusy(false);
    }
  }

  return (
    <div className="post-panel post-panel--warning">
      {problem ? <ErrorMessage>{problem}</ErrorMessage> : null}
      <p ref={questionRef} tabIndex={-1} className="post-panel__question">
        {post.number === 1
          ? 'Are you sure you want to delete this thread? Members will no longer see it in the lists.'
          : `Are you sure you want to delete post ${post.number}? Members will see that you deleted it.`}
      </p>
      <div className="button-group">
        <Button type="button" variant="warning" onClick={() => void confirm()}>
          {post.number === 1 ? 'Yes, delete the thread' : 'Yes, delete the post'}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </div>
  );
}

export function PostHistoryPanel({ threadId, post }: { threadId: string; post: Post }) {
  const headingId = useId();
  const headingRef = useFocusOnOpen<HTMLHeadingElement>();
  const { data, error } = useQuery(PostRevisionsQuery, {
    variables: { threadId, number: post.number },
    fetchPolicy: 'network-only',
  });
  const revisions = data?.thread?.posts.nodes.find((p) => p.id === post.id)?.revisions;

  return (
    <section className="post-panel" aria-labelledby={headingId}>
      <h4 id={headingId} ref={headingRef} tabIndex={-1} className="post-panel__heading">
        Earlier versions of post {post.number}
      </h4>
      {error ? <ErrorMessage>{problemMessage(error)}</ErrorMessage> : null}
      {!revisions && !error ? <LoadingMessage>Loading earlier versions…</LoadingMessage> : null}
      {revisions && revisions.length === 0 ? <p>There are no earlier versions.</p> : null}
      {revisions && revisions.length > 0 ? (
        <ol className="post-revisions">
          {[...revisions]
            .sort((a, b) => b.revision - a.revision)
            .map((revision) => (
              <li key={revision.revision} className="post-revisions__item">
                <p className="post-revisions__meta">
                  {`Version ${revision.revision}, written by ${revision.editor.displayName} on `}
                  <DateTime value={revision.createdAt} withTime />
                </p>
                {revision.title ? <p className="post-revisions__title">{`Title: ${revision.title}`}</p> : null}
                <PostBody html={revision.bodyHtml} />
              </li>
            ))}
        </ol>
      ) : null}
    </section>
  );
}
