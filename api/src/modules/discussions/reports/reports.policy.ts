// Who may report a post, and which reports a moderator may see. Seeing the thread is threads.policy.ts's rule;
// reporting adds a live post in a live thread, in a space that is not archived, written by someone else.
// Moderating itself is Permission.ModerateDiscussions, checked by the guard; a moderator still sees only the
// reports on threads they can see, so the queue never shows the title of a space they cannot read.
import type { CategoryAccess } from '../spaces/categories.policy';
import type { PostRecord } from '../posts/post.record';
import type { ThreadRecord } from '../threads/thread.record';
import { canSeeThread, type Viewer } from '../threads/threads.policy';

type ThreadState = Pick<ThreadRecord, 'authorId' | 'lockedAt' | 'deletedAt' | 'hiddenAt'>;
type PostState = Pick<PostRecord, 'authorId' | 'deletedAt' | 'hiddenAt'>;

/** Why a report is refused, so the service can answer each case as the error contract says. */
export enum ReportDenial {
  /** The viewer may not see the thread: answered exactly as a missing post. */
  Unreadable = 'UNREADABLE',
  Archived = 'ARCHIVED',
  /** Already deleted by its author or hidden by a moderator: nothing left to report. */
  Removed = 'REMOVED',
  OwnPost = 'OWN_POST',
}

export function reportDenial(
  viewer: Viewer,
  category: CategoryAccess,
  thread: ThreadState,
  post: PostState,
): ReportDenial | null {
  if (!canSeeThread(viewer, category, thread)) return ReportDenial.Unreadable;
  if (category.archivedAt !== null) return ReportDenial.Archived;
  const removed = (x: ThreadState | PostState) => x.deletedAt !== null || x.hiddenAt !== null;
  if (removed(thread) || removed(post)) return ReportDenial.Removed;
  if (post.authorId === viewer.id) return ReportDenial.OwnPost;
  return null;
}

export function canReport(viewer: Viewer, category: CategoryAccess, thread: ThreadState, post: PostState): boolean {
  return reportDenial(viewer, category, thread, post) === null;
}

/** A moderator resolves (and lists) the reports on threads they can see. */
export function canSeeReportsOn(viewer: Viewer, category: CategoryAccess, thread: ThreadState): boolean {
  return canSeeThread(viewer, category, thread);
}
