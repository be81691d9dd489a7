// Vite builds web/ into web/dist, which the API process serves on the same origin as /graphql.
// Nothing here may produce inline scripts or styles: the CSP allows only 'self'.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { API_PATHS } from '../api/src/common/web/api-paths';
import { inlineGraphqlDocuments } from './build/inline-graphql-documents';

// The API to proxy to: `API_URL=http://127.0.0.1:4000 npm run dev -w web` for one on another port.
const api = process.env.API_URL ?? 'http://localhost:3000';

export default defineConfig({
  // Each GraphQL document travels in the chunk of the page that uses it (see build/inline-graphql-documents.ts).
  plugins: [react(), inlineGraphqlDocuments(new URL('./src', import.meta.url).pathname)],
  // @heritage/shared is a linked workspace built as CommonJS; the dev server serves linked packages as
  // native ES modules unless they are pre-bundled. (The production build converts CommonJS itself.)
  optimizeDeps: { include: ['@heritage/shared'] },
  // The build reads @heritage/shared from its TypeScript sources (ES modules), so the vocabularies and rules a
  // page does not use are left out of its chunks; the CommonJS build in shared/dist could not be tree-shaken.
  resolve:
    process.env.NODE_ENV === 'production' || process.argv.includes('build')
      ? {
          alias: [
            { find: /^@heritage\/shared$/, replacement: new URL('../shared/src/index.ts', import.meta.url).pathname },
          ],
        }
      : undefined,
  build: {
    outDir: 'dist',
    // The preload polyfill is injected as inline code, which the CSP would block; every browser we support
    // has native modulepreload.
    modulePreload: { polyfill: false },
  },
  server: {
    // In development the API runs separately; proxying every path the API serves (the same list the API
    // uses to tell its own paths from the web app's pages) keeps requests same-origin, as in production.
    proxy: { [API_PATHS.source]: api },
  },
});
