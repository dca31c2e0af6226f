import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { freePort, ROOT, startPortal, tempDataDir } from './support/portal-server.js';

/** `npm start` on the embedded PostgreSQL: first start, clean stop, reuse of the data on restart. */
describe('portal process on the embedded PostgreSQL', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await tempDataDir();
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('starts, stops cleanly on SIGTERM, and reuses its data on the next start', async () => {
    const pgPort = await freePort();
    const first = await startPortal({ dataDir, pgPort });
    const pgData = join(dataDir, 'data', 'pg');
    expect(existsSync(join(pgData, 'PG_VERSION'))).toBe(true);

    // leave a mark in the database
    const client = new pg.Client({
      connectionString: `postgres://cop:cop-embedded-local@127.0.0.1:${pgPort}/cop_portal`,
    });
    await client.connect();
    await client.query("CREATE TABLE e2e_mark (v text); INSERT INTO e2e_mark VALUES ('kept')");
    await client.end();

    expect(await first.stop()).toBe(0);
    expect(existsSync(join(pgData, 'postmaster.pid'))).toBe(false); // PostgreSQL shut down cleanly
    await expect(fetch(`${first.url}/healthz`)).rejects.toThrow();

    const second = await startPortal({ dataDir, pgPort });
    try {
      const again = new pg.Client({
        connectionString: `postgres://cop:cop-embedded-local@127.0.0.1:${pgPort}/cop_portal`,
      });
      await again.connect();
      const rows = await again.query('SELECT v FROM e2e_mark');
      await again.end();
      expect(rows.rows).toEqual([{ v: 'kept' }]);
      const ready = await fetch(`${second.url}/readyz`);
      expect(await ready.json()).toEqual({ status: 'ready' });
    } finally {
      expect(await second.stop()).toBe(0);
    }
  });

  it('refuses to start with a wrong setting and names it', async () => {
    const { spawnSync } = await import('node:child_process');
    const res = spawnSync(process.execPath, ['dist/apps/api/main.js'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, PORT: 'http', GRAPHQL_MAX_DEPTH: 'deep' },
      encoding: 'utf8',
    });
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('PORT: must be a number');
    expect(res.stderr).toContain('GRAPHQL_MAX_DEPTH: must be a number');
  });
});
