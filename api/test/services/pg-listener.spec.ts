// PgListener, the one LISTEN connection that comes back by itself (job worker, live fan-out, cache changes),
// on a cloned database: notifications reach the owner; a connection ended under it (what Ctrl-C does to the
// embedded database) is told at info level, never as a warning, and is listened to again with `again` set; a
// failed attempt to listen again warns once per outage; after stop() nothing is tried or logged. CI once failed
// on a "Connection terminated unexpectedly" warning at shutdown: these are the rules that keep it away.
import { Client } from 'pg';
import { PgListener, type PgListenerOptions } from '../../src/database/pg-listener';
import { createTestDatabase, type TestDatabase } from '../db';

const RETRY_MS = 50;

async function until(condition: () => boolean, what: string, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('PgListener', () => {
  let db: TestDatabase;
  let admin: Client;
  const listeners: PgListener[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    admin = new Client({ connectionString: db.url });
    await admin.connect();
  });
  afterEach(async () => {
    await Promise.all(listeners.splice(0).map((listener) => listener.stop()));
  });
  afterAll(async () => {
    await admin.end();
    await db.drop();
  });

  function make(overrides: Partial<PgListenerOptions> = {}) {
    const logs: { level: 'log' | 'warn'; message: string }[] = [];
    const heard: string[] = [];
    const listening: boolean[] = [];
    let lost = 0;
    let url = db.url;
    const listener = new PgListener({
      name: 'test listener',
      logger: {
        log: (message) => logs.push({ level: 'log', message }),
        warn: (message) => logs.push({ level: 'warn', message }),
      },
      channels: ['pg_listener_test'],
      connect: () => new Client({ connectionString: url, connectionTimeoutMillis: 2000 }),
      onNotification: (_channel, payload) => heard.push(payload ?? ''),
      onListening: (again) => void listening.push(again),
      onLost: () => lost++,
      retryMs: RETRY_MS,
      ...overrides,
    });
    listeners.push(listener);
    return {
      listener,
      logs,
      heard,
      listening,
      lost: () => lost,
      /** Points the next attempts somewhere that refuses them (a database that does not exist). */
      breakConnections: () => (url = db.url.replace(/\/[^/]+$/, '/no_such_database')),
      mendConnections: () => (url = db.url),
    };
  }

  async function terminateListeners(): Promise<number> {
    const { rows } = await admin.query<{ ended: boolean }>(
      `SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND query LIKE 'LISTEN%'`,
    );
    return rows.filter((row) => row.ended).length;
  }

  it('hands notifications to its owner', async () => {
    const t = make();
    await t.listener.start();
    expect(t.listener.listening).toBe(true);
    expect(t.listening).toEqual([false]);
    await admin.query(`NOTIFY pg_listener_test, 'hello'`);
    await until(() => t.heard.length === 1, 'the notification');
    expect(t.heard).toEqual(['hello']);
  });

  it('tells a connection ended under it at info level and listens again by itself', async () => {
    const t = make();
    await t.listener.start();
    expect(await terminateListeners()).toBe(1);
    await until(() => t.listening.length === 2, 'listening again');
    expect(t.listening).toEqual([false, true]);
    expect(t.lost()).toBe(1);
    expect(t.logs.filter((entry) => entry.level === 'warn')).toEqual([]);
    expect(t.logs.map((entry) => entry.message)).toEqual([
      expect.stringMatching(/^test listener: the database connection ended \(.*terminat.*\)$/),
      'test listener: listening again',
    ]);
    await admin.query(`NOTIFY pg_listener_test, 'after'`);
    await until(() => t.heard.includes('after'), 'a notification after reconnecting');
  });

  it('warns once per outage while it cannot listen again, and tells when it is back', async () => {
    const t = make();
    await t.listener.start();
    t.breakConnections();
    await terminateListeners();
    // Several attempts fail (one every RETRY_MS) before the database is reachable again.
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS * 8));
    t.mendConnections();
    await until(() => t.listener.listening, 'listening again');
    const warnings = t.logs.filter((entry) => entry.level === 'warn');
    expect(warnings.map((entry) => entry.message)).toEqual([
      expect.stringMatching(/^test listener: cannot listen again yet .*does not exist/),
    ]);
    expect(t.logs.at(-1)).toEqual({ level: 'log', message: 'test listener: listening again' });
  });

  it('neither logs nor tries again once stopped, even when the connection ends as it stops', async () => {
    const t = make();
    await t.listener.start();
    const ending = terminateListeners();
    await t.listener.stop();
    await ending;
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS * 4));
    expect(t.listener.listening).toBe(false);
    expect(t.listening).toEqual([false]);
    expect(t.logs.filter((entry) => entry.level === 'warn')).toEqual([]);
  });

  it('stops trying when stopped during an outage', async () => {
    const t = make();
    await t.listener.start();
    t.breakConnections();
    await terminateListeners();
    await until(() => t.logs.some((entry) => entry.level === 'warn'), 'a failed attempt');
    await t.listener.stop();
    const logged = t.logs.length;
    t.mendConnections();
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS * 4));
    expect(t.listener.listening).toBe(false);
    expect(t.logs.length).toBe(logged);
  });

  it('startOrRetry: warns that it is not listening yet, then listens when the database can be reached', async () => {
    const t = make();
    t.breakConnections();
    await t.listener.startOrRetry();
    expect(t.listener.listening).toBe(false);
    expect(t.logs.map((entry) => `${entry.level} ${entry.message}`)).toEqual([
      expect.stringMatching(/^warn test listener: not listening yet: .*does not exist/),
    ]);
    t.mendConnections();
    await until(() => t.listener.listening, 'listening');
    // The outage was already warned about; listening then is told like any other return (and, as anything
    // sent meanwhile was missed, with `again` set).
    expect(t.logs.filter((entry) => entry.level === 'warn')).toHaveLength(1);
    expect(t.listening).toEqual([true]);
  });

  it('start() rejects when the first attempt fails, and does not keep trying', async () => {
    const t = make();
    t.breakConnections();
    await expect(t.listener.start()).rejects.toThrow(/no_such_database.*does not exist/);
    t.mendConnections();
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS * 4));
    expect(t.listener.listening).toBe(false);
    expect(t.logs).toEqual([]);
  });
});
