// The GraphQL surface of reports: a member reports a post; moderators read the queue and resolve reports.
// Also the fields reporting adds to Post (canReport, reportedByViewer), batched per response.
import { Permission } from '@heritage/shared';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type AuthenticatedMember, CurrentMember, type GqlContext } from '../../../common/auth/current-member';
import { Allow } from '../../../common/auth/public.decorator';
import type { Connection } from '../../../common/graphql/connection';
import { DiscussionLoaders } from '../discussion.loaders';
import { PostReportsArgs, ReportActionEnum, ReportPostInput, ResolveReportInput } from './dto/report.args';
import { DeprecatedArg, InputArg, inputOrArguments } from '../../../common/graphql/input-or-arguments';
import { Post, toPost } from '../posts/post.model';
import { PostAuthor, toPostAuthor } from '../posts/post-author.model';
import { PostReport, PostReportConnection } from './report.model';
import { canReport } from './reports.policy';
import { ReportsService } from './reports.service';
import { Thread, toThread } from '../threads/thread.model';
import { RateLimit } from '../../rate-limits/rate-limit.guard';

@Resolver(() => PostReport)
export class ReportsResolver {
  constructor(
    private readonly service: ReportsService,
    private readonly loaders: DiscussionLoaders,
  ) {}

  @Allow(Permission.SignedIn)
  @RateLimit('REPORT')
  @Mutation(() => PostReport, {
    description:
      'Reports a post to the moderators. NOT_FOUND when the viewer cannot read the thread; BAD_USER_INPUT for ' +
      'their own or a removed post (postId) or a bad reason; CONFLICT when they already have an open report on it.',
  })
  async reportPost(
    @CurrentMember() viewer: AuthenticatedMember,
    @InputArg(() => ReportPostInput) input: unknown,
    @DeprecatedArg('postId', () => ID) postId: unknown,
    @DeprecatedArg('reason', () => String) reason: unknown,
  ): Promise<PostReport> {
    return this.service.report(viewer, await inputOrArguments(ReportPostInput, input, { postId, reason }));
  }

  @Allow(Permission.ModerateDiscussions)
  @Query(() => PostReportConnection, {
    description: 'Moderators: reports on threads they can read. OPEN oldest first; resolved ones newest first.',
  })
  postReports(
    @CurrentMember() viewer: AuthenticatedMember,
    @Args() args: PostReportsArgs,
  ): Promise<Connection<PostReport>> {
    return this.service.list(viewer, args);
  }

  @Allow(Permission.ModerateDiscussions)
  @Mutation(() => PostReport, {
    description:
      'Moderators: HIDE hides the post (reason = note) and resolves every open report on it; DISMISS resolves ' +
      'this one. The reporters are told. CONFLICT when already resolved (another moderator got there first).',
  })
  async resolveReport(
    @CurrentMember() viewer: AuthenticatedMember,
    @InputArg(() => ResolveReportInput) input: unknown,
    @DeprecatedArg('id', () => ID) id: unknown,
    @DeprecatedArg('action', () => ReportActionEnum) action: unknown,
    @DeprecatedArg('note', () => String) note: unknown,
  ): Promise<PostReport> {
    return this.service.resolve(viewer, await inputOrArguments(ResolveReportInput, input, { id, action, note }));
  }

  @ResolveField(() => Post)
  async post(
    @Parent() report: PostReport,
    @CurrentMember() viewer: AuthenticatedMember,
    @Context() ctx: GqlContext,
  ): Promise<Post> {
    return toPost((await this.loaders.posts(ctx.req).load(report.record.postId))!, viewer);
  }

  @ResolveField(() => Thread)
  async thread(@Parent() report: PostReport, @Context() ctx: GqlContext): Promise<Thread> {
    return toThread((await this.loaders.threads(ctx.req).load(report.record.threadId))!);
  }

  @ResolveField(() => PostAuthor)
  async reporter(@Parent() report: PostReport, @Context() ctx: GqlContext): Promise<PostAuthor> {
    return toPostAuthor(await this.loaders.members(ctx.req).load(report.record.reporterId));
  }

  @ResolveField(() => PostAuthor, { nullable: true, description: 'The moderator who resolved it.' })
  async resolvedBy(@Parent() report: PostReport, @Context() ctx: GqlContext): Promise<PostAuthor | null> {
    const id = report.record.resolvedById;
    return id === null ? null : toPostAuthor(await this.loaders.members(ctx.req).load(id));
  }
}

@Resolver(() => Post)
export class PostReportingResolver {
  constructor(private readonly loaders: DiscussionLoaders) {}

  // Read for every post of a page: graphql's own (parent, args, context), no parameter decorators, so Nest does
  // not wrap each call (docs/development.md, "Hot fields"). A thread page's posts carry the answers already.

  @ResolveField(() => Boolean, {
    description: 'Whether the viewer may report it: not their own, not removed, and no open report of theirs.',
  })
  canReport(post: Post, _: object, ctx: GqlContext): boolean | Promise<boolean> {
    return post.abilities?.canReport ?? this.decide(post, ctx);
  }

  @ResolveField(() => Boolean, { description: 'The viewer has an open report on it (awaiting a moderator).' })
  reportedByViewer(post: Post, _: object, ctx: GqlContext): boolean | Promise<boolean> {
    return post.abilities?.reportedByViewer ?? this.reported(post, ctx);
  }

  /** For a post whose page did not decide it: false when its thread or space is gone. */
  private async decide(post: Post, ctx: GqlContext): Promise<boolean> {
    const place = await this.loaders.placeOfPost(ctx.req, post.record);
    if (!place || !canReport(ctx.req.member!, place.category, place.thread, post.record)) return false;
    return !(await this.reported(post, ctx));
  }

  private async reported(post: Post, ctx: GqlContext): Promise<boolean> {
    return (await this.loaders.openReportsBy(ctx.req, ctx.req.member!.id).load(post.id)) ?? false;
  }
}
