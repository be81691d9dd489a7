// One post of a thread, read from the cache by id (so every change to it re-renders just this post): who wrote
// it and when, what it answers, its text or a placeholder (deleted by its author, hidden by a moderator), its
// reactions and the actions the viewer may take on it. The article takes focus for ?post=N and after changes.
import { useFragment, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { ErrorMessage } from '../../components/error-message';
import type { ThreadPostFieldsFragment } from '../../gql/graphql';
import { PostActions, type Panel } from './post-actions';
import { PostHeader, PostText } from './post-header';
import { HidePostPanel } from './hide-post-panel';
import { DeletePostPanel, EditPostPanel, PostHistoryPanel } from './post-panels';
import { ReportPostPanel } from './report-post-panel';
import { PostReactions } from './post-reactions';
import { RestorePostMutation, ThreadPostFieldsFragment as PostFields } from './thread.queries';
import { problemMessage } from '../../components/problem-message';

export type ThreadPost = ThreadPostFieldsFragment;

export interface PostItemProps {
  postId: string;
  threadId: string;
  viewerId: string | null;
  /** Whether the reply composer is on the page (Reply and Quote need it). */
  canCompose: boolean;
  onReply: (post: ThreadPost) => void;
  onQuote: (post: ThreadPost) => void;
  /** Says something in the page's live region. */
  announce: (message: string) => void;
}

export const postElementId = (number: number) => `post-${number}`;

/** Moves focus to a post (after a change that removed the button used), scrolling it into view. */
export function focusPost(number: number): void {
  const element = document.getElementById(postElementId(number));
  if (!element) return;
  element.focus({ preventScroll: true });
  element.scrollIntoView({ block: 'start' });
}

function PostView(props: PostItemProps & { post: ThreadPost }) {
  const { post, threadId, viewerId, canCompose, announce } = props;
  const [panel, setPanel] = useState<Panel | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [restore] = useMutation(RestorePostMutation);
  const n = post.number;
  const visible = !post.deleted && !post.hidden;
  const own = viewerId !== null && post.author.id === viewerId;
  const headingId = `${postElementId(n)}-heading`;

  const toggle = (next: Panel) => setPanel((current) => (current === next ? null : next));
  const buttonId = (name: Panel) => `${postElementId(n)}-${name}`;
  const close = () => {
    const opener = panel ? document.getElementById(buttonId(panel)) : null;
    setPanel(null);
    opener?.focus();
  };
  const finish = (message: string) => {
    setPanel(null);
    announce(message);
    // The button used may have gone (Delete, Hide): start again from the post itself.
    window.setTimeout(() => focusPost(n), 0);
  };

  async function restorePost() {
    setProblem(null);
    try {
      await restore({ variables: { id: post.id } });
      finish(`Post ${n} has been restored.`);
    } catch (error) {
      setProblem(problemMessage(error));
    }
  }

  return (
    <article
      id={postElementId(n)}
      className={visible ? 'post' : 'post post--removed'}
      tabIndex={-1}
      aria-labelledby={headingId}
    >
      <PostHeader post={post} headingId={headingId} />
      <PostText post={post} />
      {problem ? <ErrorMessage>{problem}</ErrorMessage> : null}
      {visible ? <PostReactions post={post} onProblem={setProblem} /> : null}
      <PostActions
        post={post}
        threadId={threadId}
        own={own}
        canCompose={canCompose}
        panel={panel}
        buttonId={buttonId}
        onToggle={toggle}
        onReply={props.onReply}
        onQuote={props.onQuote}
        onRestore={() => void restorePost()}
      />
      {panel === 'edit' ? (
        <EditPostPanel
          post={post}
          threadId={threadId}
          onCancel={close}
          onDone={() => finish(`Your changes to post ${n} have been saved.`)}
        />
      ) : null}
      {panel === 'delete' ? (
        <DeletePostPanel
          post={post}
          onCancel={close}
          onDone={() => finish(n === 1 ? 'Your thread has been deleted.' : `Post ${n} has been deleted.`)}
        />
      ) : null}
      {panel === 'history' ? <PostHistoryPanel threadId={threadId} post={post} /> : null}
      {panel === 'report' ? <ReportPostPanel post={post} onCancel={close} /> : null}
      {panel === 'hide' ? (
        <HidePostPanel post={post} onCancel={close} onDone={() => finish(`Post ${n} has been hidden.`)} />
      ) : null}
    </article>
  );
}

export function PostItem(props: PostItemProps) {
  const { data, complete } = useFragment({ fragment: PostFields, from: { __typename: 'Post', id: props.postId } });
  if (!complete) return null;
  return <PostView {...props} post={data} />;
}
