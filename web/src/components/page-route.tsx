// How the router is told about one page: either its element, for the few pages in the first download (the
// shell, the home page, "Page not found"), or a loader for the page's own code, fetched on the first visit.
// React Router waits for that code before it changes page, so the page, its title and the focus move
// together and nothing half-drawn is shown. A loaded page comes under Apollo's provider, which loads with the
// first such page: Apollo Client is not part of the first download (session/first-load-query.ts).
import type { ReactNode } from 'react';
import type { NonIndexRouteObject } from 'react-router';
import { LoadingMessage } from './loading-message';

export type PageRoute = Pick<NonIndexRouteObject, 'element' | 'lazy' | 'HydrateFallback'>;

/** While a page's code arrives on the first page load: the header and footer are drawn, this is the main. */
function PageLoading() {
  return <LoadingMessage>Loading the page…</LoadingMessage>;
}

/** A page whose code is a separate chunk: `render` receives the loaded module and returns the element. */
export function lazyPage<M>(load: () => Promise<M>, render: (module: M) => ReactNode): PageRoute {
  return {
    lazy: async () => {
      const [module, { WithApollo }] = await Promise.all([load(), import('../session/with-apollo')]);
      return { element: <WithApollo>{render(module)}</WithApollo> };
    },
    HydrateFallback: PageLoading,
  };
}
