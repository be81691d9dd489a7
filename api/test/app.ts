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

/**
 * The app on a fresh clone of the template database, or with `database` on that one (a second process on
 * the same database: it neither creates nor drops it). `config` is set on the configuration as is, e.g. a
 * `logDestination` to read the log from.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  { database, config: overrides = {} }: { database?: TestDatabase; config?: Partial<AppConfig> } = {},
): Promise<TestApp> {
  const db = database ?? (await createTestDatabase());
  const drop = () => (database ? Promise.resolve() : db.drop());
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
      ...overrides,
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
        await drop();
      },
    };
  } catch (error) {
    await drop();
    throw error;
  }
}
