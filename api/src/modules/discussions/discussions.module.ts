// Owns discussion spaces (categories): who may read, start threads and reply in each (categories.policy.ts),
// the members' list and the admins' management. Threads and replies will join this module.
import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { EvidenceModule } from '../evidence/evidence.module';
import { MailModule } from '../mail/mail.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { CategoriesCache } from './categories.cache';
import { CategoriesRepository } from './categories.repository';
import { CategoriesResolver } from './categories.resolver';
import { CategoriesService } from './categories.service';
import { DiscussionEventsRepository } from './discussion-events.repository';
import { DiscussionEvents } from './discussion-events.service';
import { DiscussionLoaders } from './discussion.loaders';
import { PostsRepository } from './posts.repository';
import { PostRevisionsResolver, PostsResolver } from './posts.resolver';
import { PostsService } from './posts.service';
import { ReactionsRepository } from './reactions.repository';
import { ReactionSummaryResolver, ReactionsResolver } from './reactions.resolver';
import { ReactionsService } from './reactions.service';
import { ReadingRepository } from './reading.repository';
import { CategoryReadingResolver, ThreadReadingResolver } from './reading.resolver';
import { ReadingService } from './reading.service';
import { ReportsRepository } from './reports.repository';
import { PostReportingResolver, ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';
import { ThreadsRepository } from './threads.repository';
import { ThreadsResolver } from './threads.resolver';
import { ThreadsService } from './threads.service';
import { WatchingRepository } from './watching.repository';
import { WatchingResolver } from './watching.resolver';
import { WatchingService } from './watching.service';
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
  exports: [DiscussionEvents, ThreadsRepository, PostsRepository, CategoriesCache],
})
export class DiscussionsModule {}
