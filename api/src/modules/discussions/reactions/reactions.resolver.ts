// The GraphQL surface of reactions: react and unreact, and the fields they add to Post (reactions, canReact)
// and to ReactionSummary (reactors). Counts and the viewer's flags for every post in a response come from one
// batched statement; reactors from a second one, only when a response asks for them.
import { LIMITS, Permission } from '@heritage/shared';
import { Args, Context, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type AuthenticatedMember, CurrentMember, type GqlContext } from '../../../common/auth/current-member';
import { Allow } from '../../../common/auth/public.decorator';
import { UserInputError } from '../../../common/errors/app-errors';
import { loaderFor } from '../../../common/graphql/loaders';
import { DiscussionLoaders } from '../discussion.loaders';
import { ReactionInput } from './dto/reaction.args';
import { ReactionKindEnum } from '../../../common/graphql/enums';
import { DeprecatedArg, InputArg, inputOrArguments } from '../../../common/graphql/input-or-arguments';
import { Post } from '../posts/post.model';
import { PostAuthor, toPostAuthor } from '../posts/post-author.model';
import { ReactionSummary, toReactionSummaries } from './reaction.model';
import type { ReactionCountRecord } from './reaction.record';
import { canReact } from './reactions.policy';
import { ReactionsRepository, type ReactorRecord } from './reactions.repository';
import { ReactionsService } from './reactions.service';

@Resolver(() => Post)
export class ReactionsResolver {
  constructor(
    private readonly service: ReactionsService,
    private readonly repository: ReactionsRepository,
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
  async reactions(post: Post, _: object, ctx: GqlContext): Promise<ReactionSummary[]> {
    const viewer = ctx.req.member!;
    const counts = loaderFor(
      ctx.req,
      'reactions.counts',
      async (postIds: readonly string[]) => {
        const found = new Map<string, ReactionCountRecord[]>();
        for (const row of await this.repository.counts(postIds, viewer.id)) {
          found.set(row.postId, [...(found.get(row.postId) ?? []), row]);
        }
        return found;
      },
      [],
    );
    return toReactionSummaries(post.id, (await counts.load(post.id)) ?? []);
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
  constructor(private readonly repository: ReactionsRepository) {}

  @ResolveField(() => [PostAuthor], { description: 'The first members to react this way, earliest first.' })
  async reactors(
    @Parent() summary: ReactionSummary,
    @Args('first', { type: () => Int, defaultValue: 10, description: `At most ${LIMITS.pageSizeMax}.` })
    first: number,
    @Context() ctx: GqlContext,
  ): Promise<PostAuthor[]> {
    if (!Number.isInteger(first) || first < 1 || first > LIMITS.pageSizeMax) {
      throw UserInputError.field('first', `Ask for between 1 and ${LIMITS.pageSizeMax} reactors`);
    }
    if (summary.count === 0) return [];
    // Keyed by post, kind and page size; every summary in the response is read by one statement per size.
    const reactors = loaderFor(
      ctx.req,
      'reactions.reactors',
      async (keys: readonly string[]) => {
        const bySize = new Map<number, { postId: string; kind: ReactorRecord['kind'] }[]>();
        for (const key of keys) {
          const [postId, kind, size] = key.split(' ');
          bySize.set(Number(size), [
            ...(bySize.get(Number(size)) ?? []),
            { postId, kind: kind as ReactorRecord['kind'] },
          ]);
        }
        const found = new Map<string, ReactorRecord[]>();
        for (const [size, wanted] of bySize) {
          for (const row of await this.repository.reactors(wanted, size)) {
            const key = `${row.postId} ${row.kind} ${size}`;
            found.set(key, [...(found.get(key) ?? []), row]);
          }
        }
        return found;
      },
      [],
    );
    const rows = (await reactors.load(`${summary.postId} ${summary.kind} ${first}`)) ?? [];
    return rows.map((row) => toPostAuthor(row));
  }
}
