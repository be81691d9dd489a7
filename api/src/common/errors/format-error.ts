// Maps every error leaving the GraphQL endpoint onto the error contract: a known `extensions.code`,
// field messages for bad input, and nothing internal (no stack, no SQL, no class names).
import { unwrapResolverError } from '@apollo/server/errors';
import { ErrorCode, type FieldError } from '@heritage/shared';
import { HttpException } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { isTransientDatabaseError, TRY_AGAIN_MESSAGE } from '../../database/transient-errors';

const KNOWN = new Set<string>(Object.values(ErrorCode));

/** Apollo's and Nest's own codes, folded into ours. */
const ALIASES: Record<string, ErrorCode> = {
  GRAPHQL_PARSE_FAILED: ErrorCode.BadUserInput,
  GRAPHQL_VALIDATION_FAILED: ErrorCode.BadUserInput,
  BAD_REQUEST: ErrorCode.BadUserInput,
  PERSISTED_QUERY_NOT_FOUND: ErrorCode.BadUserInput,
  PERSISTED_QUERY_NOT_SUPPORTED: ErrorCode.BadUserInput,
  OPERATION_RESOLUTION_FAILURE: ErrorCode.BadUserInput,
  UNAUTHORIZED: ErrorCode.Unauthenticated,
};

const BY_STATUS: Record<number, ErrorCode> = {
  400: ErrorCode.BadUserInput,
  401: ErrorCode.Unauthenticated,
  403: ErrorCode.Forbidden,
  404: ErrorCode.NotFound,
  409: ErrorCode.Conflict,
  429: ErrorCode.RateLimited,
};

/**
 * The HTTP status Apollo chose for one of its own request errors (e.g. "provided sha does not match query",
 * "Unsupported persisted query version"): these carry no code, so Apollo reports INTERNAL_SERVER_ERROR.
 */
function apolloStatus(error: unknown): number | undefined {
  const http = (error as { extensions?: { http?: { status?: unknown } } } | undefined)?.extensions?.http;
  return typeof http?.status === 'number' ? http.status : undefined;
}

export const INTERNAL_MESSAGE = 'Something went wrong on our side. Please try again later.';

/** `logTransient`: a passing database failure (timeout, restart) answered with TRY_AGAIN. */
export function createFormatError(
  logInternal: (error: unknown) => void,
  logTransient: (error: unknown) => void = () => undefined,
) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (isTransientDatabaseError(original)) {
      logTransient(original);
      return {
        message: TRY_AGAIN_MESSAGE,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.TryAgain },
      };
    }
    const rawCode = formatted.extensions?.code;
    let code: ErrorCode | undefined;
    if (typeof rawCode === 'string') code = KNOWN.has(rawCode) ? (rawCode as ErrorCode) : ALIASES[rawCode];
    if (original instanceof HttpException) code = BY_STATUS[original.getStatus()] ?? code;
    const status = apolloStatus(error);
    if (code === ErrorCode.Internal && status !== undefined && status >= 400 && status < 500) {
      code = BY_STATUS[status] ?? ErrorCode.BadUserInput;
    }

    if (!code || code === ErrorCode.Internal) {
      logInternal(original);
      return {
        message: INTERNAL_MESSAGE,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.Internal },
      };
    }
    const extensions: Record<string, unknown> = { code };
    const fields = formatted.extensions?.fields as FieldError[] | undefined;
    if (code === ErrorCode.BadUserInput && Array.isArray(fields)) extensions.fields = fields;
    // The personal-data guard's findings, so the composer can show what looked like personal data.
    const personalData = formatted.extensions?.personalData;
    if (code === ErrorCode.BadUserInput && Array.isArray(personalData)) extensions.personalData = personalData;
    // How long to wait before trying again, so the page can say so.
    const retryAfter = formatted.extensions?.retryAfter;
    if (code === ErrorCode.RateLimited && typeof retryAfter === 'number') extensions.retryAfter = retryAfter;
    // A stale edit's record as it is now (app-errors.ts staleEdit), so the form can show both versions.
    const current = formatted.extensions?.current;
    if (code === ErrorCode.Conflict && current && typeof current === 'object') extensions.current = current;
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
  };
}
