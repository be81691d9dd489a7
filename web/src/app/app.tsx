// The app's providers: one Apollo client for data, who is signed in, and one router for pages.
import { ApolloProvider } from '@apollo/client/react';
import { RouterProvider } from 'react-router';
import { apolloClient } from '../session/apollo';
import { router } from './router';
import { ViewerProvider } from '../session/viewer';

export function App() {
  return (
    <ApolloProvider client={apolloClient}>
      <ViewerProvider>
        <RouterProvider router={router} />
      </ViewerProvider>
    </ApolloProvider>
  );
}
