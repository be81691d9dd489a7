// The closed set of `extensions.code` values every GraphQL error carries.
export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  /** The database was busy or unreachable (a timeout, a restart): nothing was changed; send it again shortly. */
  TryAgain = 'TRY_AGAIN',
  /** Too many requests: `extensions.retryAfter` says how many seconds to wait (HTTP 429, Retry-After). */
  RateLimited = 'RATE_LIMITED',
  Internal = 'INTERNAL_SERVER_ERROR',
}

/** One failing field of a BAD_USER_INPUT error, shown beside the field in the web app. */
export interface FieldError {
  /** Input path, e.g. `email` or `address.postcode`. */
  field: string;
  message: string;
}

export const ERROR_CODES: readonly string[] = Object.values(ErrorCode);
