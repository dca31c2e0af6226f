import type { INestApplication, ModuleMetadata } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request, { type Test as SuperTest } from 'supertest';
import { AppModule } from '../src/app.module.js';
import { applyHttpSecurity } from '../src/common/http/security.js';
import { loadConfig } from '../src/config/config.js';
import type { AppConfig } from '../src/config/config.schema.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

/** A fixed key for secrets at rest in tests. */
export const TEST_SECRET_KEY = Buffer.alloc(32, 7);

export interface TestApp {
  app: INestApplication;
  db: TestDatabase;
  config: AppConfig;
  http(): ReturnType<typeof request>;
  /** POSTs a GraphQL operation the way the web app does (JSON, CSRF header). */
  gql(query: string, variables?: Record<string, unknown>): SuperTest;
  close(): Promise<void>;
}

export interface TestAppOptions {
  env?: Record<string, string>;
  imports?: ModuleMetadata['imports'];
  migrated?: boolean;
}

/** The real AppModule on a database of its own, with the same HTTP security as production. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const db = await createTestDatabase({ migrated: options.migrated });
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...options.env });
  const moduleRef = await Test.createTestingModule({
    imports: [
      AppModule.forRoot({
        config,
        databaseUrl: db.url,
        secretKey: TEST_SECRET_KEY,
        imports: options.imports,
      }),
    ],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  applyHttpSecurity(app, config);
  await app.init();
  const http = () => request(app.getHttpServer());
  return {
    app,
    db,
    config,
    http,
    gql: (query, variables) =>
      http()
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('apollo-require-preflight', '1')
        .send({ query, variables }),
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}
