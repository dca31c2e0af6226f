import type { INestApplication, ModuleMetadata } from '@nestjs/common';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import request, { type Test as SuperTest } from 'supertest';
import { AppModule } from '../src/app.module.js';
import { applyHttpSecurity } from '../src/common/http/security.js';
import { PostgresIoAdapter } from '../src/common/realtime/postgres-io.adapter.js';
import { loadConfig } from '../src/config/config.js';
import type { AppConfig } from '../src/config/config.schema.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';
import {
  DEFAULT_NOTIFICATIONS_TUNING,
  NOTIFICATIONS_TUNING,
  type NotificationsTuning,
} from '../src/notifications/notifications.tuning.js';
import {
  DEFAULT_MESSAGING_TUNING,
  MESSAGING_TUNING,
  type MessagingTuning,
} from '../src/messaging/messaging.tuning.js';

/** A fixed key for secrets at rest in tests. */
export const TEST_SECRET_KEY = Buffer.alloc(32, 7);

export interface TestApp {
  app: INestApplication;
  db: TestDatabase;
  config: AppConfig;
  http(): ReturnType<typeof request>;
  /** POSTs a GraphQL operation the way the web app does (JSON, CSRF header). */
  gql(query: string, variables?: Record<string, unknown>): SuperTest;
  /** Runs SQL in the test's own database (to age a token, tamper with a row, …). */
  sql<T = unknown>(query: string, params?: unknown[]): Promise<T>;
  /** A client that keeps cookies between requests (a browser, for sessions). */
  agent(): TestAgent;
  close(): Promise<void>;
}

export interface TestAgent {
  agent: ReturnType<typeof request.agent>;
  gql(query: string, variables?: Record<string, unknown>): SuperTest;
}

/** The job queue polls and retries fast in tests. */
const FAST_NOTIFICATIONS: NotificationsTuning = {
  ...DEFAULT_NOTIFICATIONS_TUNING,
  pollingIntervalSeconds: 0.5,
  mailRetryDelaySeconds: 1,
  restartDelayMs: 200,
  stopTimeoutMs: 2000,
  notificationEmailDelaySeconds: 1,
};

/** Offline recipients are collected and e-mailed within a second or two in tests. */
const FAST_MESSAGING: MessagingTuning = {
  ...DEFAULT_MESSAGING_TUNING,
  emailCollectMs: 200,
  emailDelaySeconds: 1,
};

export interface TestAppOptions {
  env?: Record<string, string>;
  imports?: ModuleMetadata['imports'];
  migrated?: boolean;
  /** Share another test app's database (two api instances on one PostgreSQL). */
  database?: TestDatabase;
  /** Runs after the HTTP security middleware and before the routes (as main.ts does). */
  beforeInit?: (app: INestApplication) => void;
  /** Job-queue and e-mail timings on top of the fast test ones. */
  tuning?: Partial<NotificationsTuning>;
  /** Messaging timings on top of the fast test ones. */
  messagingTuning?: Partial<MessagingTuning>;
}

/** The real AppModule on a database of its own, with the same HTTP security as production. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const db = options.database ?? (await createTestDatabase({ migrated: options.migrated }));
  const dataDir = await mkdtemp(join(tmpdir(), 'cop-test-data-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    // Tests sign in many times from one address; the rate-limit test sets its own limit.
    LOGIN_RATE_LIMIT: '10000',
    // Many tests change sessions and accounts in the database directly and expect the next
    // request to see it; session-cache.int-spec.ts turns the cache on.
    SESSION_CACHE_MS: '0',
    ...options.env,
  });
  const moduleRef = await Test.createTestingModule({
    imports: [
      AppModule.forRoot({
        config,
        databaseUrl: db.url,
        secretKey: TEST_SECRET_KEY,
        imports: options.imports,
      }),
    ],
  })
    .overrideProvider(NOTIFICATIONS_TUNING)
    .useValue({ ...FAST_NOTIFICATIONS, ...options.tuning })
    .overrideProvider(MESSAGING_TUNING)
    .useValue({ ...FAST_MESSAGING, ...options.messagingTuning })
    .compile();
  const app = moduleRef.createNestApplication({ logger: false });
  applyHttpSecurity(app, config);
  app.useWebSocketAdapter(new PostgresIoAdapter(app, db.url));
  options.beforeInit?.(app);
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
    sql: (query, params) => app.get<DataSource>(getDataSourceToken()).query(query, params),
    agent: () => {
      const agent = request.agent(app.getHttpServer());
      return {
        agent,
        gql: (query: string, variables?: Record<string, unknown>) =>
          agent
            .post('/graphql')
            .set('content-type', 'application/json')
            .set('apollo-require-preflight', '1')
            .send({ query, variables }),
      };
    },
    close: async () => {
      // If shutting down ever hangs, say what is still holding the process (for CI logs).
      const watchdog = setTimeout(() => {
        process.stderr.write(
          `test app still closing after 15 s; active resources: ${process.getActiveResourcesInfo().join(', ')}\n`,
        );
      }, 15_000);
      watchdog.unref();
      try {
        await app.close();
      } finally {
        clearTimeout(watchdog);
      }
      if (!options.database) await db.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
