// Errors raised in GraphQL resolvers and guards go straight back to Apollo, whose formatError maps them to
// the error contract and logs the unexpected ones. Without this filter Nest's default handler would log every
// expected refusal (NOT_FOUND, BAD_USER_INPUT, UNAUTHENTICATED…) at error level with a stack trace.
// REST controllers keep Nest's own handling (JSON answers for HttpException, a log line for the rest),
// except that a passing database failure (timeout, restart) is 503 with Retry-After, not a 500.
import { type ArgumentsHost, Catch, HttpStatus, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';
import type { Response } from 'express';
import { isTransientDatabaseError, RETRY_AFTER_SECONDS, TRY_AGAIN_MESSAGE } from '../../database/transient-errors';

@Catch()
export class GraphqlExceptionFilter extends BaseExceptionFilter {
  private readonly logger = new Logger('Database');

  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') return exception;
    if (host.getType() === 'http' && isTransientDatabaseError(exception)) {
      this.logger.warn(`busy or unreachable, answered 503: ${String(exception)}`);
      const res = host.switchToHttp().getResponse<Response>();
      if (!res.headersSent) {
        res
          .status(HttpStatus.SERVICE_UNAVAILABLE)
          .set('Retry-After', String(RETRY_AFTER_SECONDS))
          .json({ statusCode: 503, code: 'TRY_AGAIN', message: TRY_AGAIN_MESSAGE });
      }
      return undefined;
    }
    return super.catch(exception, host);
  }
}
