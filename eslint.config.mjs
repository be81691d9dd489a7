// Lint rules for every workspace. Type-aware so that un-awaited promises (and vacuous
// `expect(...).resolves`) are caught.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NO_APP_IMPORTS = {
  group: ['**/app/*', '**/app'],
  message: 'Features never import app/ (the shell): use session/ (viewer, guards) or components/ (the kit).',
};
const NO_FEATURE_OR_APP_IMPORTS = {
  group: ['**/app/*', '**/app', '**/features/*', '**/features/**'],
  message:
    'session/ and components/ serve every feature: they import neither a feature nor app/ (move what is shared into components/).',
};
const NO_HAND_ROLLED_FORM_ERRORS = {
  group: ['**/components/forms', '**/components/use-field-errors'],
  importNames: ['useFieldErrors'],
  message:
    'A form keeps its state in useForm (components/forms): values, bound fields, checks, error summary, API field errors, submitting.',
};
// Any useState whose type names FieldErrorItem: `useState<FieldErrorItem[]>`, and also the errors kept beside
// something else, as in `useState<{ key: string; errors: FieldErrorItem[] }>` or `useState([] as FieldErrorItem[])`.
const NO_HAND_ROLLED_ERROR_STATE = {
  selector:
    "CallExpression:matches([callee.name='useState'], [callee.property.name='useState']) TSTypeReference[typeName.name='FieldErrorItem']",
  message:
    'A form keeps its errors in useForm (components/forms), which fills the error summary and the messages beside the fields (resetKey for a form that starts from the address).',
};
const NO_FIRST_LOAD_QUERY_IN_PAGES = {
  group: ['**/session/first-load-query'],
  importNames: ['useFirstLoadQuery'],
  message:
    'Pages query with Apollo’s hooks (useQuery, useMutation). useFirstLoadQuery is for the first load only, the shell and the home page (docs/development.md, "Add a page").',
};
const NO_APOLLO_IN_THE_FIRST_LOAD = {
  group: ['@apollo/client', '@apollo/client/*', '**/session/apollo', '**/session/with-apollo'],
  allowTypeImports: true,
  message:
    'The shell, the home page and the session are the first load, without Apollo Client (it loads with the first page that needs it): read with useFirstLoadQuery (session/first-load-query.ts).',
};
/** The API suites that send malformed, oversized and hostile GraphQL on purpose: the only users of rawGql(). */
const RAW_GRAPHQL_SUITES = [
  'api/test/hostile-input.e2e-spec.ts',
  'api/test/graphql-limits.e2e-spec.ts',
  'api/test/graphql-contract.e2e-spec.ts',
  'api/test/http.e2e-spec.ts',
  // Builds a document for every moved mutation from the schema itself, in both shapes: no static document.
  'api/test/mutation-inputs.e2e-spec.ts',
];
const NO_RAW_GRAPHQL =
  'API tests send typed documents: write graphql(`...`) (from ./graphql) and send it with gql() or session.gql(); a request that must be wrong sends untyped(DOCUMENT). rawGql() is for the raw suites only (docs/development.md, "Typed documents in API tests").';
/** Pages that show one error summary for several forms, each on useForm with the page's `fieldErrors`. */
const SHARED_SUMMARY_PAGES = [
  'web/src/features/account-security/security-page.tsx',
  'web/src/features/member-admin/manage-member-page.tsx',
  'web/src/features/admin/use-application-decisions.ts',
];

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
    // One way to send GraphQL in API tests (and the browser journeys' set-up, through the same client): gql() and
    // session.gql() take only typed documents (text is a type error); text goes through rawGql() /
    // session.rawGql(), in the raw suites only.
    files: ['api/test/**/*.ts', 'web/e2e/**/*.ts'],
    ignores: ['api/test/gql.ts', ...RAW_GRAPHQL_SUITES],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['./gql', '**/gql'], importNames: ['rawGql'], message: NO_RAW_GRAPHQL }] },
      ],
      'no-restricted-properties': ['error', { property: 'rawGql', message: NO_RAW_GRAPHQL }],
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Nothing deprecated in the schema: the generated types (web/src/gql) mark deprecated fields, input fields
      // and enum values @deprecated, which catches an old input field set in variables (documents themselves are
      // checked by api/test/graphql-limits.e2e-spec.ts). Two library deprecations the app still uses are allowed.
      '@typescript-eslint/no-deprecated': [
        'error',
        {
          allow: [
            { from: 'package', package: 'react', name: 'FormEvent' },
            { from: 'package', package: '@apollo/client', name: 'Options' }, // useQuery's skip (skipToken replaces it)
          ],
        },
      ],
    },
  },
  {
    // The web's layers (docs/architecture.md, "Web layers"): app/ (the shell: entry, router, layout, header)
    // may import anything; features/ import the session layer and the kit, never app/ or the shell's pieces;
    // session/ and components/ import no feature and not app/. And one form-state hook: a feature's form keeps
    // its values and errors in useForm, not in its own useFieldErrors() or a useState holding FieldErrorItem[].
    files: ['web/src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [NO_APP_IMPORTS, NO_HAND_ROLLED_FORM_ERRORS, NO_FIRST_LOAD_QUERY_IN_PAGES] },
      ],
      'no-restricted-syntax': ['error', NO_HAND_ROLLED_ERROR_STATE],
    },
  },
  {
    // A page that shows one error summary for several forms (the security page, the manage-member page, the
    // application review) owns the errors and passes them to each form's useForm as `fieldErrors`.
    files: SHARED_SUMMARY_PAGES,
    rules: {
      'no-restricted-imports': ['error', { patterns: [NO_APP_IMPORTS, NO_FIRST_LOAD_QUERY_IN_PAGES] }],
      'no-restricted-syntax': 'off',
    },
  },
  {
    files: ['web/src/session/**/*.{ts,tsx}', 'web/src/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [NO_FEATURE_OR_APP_IMPORTS] }],
    },
  },
  {
    // The first load (docs/development.md, "Web bundle"): the entry, the shell, the home page and the session
    // layer read with useFirstLoadQuery; Apollo Client comes with the first page that needs it (its client and
    // provider are session/apollo.ts and session/with-apollo.tsx, loaded by components/page-route.tsx).
    files: ['web/src/features/home/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [NO_APP_IMPORTS, NO_HAND_ROLLED_FORM_ERRORS, NO_APOLLO_IN_THE_FIRST_LOAD] },
      ],
    },
  },
  {
    files: ['web/src/main.tsx', 'web/src/app/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_APOLLO_IN_THE_FIRST_LOAD] }] },
  },
  {
    files: ['web/src/session/**/*.{ts,tsx}'],
    ignores: ['web/src/session/apollo.ts', 'web/src/session/with-apollo.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [NO_FEATURE_OR_APP_IMPORTS, NO_APOLLO_IN_THE_FIRST_LOAD] }],
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
