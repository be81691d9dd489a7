// One post of a thread, read from the cache by id (so every change to it re-renders just this post): who wrote
// it and when, what it answers, its text or a placeholder (deleted by its author, hidden by a moderator), its
// reactions and the actions the viewer may take on it. The article takes focus for ?post=N and after changes.
import { useFragment, useMutation } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import type { ThreadPostFieldsFragment } from '../../gql/graphql';
import { DateTime } from '../../components/date-time';
import { PostBody } from './post-body';
import { DeletePostPanel, EditPostPanel, HidePostPanel, PostHistoryPanel, ReportPostPanel } from './post-panels';
import { PostReactions } from './post-reactions';
import { RestorePostMutation, ThreadPostFieldsFragment as PostFields } from './thread.queries';
import { problemMessage } from '../../components/problem-message';

export type ThreadPost = ThreadPostFieldsFragment;
type Panel = 'edit' | 'delete' | 'history' | 'report' | 'hide';

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

function Author({ author }: { author: ThreadPost['author'] }) {
  return author.id ? <Link to={`/members/${author.id}`}>{author.displayName}</Link> : <>{author.displayName}</>;
}

function PostText({ post }: { post: ThreadPost }) {
  if (post.deleted) {
    return (
      <>
        <p className="post__placeholder">
          {post.bodyHtml
            ? 'Deleted by its author. Only moderators can still see it:'
            : 'This post was deleted by its author'}
        </p>
        {post.bodyHtml ? <PostBody html={post.bodyHtml} /> : null}
      </>
    );
  }
  if (post.hidden) {
    return (
      <>
        <p className="post__placeholder">
          {post.hiddenReason ? `Hidden by a moderator: ${post.hiddenReason}` : 'This post was hidden by a moderator'}
        </p>
        {post.bodyHtml ? <PostBody html={post.bodyHtml} /> : null}
      </>
    );
  }
  return post.bodyHtml ? <PostBody html={post.bodyHtml} /> : null;
}

/** A visible label ("Reply") and hidden words that name the post ("to post 3"), for a unique accessible name. */
function ActionButton({
  label,
  hidden,
  onClick,
  expanded,
  id,
}: {
  label: string;
  hidden: string;
  onClick: () => void;
  expanded?: boolean;
  id?: string;
}) {
  return (
    <button
      id={id}
      type="button"
      className="link-button post-actions__button"
      aria-expanded={expanded}
      onClick={onClick}
    >
      {label}
      <span className="visually-hidden"> {hidden}</span>
    </button>
  );
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

  const actions: { key: string; node: ReactNode }[] = [];
  if (visible && canCompose) {
    actions.push({
      key: 'reply',
      node: <ActionButton label="Reply" hidden={`to post ${n}`} onClick={() => props.onReply(post)} />,
    });
    if (post.body) {
      actions.push({
        key: 'quote',
        node: <ActionButton label="Quote" hidden={`post ${n}`} onClick={() => props.onQuote(post)} />,
      });
    }
  }
  if (post.canEdit && !post.deleted) {
    actions.push({
      key: 'edit',
      node:
        n === 1 ? (
          <Link to={`/threads/${threadId}/edit`} className="post-actions__link">
            Edit<span className="visually-hidden"> the thread</span>
          </Link>
        ) : (
          <ActionButton
            label="Edit"
            hidden={`post ${n}`}
            expanded={panel === 'edit'}
            id={buttonId('edit')}
            onClick={() => toggle('edit')}
          />
        ),
    });
  }
  if (post.canDelete && !post.deleted) {
    actions.push({
      key: 'delete',
      node: (
        <ActionButton
          label="Delete"
          hidden={`post ${n}`}
          expanded={panel === 'delete'}
          id={buttonId('delete')}
          onClick={() => toggle('delete')}
        />
      ),
    });
  }
  if (post.revisionCount > 0 && (own || post.canModerate)) {
    actions.push({
      key: 'history',
      node: (
        <ActionButton
          label={`History (${post.revisionCount} earlier ${post.revisionCount === 1 ? 'version' : 'versions'})`}
          hidden={`of post ${n}`}
          expanded={panel === 'history'}
          id={buttonId('history')}
          onClick={() => toggle('history')}
        />
      ),
    });
  }
  if (post.canReport && visible) {
    actions.push({
      key: 'report',
      node: (
        <ActionButton
          label="Report"
          hidden={`post ${n}`}
          expanded={panel === 'report'}
          id={buttonId('report')}
          onClick={() => toggle('report')}
        />
      ),
    });
  }
  if (post.reportedByViewer && visible) {
    actions.push({ key: 'reported', node: <span className="post-actions__note">You have reported this post</span> });
  }
  if (post.canModerate && !post.hidden) {
    actions.push({
      key: 'hide',
      node: (
        <ActionButton
          label="Hide"
          hidden={`post ${n}`}
          expanded={panel === 'hide'}
          id={buttonId('hide')}
          onClick={() => toggle('hide')}
        />
      ),
    });
  }
  if (post.canModerate && (post.hidden || post.deleted)) {
    actions.push({
      key: 'restore',
      node: <ActionButton label="Restore" hidden={`post ${n}`} onClick={() => void restorePost()} />,
    });
  }

  return (
    <article
      id={postElementId(n)}
      className={visible ? 'post' : 'post post--removed'}
      tabIndex={-1}
      aria-labelledby={headingId}
    >
      <header className="post__header">
        <h3 id={headingId} className="post__author">
          <Author author={post.author} />
          <span className="visually-hidden">{`, post ${n}`}</span>
        </h3>
        {post.author.organisation ? <p className="post__organisation">{post.author.organisation}</p> : null}
        <p className="post__meta">
          <Link to={`?post=${n}`} className="post__number">
            #{n}
            <span className="visually-hidden"> (link to this post)</span>
          </Link>{' '}
          <DateTime value={post.createdAt} withTime />
          {post.editedAt ? (
            <>
              {' '}
              <span className="post__edited">
                (edited <DateTime value={post.editedAt} withTime />)
              </span>
            </>
          ) : null}
        </p>
        {post.replyTo ? (
          <p className="post__reply-to">
            In reply to{' '}
            <Link
              to={`?post=${post.replyTo.number}`}
            >{`#${post.replyTo.number} ${post.replyTo.author.displayName}`}</Link>
          </p>
        ) : null}
      </header>
      <PostText post={post} />
      {problem ? <ErrorMessage>{problem}</ErrorMessage> : null}
      {visible ? <PostReactions post={post} onProblem={setProblem} /> : null}
      {actions.length ? (
        <ul className="post-actions" aria-label={`Actions for post ${n}`}>
          {actions.map((action) => (
            <li key={action.key}>{action.node}</li>
          ))}
        </ul>
      ) : null}
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
