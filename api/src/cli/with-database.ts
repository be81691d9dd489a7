// Shared by the CLI commands: the configured database, or the embedded one started for the command's duration.
import path from 'node:path';
import { createDataSource } from '../../../migrations/data-source';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../config/config';
import { assertDatabaseReachable } from '../database/database-reachable';
import { startEmbeddedDatabase } from '../database/embedded-database';

export async function withDatabase<T>(work: (dataSource: DataSource) => Promise<T>): Promise<T> {
  const config = loadConfig();
  let url = config.databaseUrl;
  const embedded = url
    ? undefined
    : await startEmbeddedDatabase({
        clusterDir: path.join(config.dataDir, 'postgres'),
        lockDir: config.dataDir,
        port: config.embeddedDatabasePort,
        databaseName: 'heritage',
        persistent: true,
      });
  url ??= embedded!.url;
  try {
    await assertDatabaseReachable(url);
    const dataSource = await createDataSource(url).initialize();
    try {
      await dataSource.runMigrations({ transaction: 'each' });
      return await work(dataSource);
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await embedded?.stop();
  }
}

export function runCli(name: string, work: () => Promise<void>): void {
  work().catch((error: unknown) => {
    process.stderr.write(`${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
