// The GraphQL surface in one place: the schema writer builds `shared/schema.graphql` from these resolvers,
// and the app module's modules provide the same ones at run time (a test asserts the two agree).
import { GraphQLSchemaFactory } from '@nestjs/graphql';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { GRAPHQL_SCALARS } from './common/graphql/date-time.scalar';
import { ApplicationsResolver } from './modules/applications/applications.resolver';
import { AuditResolver } from './modules/audit/audit.resolver';
import { AuthResolver } from './modules/auth/auth.resolver';
import { CommunityResolver } from './modules/community/community.resolver';
import { DigestsResolver } from './modules/digests/digests.resolver';
import { CategoriesResolver } from './modules/discussions/spaces/categories.resolver';
import { SpacesResolver } from './modules/discussions/spaces/spaces.resolver';
import { PostRevisionsResolver, PostsResolver } from './modules/discussions/posts/posts.resolver';
import { ReactionSummaryResolver, ReactionsResolver } from './modules/discussions/reactions/reactions.resolver';
import { PostReportingResolver, ReportsResolver } from './modules/discussions/reports/reports.resolver';
import { ThreadsResolver } from './modules/discussions/threads/threads.resolver';
import { CategoryReadingResolver, ThreadReadingResolver } from './modules/discussions/reading/reading.resolver';
import { WatchingResolver } from './modules/discussions/reading/watching.resolver';
import { CalendarResolver } from './modules/events/calendar.resolver';
import { EventsResolver } from './modules/events/events.resolver';
import { EvidenceResolver } from './modules/evidence/evidence.resolver';
import { RsvpResolver } from './modules/events/rsvp.resolver';
import { DevMailboxResolver } from './modules/mail/dev-mailbox.resolver';
import { MembersResolver } from './modules/members/members.resolver';
import { NotificationPreferencesResolver } from './modules/notifications/notification-preferences.resolver';
import { NotificationsResolver } from './modules/notifications/notifications.resolver';
import { LiveResolver } from './modules/live/live.resolver';
import { SearchResolver } from './modules/search/search.resolver';
import { EnquiriesResolver } from './modules/offers/enquiries.resolver';
import { OffersResolver } from './modules/offers/offers.resolver';

export const RESOLVERS = [
  ApplicationsResolver,
  AuditResolver,
  AuthResolver,
  CategoriesResolver,
  SpacesResolver,
  ThreadsResolver,
  PostsResolver,
  PostRevisionsResolver,
  ReactionsResolver,
  ReactionSummaryResolver,
  ReportsResolver,
  PostReportingResolver,
  CommunityResolver,
  DevMailboxResolver,
  EventsResolver,
  RsvpResolver,
  CalendarResolver,
  MembersResolver,
  NotificationsResolver,
  NotificationPreferencesResolver,
  DigestsResolver,
  ThreadReadingResolver,
  CategoryReadingResolver,
  WatchingResolver,
  SearchResolver,
  LiveResolver,
  EvidenceResolver,
  OffersResolver,
  EnquiriesResolver,
];

/** The schema as SDL, sorted, exactly as committed in shared/schema.graphql. */
export async function buildSchemaSdl(): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  try {
    const schema = await app.get(GraphQLSchemaFactory).create(RESOLVERS, { scalarsMap: GRAPHQL_SCALARS });
    return printSchema(lexicographicSortSchema(schema)) + '\n';
  } finally {
    await app.close();
  }
}
