// Runs once per `jest` run: a PostgreSQL server (DATABASE_URL's, or an embedded one in .data/test-<pid>),
// and a template database migrated once, which every test file clones (CREATE DATABASE … TEMPLATE).
import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { createDataSource } from '../../migrations/data-source';
import { findRepoRoot } from '../src/config/repo-root';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../src/database/embedded-database';
import { freePort } from './process';
import { databaseUrl, quoteIdent, TEST_ADMIN_URL, TEST_TEMPLATE_DB } from './test-env';

declare global {
  var __HERITAGE_TEST__: { embedded?: EmbeddedDatabase; adminUrl: string; template: string } | undefined;
}

export default async function globalSetup(): Promise<void> {
  let embedded: EmbeddedDatabase | undefined;
  let adminUrl: string;
  if (process.env.DATABASE_URL) {
    adminUrl = databaseUrl(process.env.DATABASE_URL, 'postgres');
  } else {
    const dir = path.join(findRepoRoot(), '.data', `test-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    embedded = await startEmbeddedDatabase({
      clusterDir: path.join(dir, 'postgres'),
      lockDir: dir,
      port: await freePort(),
      databaseName: 'postgres',
      persistent: false,
    });
    adminUrl = embedded.adminUrl;
  }

  const template = `heritage_tpl_${process.pid}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(template)} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${quoteIdent(template)}`);
  } finally {
    await admin.end();
  }
  const dataSource = await createDataSource(databaseUrl(adminUrl, template)).initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }

  process.env[TEST_ADMIN_URL] = adminUrl;
  process.env[TEST_TEMPLATE_DB] = template;
  globalThis.__HERITAGE_TEST__ = { embedded, adminUrl, template };
}
