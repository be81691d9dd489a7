// GraphQL Code Generator: typed documents for the web app from the committed API schema.
// Paths are relative to the repository root, where `npm run codegen` runs
// `graphql-codegen --config web/codegen.ts`.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'shared/schema.graphql',
  documents: ['web/src/**/*.{ts,tsx}', '!web/src/gql/**'],
  generates: {
    'web/src/gql/': {
      preset: 'client',
      // Apollo Client 4 has its own typed hooks; we only want typed documents (no generated hooks).
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true },
    },
  },
};

export default config;
