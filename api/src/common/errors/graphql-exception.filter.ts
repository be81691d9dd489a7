// Errors raised in GraphQL resolvers and guards go straight back to Apollo, whose formatError maps them to
// the error contract and logs the unexpected ones. Without this filter Nest's default handler would log every
// expected refusal (NOT_FOUND, BAD_USER_INPUT, UNAUTHENTICATED…) at error level with a stack trace.
// REST controllers keep Nest's own handling (JSON answers for HttpException, a log line for the rest).
import { type ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';

@Catch()
export class GraphqlExceptionFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') return exception;
    return super.catch(exception, host);
  }
}
