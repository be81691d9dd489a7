// The job queue against the real database: retries with backoff, giving up, single delivery across two
// workers, and the retention rules.
import { JobQueue } from '../src/modules/jobs/job-queue.service';
import { backoffSeconds, JobWorker } from '../src/modules/jobs/job-worker.service';
import { CLEANUP, MaintenanceService } from '../src/modules/jobs/maintenance.service';
import { startTestApp, type TestApp } from './app';
import { buildMember } from './factories';

describe('job queue', () => {
  let t: TestApp;
  let worker: JobWorker;
  let queue: JobQueue;

  beforeAll(async () => {
    // The worker is driven by hand here (JOBS_ENABLED=false), so timing never decides an outcome.
    t = await startTestApp({ JOBS_ENABLED: 'false' });
    worker = t.app.get(JobWorker);
    queue = t.app.get(JobQueue);
  });
  afterAll(async () => {
    await t.close();
  });

  it('runs a job once, and ignores a second enqueue of the same event', async () => {
    const seen: unknown[] = [];
    worker.register('test.once', (payload) => {
      seen.push(payload);
      return Promise.resolve();
    });
    expect(await t.uow.run((tx) => queue.enqueue(tx, 'test.once', { n: 1 }, { dedupeKey: 'event-1' }))).toBe(true);
    expect(await t.uow.run((tx) => queue.enqueue(tx, 'test.once', { n: 2 }, { dedupeKey: 'event-1' }))).toBe(false);
    await worker.drain();
    await worker.drain();
    expect(seen).toEqual([{ n: 1 }]);
  });

  it('does not enqueue when the surrounding transaction rolls back', async () => {
    await expect(
      t.uow.run(async (m) => {
        await queue.enqueue(m, 'test.rollback', {}, { dedupeKey: 'rolled-back' });
        throw new Error('change failed');
      }),
    ).rejects.toThrow('change failed');
    expect(await t.dataSource.query(`SELECT 1 FROM job WHERE dedupe_key = 'rolled-back'`)).toEqual([]);
  });

  it('retries a failing job with backoff, then gives up after max attempts', async () => {
    let calls = 0;
    worker.register('test.flaky', () => {
      calls += 1;
      return Promise.reject(new Error(`smtp down ${calls}`));
    });
    await t.uow.run((tx) => queue.enqueue(tx, 'test.flaky', {}, { dedupeKey: 'flaky', maxAttempts: 3 }));
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      await t.dataSource.query(`UPDATE job SET run_at = now() WHERE dedupe_key = 'flaky' AND failed_at IS NULL`);
      await worker.drain();
      const [job] = await t.dataSource.query<{ attempts: number; last_error: string; failed: boolean; wait: number }[]>(
        `SELECT attempts, last_error, failed_at IS NOT NULL AS failed,
                round(extract(epoch FROM run_at - now()))::int AS wait
         FROM job WHERE dedupe_key = 'flaky'`,
      );
      expect(job.attempts).toBe(attempt);
      expect(job.last_error).toBe(`smtp down ${attempt}`);
      expect(job.failed).toBe(attempt === 3);
      if (attempt < 3) expect(Math.abs(job.wait - backoffSeconds(attempt))).toBeLessThanOrEqual(1);
    }
    expect(calls).toBe(3);
    expect([1, 2, 3, 4, 20].map(backoffSeconds)).toEqual([5, 10, 20, 40, 3600]);
  });

  it('lets concurrent claimers racing over the same jobs run each exactly once', async () => {
    const runs = new Map<number, number>();
    worker.register('test.race', async (payload) => {
      const n = payload.n as number;
      runs.set(n, (runs.get(n) ?? 0) + 1);
      await new Promise((r) => setTimeout(r, 5));
    });
    for (let n = 0; n < 40; n += 1) await t.uow.run((tx) => queue.enqueue(tx, 'test.race', { n }));
    await Promise.all([worker.drain(), worker.drain(), worker.drain()]);
    expect(runs.size).toBe(40);
    expect([...runs.values()].every((count) => count === 1)).toBe(true);
  });

  it('deletes expired records by the retention rules and schedules the next run', async () => {
    const m = await buildMember(t.dataSource);
    await t.dataSource.query(
      `INSERT INTO sign_in_failure (email_key, ip, created_at) VALUES ('old@x.org', '1.2.3.4', now() - interval '2 days'),
                                                                     ('new@x.org', '1.2.3.4', now())`,
    );
    await t.dataSource.query(
      `INSERT INTO session (member_id, token_hash, expires_at) VALUES ($1, 'old', now() - interval '40 days'),
                                                                      ($1, 'live', now() + interval '10 days')`,
      [m.id],
    );
    await t.dataSource.query(
      `INSERT INTO rate_limit (key, hits, window_ends_at) VALUES ('ended', 3, now() - interval '1 second'),
                                                                 ('open', 3, now() + interval '1 hour')`,
    );
    const deleted = await t.app.get(MaintenanceService).cleanup();
    expect(deleted['sign-in failures older than a day']).toBe(1);
    expect(deleted['rate-limit counters whose window has ended']).toBe(1);
    expect(await t.dataSource.query(`SELECT key FROM rate_limit WHERE key IN ('ended', 'open')`)).toEqual([
      { key: 'open' },
    ]);
    expect(deleted['sessions ended or expired over 30 days ago']).toBe(1);
    expect(await t.dataSource.query(`SELECT email_key FROM sign_in_failure`)).toEqual([{ email_key: 'new@x.org' }]);
    expect(await t.dataSource.query(`SELECT token_hash FROM session WHERE member_id = $1`, [m.id])).toEqual([
      { token_hash: 'live' },
    ]);
    const next = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM job WHERE kind = $1 AND completed_at IS NULL AND run_at > now()`,
      [CLEANUP],
    );
    expect(next[0].n).toBe(1);
  });
});
