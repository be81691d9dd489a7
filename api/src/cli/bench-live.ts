// The live-stream load figure of `npm run bench`: a separate app process (the built server, so the load
// generator's memory is not counted) holds BENCH_STREAMS idle SSE streams of the `liveEvents` subscription,
// all on one space; the figure is the process's resident memory before and after (per stream), how long the
// streams took to open, and how long one reply in that space took to reach every stream (one permission query
// per event per process, whatever the number of subscribers).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { Client } from 'pg';
import { hashPassword } from '../common/auth/password';
import { findRepoRoot } from '../config/repo-root';

const MAIN = path.join(findRepoRoot(), 'api', 'dist', 'api', 'src', 'main.js');
/** Streams per member (LIVE_STREAMS_PER_MEMBER in the measured process). */
const PER_MEMBER = 100;
const PASSWORD = 'a long benchmark passphrase';
const QUERY = `subscription($spaceId: ID) { liveEvents(spaceId: $spaceId) { id kind threadId } }`;

const rssMiB = (pid: number) => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m);
  return line ? Number(line[1]) / 1024 : NaN;
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

interface Stream {
  request: http.ClientRequest;
  /** Resolves when an event of this kind arrives. */
  waitFor(kind: string): Promise<void>;
}

function openStream(port: number, cookie: string, spaceId: string): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const waiters = new Map<string, () => void>();
    const seen = new Set<string>();
    const waitFor = (kind: string) =>
      seen.has(kind) ? Promise.resolve() : new Promise<void>((done) => waiters.set(kind, done));
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql/stream',
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', accept: 'text/event-stream', cookie },
      },
      (res) => {
        if (res.statusCode !== 200) reject(new Error(`stream: HTTP ${res.statusCode}`));
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          for (const [, kind] of chunk.matchAll(/"kind":"([A-Z_]+)"/g)) {
            seen.add(kind);
            waiters.get(kind)?.();
          }
          if (chunk.includes('"errors"')) reject(new Error(`stream: ${chunk}`));
        });
        resolve({ request, waitFor });
      },
    );
    request.on('error', reject);
    request.end(JSON.stringify({ query: QUERY, variables: { spaceId } }));
  });
}

export async function measureLiveStreams(databaseUrl: string, streams: number, out: (line: string) => void) {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  const members = Math.ceil(streams / PER_MEMBER);
  let spaceId: string;
  let threadId: string;
  try {
    const hash = await hashPassword(PASSWORD);
    await db.query(
      `INSERT INTO member (email, display_name, organisation, password_hash)
       SELECT 'streamer' || i || '@bench.example', 'Streamer ' || i, 'Bench Trust', $2
       FROM generate_series(1, $1::int) AS i`,
      [members, hash],
    );
    const roles = `ARRAY['MEMBER', 'ADVISORY_GROUP', 'MODERATOR', 'ADMIN']::text[]`;
    [{ id: spaceId }] = (
      await db.query<{ id: string }>(
        `INSERT INTO category (slug, name, position, read_roles, start_roles, reply_roles)
         VALUES ('live-bench', 'Live bench', 1000, ${roles}, ${roles}, ${roles}) RETURNING id`,
      )
    ).rows;
    [{ id: threadId }] = (
      await db.query<{ id: string }>(
        `WITH t AS (INSERT INTO thread (category_id, author_id, kind, title)
                    SELECT $1, id, 'DISCUSSION', 'Live bench' FROM member WHERE email = 'streamer1@bench.example'
                    RETURNING id, author_id)
         INSERT INTO post (thread_id, number, author_id, body, body_html)
         SELECT id, 1, author_id, 'Opening.', '<p>Opening.</p>' FROM t RETURNING thread_id AS id`,
        [spaceId],
      )
    ).rows;
  } finally {
    await db.end();
  }

  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/root',
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      JOBS_ENABLED: 'false',
      LIVE_STREAMS_PER_MEMBER: String(PER_MEMBER),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const opened: Stream[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        if (d.toString().includes(`:${port}`)) resolve();
      });
      child.once('exit', (code) => reject(new Error(`live bench process exited (${code})`)));
    });
    const base = `http://127.0.0.1:${port}`;
    const cookies: string[] = [];
    for (let i = 1; i <= members; i += 1) {
      const res = await fetch(`${base}/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: `streamer${i}@bench.example`, password: PASSWORD }),
      });
      cookies.push(res.headers.getSetCookie()[0].split(';')[0]);
    }
    // A few streams first, so the figure leaves out what the first stream loads once.
    const warm = await Promise.all(cookies.slice(0, 1).map((c) => openStream(port, c, spaceId)));
    await Promise.all(warm.map((s) => s.waitFor('READY')));
    for (const s of warm) s.request.destroy();
    await new Promise((r) => setTimeout(r, 1000));
    const before = rssMiB(child.pid!);

    const started = performance.now();
    for (let i = 0; i < streams; i += 50) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(50, streams - i) }, (_, j) =>
          openStream(port, cookies[Math.floor((i + j) / PER_MEMBER)], spaceId),
        ),
      );
      await Promise.all(batch.map((s) => s.waitFor('READY')));
      opened.push(...batch);
    }
    const openSeconds = (performance.now() - started) / 1000;
    await new Promise((r) => setTimeout(r, 2000));
    const after = rssMiB(child.pid!);

    const sent = performance.now();
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookies[0] },
      body: JSON.stringify({
        query: `mutation($input: CreatePostInput!) { createPost(input: $input) { number } }`,
        variables: { input: { threadId, body: 'A reply for every stream.', confirmPersonalData: true } },
      }),
    });
    if (!res.ok) throw new Error(`reply: HTTP ${res.status}`);
    await Promise.all(opened.map((s) => s.waitFor('POST_CREATED')));
    const fanOutMs = performance.now() - sent;

    out(
      `  live streams: ${streams} idle streams held by one process (${members} members), opened in ` +
        `${openSeconds.toFixed(1)} s; RSS ${before.toFixed(0)} → ${after.toFixed(0)} MiB, ` +
        `${(((after - before) * 1024) / streams).toFixed(1)} KiB per stream; one reply reached all ${streams} in ` +
        `${fanOutMs.toFixed(0)} ms`,
    );
  } finally {
    for (const s of opened) s.request.destroy();
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}
