// Errors that resolvers and services throw. Each maps to one `extensions.code` of the error contract.
import { ErrorCode, type FieldError } from '@heritage/shared';
import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';

export class UserInputError extends GraphQLError {
  /** `details`: further extensions the client needs to show the problem (see format-error.ts for which pass). */
  constructor(
    readonly fields: FieldError[],
    message = fields.length === 1 ? fields[0].message : 'Some answers need correcting',
    details: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { ...details, code: ErrorCode.BadUserInput, fields } });
  }

  static field(field: string, message: string): UserInputError {
    return new UserInputError([{ field, message }]);
  }
}

export class UnauthenticatedError extends GraphQLError {
  constructor(message = 'You need to sign in to do that') {
    super(message, { extensions: { code: ErrorCode.Unauthenticated } });
  }
}

export class ForbiddenError extends GraphQLError {
  constructor(message = 'You do not have permission to do that') {
    super(message, { extensions: { code: ErrorCode.Forbidden } });
  }
}

export class NotFoundError extends GraphQLError {
  constructor(message = 'We could not find that') {
    super(message, { extensions: { code: ErrorCode.NotFound } });
  }
}

/** The database was busy or unreachable (a timeout, a restart); nothing changed, the client may retry. */
export class TryAgainError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: ErrorCode.TryAgain } });
  }
}

export class ConflictError extends GraphQLError {
  /** `details`: further extensions (see format-error.ts for which pass), e.g. `current` for a stale edit. */
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { ...details, code: ErrorCode.Conflict } });
  }
}

/**
 * Too many requests: `extensions.retryAfter` is the wait in whole seconds. `extensions.http` makes Apollo
 * answer HTTP 429 with Retry-After (it is removed before the error is sent).
 */
export class RateLimitedError extends GraphQLError {
  constructor(readonly retryAfterSeconds: number) {
    super(rateLimitMessage(retryAfterSeconds), {
      extensions: {
        code: ErrorCode.RateLimited,
        retryAfter: retryAfterSeconds,
        http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
      },
    });
  }
}

/** "Try again in 15 minutes" — whole minutes, or seconds under a minute. */
export function rateLimitMessage(seconds: number): string {
  const wait =
    seconds < 60
      ? `${seconds} second${seconds === 1 ? '' : 's'}`
      : `${Math.ceil(seconds / 60)} minute${Math.ceil(seconds / 60) === 1 ? '' : 's'}`;
  return `Too many attempts. Try again in ${wait}.`;
}

/** Who last changed a record and when, as a stale edit's `current` carries it. */
export interface EditedStamp {
  revision: number;
  editedAt: Date | null;
  /** The editor's display name ("Former member" once erased); null when never edited. */
  editedBy: string | null;
}

/**
 * A save started from an older revision than the record now has (optimistic concurrency): nothing is changed,
 * and `extensions.current` carries the record as it is now, so the editor can merge and save against
 * `current.revision`. Never a silent overwrite.
 */
export function staleEdit(what: string, current: EditedStamp & Record<string, unknown>): ConflictError {
  return new ConflictError(
    `${what} was changed by someone else while you were editing. Compare the versions, then save again.`,
    { current: { ...current, editedAt: current.editedAt?.toISOString() ?? null } },
  );
}
