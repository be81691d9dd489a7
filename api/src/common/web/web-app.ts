// Serves the built web app (web/dist) from the API process: hashed assets with long caching,
// and index.html for every other GET that is not an API path, so client-side routes deep-link.
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';

// Paths the API answers itself; every other GET is a page of the web app. Of /events/… only the downloads
// (an event's .ics, its attendee CSV) are the API's: /events/<id> itself is a page.
const API_PATHS =
  /^\/(graphql|health|auth|account\/export)(\/|$)|^\/events\/[^/]+(\.ics|\/attendees\.csv)$|^\/calendar\/[^/]+\.ics$/;

export function mountWebApp(app: Express, distDir: string): void {
  const index = path.join(distDir, 'index.html');
  if (!existsSync(index)) {
    app.get('/', (_req, res) => {
      res.type('text/plain').send('The web app has not been built. Run `npm run build` (npm start does this for you).');
    });
    return;
  }
  app.use(
    '/assets',
    express.static(path.join(distDir, 'assets'), { immutable: true, maxAge: '365d', index: false, fallthrough: false }),
  );
  app.use(express.static(distDir, { index: false, maxAge: '1h' }));
  app.use((req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PATHS.test(req.path)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
