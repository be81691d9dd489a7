// Serves the built web app (web/dist) from the API process:
// - files: hashed assets cached for a year (immutable), other files for an hour; each sent as the Brotli or
//   gzip copy written at build time (web/scripts/precompress.mjs) when the browser accepts it, with
//   Content-Encoding and Vary: Accept-Encoding. A missing asset is a plain 404, never the app shell.
// - pages: index.html for every path of the shared route table (WEB_ROUTES), with the signed-in member's
//   viewer embedded as a JSON data block, so the header draws its navigation without a network round trip;
//   never cached for members (no-store), revalidated for visitors (no-cache). Any other path is a 404: the
//   shell with status 404 (it shows "Page not found"), or a plain 404 for a path that looks like a file.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { isWebRoute, VIEWER_DATA_ID } from '@heritage/shared';
import type { Express, NextFunction, Request, Response } from 'express';
import { API_PATHS } from './api-paths';

const YEAR = 'public, max-age=31536000, immutable';
const HOUR = 'public, max-age=3600';

export interface WebAppOptions {
  /**
   * The viewer of the member whose session cookie came with the request (the `viewer` query's shape), or
   * null for a visitor. When it throws (the database is down), the page goes out without the data block and
   * the app asks /graphql instead.
   */
  viewerFor(req: Request): Promise<object | null>;
}

interface StaticFile {
  file: string;
  br: boolean;
  gzip: boolean;
}

export function mountWebApp(app: Express, distDir: string, options: WebAppOptions): void {
  const indexFile = path.join(distDir, 'index.html');
  if (!existsSync(indexFile)) {
    app.get('/', (_req, res) => {
      res.type('text/plain').send('The web app has not been built. Run `npm run build` (npm start does this for you).');
    });
    return;
  }
  const shell = readFileSync(indexFile, 'utf8');
  if (!shell.includes('<div id="root"></div>')) throw new Error(`${indexFile} has no <div id="root"></div>`);
  const files = staticFiles(distDir);

  app.use((req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const file = files.get(safeDecode(req.path));
    if (file) return sendStatic(req, res, next, file, req.path.startsWith('/assets/') ? YEAR : HOUR);
    if (req.path.startsWith('/assets/')) return notFound(res);
    if (API_PATHS.test(req.path)) return next();
    if (isWebRoute(req.path)) return void sendShell(req, res, 200);
    // A path that looks like a file (/manifest.json, /robots.txt) gets a plain 404; a page address gets the
    // shell's "Page not found" with the real status.
    if (path.posix.basename(req.path).includes('.')) return notFound(res);
    return void sendShell(req, res, 404);
  });

  async function sendShell(req: Request, res: Response, status: number): Promise<void> {
    let data = '';
    let viewer: object | null = null;
    try {
      viewer = await options.viewerFor(req);
      data = `<script type="application/json" id="${VIEWER_DATA_ID}">${jsonForHtml({ viewer })}</script>`;
    } catch {
      // Unknown who is signed in: the app asks /graphql itself.
    }
    // A member's page names them: never stored. A visitor's is the same for everyone but is revalidated,
    // so a new deployment's asset names are picked up at once.
    res.setHeader('Cache-Control', viewer ? 'no-store' : 'no-cache');
    res.setHeader('Vary', 'Cookie');
    res
      .status(status)
      .type('html')
      .send(shell.replace('<div id="root"></div>', `<div id="root"></div>${data}`));
  }
}

/** Every file of the build except index.html (served as the shell) and the compressed copies. */
function staticFiles(distDir: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  const names = new Set(
    readdirSync(distDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(distDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')),
  );
  for (const name of names) {
    if (name === 'index.html' || name.endsWith('.br') || name.endsWith('.gz')) continue;
    files.set(`/${name}`, {
      file: path.join(distDir, name),
      br: names.has(`${name}.br`),
      gzip: names.has(`${name}.gz`),
    });
  }
  return files;
}

function sendStatic(req: Request, res: Response, next: NextFunction, file: StaticFile, cacheControl: string): void {
  const encoding = chooseEncoding(req.headers['accept-encoding'], file);
  res.setHeader('Cache-Control', cacheControl);
  res.setHeader('Vary', 'Accept-Encoding');
  // The type of the original file, not of its .br/.gz copy.
  res.type(path.extname(file.file));
  if (encoding) res.setHeader('Content-Encoding', encoding);
  const sent = encoding === 'br' ? `${file.file}.br` : encoding === 'gzip' ? `${file.file}.gz` : file.file;
  res.sendFile(sent, { cacheControl: false, dotfiles: 'deny' }, (error?: Error & { code?: string }) => {
    if (!error || res.headersSent || error.code === 'ECONNABORTED') return;
    next(error);
  });
}

/** Brotli, else gzip, when the browser accepts it and the build wrote that copy; undefined for the file itself. */
export function chooseEncoding(
  header: string | undefined,
  available: { br: boolean; gzip: boolean },
): 'br' | 'gzip' | undefined {
  const accepted = new Set<string>();
  const refused = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    (q !== undefined && !(Number(q.slice(2)) > 0) ? refused : accepted).add(name);
  }
  const ok = (name: string) => !refused.has(name) && (accepted.has(name) || accepted.has('*'));
  if (available.br && ok('br')) return 'br';
  if (available.gzip && ok('gzip')) return 'gzip';
  return undefined;
}

function notFound(res: Response): void {
  res.status(404).setHeader('Cache-Control', 'no-cache');
  res.type('text/plain').send('Not found');
}

function safeDecode(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

/** JSON that cannot end the <script> element it sits in, nor be read as HTML. */
export function jsonForHtml(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
