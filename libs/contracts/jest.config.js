import { esmJestConfig } from '../../.config/jest.preset.js';

export default esmJestConfig({
  displayName: 'contracts',
  rootDir: import.meta.dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
});
