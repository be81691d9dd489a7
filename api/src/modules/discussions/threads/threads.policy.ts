// Who may see, reply to, edit and moderate threads and posts. Space-level rules (read, start, reply) stay in
// categories.policy.ts and are asked from here; this file adds what depends on the thread or the post:
// removed threads, locks, authorship and the moderators' powers.
import { hasPermission, Permission, type Role } from '@heritage/shared';
import { type CategoryAccess, canRead, canReply } from '../spaces/categories.policy';
import type { PostRecord } from '../posts/post.record';
import type { ThreadRecord } from './thread.record';

export interface Viewer {
  id: string;
  roles: readonly Role[];
}

type ThreadState = Pick<ThreadRecord, 'authorId' | 'lockedAt' | 'deletedAt' | 'hiddenAt'>;
type PostState = Pick<PostRecord, 'authorId' | 'deletedAt' | 'hiddenAt'>;

/** Pin, lock, move, hide and restore; read removed threads and posts, and every revision. */
export function canModerate(roles: readonly Role[]): boolean {
  return hasPermission(roles, Permission.ModerateDiscussions);
}

/**
 * Advisory group updates reach every member (the home page, a notification to all readers), so only those
 * holding POST_UPDATES (the advisory group and admins) post them, in whichever space they may start threads.
 */
export function canPostUpdates(roles: readonly Role[]): boolean {
  return hasPermission(roles, Permission.PostUpdates);
}

const isLive = (thread: ThreadState) => thread.deletedAt === null && thread.hiddenAt === null;

/**
 * A thread is seen by whoever reads its space; once its opening post is deleted or hidden, only by moderators
 * and its author (so the author can see what happened and why).
 */
export function canSeeThread(viewer: Viewer, category: CategoryAccess, thread: ThreadState): boolean {
  if (!canRead(viewer.roles, category)) return false;
  return isLive(thread) || canModerate(viewer.roles) || thread.authorId === viewer.id;
}

/** Replying needs the space's reply roles and a live thread; a lock stops everyone but moderators. */
export function canReplyToThread(viewer: Viewer, category: CategoryAccess, thread: ThreadState): boolean {
  if (!canReply(viewer.roles, category) || !isLive(thread)) return false;
  return thread.lockedAt === null || canModerate(viewer.roles);
}

/**
 * Moderators edit any post they can see. Authors edit their own while the post is neither deleted nor hidden
 * and the thread is not locked, in a space that is not archived.
 */
export function canEditPost(viewer: Viewer, category: CategoryAccess, thread: ThreadState, post: PostState): boolean {
  if (post.deletedAt !== null || !canSeeThread(viewer, category, thread)) return false;
  if (canModerate(viewer.roles)) return true;
  return (
    post.authorId === viewer.id && post.hiddenAt === null && thread.lockedAt === null && category.archivedAt === null
  );
}

/** Only the author deletes (moderators hide instead, with a reason). */
export function canDeletePost(viewer: Viewer, category: CategoryAccess, thread: ThreadState, post: PostState): boolean {
  return post.deletedAt === null && post.authorId === viewer.id && canSeeThread(viewer, category, thread);
}

/** The text of a deleted post is for moderators; of a hidden one, for moderators and its author. */
export function canSeePostText(viewer: Viewer, post: PostState): boolean {
  if (post.deletedAt === null && post.hiddenAt === null) return true;
  if (canModerate(viewer.roles)) return true;
  return post.deletedAt === null && post.authorId === viewer.id;
}

/** Why a post was hidden: moderators and the author. */
export function canSeeHiddenReason(viewer: Viewer, post: PostState): boolean {
  return canModerate(viewer.roles) || post.authorId === viewer.id;
}

/** Earlier versions of a post: its author and moderators. */
export function canSeeRevisions(viewer: Viewer, post: PostState): boolean {
  return canModerate(viewer.roles) || post.authorId === viewer.id;
}

/** Editing a thread is editing its opening post, whose deleted and hidden state the thread carries. */
export function canEditThread(viewer: Viewer, category: CategoryAccess, thread: ThreadState): boolean {
  return canEditPost(viewer, category, thread, thread);
}
