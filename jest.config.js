// One Jest run for every workspace. Each project shares the SWC transform (decorators + metadata for Nest).
// Global setup migrates a template database once; every test file clones its own (api/test/db.ts).
const transform = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', decorators: true, tsx: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
        target: 'es2022',
      },
      module: { type: 'commonjs' },
    },
  ],
};

const base = {
  rootDir: __dirname,
  transform,
  testEnvironment: 'node',
  moduleNameMapper: { '^@heritage/shared$': '<rootDir>/shared/src/index.ts' },
  setupFiles: ['reflect-metadata'],
};

/** @type {import('jest').Config} */
module.exports = {
  transform,
  globalSetup: '<rootDir>/api/test/global-setup.ts',
  globalTeardown: '<rootDir>/api/test/global-teardown.ts',
  reporters: ['default', '<rootDir>/scripts/summary-reporter.cjs'],
  // Tests wait on databases, HTTP and a browser more than on the CPU: two workers suit a 2-core machine.
  maxWorkers: 2,
  // How long a worker has to exit once its files are done before Jest kills it and warns of "tests leaking due
  // to improper teardown". Jest's 500 ms is less than a worker's own exit (V8 freeing its heap) takes on a busy
  // 2-core machine: the warning came even for two pure-function specs, with no handle left open
  // (docs/development.md, "A worker force-exited"). A handle that really leaks still warns, 5 s later.
  workerGracefulExitTimeout: 5000,
  testTimeout: 30000,
  projects: [
    { ...base, displayName: 'shared', testMatch: ['<rootDir>/shared/src/**/*.spec.ts'] },
    {
      ...base,
      displayName: 'api',
      testMatch: [
        '<rootDir>/api/src/**/*.spec.ts',
        '<rootDir>/api/test/services/*.spec.ts',
        '<rootDir>/api/test/**/*.e2e-spec.ts',
      ],
    },
    {
      ...base,
      displayName: 'web-e2e',
      testMatch: ['<rootDir>/web/e2e/**/*.e2e-spec.ts'],
      setupFilesAfterEnv: ['<rootDir>/web/e2e/jest.setup.ts'],
    },
  ],
};
