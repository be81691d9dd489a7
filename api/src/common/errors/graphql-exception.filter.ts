// Errors raised in GraphQL resolvers and guards go straight back to Apollo, whose formatError maps them to
// the error contract and logs the unexpected ones. Without this filter Nest's default handler would log every
// expected refusal (NOT_FOUND, BAD_USER_INPUT, UNAUTHENTICATED…) at error level with a stack trace.
// REST controllers keep Nest's own handling (JSON answers for HttpException, a log line for the rest),
// except that a passing database failure (timeout, restart) is 503 with Retry-After, not a 500, and the
// contract's own errors (thrown by shared pipes, e.g. a NUL in a URL segment) answer with their status.
import { ErrorCode } from '@heritage/shared';
import { type ArgumentsHost, Catch, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import { isTransientDatabaseError, RETRY_AFTER_SECONDS, TRY_AGAIN_MESSAGE } from '../../database/transient-errors';
import { safeErrorMessage } from '../logging';
import { TryAgainError } from './app-errors';

const STATUS: Partial<Record<string, number>> = {
  [ErrorCode.BadUserInput]: 400,
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.Conflict]: 409,
};

@Catch()
export class GraphqlExceptionFilter extends BaseExceptionFilter {
  private readonly logger = new Logger('Database');

  override catch(exception: unknown, host: ArgumentsHost): unknown {
    const transient = isTransientDatabaseError(exception);
    if (transient) this.logger.warn(`busy or unreachable, answered TRY_AGAIN: ${safeErrorMessage(exception)}`);
    if (host.getType<GqlContextType>() === 'graphql') {
      // Answered here, as a GraphQL error, whatever the driver threw (a socket error is not always an Error
      // that graphql-js recognises as one).
      return transient ? new TryAgainError(TRY_AGAIN_MESSAGE) : exception;
    }
    if (host.getType() === 'http' && transient) {
      const res = host.switchToHttp().getResponse<Response>();
      if (!res.headersSent) {
        res
          .status(HttpStatus.SERVICE_UNAVAILABLE)
          .set('Retry-After', String(RETRY_AFTER_SECONDS))
          .json({ statusCode: 503, code: 'TRY_AGAIN', message: TRY_AGAIN_MESSAGE });
      }
      return undefined;
    }
    if (exception instanceof GraphQLError) {
      const code = exception.extensions.code;
      const status = typeof code === 'string' ? STATUS[code] : undefined;
      if (status !== undefined) {
        const body = { code, message: exception.message, fields: exception.extensions.fields };
        return super.catch(new HttpException(body, status), host);
      }
    }
    return super.catch(exception, host);
  }
}
