import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  describeStartFailure,
  EmbeddedDatabaseError,
  isAlive,
  parsePostmasterPid,
  stopOrphanedPostmaster,
} from './orphaned-postmaster';

describe('parsePostmasterPid', () => {
  it('reads the process id and the data folder', () => {
    expect(parsePostmasterPid('4242\n/srv/.data/postgres\n1733300000\n54329\n')).toEqual({
      pid: 4242,
      dataDir: '/srv/.data/postgres',
    });
  });
  it.each(['', 'abc\n/x', '-3\n/x', '12\n', '12'])('ignores a file it cannot read: %j', (text) => {
    expect(parsePostmasterPid(text)).toBeUndefined();
  });
});

describe('describeStartFailure', () => {
  const dir = '/srv/.data/postgres';
  it('names a taken port and the variable that moves it', () => {
    const lines = [
      'LOG:  could not bind IPv4 address "127.0.0.1": Address already in use',
      'FATAL:  could not create any TCP/IP sockets',
    ];
    expect(describeStartFailure(lines, dir, 54329)).toBe(
      'The embedded PostgreSQL in /srv/.data/postgres did not start: port 54329 on 127.0.0.1 is already in use. ' +
        'Stop what uses it, or set EMBEDDED_DATABASE_PORT.',
    );
  });
  it('names another server on the same folder', () => {
    const lines = ['FATAL:  lock file "postmaster.pid" already exists', 'HINT:  Is another postmaster running?'];
    expect(describeStartFailure(lines, dir, 54329)).toMatch(
      /did not start: another PostgreSQL is using the folder \(lock file "postmaster.pid" already exists\)/,
    );
  });
  it('passes any other FATAL line on, and says so when there was nothing at all', () => {
    expect(describeStartFailure(['FATAL:  data directory has invalid permissions'], dir, 1)).toBe(
      'The embedded PostgreSQL in /srv/.data/postgres did not start: data directory has invalid permissions',
    );
    expect(describeStartFailure(['starting', 'bye'], dir, 1)).toBe(
      'The embedded PostgreSQL in /srv/.data/postgres did not start: it exited after "bye"',
    );
    expect(describeStartFailure([], dir, 1)).toBe(
      'The embedded PostgreSQL in /srv/.data/postgres did not start: it exited without saying why.',
    );
  });
});

describe('stopOrphanedPostmaster', () => {
  let dir: string;
  const children: ChildProcess[] = [];
  const notices: string[] = [];
  const notice = (message: string) => notices.push(message);

  /** A stand-in postmaster: a process whose command line names postgres (or not), optionally deaf to signals. */
  async function fake(name: string, deaf = false): Promise<ChildProcess> {
    const ignore = deaf ? "process.on('SIGINT',()=>{});process.on('SIGQUIT',()=>{});" : '';
    const script = `${ignore}setInterval(()=>{},1e3);process.stdout.write('ready')`;
    const child = spawn(process.execPath, ['-e', script, name], { stdio: ['ignore', 'pipe', 'ignore'] });
    children.push(child);
    // Only once it is running (and deaf, if asked): the machine may be slow.
    await new Promise((resolve) => child.stdout.once('data', resolve));
    return child;
  }
  const writePid = (pid: number, dataDir = dir) =>
    writeFileSync(path.join(dir, 'postmaster.pid'), `${pid}\n${dataDir}\n1733300000\n54329\n`);

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'orphan-'));
    notices.length = 0;
  });
  afterEach(() => {
    for (const child of children.splice(0)) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('does nothing without a postmaster.pid, or when its process is gone', async () => {
    expect(await stopOrphanedPostmaster(dir, notice)).toBeUndefined();
    writePid(99999999);
    expect(await stopOrphanedPostmaster(dir, notice)).toBeUndefined();
    expect(notices).toEqual([]);
  });

  it('stops a live postmaster left on this folder, and says so', async () => {
    const orphan = await fake('postgres');
    writePid(orphan.pid!);
    expect(await stopOrphanedPostmaster(dir, notice)).toBe(orphan.pid);
    expect(isAlive(orphan.pid!)).toBe(false);
    expect(notices).toEqual([
      `Stopping the PostgreSQL (process ${orphan.pid}) left running on ${dir} by an earlier instance`,
    ]);
  });

  it('leaves alone a process that is not a postmaster, or one on another folder', async () => {
    const unrelated = await fake('something-else');
    writePid(unrelated.pid!);
    expect(await stopOrphanedPostmaster(dir, notice)).toBeUndefined();
    const elsewhere = await fake('postgres');
    writePid(elsewhere.pid!, '/somewhere/else');
    expect(await stopOrphanedPostmaster(dir, notice)).toBeUndefined();
    expect(isAlive(unrelated.pid!)).toBe(true);
    expect(isAlive(elsewhere.pid!)).toBe(true);
  });

  it('says what to do when the postmaster will not stop', async () => {
    const stubborn = await fake('postgres', true);
    writePid(stubborn.pid!);
    const error = await stopOrphanedPostmaster(dir, notice, { fast: 300, immediate: 300 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EmbeddedDatabaseError);
    expect((error as Error).message).toBe(
      `A PostgreSQL (process ${stubborn.pid}) is still running on ${dir} from an earlier instance and did not ` +
        `stop when asked. Stop it by hand (kill ${stubborn.pid}), then start again.`,
    );
  });
});
