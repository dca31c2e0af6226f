import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { demoLogins, freePort, ROOT, startPortal, tempDataDir } from './support/portal-server.js';

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

    // The first start printed the demo logins once; one of them signs in (an audited event).
    const logins = demoLogins(first.output());
    // Staff, the shared member login, and the JIT demo teams' members (each with a second factor).
    expect(logins.map((l) => l.role)).toEqual([
      'ADMIN',
      'MODERATOR',
      'MODERATOR',
      'MEMBER',
      ...Array(5).fill('JIT'),
    ]);
    expect(logins.filter((l) => l.totpSecret)).toHaveLength(8);
    const member = logins.find((l) => l.role === 'MEMBER')!;
    const signIn = await fetch(`${first.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': '1' },
      body: JSON.stringify({
        query: 'mutation S($i: SignInInput!) { signIn(input: $i) { state } }',
        variables: { i: { email: member.email, password: member.password } },
      }),
    });
    expect((await signIn.json()).data.signIn.state).toBe('ACTIVE');

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
      expect(demoLogins(second.output())).toEqual([]); // printed once only
    } finally {
      expect(await second.stop()).toBe(0);
    }

    // npm run audit:verify on the same data: the chain is intact.
    const { spawnSync } = await import('node:child_process');
    const verify = spawnSync(process.execPath, ['dist/apps/api/access/audit-verify.js'], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        DATA_DIR: join(dataDir, 'data'),
        EMBEDDED_PG_PORT: String(pgPort),
        LOG_LEVEL: 'warn',
      },
      encoding: 'utf8',
    });
    expect(verify.stdout).toMatch(/Audit trail intact: \d+ events checked/);
    expect(verify.status).toBe(0);
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
