// The Docker image, checked without Docker: exactly the files the Dockerfile's runtime stage copies, started
// with its CMD and ENV against a real database, must serve /health/ready and GraphQL. Needs `npm run build`.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { findRepoRoot } from '../src/config/repo-root';
import { createTestDatabase, type TestDatabase } from './db';
import { assembleRuntime, type AssembledRuntime } from './image';
import { freePort } from './process';
import { startSmtp, type TestSmtp } from './smtp';

const repo = findRepoRoot();

describe('the Docker image runtime stage', () => {
  let work: string;
  let runtime: AssembledRuntime;
  let db: TestDatabase;
  let smtp: TestSmtp;

  beforeAll(async () => {
    // Outside the repository, with no node_modules above it: a package the image lacks cannot be found elsewhere.
    work = mkdtempSync(path.join(os.tmpdir(), 'heritage-image-'));
    for (let dir = path.dirname(work); dir !== path.dirname(dir); dir = path.dirname(dir)) {
      expect(existsSync(path.join(dir, 'node_modules'))).toBe(false);
    }
    runtime = assembleRuntime(path.join(repo, 'Dockerfile'), repo, work);
    db = await createTestDatabase();
    smtp = await startSmtp();
  }, 240000);

  afterAll(async () => {
    await db?.drop();
    await smtp?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('holds every node_modules folder of the lockfile, production dependencies only, and Apollo Server 5', () => {
    const lock = JSON.parse(readFileSync(path.join(repo, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { dev?: boolean; optional?: boolean }>;
    };
    const entries = Object.entries(lock.packages).filter(([key]) => key.includes('node_modules/'));
    // e.g. api/node_modules/@nestjs/passport, which a root-only copy misses ("Cannot find module").
    const nested = entries.filter(([key, v]) => !v.dev && !v.optional && !key.startsWith('node_modules/'));
    expect(nested.map(([key]) => key).filter((key) => !existsSync(path.join(runtime.root, key)))).toEqual([]);
    const dev = entries.filter(([, v]) => v.dev).map(([key]) => key);
    expect(dev.filter((key) => existsSync(path.join(runtime.root, key)))).toEqual([]);
    expect(existsSync(path.join(runtime.root, 'node_modules', 'typescript'))).toBe(false);

    const fromNestApollo = createRequire(
      createRequire(path.join(runtime.root, 'api', 'package.json')).resolve('@nestjs/apollo'),
    );
    const apollo = fromNestApollo.resolve('@apollo/server');
    const manifest = JSON.parse(
      readFileSync(
        path.join(apollo.slice(0, apollo.lastIndexOf(`${path.sep}dist${path.sep}`)), 'package.json'),
        'utf8',
      ),
    ) as { version: string };
    expect(manifest.version).toMatch(/^5\./);
  });

  it('starts with the runtime CMD and ENV, answers /health/ready and a GraphQL query, and stops on SIGTERM', async () => {
    const port = await freePort();
    const [command, ...args] = runtime.cmd;
    expect(command).toBe('node'); // run with this Node (20 here; the image has 24)
    expect(runtime.env.NODE_ENV).toBe('production');
    const proc = spawn(process.execPath, args, {
      cwd: runtime.root,
      // The image's ENV, then what docker-compose.yml supplies; loopback instead of 0.0.0.0 in a test.
      env: {
        PATH: process.env.PATH ?? '',
        HOME: runtime.root,
        ...runtime.env,
        HOST: '127.0.0.1',
        PORT: String(port),
        DATABASE_URL: db.url,
        SMTP_URL: smtp.url,
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    proc.stdout.on('data', (d: Buffer) => (output += d.toString()));
    proc.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const exited = new Promise<number | null>((resolve) => proc.on('exit', resolve));
    try {
      const started = Date.now();
      while (!output.includes(`running at http://localhost:${port}`)) {
        if (proc.exitCode !== null || Date.now() - started > 60000) {
          throw new Error(`The image's app did not start (exit ${proc.exitCode}):\n${output}`);
        }
        await new Promise((r) => setTimeout(r, 100));
      }

      const ready = await fetch(`http://127.0.0.1:${port}/health/ready`);
      expect(ready.status).toBe(200);
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ community { memberCount } }' }),
      });
      expect(await res.json()).toEqual({ data: { community: { memberCount: 0 } } });
      const page = await fetch(`http://127.0.0.1:${port}/`);
      expect(await page.text()).toContain('<div id="root">'); // web/dist came along

      // The image's own HEALTHCHECK command (shell form), pointed at this port, with this Node first on PATH.
      const [shell, ...shellArgs] = runtime.healthcheck ?? [];
      expect(shell).toBe('sh');
      const healthcheck = spawn(
        shell,
        shellArgs.map((a) => a.replace('127.0.0.1:3000', `127.0.0.1:${port}`)),
        { stdio: 'ignore', env: { PATH: `${path.dirname(process.execPath)}:${process.env.PATH ?? ''}` } },
      );
      expect(await new Promise((resolve) => healthcheck.on('exit', resolve))).toBe(0);
    } finally {
      proc.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  }, 120000);
});
