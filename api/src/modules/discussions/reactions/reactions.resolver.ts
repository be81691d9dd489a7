// The GraphQL surface of reactions: react and unreact, and the fields they add to Post (reactions, canReact)
// and to ReactionSummary (reactors). Counts and the viewer's flags for every post in a response come from one
// batched statement; reactors from a second one, only when a response asks for them (reaction.loaders.ts). A thread
// page reads both once for its posts and sets them on its plain objects: the fields then return them.
import { LIMITS, Permission } from '@heritage/shared';
import { ID, Int, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { type AuthenticatedMember, CurrentMember, type GqlContext } from '../../../common/auth/current-member';
import { Allow } from '../../../common/auth/public.decorator';
import { UserInputError } from '../../../common/errors/app-errors';
import { FieldArg } from '../../../common/graphql/field-arg';
import { DiscussionLoaders } from '../discussion.loaders';
import { ReactionInput } from './dto/reaction.args';
import { ReactionKindEnum } from '../../../common/graphql/enums';
import { DeprecatedArg, InputArg, inputOrArguments } from '../../../common/graphql/input-or-arguments';
import { Post } from '../posts/post.model';
import { PostAuthor, toPostAuthor } from '../posts/post-author.model';
import { ReactionSummary } from './reaction.model';
import { ReactionLoaders } from './reaction.loaders';
import { canReact } from './reactions.policy';
import { ReactionsService } from './reactions.service';

@Resolver(() => Post)
export class ReactionsResolver {
  constructor(
    private readonly service: ReactionsService,
    private readonly reactionLoaders: ReactionLoaders,
    private readonly loaders: DiscussionLoaders,
  ) {}

  @Allow(Permission.SignedIn)
  @Mutation(() => Post, {
    description:
      'Adds the viewer’s reaction of this kind (again: no change). NOT_FOUND when the viewer cannot read the ' +
      'thread; BAD_USER_INPUT for their own post (kind) or a removed post (postId); FORBIDDEN when archived.',
  })
  async react(
    @CurrentMember() viewer: AuthenticatedMember,
    @InputArg(() => ReactionInput) input: unknown,
    @DeprecatedArg('postId', () => ID) postId: unknown,
    @DeprecatedArg('kind', () => ReactionKindEnum) kind: unknown,
  ): Promise<Post> {
    const given = await inputOrArguments(ReactionInput, input, { postId, kind });
    return this.service.react(viewer, given.postId, given.kind);
  }

  @Allow(Permission.SignedIn)
  @Mutation(() => Post, { description: 'Takes back the viewer’s reaction of this kind (none: no change).' })
  async unreact(
    @CurrentMember() viewer: AuthenticatedMember,
    @InputArg(() => ReactionInput) input: unknown,
    @DeprecatedArg('postId', () => ID) postId: unknown,
    @DeprecatedArg('kind', () => ReactionKindEnum) kind: unknown,
  ): Promise<Post> {
    const given = await inputOrArguments(ReactionInput, input, { postId, kind });
    return this.service.unreact(viewer, given.postId, given.kind);
  }

  // Read for every post of a page: graphql's own (parent, args, context), no parameter decorators, so Nest does
  // not wrap each call (docs/development.md, "Hot fields").

  @ResolveField(() => [ReactionSummary], { description: 'Always all three kinds, in enum order, zeros included.' })
  reactions(post: Post, _: object, ctx: GqlContext): ReactionSummary[] | Promise<ReactionSummary[]> {
    return post.reactions ?? this.reactionLoaders.summaries(ctx.req, ctx.req.member!.id, post.id);
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may react to it (not their own, not removed).' })
  canReact(post: Post, _: object, ctx: GqlContext): boolean | Promise<boolean> {
    return post.abilities?.canReact ?? this.decide(post, ctx);
  }

  /** For a post whose page did not decide it: false when its thread or space is gone. */
  private async decide(post: Post, ctx: GqlContext): Promise<boolean> {
    const place = await this.loaders.placeOfPost(ctx.req, post.record);
    return place !== undefined && canReact(ctx.req.member!, place.category, place.thread, post.record);
  }
}

@Resolver(() => ReactionSummary)
export class ReactionSummaryResolver {
  constructor(private readonly loaders: ReactionLoaders) {}

  // Read for every summary of every post of a page (60 on a page of 20): its argument is declared with FieldArg,
  // not @Args, so that Nest does not wrap each call ("Hot fields"); a thread page sets reactorPage beforehand.

  @ResolveField(() => [PostAuthor], { description: 'The first members to react this way, earliest first.' })
  reactors(
    summary: ReactionSummary,
    @FieldArg('first', { type: () => Int, defaultValue: 10, description: `At most ${LIMITS.pageSizeMax}.` })
    { first }: { first: number },
    ctx: GqlContext,
  ): PostAuthor[] | Promise<PostAuthor[]> {
    if (!Number.isInteger(first) || first < 1 || first > LIMITS.pageSizeMax) {
      throw UserInputError.field('first', `Ask for between 1 and ${LIMITS.pageSizeMax} reactors`);
    }
    if (summary.reactorPage?.first === first) return summary.reactorPage.reactors;
    if (summary.count === 0) return [];
    return this.loaders
      .reactors(ctx.req)
      .load(`${summary.postId} ${summary.kind} ${first}`)
      .then((rows) => (rows ?? []).map((row) => toPostAuthor(row)));
  }
}
