// Watching: a member follows a thread (replies notify them) or a space (new threads notify them). Stopping
// watching a thread is remembered, so replying or being mentioned there later does not start it again.
import { Injectable } from '@nestjs/common';
import type { AuthenticatedMember } from '../../../common/auth/current-member';
import { NotFoundError } from '../../../common/errors/app-errors';
import { canRead } from '../spaces/categories.policy';
import { type Space, toSpace } from '../spaces/space.model';
import type { CategoryRecord } from '../spaces/category.record';
import { ReadingService } from './reading.service';
import { type Thread, toThread } from '../threads/thread.model';
import { WatchingRepository } from './watching.repository';

/** The categories service's answer for a space that is missing or unreadable. */
const spaceNotFound = () => new NotFoundError('We could not find that space');

@Injectable()
export class WatchingService {
  constructor(
    private readonly repository: WatchingRepository,
    private readonly reading: ReadingService,
  ) {}

  async setThreadWatching(viewer: AuthenticatedMember, threadId: string, watching: boolean): Promise<Thread> {
    const { thread } = await this.reading.readableThread(viewer, threadId);
    await this.repository.setThreadWatching(viewer.id, thread.id, watching);
    return toThread(thread);
  }

  async setCategoryWatching(viewer: AuthenticatedMember, categoryId: string, watching: boolean): Promise<Space> {
    const category = await this.readableCategory(viewer, categoryId);
    if (watching) await this.repository.watchCategory(viewer.id, category.id);
    else await this.repository.unwatchCategory(viewer.id, category.id);
    return toSpace(category, viewer.roles);
  }

  private async readableCategory(viewer: AuthenticatedMember, id: string): Promise<CategoryRecord> {
    const category = await this.repository.findCategory(id);
    if (!category || !canRead(viewer.roles, category)) throw spaceNotFound();
    return category;
  }
}
