// The web app as the API process serves it: precompressed assets with the right Content-Encoding and
// caching, 404 for every path the client's route table does not know, the viewer embedded in the page,
// and compressed, uncached member responses from /graphql. Real HTTP against the real build (npm run build).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Role, VIEWER_DATA_ID } from '@heritage/shared';
import { startTestApp, type TestApp } from './app';
import { buildMember } from './factories';
import { Session } from './gql';
import { graphql } from './graphql';

const VIEWER = graphql(`
  query WebAppViewer {
    viewer {
      id
      displayName
      email
      roles
      permissions
    }
  }
`);
/** A large answer, to show compression pays. */
const SCHEMA_TYPES = graphql(`
  query WebAppSchemaTypes {
    __schema {
      types {
        name
        description
        fields {
          name
          description
        }
      }
    }
  }
`);

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A GET with exactly the headers given (fetch would add Accept-Encoding and decode the body itself). */
function rawGet(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers, agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

function decoded(res: RawResponse): string {
  const encoding = res.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(res.body).toString('utf8');
  if (encoding === 'gzip') return gunzipSync(res.body).toString('utf8');
  return res.body.toString('utf8');
}

function embeddedViewer(html: string): unknown {
  const block = new RegExp(`<script type="application/json" id="${VIEWER_DATA_ID}">(.*?)</script>`).exec(html);
  if (!block) throw new Error('no viewer data block in the page');
  return (JSON.parse(block[1]) as { viewer: unknown }).viewer;
}

describe('the web app served by the API', () => {
  let t: TestApp;
  const dist = path.join(__dirname, '..', '..', 'web', 'dist');
  let entry: string;

  beforeAll(async () => {
    t = await startTestApp();
    entry = /src="(\/assets\/[^"]+\.js)"/.exec(readFileSync(path.join(dist, 'index.html'), 'utf8'))?.[1] ?? '';
  });
  afterAll(() => t.close());

  it('sends the build’s Brotli or gzip copy of an asset, as the browser accepts, cached for a year', async () => {
    expect(entry).toMatch(/^\/assets\/index-.+\.js$/);
    const original = readFileSync(path.join(dist, entry));

    const br = await rawGet(`${t.url}${entry}`, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/^text\/javascript|^application\/javascript/);
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(original.length / 3);
    expect(decoded(br)).toBe(original.toString('utf8'));

    const gzip = await rawGet(`${t.url}${entry}`, { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(decoded(gzip)).toBe(original.toString('utf8'));

    const refused = await rawGet(`${t.url}${entry}`, { 'accept-encoding': 'br;q=0, gzip;q=0' });
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.body.equals(original)).toBe(true);

    const none = await rawGet(`${t.url}${entry}`);
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(none.headers.vary).toMatch(/Accept-Encoding/i);
  });

  it('writes a .br and a .gz copy of every script and style sheet at build time (all but the tiniest)', () => {
    const assets = readdirSync(path.join(dist, 'assets'));
    const code = assets.filter((name) => /\.(js|css)$/.test(name));
    // A file of a few dozen bytes grows when compressed, so it is sent as it is: every other one has copies.
    const large = code.filter((name) => statSync(path.join(dist, 'assets', name)).size > 200);
    expect(large.length).toBeGreaterThan(10);
    for (const name of large) {
      expect([name, assets.includes(`${name}.br`), assets.includes(`${name}.gz`)]).toEqual([name, true, true]);
    }
  });

  it('answers 404 for unknown paths: the shell’s "Page not found" for page addresses, plain for files', async () => {
    for (const known of [
      '/',
      '/about',
      '/About/',
      '/events/4f9a7c1e-0000-4000-8000-000000000000',
      '/admin/members/x',
    ]) {
      const res = await rawGet(`${t.url}${known}`);
      expect([known, res.status]).toEqual([known, 200]);
      expect(res.body.toString()).toContain('<div id="root">');
    }
    for (const unknown of ['/no-such-page', '/about/more', '/admin/nothing-here', '/threads']) {
      const res = await rawGet(`${t.url}${unknown}`);
      expect([unknown, res.status]).toEqual([unknown, 404]);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.body.toString()).toContain('<div id="root">');
    }
    for (const file of ['/manifest.json', '/robots.txt', '/assets/missing.js', '/assets/no/such.css']) {
      const res = await rawGet(`${t.url}${file}`);
      expect([file, res.status]).toEqual([file, 404]);
      expect(res.body.toString()).not.toContain('<div id="root">');
    }
    // The API's own paths are untouched.
    expect((await rawGet(`${t.url}/health/live`)).status).toBe(200);
    expect((await rawGet(`${t.url}/favicon.svg`)).status).toBe(200);
  });

  it('embeds the viewer in the page: null for visitors (revalidated), the member’s for members (never stored)', async () => {
    const visitor = await rawGet(`${t.url}/`, { 'accept-encoding': 'gzip' });
    expect(visitor.headers['cache-control']).toBe('no-cache');
    expect(visitor.headers.vary).toMatch(/Cookie/);
    expect(embeddedViewer(decoded(visitor))).toBeNull();

    // A name that tries to close the data block and run a script.
    const member = await buildMember(t.dataSource, {
      displayName: 'Ada </script><script>alert(1)</script> & <!-- Co',
      roles: [Role.Member, Role.Moderator],
    });
    const session = new Session(t.url);
    expect((await session.signIn(member.email, member.password)).status).toBe(200);
    const page = await rawGet(`${t.url}/discussions`, { cookie: session.cookie });
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    const html = decoded(page);
    expect(html).not.toContain('</script><script>');
    const block = new RegExp(`id="${VIEWER_DATA_ID}">(.*?)</script>`).exec(html)?.[1] ?? '';
    expect(block).not.toMatch(/[<>&]/);
    // Every script is either a module from /assets or the one JSON data block (the CSP allows no inline code).
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
      expect(tag).toMatch(/^<script type="module" crossorigin src="\/assets\/|^<script type="application\/json" id=/);
    }
    const viewer = embeddedViewer(html) as Record<string, unknown>;
    const asked = await session.gql(VIEWER);
    expect(viewer).toEqual(asked.body.data?.viewer);
    expect(viewer).toMatchObject({ id: member.id, displayName: member.displayName, roles: ['MEMBER', 'MODERATOR'] });

    // A 404 page for a member is not stored either.
    const missing = await rawGet(`${t.url}/no-such-page`, { cookie: session.cookie });
    expect(missing.status).toBe(404);
    expect(missing.headers['cache-control']).toBe('no-store');

    // A session that has ended is a visitor again.
    await session.signOut();
    const after = await rawGet(`${t.url}/`, { cookie: `hcop_session=${'x'.repeat(43)}` });
    expect(embeddedViewer(after.body.toString())).toBeNull();
  });

  it('compresses GraphQL responses and marks a member’s as no-store', async () => {
    const member = await buildMember(t.dataSource);
    const session = new Session(t.url);
    await session.signIn(member.email, member.password);
    const big = JSON.stringify({ query: SCHEMA_TYPES.toString() });
    const post = (headers: Record<string, string>) =>
      new Promise<RawResponse>((resolve, reject) => {
        const req = http.request(
          `${t.url}/graphql`,
          { method: 'POST', agent: false, headers: { 'content-type': 'application/json', ...headers } },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () =>
              resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
            );
          },
        );
        req.on('error', reject);
        req.end(big);
      });

    const visitor = await post({ 'accept-encoding': 'br, gzip' });
    expect(visitor.status).toBe(200);
    expect(visitor.headers['content-encoding']).toBe('br');
    expect(visitor.headers['cache-control']).toBeUndefined();
    const plain = await post({});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(decoded(visitor))).toEqual(JSON.parse(plain.body.toString()));
    expect(visitor.body.length).toBeLessThan(plain.body.length / 3);

    const mine = await post({ 'accept-encoding': 'gzip', cookie: session.cookie });
    expect(mine.headers['content-encoding']).toBe('gzip');
    expect(mine.headers['cache-control']).toBe('no-store');
  });
});
