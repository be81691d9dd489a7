// Watching threads and spaces. NOT_FOUND (the same message as a missing one) for anything the viewer may
// not read.
import { Permission } from '@heritage/shared';
import { ID, Mutation, Resolver } from '@nestjs/graphql';
import { type AuthenticatedMember, CurrentMember } from '../../common/auth/current-member';
import { Allow } from '../../common/auth/public.decorator';
import { Category } from './category.model';
import { Thread } from './thread.model';
import { WatchingService } from './watching.service';
import { IdArg } from '../../common/validation/uuid';
import { ThreadIdInput } from './dto/thread-moderation.args';
import { DeprecatedArg, InputArg, inputOrArguments } from '../../common/graphql/input-or-arguments';

@Allow(Permission.SignedIn)
@Resolver()
export class WatchingResolver {
  constructor(private readonly service: WatchingService) {}

  @Mutation(() => Thread, { description: 'Tells the viewer about replies to the thread.' })
  async watchThread(
    @CurrentMember() viewer: AuthenticatedMember,
    @InputArg(() => ThreadIdInput) input: unknown,
    @DeprecatedArg('id', () => ID) legacyId: unknown,
  ): Promise<Thread> {
    const { id } = await inputOrArguments(ThreadIdInput, input, { id: legacyId });
    return this.service.setThreadWatching(viewer, id, true);
  }

  @Mutation(() => Thread, {
    description: 'Stops telling the viewer about replies; replying or being mentioned later does not restart it.',
  })
  async unwatchThread(
    @CurrentMember() viewer: AuthenticatedMember,
    @InputArg(() => ThreadIdInput) input: unknown,
    @DeprecatedArg('id', () => ID) legacyId: unknown,
  ): Promise<Thread> {
    const { id } = await inputOrArguments(ThreadIdInput, input, { id: legacyId });
    return this.service.setThreadWatching(viewer, id, false);
  }

  @Mutation(() => Category, { description: 'Tells the viewer about new threads in the space.' })
  watchCategory(@CurrentMember() viewer: AuthenticatedMember, @IdArg('id', { notFound: 'space' }) id: string) {
    return this.service.setCategoryWatching(viewer, id, true);
  }

  @Mutation(() => Category, { description: 'Stops telling the viewer about new threads in the space.' })
  unwatchCategory(@CurrentMember() viewer: AuthenticatedMember, @IdArg('id', { notFound: 'space' }) id: string) {
    return this.service.setCategoryWatching(viewer, id, false);
  }
}
