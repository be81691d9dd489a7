// Who may react to a post. Seeing the thread is threads.policy.ts's rule (itself built on the space's read
// roles in categories.policy.ts); this adds what reacting needs on top: a live post in a live thread, in a
// space that is not archived, written by someone else. Locked threads still take reactions (a lock stops
// replies, not thanks).
import type { CategoryAccess } from '../spaces/categories.policy';
import type { PostRecord } from '../posts/post.record';
import type { ThreadRecord } from '../threads/thread.record';
import { canSeeThread, type Viewer } from '../threads/threads.policy';

type ThreadState = Pick<ThreadRecord, 'authorId' | 'lockedAt' | 'deletedAt' | 'hiddenAt'>;
type PostState = Pick<PostRecord, 'authorId' | 'deletedAt' | 'hiddenAt'>;

/** Why a reaction is refused, so the service can answer each case as the error contract says. */
export enum ReactionDenial {
  /** The viewer may not see the thread: answered exactly as a missing post. */
  Unreadable = 'UNREADABLE',
  Archived = 'ARCHIVED',
  /** The post, or the thread it is in, was deleted by its author or hidden by a moderator. */
  Removed = 'REMOVED',
  OwnPost = 'OWN_POST',
}

export function reactionDenial(
  viewer: Viewer,
  category: CategoryAccess,
  thread: ThreadState,
  post: PostState,
): ReactionDenial | null {
  if (!canSeeThread(viewer, category, thread)) return ReactionDenial.Unreadable;
  if (category.archivedAt !== null) return ReactionDenial.Archived;
  const removed = (x: ThreadState | PostState) => x.deletedAt !== null || x.hiddenAt !== null;
  if (removed(thread) || removed(post)) return ReactionDenial.Removed;
  if (post.authorId === viewer.id) return ReactionDenial.OwnPost;
  return null;
}

export function canReact(viewer: Viewer, category: CategoryAccess, thread: ThreadState, post: PostState): boolean {
  return reactionDenial(viewer, category, thread, post) === null;
}

/** Taking a reaction back needs only a thread the viewer sees in a space that is not archived. */
export function unreactionDenial(
  viewer: Viewer,
  category: CategoryAccess,
  thread: ThreadState,
): ReactionDenial.Unreadable | ReactionDenial.Archived | null {
  if (!canSeeThread(viewer, category, thread)) return ReactionDenial.Unreadable;
  if (category.archivedAt !== null) return ReactionDenial.Archived;
  return null;
}
