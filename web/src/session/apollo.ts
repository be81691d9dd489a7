// The one Apollo client. /graphql is same-origin (the API serves this app), and HttpLink sends
// application/json, which satisfies the API's CSRF prevention. Any UNAUTHENTICATED answer is reported to
// onUnauthenticated's listeners: the session may have ended (expired, signed out elsewhere, password changed
// on another device), and the viewer is asked again so nothing of the member stays on screen or in storage.
import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';

const unauthenticatedListeners = new Set<() => void>();

/** Calls `listener` whenever the API answers UNAUTHENTICATED; returns a function that stops it. */
export function onUnauthenticated(listener: () => void): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

/** Tells onUnauthenticated's listeners (the live stream reports its UNAUTHENTICATED answers here too). */
export function signalUnauthenticated(): void {
  for (const listener of unauthenticatedListeners) listener();
}

const sessionWatch = new ErrorLink(({ error }) => {
  if (!CombinedGraphQLErrors.is(error)) return;
  if (!error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) return;
  signalUnauthenticated();
});

export const apolloClient = new ApolloClient({
  link: ApolloLink.from([sessionWatch, new HttpLink({ uri: '/graphql' })]),
  cache: new InMemoryCache(),
});
