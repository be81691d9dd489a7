// The one DataSource definition used by the app, the CLI (migrate, seed) and the tests.
import { DataSource, type DataSourceOptions } from 'typeorm';
import { ENTITIES } from '../api/src/database/entities';
import { MIGRATIONS } from './index';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    // Schema changes only ever come from migrations.
    synchronize: false,
    extra: { max: 10, application_name: 'heritage-cop' },
  };
}

export function createDataSource(url: string): DataSource {
  return new DataSource(dataSourceOptions(url));
}
