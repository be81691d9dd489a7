// The GraphQL surface in one place: the schema writer builds `shared/schema.graphql` from these resolvers,
// and the app module's modules provide the same ones at run time (a test asserts the two agree).
import { GraphQLSchemaFactory } from '@nestjs/graphql';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { ApplicationsResolver } from './modules/applications/applications.resolver';
import { AuditResolver } from './modules/audit/audit.resolver';
import { AuthResolver } from './modules/auth/auth.resolver';
import { CommunityResolver } from './modules/community/community.resolver';
import { CategoriesResolver } from './modules/discussions/categories.resolver';
import { DevMailboxResolver } from './modules/mail/dev-mailbox.resolver';
import { MembersResolver } from './modules/members/members.resolver';
import { NotificationsResolver } from './modules/notifications/notifications.resolver';

export const RESOLVERS = [
  ApplicationsResolver,
  AuditResolver,
  AuthResolver,
  CategoriesResolver,
  CommunityResolver,
  DevMailboxResolver,
  MembersResolver,
  NotificationsResolver,
];

/** The schema as SDL, sorted, exactly as committed in shared/schema.graphql. */
export async function buildSchemaSdl(): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  try {
    const schema = await app.get(GraphQLSchemaFactory).create(RESOLVERS);
    return printSchema(lexicographicSortSchema(schema)) + '\n';
  } finally {
    await app.close();
  }
}
