// `npm start` as a user meets it: clear one-line failures, JSON logs, embedded database lifecycle.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { findRepoRoot } from '../src/config/repo-root';
import { isAlive } from '../src/database/orphaned-postmaster';
import { createTestDatabase, type TestDatabase } from './db';
import { freePort, startMain } from './process';

const runningUrl = (port: number) => new RegExp(`running at http://localhost:${port}`);

async function communityCount(port: number): Promise<number> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ community { memberCount } }' }),
  });
  const body = (await res.json()) as { data: { community: { memberCount: number } } };
  return body.data.community.memberCount;
}

describe('starting the server', () => {
  it('stops with a message naming each malformed variable', async () => {
    const child = startMain({ PORT: 'abc', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://x' });
    expect(await child.exited).toBe(1);
    const { stderr } = child.output();
    expect(stderr).toMatch(/PORT must be a whole number between 0 and 65535 \(got "abc"\)/);
    expect(stderr).toMatch(/LOG_LEVEL must be one of/);
    expect(stderr).toMatch(/DATABASE_URL must be a PostgreSQL URL/);
    expect(stderr).not.toMatch(/\bat .*\.js:\d+/); // no stack trace
  });

  it('stops with one clear line when DATABASE_URL is unreachable', async () => {
    const port = await freePort(); // nothing listens there
    const child = startMain({ DATABASE_URL: `postgres://nobody:secret@127.0.0.1:${port}/heritage`, PORT: '0' });
    expect(await child.exited).toBe(1);
    const { stderr } = child.output();
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(`Cannot connect to PostgreSQL at 127.0.0.1:${port}/heritage`);
    expect(stderr).toContain('ECONNREFUSED');
    expect(stderr).not.toContain('secret');
  });

  it('stops with a clear message when the port is taken', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as net.AddressInfo;
    try {
      const child = startMain({ PORT: String(port), DATABASE_URL: 'postgres://x@127.0.0.1:1/x' });
      expect(await child.exited).toBe(1);
      expect(child.output().stderr).toContain(`Port ${port} on 127.0.0.1 is already in use`);
    } finally {
      blocker.close();
    }
  });

  describe('with an external database', () => {
    let db: TestDatabase;
    beforeAll(async () => {
      db = await createTestDatabase();
    });
    afterAll(async () => {
      await db.drop();
    });

    it('logs JSON with a request id, seeds nothing, and stops cleanly on SIGTERM', async () => {
      const port = await freePort();
      const child = startMain({ DATABASE_URL: db.url, PORT: String(port), LOG_LEVEL: 'info' });
      const banner = await child.waitFor(runningUrl(port));
      expect(banner).not.toContain('Demo admin');
      expect(await communityCount(port)).toBe(0);

      await fetch(`http://127.0.0.1:${port}/health/ready`, {
        headers: { 'x-request-id': 'trace-me-0001', authorization: 'Bearer top-secret', cookie: 'sid=top-secret' },
      });
      await new Promise((r) => setTimeout(r, 200));
      const lines = child
        .output()
        .stdout.split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      const entry = lines.find((l) => (l.req as { id?: string } | undefined)?.id === 'trace-me-0001');
      expect(entry).toMatchObject({
        level: 30,
        req: { method: 'GET', url: '/health/ready' },
        res: { statusCode: 200 },
      });
      expect(child.output().stdout).not.toContain('top-secret');

      child.proc.kill('SIGTERM');
      expect(await child.exited).toBe(0);
    });

    it('in the development format, boots quietly to the banner and logs one short line per request', async () => {
      const port = await freePort();
      const child = startMain({ DATABASE_URL: db.url, PORT: String(port), LOG_LEVEL: 'info', LOG_FORMAT: 'pretty' });
      try {
        await expectQuietBootAndShortLines(child, port);
      } finally {
        child.proc.kill('SIGTERM');
      }
      expect(await child.exited).toBe(0);
    });
  });

  async function expectQuietBootAndShortLines(child: ReturnType<typeof startMain>, port: number): Promise<void> {
    const boot = await child.waitFor(runningUrl(port));
    // Nothing but the banner: no JSON, no line per Nest module or route.
    expect(boot).not.toContain('{');
    expect(boot.trim().split('\n').length).toBeLessThanOrEqual(8);
    expect(boot.trim().endsWith('Press Ctrl-C to stop.')).toBe(true);

    await fetch(`http://127.0.0.1:${port}/health/ready`, { headers: { cookie: 'sid=top-secret' } });
    await new Promise((r) => setTimeout(r, 200));
    const after = child.output().stdout.slice(boot.length).trim().split('\n');
    expect(after).toHaveLength(1);
    expect(after[0]).toMatch(/^\[\d\d:\d\d:\d\d\] INFO.*: GET \/health\/ready 200 \d+ms$/);
    expect(after[0]).not.toContain('top-secret');
  }

  describe('with the embedded database', () => {
    // As `npm start` runs it (scripts/demo.env): the demo seed's emails go to the development mailbox. Without
    // it, a job worker that reached those emails before the signal would warn that it cannot send them.
    const AS_NPM_START = { DEV_MAILBOX: 'true' };
    let dataDir: string;
    beforeAll(() => {
      dataDir = mkdtempSync(path.join(findRepoRoot(), '.data', 'start-'));
    });
    afterAll(() => {
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('initialises, seeds once, persists across restarts, refuses a second instance and shuts down cleanly', async () => {
      const env = async () => ({
        DATA_DIR: dataDir,
        PORT: String(await freePort()),
        EMBEDDED_DATABASE_PORT: String(await freePort()),
        ...AS_NPM_START,
        LOG_LEVEL: 'warn',
      });
      const firstEnv = await env();
      const first = startMain(firstEnv);
      const banner = await first.waitFor(runningUrl(Number(firstEnv.PORT)), 90000);
      expect(banner).toContain('Demo admin:  admin@heritage-cop.example / heritage-demo-admin');
      const seeded = await communityCount(Number(firstEnv.PORT));
      expect(seeded).toBeGreaterThan(0);
      first.proc.kill('SIGINT');
      expect(await first.exited).toBe(0);
      expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false); // PostgreSQL stopped
      expect(existsSync(path.join(dataDir, 'heritage-cop.pid'))).toBe(false);

      const secondEnv = await env();
      const second = startMain(secondEnv);
      await second.waitFor(runningUrl(Number(secondEnv.PORT)), 90000);
      expect(await communityCount(Number(secondEnv.PORT))).toBe(seeded); // same data, not seeded twice

      const third = startMain(await env());
      expect(await third.exited).toBe(1);
      expect(third.output().stderr).toMatch(
        /The data folder .* is in use by another Heritage CoP instance \(process \d+\)/,
      );

      second.proc.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    }, 120_000); // three starts of the embedded database, the migrations and the demo seed (which grows)

    it.each([
      ['SIGTERM', 'the app', false],
      ['SIGINT', 'the app', false],
      // Ctrl-C in a terminal: the embedded PostgreSQL, in the same process group, is told to stop as well.
      ['SIGINT', 'its whole process group', true],
    ] as const)(
      'logs no warning or error when %s is sent to %s',
      async (signal, _whom, group) => {
        const e = {
          DATA_DIR: dataDir,
          PORT: String(await freePort()),
          EMBEDDED_DATABASE_PORT: String(await freePort()),
          ...AS_NPM_START,
        };
        const child = startMain({ ...e, LOG_LEVEL: 'info', LOG_FORMAT: 'json' }, { group });
        await child.waitFor(runningUrl(Number(e.PORT)), 90000);
        expect((await fetch(`http://127.0.0.1:${e.PORT}/health/ready`)).status).toBe(200);
        if (group) process.kill(-child.proc.pid!, signal);
        else child.proc.kill(signal);
        expect(await child.exited).toBe(0);
        const { stdout, stderr } = child.output();
        expect(stderr).toBe('');
        const entries = stdout
          .split('\n')
          .filter((l) => l.startsWith('{'))
          .map((l) => JSON.parse(l) as { level: number; msg: string });
        expect(entries.length).toBeGreaterThan(0);
        expect(entries.filter((entry) => entry.level >= 40)).toEqual([]);
        expect(stdout).toContain(`shutting down (${signal})`);
      },
      120000,
    );

    it('recovers from kill -9: stops the PostgreSQL the crashed app left running, then starts and serves', async () => {
      const env = async () => ({
        DATA_DIR: dataDir,
        PORT: String(await freePort()),
        EMBEDDED_DATABASE_PORT: String(await freePort()),
        ...AS_NPM_START,
        LOG_LEVEL: 'warn',
      });
      const firstEnv = await env();
      const first = startMain(firstEnv);
      await first.waitFor(runningUrl(Number(firstEnv.PORT)), 90000);
      first.proc.kill('SIGKILL');
      await first.exited;
      // The app is gone; its PostgreSQL is not.
      const pidFile = path.join(dataDir, 'postgres', 'postmaster.pid');
      const orphan = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0], 10);
      expect(isAlive(orphan)).toBe(true);

      const secondEnv = await env();
      const second = startMain(secondEnv);
      try {
        await second.waitFor(runningUrl(Number(secondEnv.PORT)), 90000);
        expect(second.output().stderr).toContain(`Stopping the PostgreSQL (process ${orphan}) left running on`);
        expect(second.output().stderr).not.toMatch(/could not start/);
        expect(isAlive(orphan)).toBe(false);
        const ready = await fetch(`http://127.0.0.1:${secondEnv.PORT}/health/ready`);
        expect(ready.status).toBe(200);
        expect(await ready.json()).toEqual({ status: 'ok', database: 'ok' });
        expect(await communityCount(Number(secondEnv.PORT))).toBeGreaterThan(0); // the same data
      } finally {
        second.proc.kill('SIGTERM');
        expect(await second.exited).toBe(0);
      }
    }, 240_000);

    it('recovers from a stale lock left by a crashed instance', async () => {
      // A pid that cannot be alive: beyond the kernel's pid range.
      writeFileSync(path.join(dataDir, 'heritage-cop.pid'), '99999999');
      const e = {
        DATA_DIR: dataDir,
        PORT: String(await freePort()),
        EMBEDDED_DATABASE_PORT: String(await freePort()),
        ...AS_NPM_START,
      };
      const child = startMain({ ...e, LOG_LEVEL: 'warn' });
      await child.waitFor(runningUrl(Number(e.PORT)), 90000);
      child.proc.kill('SIGTERM');
      expect(await child.exited).toBe(0);
    });
  });
});
