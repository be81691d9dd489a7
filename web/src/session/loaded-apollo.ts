// Apollo Client is not part of the first load: it loads with the first page that queries through it
// (components/page-route.tsx). Until then it has no cache to empty; after, session code that is part of the
// first load (signing out, another member in this tab) empties it through this, without loading it.
import type { ApolloClient } from '@apollo/client';

let loaded: ApolloClient | undefined;

/** Called once by session/apollo.ts when the client is created. */
export function apolloClientLoaded(client: ApolloClient): void {
  loaded = client;
}

/** The Apollo client if a page has loaded it, else undefined. */
export function loadedApolloClient(): ApolloClient | undefined {
  return loaded;
}
