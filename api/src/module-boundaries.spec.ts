// Module boundaries, checked from the import statements: common/ and database/ import no feature module, and
// feature modules depend on each other one way only (the folder graph has no cycle). A module that needs to
// hear from one that depends on it offers a hook instead (NotificationVisibility, MemberDataOwners,
// SessionAuthenticator). See docs/architecture.md, "Module boundaries".
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';

const SRC = __dirname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Every relative import of a file, as a path under api/src ("modules/auth/auth.service"). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/from '(\.[^']+)'/g)].map((m) =>
    relative(SRC, normalize(join(dirname(file), m[1])))
      .split(sep)
      .join('/'),
  );
}

const area = (path: string) =>
  path
    .split('/')
    .slice(0, path.startsWith('modules/') ? 2 : 1)
    .join('/');

function areaGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(SRC)) {
    const from = area(relative(SRC, file).split(sep).join('/'));
    for (const target of importsOf(file)) {
      const to = area(target);
      if (to === from) continue;
      if (!graph.has(from)) graph.set(from, new Set());
      graph.get(from)!.add(to);
    }
  }
  return graph;
}

/** The first cycle found among feature modules, as "a → b → a", or undefined. */
function findCycle(graph: Map<string, Set<string>>): string | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string | undefined => {
    if (state.get(node) === 'done') return undefined;
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node].join(' → ');
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!next.startsWith('modules/')) continue;
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of [...graph.keys()].filter((n) => n.startsWith('modules/')).sort()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}

describe('module boundaries', () => {
  const graph = areaGraph();

  it('sees the modules (the scan works)', () => {
    expect(graph.get('modules/discussions')).toContain('modules/notifications');
  });

  it.each(['common', 'database', 'config'])('%s/ imports no feature module', (shared) => {
    const offenders = sourceFiles(join(SRC, shared)).flatMap((file) =>
      importsOf(file)
        .filter((target) => target.startsWith('modules/'))
        .map((target) => `${relative(SRC, file)} → ${target}`),
    );
    expect(offenders).toEqual([]);
  });

  it('feature modules depend on each other one way only', () => {
    expect(findCycle(graph)).toBeUndefined();
  });

  it('would report a cycle', () => {
    const cyclic = new Map([
      ['modules/a', new Set(['modules/b'])],
      ['modules/b', new Set(['modules/a'])],
    ]);
    expect(findCycle(cyclic)).toBe('modules/a → modules/b → modules/a');
  });
});
