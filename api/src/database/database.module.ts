// The database for the app: TypeORM's DataSource (migrations/data-source.ts, with the configured limits;
// pending migrations run at start), the unit of work, and the change listener that keeps in-memory copies
// honest (change-listener.ts), available to every feature module.
import { type DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions } from '../../../migrations/data-source';
import { CHANGE_LISTENER_OPTIONS, ChangeListener } from './change-listener';
import type { DatabaseLimits } from './limits';
import { UnitOfWork } from './unit-of-work';

@Global()
@Module({})
export class DatabaseModule {
  static forRoot(databaseUrl: string, limits: DatabaseLimits): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({ ...dataSourceOptions(databaseUrl, limits), migrationsRun: true, retryAttempts: 0 }),
      ],
      providers: [UnitOfWork, ChangeListener, { provide: CHANGE_LISTENER_OPTIONS, useValue: { databaseUrl, limits } }],
      exports: [UnitOfWork, ChangeListener],
    };
  }
}
