// Owns discussions, one Nest module in subfolders by subdomain: spaces/ (who may read, start threads and reply
// in each, categories.policy.ts; the members' list and the admins' management), threads/, posts/, reactions/,
// reports/ and reading/ (read positions and watching). What they share is at the top (loaders, discussion
// events, the personal-data guard, mentions, member data). See docs/architecture.md, "discussions/ by subdomain".
import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { EvidenceModule } from '../evidence/evidence.module';
import { MailModule } from '../mail/mail.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { CategoriesCache } from './spaces/categories.cache';
import { CategoriesRepository } from './spaces/categories.repository';
import { CategoriesResolver } from './spaces/categories.resolver';
import { CategoriesService } from './spaces/categories.service';
import { SpacesResolver } from './spaces/spaces.resolver';
import { DiscussionEventsRepository } from './discussion-events.repository';
import { DiscussionEvents } from './discussion-events.service';
import { DiscussionLoaders } from './discussion.loaders';
import { PostsRepository } from './posts/posts.repository';
import { PostRevisionsResolver, PostsResolver } from './posts/posts.resolver';
import { PostsService } from './posts/posts.service';
import { ReactionLoaders } from './reactions/reaction.loaders';
import { ReactionsRepository } from './reactions/reactions.repository';
import { ReactionSummaryResolver, ReactionsResolver } from './reactions/reactions.resolver';
import { ReactionsService } from './reactions/reactions.service';
import { ReadingRepository } from './reading/reading.repository';
import { CategoryReadingResolver, ThreadReadingResolver } from './reading/reading.resolver';
import { ReadingService } from './reading/reading.service';
import { ReportsRepository } from './reports/reports.repository';
import { PostReportingResolver, ReportsResolver } from './reports/reports.resolver';
import { ReportsService } from './reports/reports.service';
import { ThreadsRepository } from './threads/threads.repository';
import { ThreadsResolver } from './threads/threads.resolver';
import { ThreadsService } from './threads/threads.service';
import { WatchingRepository } from './reading/watching.repository';
import { WatchingResolver } from './reading/watching.resolver';
import { WatchingService } from './reading/watching.service';
import { DiscussionsMemberDataRepository } from './discussions-member-data.repository';
import { DiscussionNotificationVisibility } from './discussion-notification-visibility.repository';

@Module({
  imports: [AuditModule, EvidenceModule, MailModule, NotificationsModule],
  providers: [
    ThreadsRepository,
    PostsRepository,
    DiscussionLoaders,
    PostsService,
    ThreadsService,
    ThreadsResolver,
    PostsResolver,
    PostRevisionsResolver,
    CategoriesRepository,
    CategoriesCache,
    CategoriesService,
    CategoriesResolver,
    SpacesResolver,
    DiscussionEventsRepository,
    DiscussionEvents,
    ReadingRepository,
    ReadingService,
    ThreadReadingResolver,
    CategoryReadingResolver,
    WatchingRepository,
    WatchingService,
    WatchingResolver,
    ReactionsRepository,
    ReactionLoaders,
    ReactionsService,
    ReactionsResolver,
    ReactionSummaryResolver,
    ReportsRepository,
    ReportsService,
    ReportsResolver,
    PostReportingResolver,
    DiscussionsMemberDataRepository,
    DiscussionNotificationVisibility,
  ],
  // Events open a thread with each event, written as any thread is, and report it like any new thread.
  exports: [DiscussionEvents, ThreadsRepository, PostsRepository, CategoriesCache, DiscussionLoaders],
})
export class DiscussionsModule {}
