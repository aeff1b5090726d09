/**
 * One PostgreSQL cluster per run (global setup, with empty and demo template databases);
 * each test file clones the templates. Jest runs the JavaScript tsc built
 * (test/setup/compiled-transform.cjs): `npm test` builds, type-checks and lints the whole
 * project before jest runs.
 */
module.exports = {
  testEnvironment: 'node',
  // Only the source folders: jest's file crawl never walks node_modules, dist or .data.
  roots: ['<rootDir>/shared', '<rootDir>/gateway', '<rootDir>/subgraphs', '<rootDir>/scripts', '<rootDir>/test', '<rootDir>/bench'],
  transform: { '^.+\\.ts$': '<rootDir>/test/setup/compiled-transform.cjs' },
  moduleFileExtensions: ['ts', 'js', 'json'],
  testMatch: ['<rootDir>/**/*.spec.ts', '<rootDir>/test/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '<rootDir>/.cache/'],
  // The smoke test's Node installs (scripts/smoke.ts): thousands of files no test needs.
  modulePathIgnorePatterns: ['<rootDir>/.cache/'],
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
  setupFiles: ['reflect-metadata'],
  testSequencer: '<rootDir>/test/setup/sequencer.js',
  // A bound for a stuck test, not a speed target: a busy machine may take a minute to start a stack.
  testTimeout: 180_000,
  maxWorkers: process.env.JEST_MAX_WORKERS ?? 2,
};
