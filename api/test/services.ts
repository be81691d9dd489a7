// The app's services without HTTP, for service-level specs (api/test/services/*.spec.ts): the whole module
// graph (every MemberDataOwner, the real repositories and unit of work) on a test file's own clone of the
// template database, built as a Nest application context, so a spec calls `services.get(RsvpService)`
// directly. No port, no Apollo server, no web app; the job worker is off, so the queue only fills.
import { Role } from '@heritage/shared';
import type { INestApplicationContext, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import type { AuthenticatedMember } from '../src/common/auth/current-member';
import { createHttpLogger } from '../src/common/logging';
import { loadConfig } from '../src/config/config';
import { UnitOfWork } from '../src/database/unit-of-work';
import { createTestDatabase, type TestDatabase } from './db';

export interface TestServices {
  app: INestApplicationContext;
  db: TestDatabase;
  dataSource: DataSource;
  uow: UnitOfWork;
  get<T>(type: Type<T>): T;
  close(): Promise<void>;
}

export async function startTestServices(env: Record<string, string> = {}): Promise<TestServices> {
  const db = await createTestDatabase();
  let app: INestApplicationContext | undefined;
  try {
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      SEED_DEMO: 'false',
      JOBS_ENABLED: 'false',
      DATABASE_URL: db.url,
      ...env,
    });
    app = await NestFactory.createApplicationContext(AppModule.forRoot(config, db.url, createHttpLogger(config)), {
      bufferLogs: true,
      abortOnError: false,
    });
    app.useLogger(app.get(Logger));
    await app.init();
    const context = app;
    return {
      app: context,
      db,
      dataSource: context.get(DataSource),
      uow: context.get(UnitOfWork),
      get: (type) => context.get(type),
      async close() {
        try {
          await context.close();
        } finally {
          await db.drop();
        }
      },
    };
  } catch (error) {
    await app?.close().catch(() => undefined);
    await db.drop();
    throw error;
  }
}

/** A built member as the guard hands them to a service (the session id is not read by services). */
export function actor(
  member: { id: string; email: string; displayName: string },
  roles: Role[] = [Role.Member],
): AuthenticatedMember {
  return { id: member.id, email: member.email, displayName: member.displayName, roles, sessionId: 'service-spec' };
}

/** The error a service call fails with (or a failure if it succeeds), for asserting class and message. */
export async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('Expected the call to fail, and it succeeded');
}
