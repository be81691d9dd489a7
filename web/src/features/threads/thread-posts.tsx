// The posts of a thread page: the window of posts shown, with "Show earlier posts" and "Show more posts"
// around it (the page tells useThreadFocus where focus goes once the added posts arrive).
import { ErrorMessage } from '../../components/error-message';
import { LoadingMessage } from '../../components/loading-message';
import { problemMessage } from '../../components/problem-message';
import { PostItem, type ThreadPost } from './post-item';
import type { PostWindow } from './use-thread-focus';

export function ThreadPosts({
  posts,
  onShowEarlier,
  onShowMore,
  threadId,
  viewerId,
  canCompose,
  onReply,
  onQuote,
  announce,
  newRepliesLabel,
}: {
  posts: PostWindow;
  onShowEarlier: () => void;
  onShowMore: () => void;
  threadId: string;
  viewerId: string | null;
  canCompose: boolean;
  onReply: (post: ThreadPost) => void;
  onQuote: (post: ThreadPost) => void;
  announce: (message: string) => void;
  /** "N new replies — show them": replies posted by others since the page opened, not yet shown. */
  newRepliesLabel: string | null;
}) {
  return (
    <>
      <h2 className="visually-hidden">Posts</h2>
      {posts.hasEarlier ? (
        <p className="thread-paging">
          <button type="button" className="button button--secondary" onClick={onShowEarlier}>
            Show earlier posts
          </button>
        </p>
      ) : null}
      {posts.loading === 'earlier' ? <LoadingMessage>Loading earlier posts…</LoadingMessage> : null}
      {posts.loading === 'window' ? <LoadingMessage>Loading posts…</LoadingMessage> : null}
      {posts.error ? <ErrorMessage>{problemMessage(posts.error)}</ErrorMessage> : null}
      <ol className="post-list">
        {posts.posts.map((post) => (
          <li key={post.id} className="post-list__item">
            <PostItem
              postId={post.id}
              threadId={threadId}
              viewerId={viewerId}
              canCompose={canCompose}
              onReply={onReply}
              onQuote={onQuote}
              announce={announce}
            />
          </li>
        ))}
      </ol>
      {posts.loading === 'later' ? <LoadingMessage>Loading more posts…</LoadingMessage> : null}
      {newRepliesLabel && !posts.hasNext && posts.loading === null ? (
        <p className="thread-paging">
          <button type="button" className="button" onClick={onShowMore}>
            {newRepliesLabel}
          </button>
        </p>
      ) : null}
      {posts.hasNext ? (
        <p className="thread-paging">
          <button type="button" className="button button--secondary" onClick={onShowMore}>
            Show more posts
          </button>
        </p>
      ) : null}
    </>
  );
}
