import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { API_PATHS } from './api-paths';

/** Every route a controller declares, e.g. GET /events/:id.ics, read from the decorators in the source. */
function controllerRoutes(dir: string): string[] {
  const routes: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) routes.push(...controllerRoutes(file));
    if (!entry.name.endsWith('.controller.ts')) continue;
    const source = readFileSync(file, 'utf8');
    const prefix = /@Controller\(\s*'([^']*)'\s*\)/.exec(source)?.[1] ?? '';
    for (const [, method, route] of source.matchAll(/@(Get|Post|Put|Patch|Delete|All)\(\s*'([^']*)'\s*\)/g)) {
      routes.push(`${method.toUpperCase()} /${[prefix, route].filter(Boolean).join('/')}`);
    }
  }
  return routes;
}

describe('API_PATHS (what the API serves itself and the Vite dev server proxies)', () => {
  const routes = controllerRoutes(path.join(__dirname, '..', '..'));

  it('finds the controllers', () => {
    expect(routes).toEqual(expect.arrayContaining(['GET /account/export', 'GET /health/ready', 'POST /auth/sign-in']));
  });

  it.each(routes)('covers %s', (route) => {
    const example = route.split(' ')[1].replace(/:[a-zA-Z]+/g, 'abc123');
    expect(API_PATHS.test(example)).toBe(true);
  });

  it.each([
    '/',
    '/events',
    '/events/abc123',
    '/account/security',
    '/threads/1',
    '/dev/mail',
    '/evidence',
    '/evidence/impact',
  ])('leaves the page %s to the web app', (page) => expect(API_PATHS.test(page)).toBe(false));
});
