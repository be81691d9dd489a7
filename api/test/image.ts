// The Docker image's runtime stage, assembled without Docker: parse the Dockerfile, reproduce each stage the
// runtime copies from, and copy exactly what the runtime stage COPYs into a folder the app can start from.
import { execFileSync, execSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

export interface Instruction {
  keyword: string;
  flags: Record<string, string>;
  /** The text after the keyword and its --flags. */
  args: string;
}

export interface Stage {
  name: string;
  image: string;
  instructions: Instruction[];
}

/** FROM/WORKDIR/COPY/RUN/ENV/USER/EXPOSE/HEALTHCHECK/CMD with line continuations; enough for our Dockerfile. */
export function parseDockerfile(text: string): Stage[] {
  const logical: string[] = [];
  let pending = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (pending === '' && (line === '' || line.startsWith('#'))) continue;
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1).trim()} `;
      continue;
    }
    logical.push(pending + line);
    pending = '';
  }
  const stages: Stage[] = [];
  for (const line of logical) {
    const [, keyword, rest] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
    const flags: Record<string, string> = {};
    let args = rest;
    for (let m = /^--([a-z-]+)=(\S+)\s*/.exec(args); m; m = /^--([a-z-]+)=(\S+)\s*/.exec(args)) {
      flags[m[1]] = m[2];
      args = args.slice(m[0].length);
    }
    const instruction = { keyword: keyword.toUpperCase(), flags, args };
    if (instruction.keyword === 'FROM') {
      const [, image, name] = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args) ?? [];
      stages.push({ image, name: name ?? String(stages.length), instructions: [] });
    } else {
      if (stages.length === 0) throw new Error(`${keyword} before FROM`);
      stages[stages.length - 1].instructions.push(instruction);
    }
  }
  return stages;
}

const KNOWN = new Set(['WORKDIR', 'COPY', 'RUN', 'ENV', 'USER', 'EXPOSE', 'HEALTHCHECK', 'CMD']);

/** `ENV A=1 B=2` pairs of a stage. */
export function stageEnv(stage: Stage): Record<string, string> {
  const env: Record<string, string> = {};
  for (const i of stage.instructions.filter((x) => x.keyword === 'ENV')) {
    for (const pair of i.args.split(/\s+/)) {
      const eq = pair.indexOf('=');
      if (eq <= 0) throw new Error(`ENV without name=value: ${i.args}`);
      env[pair.slice(0, eq)] = pair.slice(eq + 1);
    }
  }
  return env;
}

/** The exec form (JSON array) of CMD or HEALTHCHECK's CMD; the shell form becomes sh -c. */
export function execForm(args: string): string[] {
  return args.startsWith('[') ? (JSON.parse(args) as string[]) : ['sh', '-c', args];
}

function workdir(stage: Stage): string {
  const dirs = stage.instructions.filter((i) => i.keyword === 'WORKDIR').map((i) => i.args);
  if (dirs.length !== 1 || !dirs[0].startsWith('/')) throw new Error(`Stage ${stage.name}: one absolute WORKDIR`);
  return dirs[0];
}

function commands(stage: Stage): string[] {
  return stage.instructions
    .filter((i) => i.keyword === 'RUN')
    .flatMap((i) => i.args.split('&&').map((c) => c.trim().replace(/\s+/g, ' ')));
}

/** Docker COPY: a folder's contents go into the destination; a file goes into it when it ends in `/`. */
function copy(from: string, to: string, link: boolean): void {
  if (!existsSync(from)) throw new Error(`COPY source missing: ${from}`);
  if (statSync(from).isDirectory()) {
    mkdirSync(to, { recursive: true });
    // cp -a keeps the workspace symlinks (node_modules/@heritage/*) relative; -l hard-links a large tree.
    execFileSync('cp', [link ? '-al' : '-a', `${from}/.`, to]);
  } else {
    const file = to.endsWith('/') ? path.join(to, path.basename(from)) : to;
    mkdirSync(path.dirname(file), { recursive: true });
    cpSync(from, file);
  }
}

/** Where `dest` lands in the local folder standing for the stage's WORKDIR; keeps a final `/`. */
function destination(local: string, workdir: string, dest: string): string {
  const relative = path.posix.relative(workdir, path.posix.resolve(workdir, dest));
  if (relative.startsWith('..')) throw new Error(`COPY outside WORKDIR ${workdir}: ${dest}`);
  return path.join(local, relative) + (dest.endsWith('/') ? '/' : '');
}

function copyFromContext(stage: Stage, context: string, stageRoot: string): void {
  const dir = workdir(stage);
  for (const i of stage.instructions.filter((x) => x.keyword === 'COPY')) {
    if (i.flags.from) throw new Error(`Stage ${stage.name} copies from another stage; not reproduced`);
    const parts = i.args.split(/\s+/);
    const dest = parts.pop() as string;
    for (const src of parts) {
      copy(path.join(context, src), destination(stageRoot, dir, dest), false);
    }
  }
}

const NPM_CI_PROD = /^npm ci --omit=dev( --ignore-scripts)?( --no-audit)?( --no-fund)?$/;

/**
 * Reproduces a stage that installs production dependencies (`npm ci --omit=dev`) into `stageRoot`.
 * Fast path: hard-link the repository's installed tree (installed by `npm ci` from the same lockfile) and
 * `npm prune --omit=dev`, which leaves the same tree. IMAGE_CHECK_NPM_CI=1 runs the stage's own command.
 */
function reproduceDependencyStage(stage: Stage, context: string, stageRoot: string, workspaces: string[]): void {
  copyFromContext(stage, context, stageRoot);
  const steps = commands(stage).filter((c) => c !== 'npm cache clean --force'); // only shrinks the layer
  if (steps.length !== 1 || !NPM_CI_PROD.test(steps[0])) {
    throw new Error(`Stage ${stage.name}: cannot reproduce ${JSON.stringify(steps)}; teach api/test/image.ts`);
  }
  const npmEnv = { ...process.env, npm_config_update_notifier: 'false', npm_config_loglevel: 'error' };
  if (process.env.IMAGE_CHECK_NPM_CI === '1') {
    execSync(steps[0], { cwd: stageRoot, env: npmEnv, stdio: 'pipe' });
    return;
  }
  for (const folder of ['.', ...workspaces]) {
    const modules = path.join(context, folder, 'node_modules');
    if (existsSync(modules)) copy(modules, path.join(stageRoot, folder, 'node_modules'), true);
  }
  // npm rewrites its hidden lockfile in place; unlinked here, its rewrite cannot reach the repository's copy.
  rmSync(path.join(stageRoot, 'node_modules', '.package-lock.json'), { force: true });
  const flags = steps[0].replace(/^npm ci /, '').split(' ');
  execFileSync('npm', ['prune', ...flags], { cwd: stageRoot, env: npmEnv, stdio: 'pipe' });
}

export interface AssembledRuntime {
  /** The runtime stage's WORKDIR, as a local folder. */
  root: string;
  env: Record<string, string>;
  cmd: string[];
  healthcheck?: string[];
  /** What each COPY brought in, for the report: `<stage>:<source> -> <dest>`. */
  copies: string[];
}

/**
 * Assembles the last stage of `dockerfile` under `into`. A stage that runs `npm run build` is the repository
 * after `npm run build` (npm test builds first); a stage that installs production dependencies is reproduced.
 * The runtime must not take node_modules from the build stage (that tree has the dev dependencies).
 */
export function assembleRuntime(dockerfile: string, context: string, into: string): AssembledRuntime {
  const stages = parseDockerfile(readFileSync(dockerfile, 'utf8'));
  const runtime = stages[stages.length - 1];
  const unknown = stages.flatMap((s) => s.instructions).filter((i) => !KNOWN.has(i.keyword));
  if (unknown.length > 0) throw new Error(`Unsupported instructions: ${unknown.map((i) => i.keyword).join(', ')}`);
  const workspaces = (JSON.parse(readFileSync(path.join(context, 'package.json'), 'utf8')) as { workspaces: string[] })
    .workspaces;

  const stageRoots = new Map<string, string>();
  const rootOf = (name: string): string => {
    const known = stageRoots.get(name);
    if (known) return known;
    const stage = stages.find((s) => s.name === name);
    if (!stage) throw new Error(`COPY --from=${name}: no such stage`);
    let root: string;
    if (commands(stage).includes('npm run build')) {
      root = context;
    } else {
      root = path.join(into, 'stages', name);
      reproduceDependencyStage(stage, context, root, workspaces);
    }
    stageRoots.set(name, root);
    return root;
  };

  const root = path.join(into, 'runtime'); // stands for the runtime's WORKDIR
  const dir = workdir(runtime);
  const copies: string[] = [];
  let cmd: string[] | undefined;
  let healthcheck: string[] | undefined;
  for (const i of runtime.instructions) {
    if (i.keyword === 'CMD') cmd = execForm(i.args);
    if (i.keyword === 'HEALTHCHECK') healthcheck = execForm(i.args.replace(/^CMD\s+/, ''));
    if (i.keyword !== 'COPY') continue;
    if (!i.flags.from) throw new Error('The runtime stage copies from the build context; not reproduced');
    const stage = stages.find((s) => s.name === i.flags.from) as Stage;
    const stageRoot = rootOf(i.flags.from);
    const [src, dest, ...more] = i.args.split(/\s+/);
    if (more.length > 0) throw new Error(`COPY with several sources: ${i.args}`);
    const relative = path.posix.relative(workdir(stage), path.posix.resolve(workdir(stage), src));
    const source = path.join(stageRoot, relative);
    if (stageRoot === context && (relative.split('/').includes('node_modules') || hasNodeModules(source))) {
      throw new Error(
        `COPY --from=${i.flags.from} ${src}: node_modules must come from the production-dependency stage`,
      );
    }
    copy(source, destination(root, dir, dest), stageRoot !== context);
    copies.push(`${i.flags.from}:${src} -> ${dest}`);
  }
  if (!cmd) throw new Error('The runtime stage has no CMD');
  return { root, env: stageEnv(runtime), cmd, healthcheck, copies };
}

function hasNodeModules(folder: string): boolean {
  if (!statSync(folder).isDirectory()) return false;
  return execFileSync('find', [folder, '-name', 'node_modules', '-print', '-quit']).toString().trim() !== '';
}
