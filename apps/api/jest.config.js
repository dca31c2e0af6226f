import { esmJestConfig } from '../../.config/jest.preset.js';

const root = import.meta.dirname;

export default esmJestConfig({
  displayName: 'api',
  rootDir: root,
  testMatch: [
    '<rootDir>/src/**/*.spec.ts',
    '<rootDir>/src/**/*.int-spec.ts',
    '<rootDir>/test/**/*.int-spec.ts',
  ],
  globalSetup: `${root}/test/global-setup.mjs`,
  globalTeardown: `${root}/test/global-teardown.mjs`,
  testTimeout: 30000,
  // One file at a time: the embedded PostgreSQL, the api under test and jest share two cores, and
  // two heavy files at once starved connection set-up (5 s timeouts) on a cold CI machine.
  maxWorkers: 1,
});
