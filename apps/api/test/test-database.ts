import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDataSource } from '../src/database/data-source.js';
import { MIGRATIONS } from '../src/database/migrations/index.js';

export interface TestDatabase {
  url: string;
  name: string;
  /** Runs SQL as the server's admin (for cutting connections, inspecting, …). */
  admin<T extends pg.QueryResultRow = pg.QueryResultRow>(
    sql: string,
    params?: unknown[],
  ): Promise<pg.QueryResult<T>>;
  drop(): Promise<void>;
}

function adminUrl(): string {
  const url = process.env.COP_TEST_ADMIN_URL;
  if (!url)
    throw new Error(
      'COP_TEST_ADMIN_URL is not set: run the tests through jest (globalSetup starts PostgreSQL).',
    );
  return url;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** One template per set of migrations: migrations run once per run, each test file clones it. */
const TEMPLATE = `cop_tpl_${createHash('sha1')
  .update(MIGRATIONS.map((m) => m.name).join(','))
  .digest('hex')
  .slice(0, 12)}`;

async function ensureTemplate(client: pg.Client): Promise<void> {
  await client.query("SELECT pg_advisory_lock(hashtext('cop:test-template'))");
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [TEMPLATE]);
    if (found.rowCount) return;
    await client.query(`CREATE DATABASE ${TEMPLATE}_wip`);
    const ds = createDataSource(withDatabase(adminUrl(), `${TEMPLATE}_wip`));
    await ds.initialize();
    try {
      await ds.runMigrations({ transaction: 'each' });
    } finally {
      await ds.destroy();
    }
    await client.query(`ALTER DATABASE ${TEMPLATE}_wip RENAME TO ${TEMPLATE}`);
  } finally {
    await client.query("SELECT pg_advisory_unlock(hashtext('cop:test-template'))");
  }
}

/**
 * A database of its own for one test file: migrated (cloned from the template) unless
 * `migrated: false`, in which case it is empty.
 */
export async function createTestDatabase(options: { migrated?: boolean } = {}): Promise<TestDatabase> {
  const name = `cop_t_${randomBytes(6).toString('hex')}`;
  await withAdmin(async (client) => {
    if (options.migrated === false) {
      await client.query(`CREATE DATABASE ${name}`);
    } else {
      await ensureTemplate(client);
      await client.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE}`);
    }
  });
  return {
    name,
    url: withDatabase(adminUrl(), name),
    admin: (sql, params) => withAdmin((c) => c.query(sql, params)),
    drop: () => withAdmin(async (c) => void (await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))),
  };
}
