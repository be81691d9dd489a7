// `npm run bench`: performance targets live here, not in timed tests. Starts the real app on a private
// database (DATABASE_URL's server, or the embedded one), seeds data, and measures GraphQL round trips:
// latency percentiles, throughput, SQL statements per request and memory. The community overview runs
// anonymously; the discussion scenarios (bench-discussions.ts) as a signed-in member over a million posts.
// Bounded in count and time; loopback only.
import './production-env';
import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createDataSource } from '../../../migrations/data-source';
import { hashPassword } from '../common/auth/password';
import { loadConfig } from '../config/config';
import { findRepoRoot } from '../config/repo-root';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../database/embedded-database';
import { startServer, type RunningServer } from '../server';
import { sessionCookieName } from '../common/auth/session-cookie';
import { CategoriesCache } from '../modules/discussions/spaces/categories.cache';
import type { AppConfig } from '../config/config';
import { measureLiveStreams } from './bench-live';
import { discussionScenarios, seedDiscussions, type DiscussionSizes, type Scenario } from './bench-discussions';
import { evidenceScenarios, seedEvidence } from './bench-evidence';
import { captureStatements, type FloorPlan, startFloor } from './bench-floor';
import type { LoadOrder, LoadResult } from './bench-load';
import { offerScenarios, seedOffers, startBenchGeocoder } from './bench-offers';

function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, got "${raw}"`);
  return value;
}

const REQUESTS = envInt('BENCH_REQUESTS', 300);
const CONCURRENCY = envInt('BENCH_CONCURRENCY', 8);
const MEMBERS = envInt('BENCH_MEMBERS', 20000);
/** Requests sent one at a time before the concurrent loop, for the "alone" latency. */
const SERIAL = envInt('BENCH_SERIAL', 10);
/** No scenario runs longer than this; a slow one reports how many requests it managed. */
const SCENARIO_SECONDS = envInt('BENCH_SCENARIO_SECONDS', 60);
/** After this, from the start, remaining scenarios are skipped (the seed is not interrupted). */
const MAX_SECONDS = envInt('BENCH_MAX_SECONDS', 1200);
/** BENCH_POSTS=0 skips the discussion seed and scenarios. */
const DISCUSSIONS: DiscussionSizes = {
  categories: envInt('BENCH_CATEGORIES', 8),
  threads: envInt('BENCH_THREADS', 20000),
  posts: envInt('BENCH_POSTS', 1000000),
  longThread: envInt('BENCH_LONG_THREAD', 10000),
  reads: envInt('BENCH_READS', 500000),
  deepPages: envInt('BENCH_DEEP_PAGES', 50),
};
/** Case studies with outcome measures for the evidence page (BENCH_CASE_STUDIES=0 skips it). */
const CASE_STUDIES = envInt('BENCH_CASE_STUDIES', 20000);
/** Heritage offers seeded for the directory scenarios; BENCH_OFFERS=0 skips them. */
const OFFERS = envInt('BENCH_OFFERS', 50000);
/** App and floor take turns this many times per scenario, each turn BENCH_FLOOR_REQUESTS requests. */
const FLOOR_ROUNDS = envInt('BENCH_FLOOR_ROUNDS', 6);
const FLOOR_REQUESTS = envInt('BENCH_FLOOR_REQUESTS', 150);
/** BENCH_KEEP=1 (with DATABASE_URL) leaves the seeded database in place for EXPLAIN ANALYZE; drop it yourself. */
const KEEP = process.env.BENCH_KEEP === '1' && Boolean(process.env.DATABASE_URL);
/** Idle live streams one app process holds for the memory-per-stream figure (0 skips it). */
const STREAMS = envInt('BENCH_STREAMS', 2000);
const VIEWER = { email: 'viewer@bench.example', password: 'a long benchmark passphrase' };

interface Result {
  name: string;
  requests: number;
  seconds: number;
  timings: number[];
  /** Median of SERIAL requests one at a time, after the concurrent ones (warm). */
  alone: number;
  /** The same just after the probe request, before the concurrent ones (the scenario's code still cold). */
  first: number;
  statements: number;
  note?: string;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** A GraphQL client for one server and (optionally) one session cookie. */
function client(server: RunningServer, cookie: string | undefined) {
  const headers = { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) };
  return {
    async raw(body: string): Promise<Response> {
      return fetch(`${server.url}/graphql`, { method: 'POST', headers, body });
    },
    async data(query: string, variables: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
      });
      const json = (await res.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
      if (res.status !== 200 || json.errors?.length || !json.data) {
        throw new Error(`HTTP ${res.status}: ${json.errors?.map((e) => e.message).join('; ') ?? 'no data'}`);
      }
      return json.data;
    },
  };
}

/**
 * One scenario: a probe request alone (checked, and its SQL statements counted where TypeORM issues them),
 * then REQUESTS identical requests from CONCURRENCY workers, stopped early at the scenario's time limit.
 */
async function measure(
  server: RunningServer,
  cookie: string | undefined,
  scenario: Scenario,
  deadline: number,
): Promise<Result> {
  const gql = client(server, cookie);
  const logger = server.app.get(DataSource).logger;
  const original = logger.logQuery.bind(logger);
  let statements = 0;
  logger.logQuery = (sql, parameters, runner) => {
    statements += 1;
    original(sql, parameters, runner);
  };
  let data: Record<string, unknown>;
  try {
    data = await gql.data(scenario.query, scenario.variables);
  } finally {
    logger.logQuery = original;
  }
  const note = scenario.check?.(data);

  // One request at a time, with nothing queued beside it (the loop below adds queueing on 2 cores): first just
  // after the probe, while the scenario's code is still being compiled ("first"), and again after the loop,
  // warm ("alone": what the request costs in a running server).
  const body = JSON.stringify({ query: scenario.query, variables: scenario.variables ?? {} });
  const serial = async (): Promise<number> => {
    const times: number[] = [];
    for (let i = 0; i < SERIAL; i += 1) {
      const t0 = performance.now();
      const res = await gql.raw(body);
      await res.arrayBuffer();
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    return times.length ? percentile(times, 50) : NaN;
  };
  const first = await serial();

  const stopAt = Math.min(deadline, performance.now() + SCENARIO_SECONDS * 1000);
  const timings: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < REQUESTS && performance.now() < stopAt) {
        next += 1;
        const t0 = performance.now();
        const res = await gql.raw(body);
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`${scenario.name}: HTTP ${res.status}`);
        timings.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  timings.sort((a, b) => a - b);
  return {
    name: scenario.name,
    requests: timings.length,
    seconds,
    timings,
    alone: await serial(),
    first,
    statements,
    note,
  };
}

function report(result: Result): string {
  const { timings } = result;
  const fixed = (value: number) => `${value.toFixed(1)} ms`.padStart(10);
  const ms = (p: number) => (timings.length ? fixed(percentile(timings, p)) : '-'.padStart(10));
  const rate = `${(result.requests / Math.max(result.seconds, 0.001)).toFixed(0)} req/s`.padStart(10);
  const partial = result.requests < REQUESTS ? ` (${result.requests} of ${REQUESTS} in the time limit)` : '';
  return (
    `  ${result.name.padEnd(42)} alone ${fixed(result.alone)} (first ${fixed(result.first).trim()})` +
    `  p50 ${ms(50)}  p95 ${ms(95)}  p99 ${ms(99)} ${rate}` +
    `  ${String(result.statements).padStart(2)} statements${result.note ? `  ${result.note}` : ''}${partial}`
  );
}

interface Turns {
  requests: number;
  ms: number;
  cpuMs: number;
}

/** Sends one order through the load process, timing the server process's CPU meanwhile. */
function loadTurn(loader: ChildProcess, order: LoadOrder): Promise<Turns> {
  return new Promise((resolve, reject) => {
    const cpu = process.cpuUsage();
    loader.once('message', (result: LoadResult & { error?: string }) => {
      const used = process.cpuUsage(cpu);
      if (result.failures !== 0) reject(new Error(`load: ${result.failures} failed requests ${result.error ?? ''}`));
      else resolve({ requests: result.requests, ms: result.ms, cpuMs: (used.user + used.system) / 1000 });
    });
    loader.send(order);
  });
}

/**
 * App ÷ floor: for each scenario that has a floor shaper, capture the app's statements for one request, start
 * the floor with them, insist on byte-identical bodies, then let app and floor take turns (the order swapped
 * every round) under the same load from a separate process, and compare requests per second and CPU.
 */
async function compareWithFloor(
  server: RunningServer,
  config: AppConfig,
  cookie: string,
  scenarios: Scenario[],
  deadline: number,
  out: (line: string) => void,
): Promise<void> {
  const headers = { 'content-type': 'application/json', 'accept-encoding': 'identity', cookie };
  const dataSource = server.app.get(DataSource);
  const plans: (FloorPlan & { name: string; appBody: string })[] = [];
  for (const scenario of scenarios) {
    if (!scenario.floor) continue;
    const body = JSON.stringify({ query: scenario.query, variables: scenario.variables ?? {} });
    const { result, statements } = await captureStatements(dataSource, async () => {
      const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers, body });
      return res.text();
    });
    plans.push({ name: scenario.name, body, statements, shape: scenario.floor, appBody: result });
  }
  if (!plans.length) return;
  const floor = await startFloor(
    config.databaseUrl!,
    config.database.poolSize,
    sessionCookieName(config.isProduction),
    plans,
    await server.app.get(CategoriesCache).all(),
  );
  const loader = fork(path.join(__dirname, 'bench-load.js'), { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  try {
    out(
      `app ÷ floor (same statements, same JSON; ${FLOOR_ROUNDS} turns each of ${FLOOR_REQUESTS} requests, concurrency ${CONCURRENCY}):`,
    );
    out(
      `  ${'scenario'.padEnd(36)} ${'app req/s'.padStart(9)} ${'floor req/s'.padStart(11)} ${'app÷floor'.padStart(9)}` +
        `  ${'CPU ms/req app'.padStart(14)} ${'floor'.padStart(6)}  statements app / floor`,
    );
    for (const plan of plans) {
      if (performance.now() >= deadline) {
        out(`  ${plan.name.padEnd(36)} skipped: BENCH_MAX_SECONDS reached`);
        continue;
      }
      const floorRes = await fetch(`${floor.url}/graphql`, { method: 'POST', headers, body: plan.body });
      const floorBody = await floorRes.text();
      if (floorBody !== plan.appBody) {
        let at = 0;
        while (at < floorBody.length && floorBody[at] === plan.appBody[at]) at += 1;
        throw new Error(
          `${plan.name}: the floor's JSON differs from the app's at byte ${at}:\n  app   …${plan.appBody.slice(at - 80, at + 120)}\n` +
            `  floor …${floorBody.slice(at - 80, at + 120)}`,
        );
      }
      const totals = { app: { requests: 0, ms: 0, cpuMs: 0 }, floor: { requests: 0, ms: 0, cpuMs: 0 } };
      for (let round = 0; round < FLOOR_ROUNDS && performance.now() < deadline; round += 1) {
        const order = round % 2 === 0 ? (['app', 'floor'] as const) : (['floor', 'app'] as const);
        for (const target of order) {
          const turn = await loadTurn(loader, {
            url: `${target === 'app' ? server.url : floor.url}/graphql`,
            headers,
            body: plan.body,
            requests: FLOOR_REQUESTS,
            concurrency: CONCURRENCY,
            limitMs: SCENARIO_SECONDS * 1000,
          });
          totals[target].requests += turn.requests;
          totals[target].ms += turn.ms;
          totals[target].cpuMs += turn.cpuMs;
        }
      }
      const rate = (t: Turns) => (t.requests * 1000) / Math.max(t.ms, 1);
      const cpu = (t: Turns) => (t.cpuMs / Math.max(t.requests, 1)).toFixed(2);
      const { app, floor: bare } = totals;
      out(
        `  ${plan.name.padEnd(36)} ${rate(app).toFixed(0).padStart(9)} ${rate(bare).toFixed(0).padStart(11)} ` +
          `${(rate(app) / rate(bare)).toFixed(2).padStart(9)}  ${cpu(app).padStart(14)} ${cpu(bare).padStart(6)}` +
          `  ${plan.statements.length} / ${plan.statements.length}`,
      );
    }
  } finally {
    loader.disconnect();
    await floor.close();
  }
}

async function signIn(server: RunningServer): Promise<string> {
  const res = await fetch(`${server.url}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(VIEWER),
  });
  const [cookie] = res.headers.getSetCookie().map((c) => c.split(';')[0]);
  if (res.status >= 300 || !cookie) throw new Error(`sign-in failed: HTTP ${res.status}`);
  return cookie;
}

async function main(): Promise<void> {
  const deadline = performance.now() + MAX_SECONDS * 1000;
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
  const out = (line: string) => process.stdout.write(`${line}\n`);
  try {
    const { rows } = await admin.query<{ version: string }>(`SELECT current_setting('server_version') AS version`);
    out(
      `bench ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ` +
        `PostgreSQL ${rows[0].version} (${embedded ? 'embedded' : 'DATABASE_URL'}), ` +
        `${REQUESTS} requests per scenario, concurrency ${CONCURRENCY}, load average ${os.loadavg()[0].toFixed(1)}`,
    );
    const ds = await createDataSource(url.toString()).initialize();
    await ds.runMigrations();
    await ds.destroy();

    const db = new Client({ connectionString: url.toString() });
    await db.connect();
    let seeded: Awaited<ReturnType<typeof seedDiscussions>> | undefined;
    try {
      const seedStarted = performance.now();
      await db.query(
        `INSERT INTO member (email, display_name, organisation)
         SELECT 'member' || i || '@bench.example', 'Member ' || i, 'Organisation ' || (i % 700)
         FROM generate_series(1, $1::int) AS i`,
        [MEMBERS],
      );
      // The viewer joined before every thread, so what they have not opened is new to them.
      const { rows: viewer } = await db.query<{ id: string }>(
        `INSERT INTO member (email, display_name, organisation, password_hash, created_at)
         VALUES ($1, 'Bench Viewer', 'Bench Trust', $2, now() - interval '400 days') RETURNING id`,
        [VIEWER.email, await hashPassword(VIEWER.password)],
      );
      if (DISCUSSIONS.posts > 0) seeded = await seedDiscussions(db, viewer[0].id, DISCUSSIONS);
      if (OFFERS > 0) await seedOffers(db, OFFERS);
      await db.query('ANALYZE');
      const seconds = ((performance.now() - seedStarted) / 1000).toFixed(0);
      out(
        seeded
          ? `seed: ${MEMBERS} members, ${DISCUSSIONS.categories} spaces, ${DISCUSSIONS.threads} threads, ` +
              `${seeded.posts} posts (one thread of ${DISCUSSIONS.longThread}), ${seeded.reactions} reactions, ` +
              `${seeded.reads} read positions in ${seconds} s`
          : `seed: ${MEMBERS} members in ${seconds} s`,
      );
      if (OFFERS > 0) out(`seed: ${OFFERS} heritage offers`);
    } finally {
      await db.end();
    }

    const geocoder = await startBenchGeocoder();
    const config = loadConfig({
      // Distance search asks a loopback geocoder in postcodes.io's shape, as production asks postcodes.io.
      GEOCODER_URL: geocoder.url,
      NODE_ENV: 'production',
      PORT: '0',
      LOG_LEVEL: 'warn',
      // No job worker: its polling would be counted with a request's statements, and the bench sends no mail.
      JOBS_ENABLED: 'false',
      DATABASE_URL: url.toString(),
    });
    const server = await startServer(config);
    try {
      const run = async (scenario: Scenario, cookie?: string) => {
        if (performance.now() >= deadline) {
          out(`  ${scenario.name.padEnd(42)} skipped: BENCH_MAX_SECONDS reached`);
          return;
        }
        out(report(await measure(server, cookie, scenario, deadline)));
      };
      await run({
        name: `community overview (${MEMBERS} members)`,
        query: '{ community { name memberCount organisationCount } }',
      });
      if (seeded) {
        const cookie = await signIn(server);
        const gql = client(server, cookie);
        const scenarios = await discussionScenarios(seeded, DISCUSSIONS, (q, v) => gql.data(q, v));
        for (const scenario of scenarios) await run(scenario, cookie);
        await compareWithFloor(server, config, cookie, scenarios, deadline, out);
      }
      if (CASE_STUDIES > 0 && performance.now() < deadline) {
        // After the discussion scenarios, so the extra threads do not change their numbers.
        const db = new Client({ connectionString: url.toString() });
        await db.connect();
        try {
          const started = performance.now();
          const outcomes = await seedEvidence(db, CASE_STUDIES);
          out(
            `seed: ${CASE_STUDIES} case studies with ${outcomes} outcome measures in ` +
              `${((performance.now() - started) / 1000).toFixed(0)} s`,
          );
        } finally {
          await db.end();
        }
        const cookie = await signIn(server);
        for (const scenario of evidenceScenarios(CASE_STUDIES)) await run(scenario, cookie);
      }
      if (OFFERS > 0) for (const scenario of offerScenarios(OFFERS)) await run(scenario);
      out(`process RSS ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MiB (app and load generator)`);
    } finally {
      await server.close();
      await geocoder.close();
    }
    if (STREAMS > 0) await measureLiveStreams(url.toString(), STREAMS, out);
  } finally {
    if (KEEP) process.stdout.write(`kept ${url.toString()} (viewer ${VIEWER.email})\n`);
    else await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    await embedded?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
