// The viewer's reading state: markThreadRead, and the unread/new/watching fields on Thread and Space.
// Each field asks a per-request loader, so a page of threads or the list of spaces costs one statement.
import { Permission } from '@heritage/shared';
import { Context, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type AuthenticatedMember, CurrentMember, type GqlContext } from '../../../common/auth/current-member';
import { Allow } from '../../../common/auth/public.decorator';
import { Space } from '../spaces/space.model';
import { ReadingService } from './reading.service';
import { Thread } from '../threads/thread.model';
import { MarkThreadReadInput } from '../threads/dto/threads.args';
import { DeprecatedArg, InputArg, inputOrArguments } from '../../../common/graphql/input-or-arguments';

@Resolver(() => Thread)
export class ThreadReadingResolver {
  constructor(private readonly service: ReadingService) {}

  @Allow(Permission.SignedIn)
  @Mutation(() => Thread, {
    description:
      'Marks the thread read up to post upToNumber (at most its newest post). Never moves backwards. NOT_FOUND ' +
      'when the thread is missing or unreadable; BAD_USER_INPUT (upToNumber) below 1.',
  })
  async markThreadRead(
    @CurrentMember() viewer: AuthenticatedMember,
    @InputArg(() => MarkThreadReadInput) input: unknown,
    @DeprecatedArg('threadId', () => ID) threadId: unknown,
    @DeprecatedArg('upToNumber', () => Int) upToNumber: unknown,
  ): Promise<Thread> {
    const given = await inputOrArguments(MarkThreadReadInput, input, { threadId, upToNumber });
    return this.service.markThreadRead(viewer, given.threadId, given.upToNumber);
  }

  // Read for every thread of a list: graphql's own (parent, args, context), no parameter decorators, so Nest
  // does not wrap each call (docs/development.md, "Hot fields"). The list sets viewerState on its threads.

  @ResolveField(() => Boolean, {
    description: 'The viewer has never opened it, and it was started after they joined.',
  })
  isNew(thread: Thread, _: object, ctx: GqlContext): boolean | Promise<boolean> {
    return thread.viewerState ? thread.viewerState.isNew : this.state(thread, ctx).then((state) => state.isNew);
  }

  @ResolveField(() => Int, { description: 'Posts after the viewer’s last read post (0 when never opened).' })
  unreadCount(thread: Thread, _: object, ctx: GqlContext): number | Promise<number> {
    return thread.viewerState
      ? thread.viewerState.unreadCount
      : this.state(thread, ctx).then((state) => state.unreadCount);
  }

  @ResolveField(() => Int, { nullable: true, description: 'The last post the viewer read; null when never opened.' })
  lastReadNumber(thread: Thread, _: object, ctx: GqlContext): number | null | Promise<number | null> {
    return thread.viewerState
      ? thread.viewerState.lastReadNumber
      : this.state(thread, ctx).then((state) => state.lastReadNumber);
  }

  @ResolveField(() => Int, {
    nullable: true,
    description: 'The first unread post, where opening the thread should jump; null when nothing is unread.',
  })
  firstUnreadNumber(thread: Thread, _: object, ctx: GqlContext): number | null | Promise<number | null> {
    return thread.viewerState
      ? thread.viewerState.firstUnreadNumber
      : this.state(thread, ctx).then((state) => state.firstUnreadNumber);
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer is told about replies.' })
  watching(thread: Thread, _: object, ctx: GqlContext): boolean | Promise<boolean> {
    return thread.viewerState ? thread.viewerState.watching : this.state(thread, ctx).then((state) => state.watching);
  }

  /** The viewer's state of a thread the list did not read it for (thread.model.ts: viewerState). */
  private state(thread: Thread, ctx: GqlContext) {
    return this.service.threadState(ctx.req, ctx.req.member, thread.id);
  }
}

@Resolver(() => Space)
export class CategoryReadingResolver {
  constructor(private readonly service: ReadingService) {}

  @ResolveField(() => Int, { description: 'Live threads the viewer has opened that have unread posts.' })
  async unreadThreadCount(@Parent() category: Space, @Context() ctx: GqlContext): Promise<number> {
    return (await this.service.categoryState(ctx.req, ctx.req.member, category.id)).unreadThreadCount;
  }

  @ResolveField(() => Int, {
    description: 'Live threads the viewer has never opened, started after they joined.',
  })
  async newThreadCount(@Parent() category: Space, @Context() ctx: GqlContext): Promise<number> {
    return (await this.service.categoryState(ctx.req, ctx.req.member, category.id)).newThreadCount;
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer is told about new threads here.' })
  async watching(@Parent() category: Space, @Context() ctx: GqlContext): Promise<boolean> {
    return (await this.service.categoryState(ctx.req, ctx.req.member, category.id)).watching;
  }
}
