// A database of its own for each test file, cloned from the migrated template: no shared state, no truncation.
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { databaseUrl, quoteIdent, testEnv } from './test-env';

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const { adminUrl, template } = testEnv();
  // The jest parent's pid is in the template's name; teardown sweeps leftovers by it.
  const runPid = template.replace('heritage_tpl_', '');
  const name = `heritage_test_${runPid}_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template)}`);
  } finally {
    await admin.end();
  }
  return {
    name,
    url: databaseUrl(adminUrl, name),
    async drop() {
      const client = new Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
