// The app's providers: one Apollo client for data, one router for pages.
import { ApolloProvider } from '@apollo/client/react';
import { RouterProvider } from 'react-router';
import { apolloClient } from './apollo';
import { router } from './router';

export function App() {
  return (
    <ApolloProvider client={apolloClient}>
      <RouterProvider router={router} />
    </ApolloProvider>
  );
}
