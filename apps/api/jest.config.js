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
  maxWorkers: 2,
});
