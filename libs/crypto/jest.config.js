import { esmJestConfig } from '../../.config/jest.preset.js';

export default esmJestConfig({
  displayName: 'crypto',
  rootDir: import.meta.dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
});
