// The GraphQL surface of threads: lists, one thread, the home page's advisory updates, starting and editing,
// and the moderators' pin, lock and move. Relations are resolved through the request's loaders.
import { Permission, ThreadKind } from '@heritage/shared';
import { Args, Context, ID, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { type AuthenticatedMember, CurrentMember, type GqlContext } from '../../../common/auth/current-member';
import { Allow } from '../../../common/auth/public.decorator';
import type { Connection } from '../../../common/graphql/connection';
import { CaseStudy, toCaseStudy } from './case-study.model';
import { Space, toSpace } from '../spaces/space.model';
import { DiscussionLoaders } from '../discussion.loaders';
import { CreateThreadInput, UpdateThreadInput } from './dto/thread.input';
import { MoveThreadInput, ThreadIdInput } from './dto/thread-moderation.args';
import { LatestUpdatesArgs, ThreadsArgs } from './dto/threads.args';
import { PostsArgs } from '../posts/dto/posts.args';
import { Post, PostConnection, toPost } from '../posts/post.model';
import { PostAuthor, toPostAuthor } from '../posts/post-author.model';
import { PostsService } from '../posts/posts.service';
import { Thread, ThreadConnection } from './thread.model';
import { ThreadsService } from './threads.service';
import { canEditThread, canModerate, canReplyToThread } from './threads.policy';
import { RateLimit } from '../../rate-limits/rate-limit.guard';
import { IdArg } from '../../../common/validation/uuid';
import { DeprecatedArg, InputArg, inputOrArguments } from '../../../common/graphql/input-or-arguments';

@Resolver(() => Thread)
export class ThreadsResolver {
  constructor(
    private readonly service: ThreadsService,
    private readonly postsService: PostsService,
    private readonly loaders: DiscussionLoaders,
  ) {}

  @Allow(Permission.SignedIn)
  @Query(() => ThreadConnection, {
    description:
      'Live threads in the spaces the viewer may read. Filtered to one space with sort ACTIVITY, pinned first. ' +
      'NOT_FOUND when filter.spaceSlug names a space the viewer cannot read.',
  })
  async threads(
    @CurrentMember() viewer: AuthenticatedMember,
    @Args() args: ThreadsArgs,
    @Context() ctx: GqlContext,
  ): Promise<Connection<Thread>> {
    return this.service.list(viewer, args, await this.loaders.allCategories(ctx.req));
  }

  @Allow(Permission.SignedIn)
  @Query(() => Thread, {
    nullable: true,
    description: 'One thread. NOT_FOUND when missing or unreadable (removed threads: moderators and the author).',
  })
  async thread(
    @CurrentMember() viewer: AuthenticatedMember,
    @IdArg('id', { notFound: 'thread' }) id: string,
    @Context() ctx: GqlContext,
  ): Promise<Thread> {
    return this.service.get(viewer, id, await this.loaders.allCategories(ctx.req));
  }

  @Allow(Permission.SignedIn)
  @Query(() => Thread, { nullable: true, description: 'The newest pinned advisory update the viewer can read.' })
  async featuredUpdate(
    @CurrentMember() viewer: AuthenticatedMember,
    @Context() ctx: GqlContext,
  ): Promise<Thread | null> {
    return this.service.featuredUpdate(viewer, await this.loaders.allCategories(ctx.req));
  }

  @Allow(Permission.SignedIn)
  @Query(() => [Thread], { description: 'The newest advisory updates the viewer can read.' })
  async latestUpdates(
    @CurrentMember() viewer: AuthenticatedMember,
    @Args() args: LatestUpdatesArgs,
    @Context() ctx: GqlContext,
  ): Promise<Thread[]> {
    return this.service.latestUpdates(viewer, args, await this.loaders.allCategories(ctx.req));
  }

  @Allow(Permission.SignedIn)
  @RateLimit('POSTING')
  @Mutation(() => Thread, {
    description:
      'Starts a thread with its opening post. FORBIDDEN where the viewer may not start threads; BAD_USER_INPUT ' +
      '(with extensions.personalData) when the text looks like personal data and is not confirmed.',
  })
  createThread(@CurrentMember() viewer: AuthenticatedMember, @Args('input') input: CreateThreadInput): Promise<Thread> {
    return this.service.create(viewer, input);
  }

  @Allow(Permission.SignedIn)
  @Mutation(() => Thread, { description: 'The author or a moderator edits a thread; keeps a revision of post 1.' })
  updateThread(@CurrentMember() viewer: AuthenticatedMember, @Args('input') input: UpdateThreadInput): Promise<Thread> {
    return this.service.update(viewer, input);
  }

  @Allow(Permission.ModerateDiscussions)
  @Mutation(() => Thread, { description: 'Moderators: pins a thread to the top of its space. Audited.' })
  async pinThread(
    @CurrentMember() viewer: AuthenticatedMember,
    @InputArg(() => ThreadIdInput) input: unknown,
    @DeprecatedArg('id', () => ID) legacyId: unknown,
  ): Promise<Thread> {
    const { id } = await inputOrArguments(ThreadIdInput, input, { id: legacyId });
    return this.service.pin(viewer, id, true);
  }

  @Allow(Permission.ModerateDiscussions)
  @Mutation(() => Thread, { description: 'Moderators. Audited.' })
  async unpinThread(
    @CurrentMember() viewer: AuthenticatedMember,
    @InputArg(() => ThreadIdInput) input: unknown,
    @DeprecatedArg('id', () => ID) legacyId: unknown,
  ): Promise<Thread> {
    const { id } = await inputOrArguments(ThreadIdInput, input, { id: legacyId });
    return this.service.pin(viewer, id, false);
  }

  @Allow(Permission.ModerateDiscussions)
  @Mutation(() => Thread, { description: 'Moderators: stops replies (except moderators’). Audited.' })
  async lockThread(
    @CurrentMember() viewer: AuthenticatedMember,
    @InputArg(() => ThreadIdInput) input: unknown,
    @DeprecatedArg('id', () => ID) legacyId: unknown,
  ): Promise<Thread> {
    const { id } = await inputOrArguments(ThreadIdInput, input, { id: legacyId });
    return this.service.lock(viewer, id, true);
  }

  @Allow(Permission.ModerateDiscussions)
  @Mutation(() => Thread, { description: 'Moderators. Audited.' })
  async unlockThread(
    @CurrentMember() viewer: AuthenticatedMember,
    @InputArg(() => ThreadIdInput) input: unknown,
    @DeprecatedArg('id', () => ID) legacyId: unknown,
  ): Promise<Thread> {
    const { id } = await inputOrArguments(ThreadIdInput, input, { id: legacyId });
    return this.service.lock(viewer, id, false);
  }

  @Allow(Permission.ModerateDiscussions)
  @Mutation(() => Thread, { description: 'Moderators: moves a thread to another live space. Audited.' })
  async moveThread(
    @CurrentMember() viewer: AuthenticatedMember,
    @InputArg(() => MoveThreadInput) input: unknown,
    @DeprecatedArg('id', () => ID) id: unknown,
    @DeprecatedArg('categoryId', () => ID, 'spaceId') categoryId: unknown,
  ): Promise<Thread> {
    return this.service.move(viewer, await inputOrArguments(MoveThreadInput, input, { id, categoryId }));
  }

  @ResolveField(() => Space, { description: 'The space the thread is in.' })
  async space(
    @Parent() thread: Thread,
    @CurrentMember() viewer: AuthenticatedMember,
    @Context() ctx: GqlContext,
  ): Promise<Space> {
    const category = await this.loaders.categories(ctx.req).load(thread.record.categoryId);
    return toSpace(category!, viewer.roles);
  }

  @ResolveField(() => Space, { deprecationReason: 'Use space.' })
  category(
    @Parent() thread: Thread,
    @CurrentMember() viewer: AuthenticatedMember,
    @Context() ctx: GqlContext,
  ): Promise<Space> {
    return this.space(thread, viewer, ctx);
  }

  @ResolveField(() => PostAuthor)
  async author(@Parent() thread: Thread, @Context() ctx: GqlContext): Promise<PostAuthor> {
    return toPostAuthor(await this.loaders.members(ctx.req).load(thread.record.authorId));
  }

  @ResolveField(() => PostAuthor, { nullable: true, description: 'Who wrote the newest visible post.' })
  async lastPoster(@Parent() thread: Thread, @Context() ctx: GqlContext): Promise<PostAuthor | null> {
    const id = thread.record.lastPosterId;
    return id === null ? null : toPostAuthor(await this.loaders.members(ctx.req).load(id));
  }

  @ResolveField(() => CaseStudy, { nullable: true, description: 'Null unless kind is CASE_STUDY.' })
  async caseStudy(@Parent() thread: Thread, @Context() ctx: GqlContext): Promise<CaseStudy | null> {
    if (thread.kind !== ThreadKind.CaseStudy) return null;
    const record = await this.loaders.caseStudies(ctx.req).load(thread.id);
    return record ? toCaseStudy(record) : null;
  }

  @ResolveField(() => Post)
  async openingPost(
    @Parent() thread: Thread,
    @CurrentMember() viewer: AuthenticatedMember,
    @Context() ctx: GqlContext,
  ): Promise<Post> {
    return toPost((await this.loaders.openingPosts(ctx.req).load(thread.id))!, viewer);
  }

  @ResolveField(() => PostConnection, {
    description: 'In number order; deleted and hidden posts stay as placeholders (no text).',
  })
  async posts(
    @Parent() thread: Thread,
    @CurrentMember() viewer: AuthenticatedMember,
    @Args() args: PostsArgs,
    @Context() ctx: GqlContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<Post>> {
    // Each post's thread is this one: its fields (Post.thread, abilities) need not read it again.
    this.loaders.threads(ctx.req).prime(thread.id, thread.record);
    // The viewer's open reports are read with the page only when the page asks about reporting.
    const withReports = asksFor(info.fieldNodes[0].selectionSet, REPORT_FIELDS);
    const { connection, related } = await this.postsService.page(viewer, thread.record, args, withReports);
    // Authors, the posts replied to and the viewer's reports came with the page: no statement each.
    this.loaders.primePage(ctx.req, viewer.id, related);
    return connection;
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may reply now (space, lock, removal).' })
  async canReply(
    @Parent() thread: Thread,
    @CurrentMember() viewer: AuthenticatedMember,
    @Context() ctx: GqlContext,
  ): Promise<boolean> {
    const category = await this.loaders.categories(ctx.req).load(thread.record.categoryId);
    return category !== undefined && canReplyToThread(viewer, category, thread.record);
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may edit the thread (its author or a moderator).' })
  async canEdit(
    @Parent() thread: Thread,
    @CurrentMember() viewer: AuthenticatedMember,
    @Context() ctx: GqlContext,
  ): Promise<boolean> {
    const category = await this.loaders.categories(ctx.req).load(thread.record.categoryId);
    return category !== undefined && canEditThread(viewer, category, thread.record);
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may pin, lock and move it.' })
  canModerate(@CurrentMember() viewer: AuthenticatedMember): boolean {
    return canModerate(viewer.roles);
  }
}

const REPORT_FIELDS = new Set(['canReport', 'reportedByViewer']);

/** Whether a selection (fields and inline fragments; named fragments count as asking) names one of `fields`. */
function asksFor(set: SelectionSetNode | undefined, fields: ReadonlySet<string>): boolean {
  return (set?.selections ?? []).some((node) => {
    if (node.kind === Kind.FRAGMENT_SPREAD) return true;
    if (node.kind === Kind.INLINE_FRAGMENT) return asksFor(node.selectionSet, fields);
    return fields.has(node.name.value) || asksFor(node.selectionSet, fields);
  });
}
