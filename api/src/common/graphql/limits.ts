// GraphQL hardening: depth, cost, alias and directive limits applied as validation rules,
// so an over-deep or over-costly document is refused before any resolver runs.
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';

// The rules throw by default, which Apollo reports as a 500; report a validation error (400) instead.
const asValidationError = {
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) =>
      context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''))),
  ],
};

export const GRAPHQL_LIMITS = {
  maxDepth: 10,
  maxCost: 5000,
  maxAliases: 15,
  maxDirectives: 20,
  /** Largest request body accepted by the endpoint. */
  maxBodyBytes: 100 * 1024,
} as const;

export function graphqlValidationRules(): ValidationRule[] {
  return [
    maxDepthRule({
      ...asValidationError,
      n: GRAPHQL_LIMITS.maxDepth,
      ignoreIntrospection: false,
      flattenFragments: true,
    }),
    costLimitRule({ ...asValidationError, maxCost: GRAPHQL_LIMITS.maxCost, ignoreIntrospection: false }),
    maxAliasesRule({ ...asValidationError, n: GRAPHQL_LIMITS.maxAliases }),
    maxDirectivesRule({ ...asValidationError, n: GRAPHQL_LIMITS.maxDirectives }),
  ] as ValidationRule[];
}
