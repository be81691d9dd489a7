// The actions under a post that the viewer may take: Reply and Quote (when the composer is on the page), Edit,
// Delete, History, Report, and the moderators' Hide and Restore. The buttons that open a panel say whether it
// is open (aria-expanded); each has hidden words naming the post, so every name on the page is unique.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { ThreadPost } from './post-item';

export type Panel = 'edit' | 'delete' | 'history' | 'report' | 'hide';

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

export function PostActions({
  post,
  threadId,
  own,
  canCompose,
  panel,
  buttonId,
  onToggle,
  onReply,
  onQuote,
  onRestore,
}: {
  post: ThreadPost;
  threadId: string;
  /** The viewer wrote it. */
  own: boolean;
  canCompose: boolean;
  panel: Panel | null;
  buttonId: (name: Panel) => string;
  onToggle: (panel: Panel) => void;
  onReply: (post: ThreadPost) => void;
  onQuote: (post: ThreadPost) => void;
  onRestore: () => void;
}) {
  const n = post.number;
  const visible = !post.deleted && !post.hidden;
  const actions: { key: string; node: ReactNode }[] = [];
  if (visible && canCompose) {
    actions.push({
      key: 'reply',
      node: <ActionButton label="Reply" hidden={`to post ${n}`} onClick={() => onReply(post)} />,
    });
    if (post.body) {
      actions.push({
        key: 'quote',
        node: <ActionButton label="Quote" hidden={`post ${n}`} onClick={() => onQuote(post)} />,
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
            onClick={() => onToggle('edit')}
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
          onClick={() => onToggle('delete')}
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
          onClick={() => onToggle('history')}
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
          onClick={() => onToggle('report')}
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
          onClick={() => onToggle('hide')}
        />
      ),
    });
  }
  if (post.canModerate && (post.hidden || post.deleted)) {
    actions.push({
      key: 'restore',
      node: <ActionButton label="Restore" hidden={`post ${n}`} onClick={onRestore} />,
    });
  }

  if (!actions.length) return null;
  return (
    <ul className="post-actions" aria-label={`Actions for post ${n}`}>
      {actions.map((action) => (
        <li key={action.key}>{action.node}</li>
      ))}
    </ul>
  );
}
