// Logs the GraphQL errors formatError hides from the client (unexpected ones at error level, passing database
// failures at warn) through the request's own logger, pino-http's `req.log`, so each line carries its request
// id without AsyncLocalStorage (see logging.ts). formatError sees the error but not the request; it notes the
// error here, and the plugin, which sees both, writes the line once the response is ready.
import { unwrapResolverError } from '@apollo/server/errors';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { Logger as PinoLike } from 'pino';

type Plugins = NonNullable<ApolloDriverConfig['plugins']>;
type Kind = 'internal' | 'transient';

const MESSAGES: Record<Kind, string> = {
  internal: 'Unhandled GraphQL error',
  transient: 'Database busy or unreachable: answered TRY_AGAIN',
};

const noted = new WeakMap<object, Kind>();

function write(log: Pick<PinoLike, 'error' | 'warn'>, kind: Kind, error: unknown): void {
  if (kind === 'internal') log.error({ context: MESSAGES[kind], err: error });
  else log.warn({ context: MESSAGES[kind], err: error });
}

/** The two callbacks createFormatError takes; `fallback` logs what is not an object (nothing to key it by). */
export function noteErrorsForLog(fallback: Pick<PinoLike, 'error' | 'warn'>) {
  const note = (kind: Kind) => (error: unknown) => {
    if (error !== null && typeof error === 'object') noted.set(error, kind);
    else write(fallback, kind, error);
  };
  return { internal: note('internal'), transient: note('transient') };
}

export function graphqlErrorLogPlugin(fallback: Pick<PinoLike, 'error' | 'warn'>): Plugins[number] {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ contextValue, errors }) {
          for (const error of errors ?? []) {
            const original = unwrapResolverError(error);
            const kind = original !== null && typeof original === 'object' ? noted.get(original) : undefined;
            if (!kind) continue;
            noted.delete(original as object);
            const req = (contextValue as { req?: { log?: PinoLike } }).req;
            write(req?.log ?? fallback, kind, original);
          }
          return Promise.resolve();
        },
      });
    },
  };
}
