// Runs the built server (api/dist) as a real child process, the way `npm start` does.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { findRepoRoot } from '../src/config/repo-root';

export const MAIN = path.join(findRepoRoot(), 'api', 'dist', 'api', 'src', 'main.js');

export interface Child {
  proc: ChildProcess;
  output(): { stdout: string; stderr: string };
  /** Resolves with stdout so far once `pattern` appears; rejects if the process exits first. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<string>;
  exited: Promise<number | null>;
}

/** How long a child left running at the end of its test file has to stop after SIGTERM, before SIGKILL. */
const STOP_GRACE_MS = 10_000;

/**
 * Every child this test file started. A child the file did not stop itself (a start that outlived the hook's
 * timeout, an assertion failing before the test's own kill) would keep its process and pipes open, and so the
 * Jest worker alive after the file: Jest then force-exits the worker ("A worker process has failed to exit
 * gracefully"), and the app child lives on. So when the file ends, whatever happened, each child still running
 * is stopped and every child's pipes are closed (an embedded PostgreSQL the app started holds them too).
 */
const children = new Set<{ proc: ChildProcess; group: boolean }>();

async function stop({ proc, group }: { proc: ChildProcess; group: boolean }): Promise<void> {
  if (proc.exitCode === null && proc.signalCode === null) {
    const exited = new Promise((resolve) => proc.once('exit', resolve));
    const signal = (name: NodeJS.Signals) => {
      try {
        if (group && proc.pid) process.kill(-proc.pid, name);
        else proc.kill(name);
      } catch {
        // Gone already.
      }
    };
    signal('SIGTERM');
    const timer = setTimeout(() => signal('SIGKILL'), STOP_GRACE_MS);
    await exited;
    clearTimeout(timer);
  }
  proc.stdout?.destroy();
  proc.stderr?.destroy();
}

// Registered in each test file that imports this module (global setup imports it too, where there is no afterAll).
if (typeof afterAll === 'function') {
  afterAll(async () => {
    const left = [...children];
    children.clear();
    await Promise.all(left.map(stop));
  }, STOP_GRACE_MS + 5_000);
}

/** `group`: in a process group of its own, as a terminal runs it (Ctrl-C signals the whole group). */
export function startMain(env: Record<string, string>, { group = false }: { group?: boolean } = {}): Child {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run npm run build (npm test does) first`);
  // A clean environment: only what the test names, plus PATH and HOME.
  const proc = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: group,
  });
  children.add({ proc, group });
  let stdout = '';
  let stderr = '';
  proc.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  return {
    proc,
    exited,
    output: () => ({ stdout, stderr }),
    // Event-driven, with one timer cleared on every outcome: no polling interval outlives a failed wait.
    waitFor(pattern, timeoutMs = 60000) {
      return new Promise((resolve, reject) => {
        let settled = false;
        const settle = (outcome: () => void) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          proc.stdout.off('data', check);
          proc.off('exit', ended);
          outcome();
        };
        const fail = (why: string) =>
          settle(() => reject(new Error(`Did not see ${pattern}; ${why}\nstdout:\n${stdout}\nstderr:\n${stderr}`)));
        const check = () => {
          if (pattern.test(stdout)) settle(() => resolve(stdout));
        };
        const ended = () => {
          check();
          fail(`exit ${proc.exitCode ?? proc.signalCode}`);
        };
        const timer = setTimeout(() => fail(`not within ${timeoutMs} ms`), timeoutMs);
        // After startMain's own listener, so `stdout` already holds the new chunk.
        proc.stdout.on('data', check);
        proc.once('exit', ended);
        check();
        if (proc.exitCode !== null || proc.signalCode !== null) ended();
      });
    },
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
