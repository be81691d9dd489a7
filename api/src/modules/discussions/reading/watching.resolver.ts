// Watching threads and spaces. NOT_FOUND (the same message as a missing one) for anything the viewer may
// not read.
import { Permission } from '@heritage/shared';
import { Mutation, Resolver } from '@nestjs/graphql';
import { type AuthenticatedMember, CurrentMember } from '../../../common/auth/current-member';
import { Allow } from '../../../common/auth/public.decorator';
import { Category } from '../spaces/category.model';
import { Thread } from '../threads/thread.model';
import { WatchingService } from './watching.service';
import { IdArg } from '../../../common/validation/uuid';

@Allow(Permission.SignedIn)
@Resolver()
export class WatchingResolver {
  constructor(private readonly service: WatchingService) {}

  @Mutation(() => Thread, { description: 'Tells the viewer about replies to the thread.' })
  watchThread(@CurrentMember() viewer: AuthenticatedMember, @IdArg('id', { notFound: 'thread' }) id: string) {
    return this.service.setThreadWatching(viewer, id, true);
  }

  @Mutation(() => Thread, {
    description: 'Stops telling the viewer about replies; replying or being mentioned later does not restart it.',
  })
  unwatchThread(@CurrentMember() viewer: AuthenticatedMember, @IdArg('id', { notFound: 'thread' }) id: string) {
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
