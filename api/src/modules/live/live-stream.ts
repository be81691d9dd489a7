// The SSE endpoint of the `liveEvents` subscription: graphql-sse in its distinct connections mode (one
// request = one stream = one operation), so any app process can serve any stream and no sticky sessions are
// needed. Only subscriptions, only POST with a JSON body (a cross-site page cannot send one without a CORS
// preflight, which is refused), parsed and validated with the same limits as /graphql; errors are formatted by
// the same error contract. graphql-sse sends a comment line every 12 seconds as the heartbeat.
import { ErrorCode } from '@heritage/shared';
import type { GraphQLSchemaHost } from '@nestjs/graphql';
import type { Request, RequestHandler, Response } from 'express';
import {
  type DocumentNode,
  getOperationAST,
  type GraphQLError,
  OperationTypeNode,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import { createHandler } from 'graphql-sse/lib/use/express';
import { createFormatError } from '../../common/errors/format-error';
import { graphqlParseOptions, graphqlValidationRules } from '../../common/graphql/limits';

interface Log {
  error(obj: unknown, msg: string): void;
  warn(obj: unknown, msg: string): void;
}

const refuse = (status: number, message: string) =>
  [
    JSON.stringify({ errors: [{ message, extensions: { code: ErrorCode.BadUserInput } }] }),
    { status, statusText: message, headers: { 'content-type': 'application/json; charset=utf-8' } },
  ] as const;

export function liveStreamHandler(schemaHost: GraphQLSchemaHost, log: Log): RequestHandler {
  const formatError = createFormatError(
    (error) => log.error({ err: error }, 'Unhandled GraphQL error in a live stream'),
    (error) => log.warn({ err: error }, 'Database busy or unreachable: answered TRY_AGAIN'),
  );
  const rules = [...specifiedRules, ...graphqlValidationRules()];
  const handler = createHandler<{ req: Request; res: Response }>({
    // No stream tokens: the "single connection mode" keeps its reservations in one process's memory.
    authenticate: () => null,
    onSubscribe(req, params) {
      const contentType = req.headers.get('content-type') ?? '';
      if (req.method !== 'POST' || !contentType.startsWith('application/json')) {
        return refuse(405, 'Open a live stream with a POST of a JSON body');
      }
      const schema = schemaHost.schema;
      let document: DocumentNode;
      try {
        document = parse(params.query, graphqlParseOptions);
      } catch (error) {
        return refuse(400, (error as GraphQLError).message);
      }
      const errors = validate(schema, document, rules);
      if (errors.length > 0) return refuse(400, errors[0].message);
      if (getOperationAST(document, params.operationName)?.operation !== OperationTypeNode.SUBSCRIPTION) {
        return refuse(400, 'Only subscriptions are served here; send queries and mutations to /graphql');
      }
      return {
        schema,
        document,
        operationName: params.operationName,
        variableValues: params.variables,
        contextValue: { req: req.raw, res: req.context.res },
      };
    },
    onNext(_ctx, _req, result) {
      if (!result.errors) return;
      return {
        ...result,
        errors: result.errors.map((error) => formatError(error.toJSON(), error)),
      } as unknown as typeof result;
    },
  });
  return (req, res, next) => {
    // Reverse proxies (nginx) must pass each event on at once rather than buffer the response.
    res.setHeader('X-Accel-Buffering', 'no');
    handler(req, res).catch(next);
  };
}
