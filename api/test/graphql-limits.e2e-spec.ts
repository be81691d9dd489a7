// The document token limit, both sides: every document the web app sends (web/src/gql, with the __typename
// Apollo Client adds) fits under it and is not refused for its length; one token more than the limit is
// refused with 400 BAD_USER_INPUT before validation; none uses a deprecated part of the schema. And Apollo's own
// request errors keep their 4xx code.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ErrorCode } from '@heritage/shared';
import {
  buildSchema,
  type DocumentNode,
  Kind,
  Lexer,
  NoDeprecatedCustomRule,
  parse,
  print,
  Source,
  specifiedRules,
  TokenKind,
  validate,
  visit,
} from 'graphql';
import { GRAPHQL_LIMITS, graphqlValidationRules } from '../src/common/graphql/limits';
import { findRepoRoot } from '../src/config/repo-root';
import { startTestApp, type TestApp } from './app';
import { postRaw, rawGql } from './gql';

function tokens(text: string): number {
  const lexer = new Lexer(new Source(text));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  return count;
}

/** What Apollo Client sends: __typename added to every selection set below the operation. */
function asSent(document: DocumentNode): string {
  return print(
    visit(document, {
      SelectionSet(node, _key, parent) {
        if (parent && 'kind' in parent && parent.kind === Kind.OPERATION_DEFINITION) return undefined;
        if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename')) return undefined;
        return {
          ...node,
          selections: [...node.selections, { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }],
        };
      },
    }),
  );
}

/** The generated typed documents (web/src/gql/graphql.ts holds each as a JSON AST). */
const generated = readFileSync(path.join(findRepoRoot(), 'web', 'src', 'gql', 'graphql.ts'), 'utf8');
const documents = [...generated.matchAll(/^export const (\w+Document) = (\{.*\}) as unknown as DocumentNode/gm)]
  .map(([, name, json]) => ({ name, text: asSent(JSON.parse(json) as DocumentNode) }))
  .map((d) => ({ ...d, tokens: tokens(d.text) }))
  .sort((a, b) => b.tokens - a.tokens);

describe('GraphQL document limits', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('fits every web document under the token limit', () => {
    expect(documents.length).toBeGreaterThan(50);
    const largest = documents[0];
    expect({ name: largest.name, fits: largest.tokens <= GRAPHQL_LIMITS.maxTokens }).toEqual({
      name: largest.name,
      fits: true,
    });
  });

  it('passes every web document through the depth, cost, alias and directive limits', () => {
    // The limits run as validation rules; a web page whose document they refuse shows only "a problem with the
    // service" (the offers review queue once asked for 50 offers in full, 3× over the cost limit).
    const schema = buildSchema(readFileSync(path.join(findRepoRoot(), 'shared', 'schema.graphql'), 'utf8'));
    const refused = documents
      .map(({ name, text }) => ({
        name,
        errors: validate(schema, parse(text), [...specifiedRules, ...graphqlValidationRules()]).map((e) => e.message),
      }))
      .filter((d) => d.errors.length > 0);
    expect(refused).toEqual([]);
  });

  it('uses no deprecated field, argument, enum value or input field in any web document', () => {
    // The web app is served with the API, so it moves to a new name in the same change that deprecates the old
    // one (docs/api.md, "Spaces, not categories"). Input fields sent in variables are not in the documents:
    // the generated types mark them @deprecated, and ESLint's no-deprecated refuses them in web/src.
    const schema = buildSchema(readFileSync(path.join(findRepoRoot(), 'shared', 'schema.graphql'), 'utf8'));
    const deprecated = (text: string) => validate(schema, parse(text), [NoDeprecatedCustomRule]).map((e) => e.message);
    // The rule sees each kind of use (a check that finds nothing must be able to find something).
    expect(deprecated('{ categories { id } }')).toEqual(['The field Query.categories is deprecated. Use spaces.']);
    expect(deprecated('{ threads(filter: { categorySlug: "x" }) { nodes { id } } }')).toEqual([
      'The input field ThreadFilter.categorySlug is deprecated. Use spaceSlug instead.',
    ]);
    expect(deprecated('mutation { moveThread(id: "1", categoryId: "2") { id } }')).toHaveLength(2);
    const used = documents.flatMap(({ name, text }) => deprecated(text).map((message) => `${name}: ${message}`));
    expect(used).toEqual([]);
  });

  it('does not refuse the largest web documents for their length', async () => {
    for (const { text } of documents.slice(0, 5)) {
      const res = await rawGql(t.url, text, {});
      // Visitors and missing variables may be refused, but never as a syntax error.
      for (const error of res.body.errors ?? []) expect(error.message).not.toMatch(/tokens/);
    }
  });

  it('refuses a document one token over the limit with 400 BAD_USER_INPUT', async () => {
    // `{ a: __typename b: __typename … }` — 2 braces + 3 tokens per field.
    const fields = (n: number) => Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ');
    const atLimit = `{ ${fields(Math.floor((GRAPHQL_LIMITS.maxTokens - 2) / 3))} }`;
    const over = `{ ${fields(Math.ceil((GRAPHQL_LIMITS.maxTokens - 1) / 3))} }`;
    expect(tokens(over)).toBeGreaterThan(GRAPHQL_LIMITS.maxTokens);
    expect(tokens(atLimit)).toBeLessThanOrEqual(GRAPHQL_LIMITS.maxTokens);

    const refused = await rawGql(t.url, over);
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0].extensions?.code).toBe(ErrorCode.BadUserInput);
    expect(refused.body.errors?.[0].message).toBe(
      `Syntax Error: Document contains more that ${GRAPHQL_LIMITS.maxTokens} tokens. Parsing aborted.`, // graphql-js's own wording
    );
    // At the limit the document is parsed and answered (aliases of __typename cost nothing).
    const parsed = await rawGql<Record<string, string>>(t.url, atLimit);
    expect(parsed.status).toBe(200);
    expect(parsed.body.errors).toBeUndefined();
    expect(parsed.body.data?.a0).toBe('Query');
  });

  it('answers Apollo’s own request errors with a 4xx code, not INTERNAL_SERVER_ERROR', async () => {
    const query = '{ community { name } }';
    const hash = createHash('sha256').update(query).digest('hex');
    const headers = { 'content-type': 'application/json' };
    const mismatched = await postRaw(
      t.url,
      JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash: hash.replace(/^./, '0') } } }),
      headers,
    );
    expect(mismatched.status).toBe(400);
    expect(mismatched.json?.errors?.[0].extensions?.code).toBe(ErrorCode.BadUserInput);
    const version = await postRaw(
      t.url,
      JSON.stringify({ query, extensions: { persistedQuery: { version: 2, sha256Hash: hash } } }),
      headers,
    );
    expect(version.status).toBe(400);
    expect(version.json?.errors?.[0].extensions?.code).toBe(ErrorCode.BadUserInput);
    const unknown = await postRaw(
      t.url,
      JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: hash.replace(/^./, '1') } } }),
      headers,
    );
    expect(unknown.json?.errors?.[0].extensions?.code).toBe(ErrorCode.BadUserInput);
  });
});
