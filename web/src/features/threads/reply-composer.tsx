// The reply composer at the foot of a thread: the Markdown editor (with a draft kept per thread), "Replying to
// #N" with a way to cancel it, and the personal-data guard's questions. Members who cannot reply are told why.
import { useMutation } from '@apollo/client/react';
import type { RefObject } from 'react';
import type { ThreadPageQuery } from '../../gql/graphql';
import { clearDraft } from '../../components/markdown-editor';
import type { ThreadPost } from './post-item';
import { PostBodyForm } from './post-body-form';
import { CreatePostMutation } from './thread.queries';

type Thread = NonNullable<ThreadPageQuery['thread']>;

export const replyDraftKey = (threadId: string) => `reply:${threadId}`;

function WhyNoReply({ thread }: { thread: Thread }) {
  if (thread.locked) return <p>This thread is locked, so no one can reply to it.</p>;
  if (thread.deleted || thread.hidden) return <p>This thread has been removed, so no one can reply to it.</p>;
  return <p>Only some members can reply in {thread.space.name}. You can read the thread and react to posts.</p>;
}

export function ReplyComposer({
  thread,
  canCompose,
  value,
  onChange,
  replyTo,
  onCancelReplyTo,
  textareaRef,
  onPosted,
}: {
  thread: Thread;
  canCompose: boolean;
  value: string;
  onChange: (value: string) => void;
  replyTo: ThreadPost | null;
  onCancelReplyTo: () => void;
  textareaRef: RefObject<HTMLTextAreaElement | null>;
  onPosted: (post: { id: string; number: number }) => Promise<void>;
}) {
  const [createPost] = useMutation(CreatePostMutation);
  const draftKey = replyDraftKey(thread.id);

  return (
    <section className="reply-composer" aria-labelledby="reply-heading">
      <h2 id="reply-heading">Reply to this thread</h2>
      {canCompose ? (
        <PostBodyForm
          idPrefix="reply"
          label="Your reply"
          hint="Do not share anything that could identify a patient or participant without their consent."
          value={value}
          onChange={onChange}
          draftKey={draftKey}
          previewFor={{ threadId: thread.id }}
          textareaRef={textareaRef}
          submitLabel="Post reply"
          onSubmit={async (confirmPersonalData) => {
            const result = await createPost({
              variables: {
                input: { threadId: thread.id, body: value, replyToPostId: replyTo?.id ?? null, confirmPersonalData },
              },
            });
            const post = result.data?.createPost;
            if (!post) throw new Error('No post came back');
            clearDraft(draftKey);
            await onPosted(post);
          }}
        >
          {replyTo ? (
            <p className="reply-composer__replying-to">
              {`Replying to #${replyTo.number} ${replyTo.author.displayName} `}
              <button type="button" className="link-button" onClick={onCancelReplyTo}>
                Cancel<span className="visually-hidden"> replying to post {replyTo.number}</span>
              </button>
            </p>
          ) : null}
        </PostBodyForm>
      ) : (
        <WhyNoReply thread={thread} />
      )}
    </section>
  );
}
