import { Permission } from '@heritage/shared';
import { Args, Context, Info, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { type AuthenticatedMember, CurrentMember, type GqlContext } from '../../common/auth/current-member';
import { Allow } from '../../common/auth/public.decorator';
import { PageArgs } from '../../common/graphql/connection';
import { nodeFields, nodeFieldsBelow } from '../../common/graphql/selection';
import { DiscussionLoaders } from '../discussions/discussion.loaders';
import { toPostAuthor } from '../discussions/posts/post-author.model';
import { SearchInput } from './dto/search.input';
import { SearchHitConnection } from './search-hit.model';
import { SearchService } from './search.service';

@Resolver()
export class SearchResolver {
  constructor(
    private readonly service: SearchService,
    private readonly loaders: DiscussionLoaders,
  ) {}

  @Allow(Permission.SignedIn)
  @Query(() => SearchHitConnection, {
    description:
      'Threads and posts the viewer may read that match the words, at most one hit per thread. ' +
      'BAD_USER_INPUT (query) when blank or too long.',
  })
  async search(
    @CurrentMember() viewer: AuthenticatedMember,
    @Args('input') input: SearchInput,
    @Args() page: PageArgs,
    @Context() ctx: GqlContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SearchHitConnection> {
    const connection = await this.service.search(viewer, input, page);
    await this.withAuthors(ctx, connection, info);
    return connection;
  }

  /**
   * Reads the authors the document asks for (of the hits' threads and posts) once for the page, through the
   * loader the author fields use, in the order they would ask (so with the same statement), and sets them on
   * the hits: the fields then return them with no promise per hit. The page's threads prime the thread loader,
   * so a post's thread is not read again.
   */
  private async withAuthors(ctx: GqlContext, connection: SearchHitConnection, info: GraphQLResolveInfo) {
    const threads = this.loaders.threads(ctx.req);
    for (const { thread } of connection.nodes) threads.prime(thread.id, thread.record);
    const order = [...nodeFields(info)].filter(
      (name): name is 'thread' | 'post' => name === 'thread' || name === 'post',
    );
    const asks = {
      thread: nodeFieldsBelow(info, 'thread').has('author'),
      post: nodeFieldsBelow(info, 'post').has('author'),
    };
    const members = this.loaders.members(ctx.req);
    const pending: Promise<unknown>[] = [];
    for (const hit of connection.nodes) {
      for (const name of order) {
        const target = name === 'thread' ? hit.thread : hit.post;
        if (!target || !asks[name]) continue;
        pending.push(members.load(target.record.authorId).then((m) => (target.author = toPostAuthor(m))));
      }
    }
    await Promise.all(pending);
  }
}
