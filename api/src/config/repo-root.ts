import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The repository root (the folder whose package.json declares the workspaces), found by walking up
 * from this file. The same answer whether the code runs from `api/src` (tests) or `api/dist` (build).
 */
export function findRepoRoot(start: string = __dirname): string {
  let dir = start;
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) {
      const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { workspaces?: unknown };
      if (pkg.workspaces) return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No workspace root above ${start}`);
    dir = parent;
  }
}
