// GraphQL hardening: a token limit applied while parsing (a long document is refused before the work of
// building and validating it), then depth, cost, alias and directive limits applied as validation rules, so an
// over-deep or over-costly document is refused before any resolver runs. Every refusal is HTTP 400 with
// BAD_USER_INPUT (docs/api.md, "Limits").
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
  /**
   * Tokens in one document (names, punctuation, values; comments excluded). graphql-js counts them as it parses
   * and stops at the limit; this is the same check as graphql-armor's max-tokens, without the dependency. The
   * web app's largest document is ~120 tokens (web-documents.spec.ts computes it and fails if it ever exceeds
   * this), so 1,000 leaves room to grow while refusing the ~3,000-token documents that cost parse time.
   */
  maxTokens: 1000,
  /** Largest request body accepted by the endpoint. */
  maxBodyBytes: 100 * 1024,
} as const;

/** Options for Apollo's parser: the token limit above. */
export const graphqlParseOptions = { maxTokens: GRAPHQL_LIMITS.maxTokens };

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
