import { createTestApp, type TestApp } from '../../../test/test-app.js';

describe('health endpoints', () => {
  describe('on a migrated database', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp();
    });
    afterAll(() => t.close());

    it('/healthz says the process is up', async () => {
      const res = await t.http().get('/healthz');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ status: 'ok' });
    });

    it('/readyz is 200, then 503 while the database is unreachable, then 200 again', async () => {
      expect((await t.http().get('/readyz')).status).toBe(200);

      await t.db.admin(`ALTER DATABASE ${t.db.name} ALLOW_CONNECTIONS false`);
      await t.db.admin('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [
        t.db.name,
      ]);
      const down = await t.http().get('/readyz');
      expect(down.status).toBe(503);
      expect(down.body).toEqual({ status: 'not-ready', reason: 'database-unreachable' });
      await new Promise((r) => setTimeout(r, 1100)); // the public query reuses a reading for 1 s
      const gql = await t.gql('{ health { status } }');
      expect(gql.body.data.health.status).toBe('DEGRADED');

      await t.db.admin(`ALTER DATABASE ${t.db.name} ALLOW_CONNECTIONS true`);
      const up = await t.http().get('/readyz');
      expect(up.status).toBe(200);
      expect(up.body).toEqual({ status: 'ready' });
    });
  });

  describe('on a database whose migrations are not applied', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ migrated: false });
    });
    afterAll(() => t.close());

    it('/readyz is 503 until the migrations run', async () => {
      const res = await t.http().get('/readyz');
      expect(res.status).toBe(503);
      expect(res.body.reason).toBe('migrations-pending');
    });
  });
});
