import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { createTestApp, type TestApp } from '../../../test/test-app.js';

const SCHEMA_FILE = join(import.meta.dirname, '../../../schema.gql');
const HEADER = `# ------------------------------------------------------
# THIS FILE WAS AUTOMATICALLY GENERATED (DO NOT MODIFY)
# Written by \`npm run schema:write\` from the api's resolvers.
# ------------------------------------------------------
`;

/**
 * apps/api/schema.gql is committed: the web's generated types and reviewers read it. This fails
 * when it differs from what the resolvers produce; `npm run schema:write` (UPDATE_SCHEMA=1)
 * rewrites it.
 */
describe('committed GraphQL schema', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('matches the schema the api serves', async () => {
    const { schema } = t.app.get(GraphQLSchemaHost);
    const actual = `${HEADER}\n${printSchema(lexicographicSortSchema(schema))}\n`;
    if (process.env.UPDATE_SCHEMA === '1') {
      await writeFile(SCHEMA_FILE, actual);
    }
    const committed = await readFile(SCHEMA_FILE, 'utf8').catch(() => '');
    if (committed !== actual) {
      throw new Error('apps/api/schema.gql is stale: run `npm run schema:write` and commit the result.');
    }
  });
});
