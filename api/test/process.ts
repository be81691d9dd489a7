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

/** `group`: in a process group of its own, as a terminal runs it (Ctrl-C signals the whole group). */
export function startMain(env: Record<string, string>, { group = false }: { group?: boolean } = {}): Child {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run npm run build (npm test does) first`);
  // A clean environment: only what the test names, plus PATH and HOME.
  const proc = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: group,
  });
  let stdout = '';
  let stderr = '';
  proc.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  return {
    proc,
    exited,
    output: () => ({ stdout, stderr }),
    waitFor(pattern, timeoutMs = 60000) {
      return new Promise((resolve, reject) => {
        const started = Date.now();
        const timer = setInterval(() => {
          if (pattern.test(stdout)) {
            clearInterval(timer);
            resolve(stdout);
          } else if (proc.exitCode !== null || Date.now() - started > timeoutMs) {
            clearInterval(timer);
            reject(new Error(`Did not see ${pattern}; exit ${proc.exitCode}\nstdout:\n${stdout}\nstderr:\n${stderr}`));
          }
        }, 50);
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
