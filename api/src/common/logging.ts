// Structured JSON logs (pino) with one request id per request. Credentials and members' content never reach
// the log: requests are logged as method and path only, and errors through `errorForLog`, which keeps what
// says what went wrong (class, code, constraint, stack frames) and drops what a member wrote (SQL parameters,
// the statement, the driver's detail, quoted values in messages, GraphQL sources).
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type DynamicModule, Global, Module } from '@nestjs/common';
import { Logger, PARAMS_PROVIDER_TOKEN, type Params, PinoLogger } from 'nestjs-pino';
import { type HttpLogger, pinoHttp, type Options as PinoHttpOptions } from 'pino-http';
import type { AppConfig } from '../config/config';
import { prettyLogs } from './pretty-logs';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.token',
  '*.passwordHash',
];

const QUOTED = /"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g;

/** An error's message without quoted values: PostgreSQL quotes the offending input (`for type uuid: "…"`). */
export function safeErrorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : 'non-error thrown';
  return message.replace(QUOTED, '[redacted]').slice(0, 500);
}

/** Fields of database and Node errors that name where it failed, never what was sent. */
const SAFE_FIELDS = ['code', 'errno', 'syscall', 'severity', 'constraint', 'table', 'column', 'routine'] as const;

/** What the log keeps of an error (see the header). */
export function errorForLog(error: unknown, depth = 0): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error, message: safeErrorMessage(error) };
  const type = error.constructor?.name ?? 'Error';
  const message = safeErrorMessage(error);
  const out: Record<string, unknown> = { type, message };
  const fields = error as unknown as Record<string, unknown>;
  const driver = (fields.driverError ?? {}) as Record<string, unknown>;
  for (const key of SAFE_FIELDS) {
    const value = fields[key] ?? driver[key];
    if (typeof value === 'string' || typeof value === 'number') out[key] = value;
  }
  const extensions = fields.extensions as { code?: unknown } | undefined;
  if (typeof extensions?.code === 'string') out.code = extensions.code;
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  out.stack = [`${type}: ${message}`, ...frames].join('\n');
  const cause = error.cause ?? fields.originalError;
  if (cause !== undefined && cause !== error && depth < 3) out.cause = errorForLog(cause, depth + 1);
  return out;
}

/** A personal calendar feed's address is its credential: /calendar/<token>.ics is logged without the token. */
export function redactUrl(url: string): string {
  // Query strings can carry a GraphQL GET's variables: the path is enough to find the request.
  const [path, query] = url.split('?', 2);
  return path.replace(/^\/calendar\/[^/?#]+/, '/calendar/[redacted].ics') + (query === undefined ? '' : '?[redacted]');
}

export function loggerParams(config: AppConfig): Params {
  const options: PinoHttpOptions = {
    level: config.logLevel,
    hooks: {
      // Logged with only an error (Nest's exception handler, nestjs-pino's context form), pino would use the
      // raw error message as the line's message: give it the redacted one instead.
      logMethod(args, method) {
        const [first] = args as unknown[];
        if (args.length === 1 && first !== null && typeof first === 'object' && 'err' in first) {
          return method.apply(this, [first, safeErrorMessage(first.err)]);
        }
        return method.apply(this, args);
      },
    },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    // Reuse a well-formed incoming X-Request-Id (from a proxy), else mint one; echo it back.
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const incoming = req.headers['x-request-id'];
      const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    // On every line from the start, rather than a child logger made for each request (customProps).
    base: { pid: process.pid, hostname: hostname(), service: 'heritage-cop' },
    autoLogging: { ignore: (req: IncomingMessage) => req.url === '/health/live' },
    serializers: {
      // pino-http hands over pino's standard serialisation, which copies every property; start from the error.
      err: (err: { raw?: unknown }) => errorForLog(err.raw ?? err),
      req: (req: { id: string; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        url: redactUrl(req.url),
      }),
    },
  };
  const destination = config.logDestination;
  if (config.logFormat === 'pretty' && !destination) return { pinoHttp: prettyLogs(options) };
  return { pinoHttp: destination ? [options, destination] : options };
}

/**
 * The request logger (pino-http: one line per request, `req.log` carrying the request id) and Nest's logger on
 * the same pino instance. nestjs-pino's own middleware is not used: it runs every request inside
 * AsyncLocalStorage, which on Node 20 hooks every promise in the process (a tenth of a page's CPU). Lines
 * about a request are written through its `req.log` instead (see graphql-error-log.ts).
 */
export function createHttpLogger(config: AppConfig): HttpLogger {
  const { pinoHttp: params } = loggerParams(config);
  return Array.isArray(params) ? pinoHttp(params[0], params[1]) : pinoHttp(params as PinoHttpOptions);
}

/** Provides nestjs-pino's Logger (for app.useLogger and injection) writing to the request logger's pino. */
@Global()
@Module({})
export class RequestLoggingModule {
  static forRoot(http: HttpLogger): DynamicModule {
    const params: Params = { pinoHttp: { logger: http.logger } };
    return {
      module: RequestLoggingModule,
      providers: [{ provide: PARAMS_PROVIDER_TOKEN, useValue: params }, PinoLogger, Logger],
      exports: [Logger, PinoLogger, PARAMS_PROVIDER_TOKEN],
    };
  }
}
