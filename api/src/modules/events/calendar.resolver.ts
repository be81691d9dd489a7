import { Permission } from '@heritage/shared';
import { Mutation, Query, Resolver } from '@nestjs/graphql';
import { type AuthenticatedMember, CurrentMember } from '../../common/auth/current-member';
import { Allow } from '../../common/auth/public.decorator';
import { CalendarService } from './calendar.service';
import { CalendarFeed, CalendarFeedLink } from './event.model';

@Resolver()
export class CalendarResolver {
  constructor(private readonly service: CalendarService) {}

  @Allow(Permission.SignedIn)
  @Query(() => CalendarFeed, {
    description:
      'Whether the viewer has a personal calendar feed. Its address cannot be shown again (only a hash is kept).',
  })
  myCalendarFeed(@CurrentMember() viewer: AuthenticatedMember): Promise<CalendarFeed> {
    return this.service.feedStatus(viewer.id);
  }

  @Allow(Permission.SignedIn)
  @Mutation(() => CalendarFeedLink, {
    description:
      'A new secret feed address listing the events the viewer is going to; the previous address stops working.',
  })
  regenerateCalendarToken(@CurrentMember() viewer: AuthenticatedMember): Promise<CalendarFeedLink> {
    return this.service.regenerate(viewer.id);
  }
}
