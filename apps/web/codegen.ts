import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed GraphQL operations for the web, generated from the api's committed schema.
 * Run `npm run codegen` after the schema or an operation changes; src/graphql/codegen.test.ts
 * fails when the committed output is stale. Paths are absolute so the result does not depend on
 * the directory the command runs from.
 */
const web = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export const outputDir = web('./src/graphql/generated/');

const config: CodegenConfig = {
  schema: web('../api/schema.gql'),
  documents: [web('./src/**/*.{ts,tsx}'), `!${outputDir}**`],
  ignoreNoDocuments: true,
  generates: {
    [outputDir]: {
      preset: 'client',
      presetConfig: {
        // No fragments yet; masking can be turned on once components own fragments.
        fragmentMasking: false,
      },
      config: {
        scalars: { DateTime: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
      },
    },
  },
};

export default config;
