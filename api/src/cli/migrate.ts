// `npm run migration:run`: applies pending migrations to DATABASE_URL (or the embedded database).
import 'reflect-metadata';
import { runCli, withDatabase } from './with-database';

runCli('migrate', () =>
  withDatabase(async (dataSource) => {
    const pending = await dataSource.showMigrations();
    process.stdout.write(pending ? 'Pending migrations remain.\n' : 'The database schema is up to date.\n');
  }),
);
