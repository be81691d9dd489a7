// Health probes, security headers, request ids and the web app served by the API process.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { findRepoRoot } from '../src/config/repo-root';
import { buildSchemaSdl } from '../src/graphql-schema';
import { startTestApp, type TestApp } from './app';

describe('HTTP surface', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('reports liveness', async () => {
    const res = await fetch(`${t.url}/health/live`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('reports readiness when the database answers, and 503 when it does not', async () => {
    const ok = await fetch(`${t.url}/health/ready`);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ status: 'ok', database: 'ok' });

    // Forbid new connections and cut the app's existing ones from the server side: readiness must fail.
    const admin = new Client({ connectionString: new URL('/postgres', t.db.url).toString() });
    await admin.connect();
    try {
      await admin.query(`ALTER DATABASE "${t.db.name}" ALLOW_CONNECTIONS false`);
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [t.db.name]);
      const down = await fetch(`${t.url}/health/ready`);
      expect(down.status).toBe(503);
      const body = (await down.json()) as Record<string, unknown>;
      expect(body).toMatchObject({ status: 'unavailable', database: 'unreachable' });
      expect(JSON.stringify(body)).not.toMatch(/ECONN|password|postgres:/i);
      expect((await fetch(`${t.url}/health/live`)).status).toBe(200);
    } finally {
      await admin.query(`ALTER DATABASE "${t.db.name}" ALLOW_CONNECTIONS true`);
      await admin.end();
    }
    // The pool recovers by itself once the database is back.
    let status = 0;
    for (let i = 0; i < 10 && status !== 200; i += 1) status = (await fetch(`${t.url}/health/ready`)).status;
    expect(status).toBe(200);
  });

  it('sends security headers with a strict Content-Security-Policy', async () => {
    const res = await fetch(`${t.url}/health/live`);
    const csp = res.headers.get('content-security-policy') ?? '';
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc.trim()).toBe("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(res.headers.get('strict-transport-security')).toBeNull(); // only in production
  });

  it('gives every response a request id, reusing a well-formed incoming one', async () => {
    const minted = await fetch(`${t.url}/health/live`);
    expect(minted.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const reused = await fetch(`${t.url}/health/live`, { headers: { 'x-request-id': 'proxy-1234abcd' } });
    expect(reused.headers.get('x-request-id')).toBe('proxy-1234abcd');
    const refused = await fetch(`${t.url}/health/live`, { headers: { 'x-request-id': 'bad id <script>' } });
    expect(refused.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves the web app, and index.html for client-side routes', async () => {
    const home = await fetch(`${t.url}/`);
    expect(home.status).toBe(200);
    const html = await home.text();
    expect(html).toContain('<div id="root">');
    // No inline scripts (the CSP would block them); the one element without src is the viewer's JSON data block,
    // which browsers never run.
    expect(html.replace(/<script type="application\/json" id="[a-z-]+">[^<]*<\/script>/, '')).not.toMatch(
      /<script(?![^>]*\bsrc=)[^>]*>/,
    );
    const deep = await fetch(`${t.url}/accessibility`);
    expect(deep.status).toBe(200);
    expect(await deep.text()).toBe(html);
    const asset = html.match(/src="(\/assets\/[^"]+\.js)"/)?.[1];
    expect(asset).toBeDefined();
    const js = await fetch(`${t.url}${asset}`);
    expect(js.status).toBe(200);
    expect(js.headers.get('cache-control')).toMatch(/immutable/);
    expect((await fetch(`${t.url}/assets/missing.js`)).status).toBe(404);
  });

  it('denies by default: an unknown REST path is not served index.html for other methods', async () => {
    const res = await fetch(`${t.url}/anything`, { method: 'POST' });
    expect(res.status).toBe(404);
  });

  it('serves exactly the schema committed in shared/schema.graphql', async () => {
    const committed = readFileSync(path.join(findRepoRoot(), 'shared', 'schema.graphql'), 'utf8');
    expect(await buildSchemaSdl()).toBe(committed);
    const { printSchema, lexicographicSortSchema } = await import('graphql');
    const { GraphQLSchemaHost } = await import('@nestjs/graphql');
    const live = printSchema(lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema));
    expect(`${live}\n`).toBe(committed);
  });
});
