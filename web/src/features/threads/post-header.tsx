// A post's heading area (who wrote it, their organisation, its number, when it was written and edited, what it
// answers) and its text, or the placeholder that says why it is not shown.
import { Link } from 'react-router';
import { DateTime } from '../../components/date-time';
import { PostBody } from './post-body';
import type { ThreadPost } from './post-item';

function Author({ author }: { author: ThreadPost['author'] }) {
  return author.id ? <Link to={`/members/${author.id}`}>{author.displayName}</Link> : <>{author.displayName}</>;
}

export function PostHeader({ post, headingId }: { post: ThreadPost; headingId: string }) {
  const n = post.number;
  return (
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
  );
}

export function PostText({ post }: { post: ThreadPost }) {
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
