import { Permission } from '@heritage/shared';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { type AuthenticatedMember, CurrentMember } from '../../common/auth/current-member';
import { Allow } from '../../common/auth/public.decorator';
import { PageArgs } from '../../common/graphql/connection';
import { SearchInput } from './dto/search.input';
import { SearchHitConnection } from './search-hit.model';
import { SearchService } from './search.service';

@Resolver()
export class SearchResolver {
  constructor(private readonly service: SearchService) {}

  @Allow(Permission.SignedIn)
  @Query(() => SearchHitConnection, {
    description:
      'Threads and posts the viewer may read that match the words, at most one hit per thread. ' +
      'BAD_USER_INPUT (query) when blank or too long.',
  })
  search(
    @CurrentMember() viewer: AuthenticatedMember,
    @Args('input') input: SearchInput,
    @Args() page: PageArgs,
  ): Promise<SearchHitConnection> {
    return this.service.search(viewer, input, page);
  }
}
