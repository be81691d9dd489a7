// Lint rules for every workspace. Type-aware so that un-awaited promises (and vacuous
// `expect(...).resolves`) are caught.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '.data/**', 'web/src/gql/**', 'api/test/graphql/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Nest modules and DI tokens are classes with no members by design.
      '@typescript-eslint/no-extraneous-class': 'off',
    },
  },
  {
    // One way to reach the database: SQL and TypeORM only in repositories (and the database
    // folder, the CLI and the seed); services hold an opaque unit-of-work handle (Tx) and never unwrap it.
    // See docs/architecture.md, "Data access".
    files: ['api/src/**/*.ts'],
    ignores: [
      'api/src/**/*.repository.ts',
      'api/src/**/*.spec.ts',
      'api/src/database/**',
      'api/src/cli/**',
      'api/src/seed/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'typeorm', message: 'TypeORM belongs in *.repository.ts: add a repository method taking a Tx.' },
            {
              name: '@nestjs/typeorm',
              message: 'Inject the DataSource in a *.repository.ts; services use UnitOfWork and repositories.',
            },
          ],
          patterns: [
            { group: ['typeorm/*'], message: 'TypeORM belongs in *.repository.ts.' },
            {
              group: ['**/database/unit-of-work'],
              importNames: ['managerOf', 'managerOr', 'unitOf'],
              message: 'Only repositories (and seed, CLI, tests) unwrap a Tx; pass it on instead.',
            },
          ],
        },
      ],
    },
  },
  {
    // One data-access idiom: repositories write SQL and read rows into the types of <thing>.record.ts. No
    // TypeORM entities, entity repositories or query builders (docs/architecture.md, "Data access").
    files: ['api/src/**/*.ts', 'api/test/**/*.ts', 'migrations/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "ImportDeclaration[source.value='typeorm'] > ImportSpecifier[imported.name=/^(Entity|ViewEntity|Column|PrimaryColumn|PrimaryGeneratedColumn|CreateDateColumn|UpdateDateColumn|DeleteDateColumn|ManyToOne|OneToMany|OneToOne|ManyToMany|JoinColumn|JoinTable|Repository)$/]",
          message: 'No TypeORM entities: write SQL in a *.repository.ts and type its rows in a <thing>.record.ts.',
        },
        {
          selector: 'CallExpression[callee.property.name=/^(getRepository|createQueryBuilder)$/]',
          message: 'No entity repositories or query builders: write SQL in a *.repository.ts (managerOf(tx).query).',
        },
      ],
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The web's layers (docs/architecture.md, "Web layers"): app/ (the shell: entry, router, layout, header)
    // may import anything; features/ import the session layer and the kit, never app/ or the shell's pieces;
    // session/ and components/ import no feature and not app/.
    files: ['web/src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/app/*', '**/app'],
              message:
                'Features never import app/ (the shell): use session/ (viewer, guards) or components/ (the kit).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['web/src/session/**/*.{ts,tsx}', 'web/src/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/app/*', '**/app', '**/features/*', '**/features/**'],
              message:
                'session/ and components/ serve every feature: they import neither a feature nor app/ (move what is shared into components/).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,cjs,mjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.cjs', 'jest.config.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
