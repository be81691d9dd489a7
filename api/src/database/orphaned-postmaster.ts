// After a crash (kill -9) of the app, the embedded PostgreSQL it started keeps running, orphaned, and holds
// the cluster folder (postmaster.pid), so the next start cannot start its own. The next start holds the data
// folder's lock (data-dir-lock.ts) before it gets here, so a live postmaster on that folder can only be one
// that a crashed instance left behind: it is asked to stop (fast shutdown: SIGINT, then immediate: SIGQUIT).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';

export class EmbeddedDatabaseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EmbeddedDatabaseError';
  }
}

export interface PostmasterPid {
  pid: number;
  dataDir: string;
}

/** postmaster.pid's first two lines: the postmaster's process id and its data folder. */
export function parsePostmasterPid(text: string): PostmasterPid | undefined {
  const [pidLine, dirLine] = text.split('\n');
  const pid = Number.parseInt(pidLine ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0 || !dirLine?.trim()) return undefined;
  return { pid, dataDir: dirLine.trim() };
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The process's command line, to tell a postmaster from an unrelated process that reused its id. */
function commandOf(pid: number): string {
  const proc = `/proc/${pid}/cmdline`;
  try {
    if (existsSync(proc)) return readFileSync(proc, 'utf8').replace(/\0/g, ' ');
    return execFileSync('ps', ['-o', 'command=', '-p', String(pid)], { encoding: 'utf8' });
  } catch {
    return '';
  }
}

const samePath = (a: string, b: string): boolean => {
  const real = (p: string) => (existsSync(p) ? realpathSync(p) : path.resolve(p));
  return real(a) === real(b);
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function exits(pid: number, ms: number): Promise<boolean> {
  for (const deadline = Date.now() + ms; Date.now() < deadline; await sleep(100)) {
    if (!isAlive(pid)) return true;
  }
  return !isAlive(pid);
}

/**
 * Stops a PostgreSQL still running on `clusterDir` from an earlier instance. Returns its process id, or
 * undefined when there was none (no postmaster.pid, its process gone, or a process that is not ours).
 */
export async function stopOrphanedPostmaster(
  clusterDir: string,
  log: (message: string) => void,
  waitMs = { fast: 20_000, immediate: 10_000 },
): Promise<number | undefined> {
  const file = path.join(clusterDir, 'postmaster.pid');
  if (!existsSync(file)) return undefined;
  const found = parsePostmasterPid(readFileSync(file, 'utf8'));
  // A stale file whose process is gone: PostgreSQL itself replaces it.
  if (!found || !isAlive(found.pid)) return undefined;
  if (!samePath(found.dataDir, clusterDir) || !/postgres/.test(commandOf(found.pid))) return undefined;

  log(`Stopping the PostgreSQL (process ${found.pid}) left running on ${clusterDir} by an earlier instance`);
  try {
    process.kill(found.pid, 'SIGINT');
    if (await exits(found.pid, waitMs.fast)) return found.pid;
    process.kill(found.pid, 'SIGQUIT');
    if (await exits(found.pid, waitMs.immediate)) return found.pid;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return found.pid; // it stopped meanwhile
    throw new EmbeddedDatabaseError(
      `A PostgreSQL (process ${found.pid}) is still running on ${clusterDir} from an earlier instance, and it ` +
        `could not be stopped (${(error as Error).message}). Stop it by hand (kill ${found.pid}), then start again.`,
    );
  }
  throw new EmbeddedDatabaseError(
    `A PostgreSQL (process ${found.pid}) is still running on ${clusterDir} from an earlier instance and did not ` +
      `stop when asked. Stop it by hand (kill ${found.pid}), then start again.`,
  );
}

/**
 * Why the embedded PostgreSQL did not start, from the lines it wrote (the package itself rejects with no
 * reason at all): the FATAL line, with what to do about the causes people meet.
 */
export function describeStartFailure(logLines: readonly string[], clusterDir: string, port: number): string {
  const text = logLines.join('\n');
  const fatal = /(?:FATAL|PANIC|ERROR):\s*(.+)/.exec(text)?.[1]?.trim();
  const start = `The embedded PostgreSQL in ${clusterDir} did not start`;
  if (/could not bind|Address already in use/i.test(text)) {
    return `${start}: port ${port} on 127.0.0.1 is already in use. Stop what uses it, or set EMBEDDED_DATABASE_PORT.`;
  }
  if (/lock file "postmaster\.pid" already exists/i.test(text)) {
    return `${start}: another PostgreSQL is using the folder (${fatal ?? 'postmaster.pid exists'}). Stop it, then start again.`;
  }
  if (fatal) return `${start}: ${fatal}`;
  const last = logLines
    .map((l) => l.trim())
    .filter(Boolean)
    .at(-1);
  return last ? `${start}: it exited after "${last}"` : `${start}: it exited without saying why.`;
}
