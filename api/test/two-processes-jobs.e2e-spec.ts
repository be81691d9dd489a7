// Two built app processes (as two replicas behind a load balancer) on one database, both running the job
// worker: every queued job runs exactly once between them, and a scheduled job (the hourly digest run, the
// hourly housekeeping) fires once although both processes schedule it. Real processes, database and SMTP.
import { Role } from '@heritage/shared';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../migrations/data-source';
import { createTestDatabase, type TestDatabase } from './db';
import { buildCategory, buildMember, buildThread } from './factories';
import { type Child, freePort, startMain } from './process';
import { startSmtp, type TestSmtp } from './smtp';

jest.setTimeout(180_000);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('two app processes, one database: jobs', () => {
  let smtp: TestSmtp;
  let ds: DataSource;
  let db: TestDatabase;
  const children: Child[] = [];
  const members: string[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    smtp = await startSmtp();
    ds = await createDataSource(db.url).initialize();
    // Something new for three members before either process starts: the digest run each process schedules
    // at start (the current hour's fire) has digests to send.
    const space = await buildCategory(ds);
    const author = await buildMember(ds, { roles: [Role.Member, Role.AdvisoryGroup] });
    for (let i = 0; i < 3; i += 1) {
      const m = await buildMember(ds);
      members.push(m.email);
      await ds.query(`UPDATE member SET created_at = now() - interval '1 day' WHERE id = $1`, [m.id]);
    }
    await buildThread(ds, space.id, author.id, { kind: 'CASE_STUDY', title: 'Two replicas, one digest' });
    for (let i = 0; i < 2; i += 1) {
      const port = await freePort();
      children.push(
        startMain({
          NODE_ENV: 'test',
          HOST: '127.0.0.1',
          PORT: String(port),
          LOG_LEVEL: 'info',
          SEED_DEMO: 'false',
          DATABASE_URL: db.url,
          SMTP_URL: smtp.url,
          PUBLIC_URL: 'http://cop.example.org',
          JOBS_ENABLED: 'true',
          JOBS_CONCURRENCY: '4',
          DIGESTS_ENABLED: 'true',
        }),
      );
    }
    await Promise.all(children.map((c) => c.waitFor(/running at http/, 120_000)));
    // The hook waits as long as the starts may take (the default 30 s would cut them short).
  }, 150_000);

  afterAll(async () => {
    for (const c of children) {
      if (c.proc.exitCode === null) c.proc.kill('SIGTERM');
      await c.exited;
    }
    await ds?.destroy();
    await smtp?.close();
    await db?.drop();
  });

  it('runs each of 60 queued jobs exactly once between the two workers', async () => {
    // Queued as a committed change would queue them; the NOTIFY wakes both workers at once.
    await ds.query(
      `INSERT INTO job (kind, payload)
       SELECT 'email.send', jsonb_build_object('to', 'n' || n || '@example.org', 'subject', 'Job ' || n,
                                              'text', 'Body ' || n, 'html', '<p>Body ' || n || '</p>')
       FROM generate_series(1, 60) AS n`,
    );
    const deadline = Date.now() + 60_000;
    while (smtp.messages.filter((m) => m.subject.startsWith('Job ')).length < 60 && Date.now() < deadline) {
      await sleep(100);
    }
    // Anything run twice would arrive late: give it the time a second delivery would take.
    await sleep(1000);
    const subjects = smtp.messages.filter((m) => m.subject.startsWith('Job ')).map((m) => m.subject);
    expect(subjects).toHaveLength(60);
    expect(new Set(subjects).size).toBe(60);
    const rows = await ds.query<{ attempts: number; done: boolean }[]>(
      `SELECT attempts, completed_at IS NOT NULL AS done FROM job WHERE payload->>'subject' LIKE 'Job %'`,
    );
    expect(rows.every((r) => r.attempts === 1 && r.done)).toBe(true);
  });

  it('fires a scheduled job once although both processes schedule it, and each member gets one digest', async () => {
    await smtp.waitFor((m) => m.to === members[2] && /digest/.test(m.subject), 60_000);
    for (const email of members) {
      await smtp.waitFor((m) => m.to === email && /digest/.test(m.subject), 30_000);
    }
    await sleep(1000);
    for (const email of members) {
      expect(smtp.messages.filter((m) => m.to === email && /digest/.test(m.subject))).toHaveLength(1);
    }
    const fires = await ds.query<{ key: string; attempts: number; done: boolean }[]>(
      `SELECT dedupe_key AS key, attempts, completed_at IS NOT NULL AS done FROM job
       WHERE kind = 'digest.run' AND run_at <= now() ORDER BY run_at`,
    );
    // One job per fire (normally just this hour's; two if the test crossed the hour), each run once.
    expect(fires.length).toBeGreaterThanOrEqual(1);
    expect(fires.every((f) => f.attempts === 1 && f.done)).toBe(true);
    const runs = await ds.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM digest_run WHERE trigger = 'SCHEDULE'`,
    );
    expect(runs[0].n).toBe(fires.length);
    // The next fire is queued once, ahead.
    const ahead = await ds.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM job WHERE kind = 'digest.run' AND run_at > now() AND completed_at IS NULL`,
    );
    expect(ahead[0].n).toBe(1);
    const cleanups = await ds.query<{ key: string; n: number }[]>(
      `SELECT dedupe_key AS key, count(*)::int AS n FROM job WHERE kind = 'maintenance.cleanup' GROUP BY dedupe_key`,
    );
    expect(cleanups.every((c) => c.n === 1)).toBe(true);
  });
});
