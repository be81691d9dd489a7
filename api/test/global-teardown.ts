// Drops the template and any database a crashed test file left behind, then stops the embedded server.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { findRepoRoot } from '../src/config/repo-root';
import { quoteIdent } from './test-env';

export default async function globalTeardown(): Promise<void> {
  const state = globalThis.__HERITAGE_TEST__;
  if (!state) return;
  try {
    const admin = new Client({ connectionString: state.adminUrl });
    await admin.connect();
    try {
      const { rows } = await admin.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2`,
        [state.template, `heritage_test_${process.pid}_%`],
      );
      for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(datname)} WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  } finally {
    if (state.embedded) {
      await state.embedded.stop();
      rmSync(path.join(findRepoRoot(), '.data', `test-${process.pid}`), { recursive: true, force: true });
    }
  }
}
