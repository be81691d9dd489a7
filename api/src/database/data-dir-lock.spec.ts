import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DataDirInUseError, lockDataDir } from './data-dir-lock';

describe('lockDataDir', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'heritage-lock-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes this process id and removes it on release', () => {
    const lock = lockDataDir(dir);
    expect(readFileSync(path.join(dir, 'heritage-cop.pid'), 'utf8')).toBe(String(process.pid));
    lock.release();
    expect(existsSync(path.join(dir, 'heritage-cop.pid'))).toBe(false);
  });

  it('refuses a folder held by another live process', () => {
    // The parent of this process is alive for the whole test.
    writeFileSync(path.join(dir, 'heritage-cop.pid'), String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(DataDirInUseError);
    expect(() => lockDataDir(dir)).toThrow(`(process ${process.ppid})`);
  });

  it('takes over a stale lock', () => {
    writeFileSync(path.join(dir, 'heritage-cop.pid'), '99999999');
    lockDataDir(dir).release();
  });
});
