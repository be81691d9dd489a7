// Runs the operations the app is asked again and again as compiled JavaScript (graphql-jit) instead of
// graphql-js's general walk over the document: 4–7 % less CPU per thread page or list (docs/development.md,
// "Compiled operations, and where a search's CPU goes").
//
// Apollo Server takes its executor from a "gateway"; everything else stays Apollo's: parsing, validation, the
// document cache, plugins, error formatting and HTTP status. The gateway here hands Apollo the schema Nest
// built and runs each operation. The first time a document is seen it runs with graphql-js; from the second
// time (`COMPILE_AFTER`) it runs compiled, so one-off documents cost no compilation. Compiled operations are
// kept per parsed document in a WeakMap: Apollo's bounded document cache decides how long a document lives.
import type { ApolloServerOptions, BaseContext } from '@apollo/server';
import { type DocumentNode, execute, type ExecutionResult, GraphQLError, type GraphQLSchema } from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';

type Gateway = NonNullable<ApolloServerOptions<BaseContext>['gateway']>;
export type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

/** How many times a document runs with graphql-js before it is compiled. */
export const COMPILE_AFTER = 1;

interface Operation {
  runs: number;
  /** The compiled operation; null when graphql-jit declined it (graphql-js then runs it every time). */
  compiled?: CompiledQuery | null;
}

/** How an operation ran: with graphql-js, or as compiled code. */
export type RunKind = 'interpreted' | 'compiled';

/** Counts of each kind of run in this process (a provider: the tests read it to see which path answered). */
export class OperationRuns {
  interpreted = 0;
  compiled = 0;

  readonly count = (kind: RunKind): void => {
    this[kind] += 1;
  };
}

/** The executor: compiled code for the operations seen before, graphql-js for the rest. */
export function compiledExecutor(schema: () => GraphQLSchema, observe?: (kind: RunKind) => void): Executor {
  const seen = new WeakMap<DocumentNode, Map<string, Operation>>();
  return async ({ document, operationName, request, context }) => {
    const interpret = () => {
      observe?.('interpreted');
      return execute({
        schema: schema(),
        document,
        contextValue: context,
        variableValues: request.variables,
        operationName,
      });
    };
    let operations = seen.get(document);
    if (!operations) {
      operations = new Map();
      seen.set(document, operations);
    }
    const key = operationName ?? '';
    let operation = operations.get(key);
    if (!operation) {
      operation = { runs: 0 };
      operations.set(key, operation);
    }
    operation.runs += 1;
    if (operation.compiled === undefined && operation.runs > COMPILE_AFTER) {
      const compiled = compileQuery(schema(), document, operationName ?? undefined, {
        disablingCapturingStackErrors: true,
      });
      operation.compiled = isCompiledQuery(compiled) ? compiled : null;
    }
    if (!operation.compiled) return interpret();
    const result = (await operation.compiled.query(undefined, context, request.variables ?? {})) as ExecutionResult;
    // No data at all: the variables were refused before any resolver ran. graphql-js words that refusal the way
    // Apollo recognises (BAD_USER_INPUT, HTTP 400), so it answers instead, as cheaply.
    if (!('data' in result)) return interpret();
    observe?.('compiled');
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };
}

/**
 * graphql-jit's own error class leaves `extensions` undefined when the thrown error had none (a failed SQL
 * statement, any unexpected exception), where graphql-js always gives an object and Apollo reads
 * `extensions.code` of every error. So each error is given again as graphql-js makes it: the same message,
 * locations, path, original error and extensions.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const made = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions,
  });
  (made as { locations: GraphQLError['locations'] }).locations = error.locations;
  return made;
}

/** The gateway Apollo Server is given: the schema Nest built, and the executor above. */
export function compiledExecution(schema: () => GraphQLSchema, observe?: (kind: RunKind) => void): Gateway {
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema(), coreSupergraphSdl: '' });
      return () => undefined;
    },
    load: () => Promise.resolve({ executor: compiledExecutor(schema, observe) }),
    stop: () => Promise.resolve(),
  };
}
