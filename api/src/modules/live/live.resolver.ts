// The `liveEvents` subscription (served over SSE at LIVE_STREAM_PATH by live-stream.ts, not over /graphql).
import { Permission } from '@heritage/shared';
import { Args, Context, Resolver, Subscription } from '@nestjs/graphql';
import { type AuthenticatedMember, CurrentMember, type GqlContext } from '../../common/auth/current-member';
import { Allow } from '../../common/auth/public.decorator';
import { readCookie, sessionCookieName } from '../../common/auth/session-cookie';
import { Inject } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { renamed } from '../../common/graphql/renamed-field';
import { LiveEventsArgs } from './dto/live-events.args';
import { LiveEvent } from './live-event.model';
import { LiveService } from './live.service';

@Allow(Permission.SignedIn)
@Resolver(() => LiveEvent)
export class LiveResolver {
  constructor(
    private readonly live: LiveService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Subscription(() => LiveEvent, {
    description:
      'The viewer’s live events: their notification count, and posts and thread changes in `threadId` and ' +
      '`spaceId`, each checked against what the viewer may read when it happens. One stream per tab, over ' +
      'SSE at /graphql/stream (graphql-sse, distinct connections mode); see docs/api.md.',
    resolve: (payload: { liveEvents: LiveEvent }) => payload.liveEvents,
  })
  liveEvents(
    @CurrentMember() member: AuthenticatedMember,
    @Context() context: GqlContext,
    @Args() args: LiveEventsArgs,
  ): AsyncIterableIterator<{ liveEvents: LiveEvent }> {
    const token = readCookie(context.req, sessionCookieName(this.config.isProduction)) ?? '';
    const { threadId, after } = args;
    return this.live.subscribe(member, token, {
      threadId,
      after,
      spaceId: renamed(args, 'spaceId', 'categoryId').value,
    });
  }
}
