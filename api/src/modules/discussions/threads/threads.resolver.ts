// The GraphQL surface of threads: lists, one thread, the home page's advisory updates, starting and editing,
// and the moderators' pin, lock and move. Relations are resolved through the request's loaders.
import { LIMITS, Permission, ThreadKind } from '@heritage/shared';
import { Args, Context, ID, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { getArgumentValues, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import { type AuthenticatedMember, CurrentMember, type GqlContext } from '../../../common/auth/current-member';
import { Allow } from '../../../common/auth/public.decorator';
import type { Connection } from '../../../common/graphql/connection';
import { asksFor, nodeFields, nodeFieldsAt } from '../../../common/graphql/selection';
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
import { ReactionLoaders } from '../reactions/reaction.loaders';
import { ReadingService } from '../reading/reading.service';
import { Thread, ThreadConnection } from './thread.model';
import { ThreadsService } from './threads.service';
import { canEditThread, canModerate, canReplyToThread } from './threads.policy';
import { RateLimit } from '../../rate-limits/rate-limit.guard';
import { IdArg } from '../../../common/validation/uuid';
import { DeprecatedArg, InputArg, inputOrArguments } from '../../../common/graphql/input-or-arguments';
import { renamed } from '../../../common/graphql/renamed-field';

@Resolver(() => Thread)
export class ThreadsResolver {
  constructor(
    private readonly service: ThreadsService,
    private readonly postsService: PostsService,
    private readonly loaders: DiscussionLoaders,
    private readonly reading: ReadingService,
    private readonly reactions: ReactionLoaders,
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
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<Thread>> {
    const slug = args.filter && renamed(args.filter, 'spaceSlug', 'categorySlug').value;
    const connection = await this.service.list(
      viewer,
      args,
      await this.loaders.allCategories(ctx.req, slug || undefined),
    );
    await this.withRelations(ctx, connection.nodes, nodeFields(info));
    return connection;
  }

  /**
   * Reads what the list's document asks of its threads (authors, the viewer's reading state, case studies) once
   * for the page, through the loaders the fields use (so with the statements they would run), and sets it on
   * them: the fields then return it with no promise per thread.
   */
  private async withRelations(ctx: GqlContext, threads: Thread[], fields: ReadonlySet<string>): Promise<void> {
    const members = this.loaders.members(ctx.req);
    const caseStudies = this.loaders.caseStudies(ctx.req);
    const reading = READING_FIELDS.some((name) => fields.has(name));
    const pending: Promise<unknown>[] = [];
    for (const thread of threads) {
      const { authorId, lastPosterId } = thread.record;
      if (fields.has('author')) {
        pending.push(members.load(authorId).then((m) => (thread.author = toPostAuthor(m))));
      }
      if (fields.has('lastPoster')) {
        if (lastPosterId === null) thread.lastPoster = null;
        else pending.push(members.load(lastPosterId).then((m) => (thread.lastPoster = toPostAuthor(m))));
      }
      if (fields.has('caseStudy')) {
        if (thread.kind !== ThreadKind.CaseStudy) thread.caseStudy = null;
        else pending.push(caseStudies.load(thread.id).then((r) => (thread.caseStudy = r ? toCaseStudy(r) : null)));
      }
      if (reading) {
        pending.push(
          this.reading.threadState(ctx.req, ctx.req.member, thread.id).then((state) => (thread.viewerState = state)),
        );
      }
    }
    await Promise.all(pending);
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
    return this.service.get(viewer, id, (categoryId) => this.loaders.categories(ctx.req).load(categoryId));
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

  // The fields below are read for every thread of a list, so they take graphql's own (parent, args, context) and
  // no parameter decorators: Nest then gives them to graphql as they are instead of wrapping every call
  // (docs/development.md, "Hot fields").

  @ResolveField(() => Space, { description: 'The space the thread is in.' })
  space(thread: Thread, _: object, ctx: GqlContext): Space | Promise<Space> {
    if (thread.space) return thread.space;
    return this.loaders
      .categories(ctx.req)
      .load(thread.record.categoryId)
      .then((category) => toSpace(category!, ctx.req.member!.roles));
  }

  @ResolveField(() => Space, { deprecationReason: 'Use space.' })
  category(thread: Thread, _: object, ctx: GqlContext): Space | Promise<Space> {
    return this.space(thread, _, ctx);
  }

  @ResolveField(() => PostAuthor)
  author(thread: Thread, _: object, ctx: GqlContext): PostAuthor | Promise<PostAuthor> {
    return thread.author ?? this.loaders.members(ctx.req).load(thread.record.authorId).then(toPostAuthor);
  }

  @ResolveField(() => PostAuthor, { nullable: true, description: 'Who wrote the newest visible post.' })
  lastPoster(thread: Thread, _: object, ctx: GqlContext): PostAuthor | null | Promise<PostAuthor | null> {
    if (thread.lastPoster !== undefined) return thread.lastPoster;
    const id = thread.record.lastPosterId;
    return id === null ? null : this.loaders.members(ctx.req).load(id).then(toPostAuthor);
  }

  @ResolveField(() => CaseStudy, { nullable: true, description: 'Null unless kind is CASE_STUDY.' })
  caseStudy(thread: Thread, _: object, ctx: GqlContext): CaseStudy | null | Promise<CaseStudy | null> {
    if (thread.caseStudy !== undefined) return thread.caseStudy;
    if (thread.kind !== ThreadKind.CaseStudy) return null;
    return this.loaders
      .caseStudies(ctx.req)
      .load(thread.id)
      .then((record) => (record ? toCaseStudy(record) : null));
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
    const category = await this.loaders.categories(ctx.req).load(thread.record.categoryId);
    const { connection, related } = await this.postsService.page(viewer, thread.record, category, args, withReports);
    // Authors, the posts replied to and the viewer's reports came with the page: no statement each.
    this.loaders.primePage(ctx.req, viewer.id, related);
    // Reactions (and their first reactors) are read once for the page and set on its posts, with the
    // statements their fields would run.
    if (nodeFieldsAt(info, 'reactions').length > 0) {
      await this.reactions.setOnPage(ctx.req, viewer.id, connection.nodes, reactorsFirst(info));
    }
    return connection;
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may reply now (space, lock, removal).' })
  async canReply(thread: Thread, _: object, ctx: GqlContext): Promise<boolean> {
    const category = await this.loaders.categories(ctx.req).load(thread.record.categoryId);
    return category !== undefined && canReplyToThread(ctx.req.member!, category, thread.record);
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may edit the thread (its author or a moderator).' })
  async canEdit(thread: Thread, _: object, ctx: GqlContext): Promise<boolean> {
    const category = await this.loaders.categories(ctx.req).load(thread.record.categoryId);
    return category !== undefined && canEditThread(ctx.req.member!, category, thread.record);
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may pin, lock and move it.' })
  canModerate(_thread: Thread, _: object, ctx: GqlContext): boolean {
    return canModerate(ctx.req.member!.roles);
  }
}

const REPORT_FIELDS = new Set(['canReport', 'reportedByViewer']);

/**
 * The `first` of the page's `reactions { reactors(first) }` when the document asks for reactors with one page
 * size; undefined when it does not ask, asks with several sizes or with one the field refuses: the field then
 * reads (or refuses) itself.
 */
function reactorsFirst(info: GraphQLResolveInfo): number | undefined {
  const nodes = nodeFieldsAt(info, 'reactions', 'reactors');
  const field = (info.schema.getType('ReactionSummary') as GraphQLObjectType).getFields().reactors;
  const sizes = new Set(nodes.map((node) => getArgumentValues(field, node, info.variableValues).first as number));
  if (sizes.size !== 1) return undefined;
  const [first] = sizes;
  return Number.isInteger(first) && first >= 1 && first <= LIMITS.pageSizeMax ? first : undefined;
}
/** The thread fields answered from the viewer's reading state (reading.resolver.ts). */
const READING_FIELDS = ['isNew', 'unreadCount', 'lastReadNumber', 'firstUnreadNumber', 'watching'];
