// Apollo's provider for one page, loaded with the page's own code (components/page-route.tsx), so Apollo
// Client is not part of the first load.
import { ApolloProvider } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { apolloClient } from './apollo';

export function WithApollo({ children }: { children: ReactNode }) {
  return <ApolloProvider client={apolloClient}>{children}</ApolloProvider>;
}
