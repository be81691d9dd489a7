// Which database failures are passing (busy, timed out, restarting) rather than bugs: the request changed
// nothing, and the same request sent again shortly can succeed. The API answers them with TRY_AGAIN
// (GraphQL) or 503 with Retry-After (REST) instead of INTERNAL_SERVER_ERROR, and keeps serving.
import { QueryFailedError } from 'typeorm';

/**
 * SQLSTATEs: query_canceled (statement_timeout), lock_not_available (lock_timeout), deadlock_detected,
 * serialization_failure, idle_in_transaction_session_timeout, admin_shutdown / crash_shutdown /
 * cannot_connect_now (a restart), too_many_connections, and the connection_exception class (08…).
 */
const TRANSIENT_SQLSTATES = new Set(['57014', '55P03', '40P01', '40001', '25P03', '57P01', '57P02', '57P03', '53300']);

/** Messages of the pg driver and pool when a connection cannot be had or is lost. */
const TRANSIENT_MESSAGES = [
  'timeout exceeded when trying to connect',
  'Connection terminated',
  'connection terminated',
  'Client has encountered a connection error',
  'terminating connection',
  'the database system is',
];

const TRANSIENT_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN']);

export const TRY_AGAIN_MESSAGE =
  'The community is busy right now and nothing was changed. Please try again in a moment.';

/** Seconds a REST client is told to wait (Retry-After). */
export const RETRY_AFTER_SECONDS = 2;

export function isTransientDatabaseError(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth += 1) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (
      typeof code === 'string' &&
      (TRANSIENT_SQLSTATES.has(code) || code.startsWith('08') || TRANSIENT_ERRNOS.has(code))
    ) {
      return true;
    }
    if (typeof message === 'string' && TRANSIENT_MESSAGES.some((m) => message.includes(m))) return true;
    e = e instanceof QueryFailedError ? e.driverError : (e as { cause?: unknown }).cause;
  }
  return false;
}
