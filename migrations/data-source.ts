// The one DataSource definition used by the app, the CLI (migrate, seed) and the tests.
import { DataSource, type DataSourceOptions } from 'typeorm';
import { type DatabaseLimits, DEFAULT_DATABASE_LIMITS, sessionOptions } from '../api/src/database/limits';
import { MIGRATIONS } from './index';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export function dataSourceOptions(url: string, limits: DatabaseLimits = DEFAULT_DATABASE_LIMITS): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    // No entities: repositories write SQL and read rows into <thing>.record.ts types (docs/architecture.md).
    entities: [],
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    // Schema changes only ever come from migrations.
    synchronize: false,
    // Every wait is bounded (api/src/database/limits.ts): the pool's acquire timeout here, the statement, lock
    // and idle-in-transaction timeouts set by PostgreSQL on each connection as it opens.
    extra: {
      max: limits.poolSize,
      connectionTimeoutMillis: limits.acquireTimeoutMs,
      options: sessionOptions(limits),
      application_name: 'heritage-cop',
    },
  };
}

export function createDataSource(url: string, limits?: DatabaseLimits): DataSource {
  return new DataSource(dataSourceOptions(url, limits));
}
