// The development log format (LOG_FORMAT=pretty): one readable line per entry, and a quiet boot, so that
// `npm start` ends with its banner. Production keeps pino's JSON lines (logging.ts) for log collectors.
import type { Params } from 'nestjs-pino';
import type { LoggerOptions } from 'pino';
import type { Options as PinoHttpOptions } from 'pino-http';
import pretty from 'pino-pretty';

/** Nest's start-up chatter: one line per module, controller and route (about 35 of them). */
const BOOT_CONTEXTS = new Set([
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestFactory',
  'NestApplication',
  'GraphQLModule',
]);

interface Entry {
  msg?: string;
  context?: string;
  req?: { method?: string; url?: string };
  res?: { statusCode?: number };
  responseTime?: number;
}

/** `GET /graphql 200 12ms` for a request, `[Context] message` for anything else. */
export function prettyMessage(entry: Entry): string {
  if (entry.req && entry.res) {
    return `${entry.req.method} ${entry.req.url} ${entry.res.statusCode} ${entry.responseTime}ms`;
  }
  return entry.context ? `[${entry.context}] ${entry.msg ?? ''}` : (entry.msg ?? '');
}

/** pino-http options and a synchronous pretty stream (synchronous, so lines never land after the banner). */
export function prettyLogs(options: PinoHttpOptions): Params['pinoHttp'] {
  const own = options.hooks?.logMethod;
  const hooks: LoggerOptions['hooks'] = {
    ...options.hooks,
    logMethod(args, method, level) {
      const first = args[0];
      const context = typeof first === 'object' && first !== null ? (first as Entry).context : undefined;
      if (level <= 30 && context && BOOT_CONTEXTS.has(context)) return;
      // Then whatever logging.ts's own hook does (e.g. redacting an error's message).
      if (own) own.call(this, args, method, level);
      else method.apply(this, args);
    },
  };
  const stream = pretty({
    sync: true,
    singleLine: true,
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname,service,context,req,res,responseTime',
    messageFormat: (log) => prettyMessage(log),
  });
  return [{ ...options, hooks }, stream];
}
