// What each member has read: moving the read position (never backwards), and the viewer's unread and new
// counts on threads and spaces, batched per request so a page of threads costs one statement.
import { Injectable } from '@nestjs/common';
import type { AuthenticatedMember } from '../../../common/auth/current-member';
import { NotFoundError, UserInputError } from '../../../common/errors/app-errors';
import { loaderFor } from '../../../common/graphql/loaders';
import {
  type CategoryViewerState,
  ReadingRepository,
  type ThreadViewerState,
  type ThreadWithSpace,
} from './reading.repository';
import { type Thread, toThread } from '../threads/thread.model';
import { canSeeThread } from '../threads/threads.policy';

/** The same answer for a thread that does not exist and one the viewer may not read. */
export const threadNotFound = () => new NotFoundError('We could not find that thread');

/** What a viewer who is not signed in (or a thread the loader did not find) shows. */
const NO_THREAD_STATE: ThreadViewerState = {
  lastReadNumber: null,
  isNew: false,
  unreadCount: 0,
  firstUnreadNumber: null,
  watching: false,
};
const NO_CATEGORY_STATE: CategoryViewerState = { unreadThreadCount: 0, newThreadCount: 0, watching: false };

@Injectable()
export class ReadingService {
  constructor(private readonly repository: ReadingRepository) {}

  /** The thread, when the viewer may read it; NOT_FOUND otherwise. */
  async readableThread(viewer: AuthenticatedMember, id: string): Promise<ThreadWithSpace> {
    const found = await this.repository.findThread(id);
    if (!found || !canSeeThread(viewer, found.space, found.thread)) throw threadNotFound();
    return found;
  }

  /** Marks posts up to `upToNumber` read (clamped to the newest post); an earlier number changes nothing. */
  async markThreadRead(viewer: AuthenticatedMember, threadId: string, upToNumber: number): Promise<Thread> {
    if (!Number.isInteger(upToNumber) || upToNumber < 1) {
      throw UserInputError.field('upToNumber', 'Posts are numbered from 1');
    }
    const { thread } = await this.readableThread(viewer, threadId);
    await this.repository.markRead(viewer.id, thread.id, upToNumber);
    return toThread(thread);
  }

  /** The viewer's state of a thread, batched with every other thread the request asks about. */
  async threadState(request: object, viewer: AuthenticatedMember | undefined, threadId: string) {
    if (!viewer) return NO_THREAD_STATE;
    const loader = loaderFor<string, ThreadViewerState>(request, 'threadViewerState', (ids) =>
      this.repository.threadStates(viewer.id, ids),
    );
    return (await loader.load(threadId)) ?? NO_THREAD_STATE;
  }

  /** The viewer's counts and watching for a space, batched with every other space in the request. */
  async categoryState(request: object, viewer: AuthenticatedMember | undefined, categoryId: string) {
    if (!viewer) return NO_CATEGORY_STATE;
    const loader = loaderFor<string, CategoryViewerState>(request, 'categoryViewerState', (ids) =>
      this.repository.categoryStates(viewer.id, ids),
    );
    return (await loader.load(categoryId)) ?? NO_CATEGORY_STATE;
  }
}
