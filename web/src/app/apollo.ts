// The one Apollo client. /graphql is same-origin (the API serves this app), and HttpLink sends
// application/json, which satisfies the API's CSRF prevention.
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

export const apolloClient = new ApolloClient({
  link: new HttpLink({ uri: '/graphql' }),
  cache: new InMemoryCache(),
});
