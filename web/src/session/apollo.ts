// The one Apollo client, for every page but the home page. It is not part of the first load: it loads with the
// first page that queries through it (components/page-route.tsx puts that page under its provider). /graphql
// is same-origin (the API serves this app), and HttpLink sends application/json, which satisfies the API's
// CSRF prevention. Any UNAUTHENTICATED answer is reported (./unauthenticated): the session may have ended
// (expired, signed out elsewhere, password changed on another device), and the viewer is asked again so
// nothing of the member stays on screen or in storage. `resetStore()` asks again for the viewer too (it
// lives outside this cache, in ./viewer), so signing in or out stays one call.
import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { apolloClientLoaded } from './loaded-apollo';
import { signalUnauthenticated } from './unauthenticated';
import { refetchViewer } from './viewer';

const sessionWatch = new ErrorLink(({ error }) => {
  if (!CombinedGraphQLErrors.is(error)) return;
  if (!error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) return;
  signalUnauthenticated();
});

export const apolloClient = new ApolloClient({
  link: ApolloLink.from([sessionWatch, new HttpLink({ uri: '/graphql' })]),
  cache: new InMemoryCache(),
});

// A new viewer also drops what the shell and the home page read for the one before (./first-load-query).
apolloClient.onResetStore(refetchViewer);
apolloClientLoaded(apolloClient);
