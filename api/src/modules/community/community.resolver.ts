import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '../../common/auth/public.decorator';
import { Community } from './community.model';
import { CommunityService } from './community.service';

@Resolver(() => Community)
export class CommunityResolver {
  constructor(private readonly service: CommunityService) {}

  @Public()
  @Query(() => Community, { description: 'The community and its headline numbers; open to everyone.' })
  community(): Promise<Community> {
    return this.service.overview();
  }
}
