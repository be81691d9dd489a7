// The real app, started in-process on a free port against a test file's own database.
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type AppConfig, loadConfig } from '../src/config/config';
import { UnitOfWork } from '../src/database/unit-of-work';
import { startServer } from '../src/server';
import { createTestDatabase, type TestDatabase } from './db';

export interface TestApp {
  url: string;
  app: INestApplication;
  db: TestDatabase;
  dataSource: DataSource;
  /** Runs work as the services do, in one unit of work (for calling a service method that takes a `tx`). */
  uow: UnitOfWork;
  close(): Promise<void>;
}

/** `options` are set on the configuration as is, e.g. a `logDestination` to read the log from. */
export async function startTestApp(
  env: Record<string, string> = {},
  options: Partial<AppConfig> = {},
): Promise<TestApp> {
  const db = await createTestDatabase();
  try {
    const config: AppConfig = {
      ...loadConfig({
        NODE_ENV: 'test',
        HOST: '127.0.0.1',
        PORT: '0',
        LOG_LEVEL: 'silent',
        SEED_DEMO: 'false',
        DATABASE_URL: db.url,
        ...env,
      }),
      ...options,
    };
    const server = await startServer(config);
    return {
      url: server.url,
      app: server.app,
      db,
      dataSource: server.app.get(DataSource),
      uow: server.app.get(UnitOfWork),
      async close() {
        await server.close();
        await db.drop();
      },
    };
  } catch (error) {
    await db.drop();
    throw error;
  }
}
