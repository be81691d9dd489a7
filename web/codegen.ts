// GraphQL Code Generator: typed documents from the committed API schema, for the web app (web/src/gql/) and for
// the API's end-to-end tests (api/test/graphql/). Paths are relative to the repository root, where
// `npm run codegen` runs `graphql-codegen --config web/codegen.ts`.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'shared/schema.graphql',
  generates: {
    'web/src/gql/': {
      documents: ['web/src/**/*.{ts,tsx}', '!web/src/gql/**'],
      preset: 'client',
      // Apollo Client 4 has its own typed hooks; we only want typed documents (no generated hooks).
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true },
    },
    // The tests' `graphql()` documents, as strings that carry their result and variables types: the gql client
    // (api/test/gql.ts) sends the text and types the answer (docs/development.md, "Typed documents in API tests").
    // The browser journeys (web/e2e) set up through the same client, with documents from the same place.
    'api/test/graphql/': {
      documents: ['api/test/**/*.ts', 'web/e2e/**/*.ts', '!api/test/graphql/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, documentMode: 'string', scalars: { DateTime: 'string' } },
    },
  },
};

export default config;
