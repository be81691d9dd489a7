import { isWebRoute, WEB_ROUTES } from './web-routes';

describe('isWebRoute', () => {
  it('knows every page, with its parameters filled in, as React Router matches them', () => {
    for (const pattern of Object.values(WEB_ROUTES)) {
      expect([pattern, isWebRoute(pattern.replace(/:[a-z]+/gi, 'abc-123'))]).toEqual([pattern, true]);
    }
    expect(isWebRoute('/')).toBe(true);
    expect(isWebRoute('/About')).toBe(true);
    expect(isWebRoute('/about/')).toBe(true);
    expect(isWebRoute('/events/0b5e2f0c-7d41-4c55-9a0e-9c1a2b3c4d5e')).toBe(true);
    expect(isWebRoute('/reset-password/abc.def_ghi')).toBe(true);
  });

  it('refuses anything else', () => {
    for (const path of [
      '/manifest.json',
      '/no-such-page',
      '/about/more',
      '/events/abc/edit/again',
      '/threads/',
      '/admin/unknown',
      '//',
      '/assets/index-abc.js',
      '/aboutx',
    ]) {
      expect([path, isWebRoute(path)]).toEqual([path, false]);
    }
  });
});
