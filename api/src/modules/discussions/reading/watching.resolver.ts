// Watching threads and spaces (watchCategory and unwatchCategory: the deprecated spellings of watchSpace and
// unwatchSpace). NOT_FOUND (the same message as a missing one) for anything the viewer may
// not read.
import { Permission } from '@heritage/shared';
import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { type AuthenticatedMember, CurrentMember } from '../../../common/auth/current-member';
import { Allow } from '../../../common/auth/public.decorator';
import { SpaceIdInput } from '../spaces/dto/space.input';
import { SpacePayload } from '../spaces/space-payload.model';
import { Space } from '../spaces/space.model';
import { Thread } from '../threads/thread.model';
import { WatchingService } from './watching.service';
import { IdArg } from '../../../common/validation/uuid';
import { ThreadIdInput } from '../threads/dto/thread-moderation.args';
import { DeprecatedArg, InputArg, inputOrArguments } from '../../../common/graphql/input-or-arguments';

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

  @Mutation(() => SpacePayload, { description: 'Tells the viewer about new threads in the space.' })
  async watchSpace(
    @CurrentMember() viewer: AuthenticatedMember,
    @Args('input') input: SpaceIdInput,
  ): Promise<SpacePayload> {
    return { space: await this.service.setCategoryWatching(viewer, input.id, true) };
  }

  @Mutation(() => SpacePayload, { description: 'Stops telling the viewer about new threads in the space.' })
  async unwatchSpace(
    @CurrentMember() viewer: AuthenticatedMember,
    @Args('input') input: SpaceIdInput,
  ): Promise<SpacePayload> {
    return { space: await this.service.setCategoryWatching(viewer, input.id, false) };
  }

  @Mutation(() => Space, {
    description: 'Tells the viewer about new threads in the space.',
    deprecationReason: 'Use watchSpace.',
  })
  watchCategory(@CurrentMember() viewer: AuthenticatedMember, @IdArg('id', { notFound: 'space' }) id: string) {
    return this.service.setCategoryWatching(viewer, id, true);
  }

  @Mutation(() => Space, {
    description: 'Stops telling the viewer about new threads in the space.',
    deprecationReason: 'Use unwatchSpace.',
  })
  unwatchCategory(@CurrentMember() viewer: AuthenticatedMember, @IdArg('id', { notFound: 'space' }) id: string) {
    return this.service.setCategoryWatching(viewer, id, false);
  }
}
