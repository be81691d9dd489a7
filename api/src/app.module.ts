// The root module: configuration, logging, database, GraphQL and every feature module.
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule, GraphQLSchemaHost } from '@nestjs/graphql';
import type { HttpLogger } from 'pino-http';
import { AccessGuard } from './common/auth/access.guard';
import { sessionCookieName } from './common/auth/session-cookie';
import { createFormatError } from './common/errors/format-error';
import { graphqlErrorLogPlugin, noteErrorsForLog } from './common/errors/graphql-error-log';
import { GraphqlExceptionFilter } from './common/errors/graphql-exception.filter';
import { createValidationPipe } from './common/errors/validation';
import { cacheHeaderPlugins } from './common/graphql/cache-headers';
import { compiledExecution, OperationRuns } from './common/graphql/compiled-execution';
import { GRAPHQL_SCALARS } from './common/graphql/date-time.scalar';
import { graphqlParseOptions, graphqlValidationRules } from './common/graphql/limits';
import { RequestLoggingModule } from './common/logging';
import { APP_CONFIG, type AppConfig } from './config/config';
import { DatabaseModule } from './database/database.module';
import { ApplicationsModule } from './modules/applications/applications.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { CommunityModule } from './modules/community/community.module';
import { DigestsModule } from './modules/digests/digests.module';
import { DiscussionsModule } from './modules/discussions/discussions.module';
import { EventsModule } from './modules/events/events.module';
import { EvidenceModule } from './modules/evidence/evidence.module';
import { HealthModule } from './modules/health/health.module';
import { JobsModule } from './modules/jobs/jobs.module';
import { LiveModule } from './modules/live/live.module';
import { MailModule } from './modules/mail/mail.module';
import { MembersModule } from './modules/members/members.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { OffersModule } from './modules/offers/offers.module';
import { RateLimitsModule } from './modules/rate-limits/rate-limits.module';
import { SearchModule } from './modules/search/search.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string, http: HttpLogger): DynamicModule {
    const errors = noteErrorsForLog(http.logger);
    const runs = new OperationRuns();
    return {
      module: AppModule,
      global: true,
      imports: [
        RequestLoggingModule.forRoot(http),
        DatabaseModule.forRoot(databaseUrl, config.database),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [GraphQLSchemaHost],
          useFactory: (schemaHost: GraphQLSchemaHost) => ({
            // Operations run compiled from their second request (compiled-execution.ts).
            ...(config.graphqlCompiled ? { gateway: compiledExecution(() => schemaHost.schema, runs.count) } : {}),
            autoSchemaFile: true,
            sortSchema: true,
            buildSchemaOptions: { scalarsMap: GRAPHQL_SCALARS },
            path: '/graphql',
            playground: false,
            introspection: !config.isProduction,
            // Hides "Did you mean …?" suggestions that would map the schema for an attacker.
            hideSchemaDetailsFromClientErrors: config.isProduction,
            csrfPrevention: true,
            allowBatchedHttpRequests: false,
            // Apollo Server 5 answers a variable of the wrong type or an unknown enum value with 400 by itself.
            includeStacktraceInErrorResponses: false,
            // Let an error that names its HTTP status keep it: RATE_LIMITED answers 429 with Retry-After. Our
            // other errors carry no status, so they still answer 200 (Nest would reset every one to 200).
            preserveHttpStatusForExecutionErrors: false,
            parseOptions: graphqlParseOptions,
            validationRules: graphqlValidationRules(),
            plugins: [
              ...cacheHeaderPlugins(sessionCookieName(config.isProduction)),
              graphqlErrorLogPlugin(http.logger),
            ],
            formatError: createFormatError(errors.internal, errors.transient),
            context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
          }),
        }),
        JobsModule,
        RateLimitsModule,
        MailModule,
        AuditModule,
        NotificationsModule,
        DigestsModule,
        AuthModule,
        ApplicationsModule,
        MembersModule,
        DiscussionsModule,
        EventsModule,
        EvidenceModule,
        SearchModule,
        OffersModule,
        HealthModule,
        CommunityModule,
        LiveModule,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: OperationRuns, useValue: runs },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: GraphqlExceptionFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
      exports: [APP_CONFIG],
    };
  }
}
