// `npm run seed:demo`: seeds the demo community into DATABASE_URL (or the embedded database) if it has no members.
import 'reflect-metadata';
import { DEMO_ADMIN, seedDemoCommunity } from '../seed/demo-seed';
import { runCli, withDatabase } from './with-database';

runCli('seed:demo', () =>
  withDatabase(async (dataSource) => {
    const seeded = await seedDemoCommunity(dataSource);
    process.stdout.write(
      seeded
        ? `Seeded the demo community. Demo admin: ${DEMO_ADMIN.email} / ${DEMO_ADMIN.password}\n`
        : 'The database already has members; nothing was seeded.\n',
    );
  }),
);
