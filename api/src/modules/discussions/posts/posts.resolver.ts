// The GraphQL surface of posts: replying, editing, deleting, the moderators' hide and restore, the composer's
// preview, and a post's relations (thread, author, the post it answers, mentions, revisions) via loaders.
import { Permission } from '@heritage/shared';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type AuthenticatedMember, CurrentMember, type GqlContext } from '../../../common/auth/current-member';
import { Allow } from '../../../common/auth/public.decorator';
import { renderMarkdown } from '../../../common/markdown/render-markdown';
import { DiscussionLoaders } from '../discussion.loaders';
import { CreatePostInput, UpdatePostInput } from './dto/post.input';
import { HidePostInput, PostIdInput, PreviewMarkdownArgs } from './dto/posts.args';
import { MarkdownPreview, Post, PostRevision, toPost } from './post.model';
import { PostAuthor, toPostAuthor } from './post-author.model';
import { PostsService } from './posts.service';
import { Thread, toThread } from '../threads/thread.model';
import type { ThreadRecord } from '../threads/thread.record';
import type { CategoryRecord } from '../spaces/category.record';
import type { PostRecord } from './post.record';
import { canDeletePost, canEditPost, canModerate } from '../threads/threads.policy';
import { RateLimit } from '../../rate-limits/rate-limit.guard';
import { DeprecatedArg, InputArg, inputOrArguments } from '../../../common/graphql/input-or-arguments';

@Resolver(() => Post)
export class PostsResolver {
  constructor(
    private readonly service: PostsService,
    private readonly loaders: DiscussionLoaders,
  ) {}

  @Allow(Permission.SignedIn)
  @Query(() => MarkdownPreview, { description: 'The composer’s preview: the HTML a post would show, and findings.' })
  previewMarkdown(
    @CurrentMember() viewer: AuthenticatedMember,
    @Args() args: PreviewMarkdownArgs,
  ): Promise<MarkdownPreview> {
    return this.service.preview(viewer, args);
  }

  @Allow(Permission.SignedIn)
  @RateLimit('POSTING')
  @Mutation(() => Post, {
    description: 'A reply. FORBIDDEN where the viewer may not reply; BAD_USER_INPUT for a locked thread.',
  })
  createPost(@CurrentMember() viewer: AuthenticatedMember, @Args('input') input: CreatePostInput): Promise<Post> {
    return this.service.create(viewer, input);
  }

  @Allow(Permission.SignedIn)
  @Mutation(() => Post, { description: 'The author (or a moderator) edits a post; keeps a revision.' })
  updatePost(@CurrentMember() viewer: AuthenticatedMember, @Args('input') input: UpdatePostInput): Promise<Post> {
    return this.service.update(viewer, input);
  }

  @Allow(Permission.SignedIn)
  @Mutation(() => Post, { description: 'The author’s soft delete (post 1 takes the thread out of lists).' })
  async deletePost(
    @CurrentMember() viewer: AuthenticatedMember,
    @InputArg(() => PostIdInput) input: unknown,
    @DeprecatedArg('id', () => ID) legacyId: unknown,
  ): Promise<Post> {
    const { id } = await inputOrArguments(PostIdInput, input, { id: legacyId });
    return this.service.delete(viewer, id);
  }

  @Allow(Permission.ModerateDiscussions)
  @Mutation(() => Post, { description: 'Moderators: hides a post with a reason its author sees. Audited.' })
  async hidePost(
    @CurrentMember() viewer: AuthenticatedMember,
    @InputArg(() => HidePostInput) input: unknown,
    @DeprecatedArg('id', () => ID) id: unknown,
    @DeprecatedArg('reason', () => String) reason: unknown,
  ): Promise<Post> {
    const given = await inputOrArguments(HidePostInput, input, { id, reason });
    return this.service.hide(viewer, given.id, given.reason);
  }

  @Allow(Permission.ModerateDiscussions)
  @Mutation(() => Post, { description: 'Moderators: brings back a hidden or deleted post. Audited.' })
  async restorePost(
    @CurrentMember() viewer: AuthenticatedMember,
    @InputArg(() => PostIdInput) input: unknown,
    @DeprecatedArg('id', () => ID) legacyId: unknown,
  ): Promise<Post> {
    const { id } = await inputOrArguments(PostIdInput, input, { id: legacyId });
    return this.service.restore(viewer, id);
  }

  // The fields below are read for every post of a page, so they take graphql's own (parent, args, context) and
  // no parameter decorators: Nest then gives them to graphql as they are instead of wrapping every call
  // (docs/development.md, "Hot fields"). A thread page's posts carry author, replyTo and the abilities already
  // (toPagePost); other posts (a mutation's answer, a search hit) have them looked up here.

  @ResolveField(() => Thread)
  async thread(post: Post, _: object, ctx: GqlContext): Promise<Thread> {
    return toThread((await this.loaders.threads(ctx.req).load(post.record.threadId))!);
  }

  @ResolveField(() => PostAuthor)
  author(post: Post, _: object, ctx: GqlContext): PostAuthor | Promise<PostAuthor> {
    return post.author ?? this.loaders.members(ctx.req).load(post.record.authorId).then(toPostAuthor);
  }

  @ResolveField(() => Post, { nullable: true, description: 'The post this one answers (show its number and author).' })
  replyTo(post: Post, _: object, ctx: GqlContext): Post | null | Promise<Post | null> {
    if (post.replyTo !== undefined) return post.replyTo;
    const id = post.record.replyToPostId;
    if (id === null) return null;
    return this.loaders
      .posts(ctx.req)
      .load(id)
      .then((record) => (record ? toPost(record, ctx.req.member!) : null));
  }

  @ResolveField(() => [PostAuthor], { description: 'Members mentioned who could read the space when mentioned.' })
  async mentions(post: Post, _: object, ctx: GqlContext): Promise<PostAuthor[]> {
    return ((await this.loaders.mentions(ctx.req).load(post.id)) ?? []).map(toPostAuthor);
  }

  @ResolveField(() => Boolean)
  canEdit(post: Post, _: object, ctx: GqlContext): boolean | Promise<boolean> {
    return post.abilities?.canEdit ?? this.decide(ctx, post, canEditPost);
  }

  @ResolveField(() => Boolean)
  canDelete(post: Post, _: object, ctx: GqlContext): boolean | Promise<boolean> {
    return post.abilities?.canDelete ?? this.decide(ctx, post, canDeletePost);
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may hide and restore it.' })
  canModerate(post: Post, _: object, ctx: GqlContext): boolean {
    return post.abilities?.canModerate ?? canModerate(ctx.req.member!.roles);
  }

  /** A policy's answer for a post the page did not decide for: false when its thread or space is gone. */
  private async decide(ctx: GqlContext, post: Post, policy: PostPolicy): Promise<boolean> {
    const place = await this.loaders.placeOfPost(ctx.req, post.record);
    return place !== undefined && policy(ctx.req.member!, place.category, place.thread, post.record);
  }

  @ResolveField(() => [PostRevision], {
    description: 'Earlier versions, oldest first. The author and moderators only: FORBIDDEN for others.',
  })
  async revisions(@Parent() post: Post, @CurrentMember() viewer: AuthenticatedMember): Promise<PostRevision[]> {
    const records = await this.service.revisions(viewer, post.record);
    return records.map((record) => ({
      revision: record.revision,
      title: record.title,
      body: record.body,
      bodyHtml: renderMarkdown(record.body),
      createdAt: record.createdAt,
      record,
    }));
  }
}

type PostPolicy = (
  viewer: AuthenticatedMember,
  category: CategoryRecord,
  thread: ThreadRecord,
  post: PostRecord,
) => boolean;

@Resolver(() => PostRevision)
export class PostRevisionsResolver {
  constructor(private readonly loaders: DiscussionLoaders) {}

  @ResolveField(() => PostAuthor, { description: 'Who made the edit that replaced this text.' })
  async editor(@Parent() revision: PostRevision, @Context() ctx: GqlContext): Promise<PostAuthor> {
    return toPostAuthor(await this.loaders.members(ctx.req).load(revision.record.editorId));
  }
}
