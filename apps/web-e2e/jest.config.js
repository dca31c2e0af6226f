import { esmJestConfig } from '../../.config/jest.preset.js';

export default esmJestConfig({
  displayName: 'web-e2e',
  rootDir: import.meta.dirname,
  testMatch: ['<rootDir>/src/**/*.e2e.ts'],
  testTimeout: 60000,
  maxWorkers: 1,
});
