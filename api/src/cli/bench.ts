// `npm run bench`: performance targets live here, not in timed tests. Starts the real app on a private
// database (DATABASE_URL's server, or the embedded one), seeds data, and measures GraphQL round trips:
// latency percentiles, throughput and memory. Bounded in count and time; loopback only.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { createDataSource } from '../../../migrations/data-source';
import { loadConfig } from '../config/config';
import { findRepoRoot } from '../config/repo-root';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../database/embedded-database';
import { startServer } from '../server';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 20000);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main(): Promise<void> {
  let embedded: EmbeddedDatabase | undefined;
  let dataDir: string | undefined;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    dataDir = mkdtempSync(path.join(findRepoRoot(), '.data', 'bench-'));
    embedded = await startEmbeddedDatabase({
      clusterDir: path.join(dataDir, 'postgres'),
      port: 54000 + Math.floor(Math.random() * 1000),
      databaseName: 'postgres',
      persistent: false,
    });
    serverUrl = embedded.adminUrl;
  }
  const name = `heritage_bench_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  try {
    const ds = await createDataSource(url.toString()).initialize();
    await ds.runMigrations();
    await ds.query(
      `INSERT INTO member (email, display_name, organisation)
       SELECT 'member' || i || '@bench.example', 'Member ' || i, 'Organisation ' || (i % 700)
       FROM generate_series(1, $1) AS i`,
      [MEMBERS],
    );
    await ds.query('ANALYZE');
    await ds.destroy();

    const server = await startServer(
      loadConfig({ NODE_ENV: 'production', PORT: '0', LOG_LEVEL: 'warn', DATABASE_URL: url.toString() }),
    );
    try {
      const body = JSON.stringify({ query: '{ community { name memberCount organisationCount } }' });
      const timings: number[] = [];
      let next = 0;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < REQUESTS) {
            next += 1;
            const t0 = performance.now();
            const res = await fetch(`${server.url}/graphql`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body,
            });
            await res.arrayBuffer();
            if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
            timings.push(performance.now() - t0);
          }
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      timings.sort((a, b) => a - b);
      const rss = process.memoryUsage().rss / 1024 / 1024;
      process.stdout.write(
        [
          `community query, ${MEMBERS} members, ${REQUESTS} requests, concurrency ${CONCURRENCY}`,
          `  throughput ${(REQUESTS / seconds).toFixed(0)} req/s`,
          `  latency p50 ${percentile(timings, 50).toFixed(1)} ms, p95 ${percentile(timings, 95).toFixed(1)} ms, p99 ${percentile(timings, 99).toFixed(1)} ms`,
          `  process RSS ${rss.toFixed(0)} MiB`,
          '',
        ].join('\n'),
      );
    } finally {
      await server.close();
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    await embedded?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
