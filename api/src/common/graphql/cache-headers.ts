// Cache headers of /graphql. Apollo's cache-control plugin is switched off (it wraps every field resolver to
// compute a cache hint nobody uses: ~10 % of a thread page's CPU), and a response to a request that carries
// a session is marked no-store, so no browser or proxy keeps a member's data.
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { GqlContext } from '../auth/current-member';
import { readCookie } from '../auth/session-cookie';

// Typed by the Apollo Server that @nestjs/apollo runs, which may be another copy than api's own.
type Plugins = NonNullable<ApolloDriverConfig['plugins']>;

export function cacheHeaderPlugins(sessionCookie: string): Plugins {
  return [
    ApolloServerPluginCacheControlDisabled() as Plugins[number],
    {
      requestDidStart() {
        return Promise.resolve({
          willSendResponse({ contextValue, response }) {
            const { req } = contextValue as GqlContext;
            if (req.member || readCookie(req, sessionCookie)) response.http.headers.set('cache-control', 'no-store');
            return Promise.resolve();
          },
        });
      },
    },
  ];
}
