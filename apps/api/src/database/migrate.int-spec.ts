import { createDataSource } from './data-source.js';
import { migrateExclusively } from './migrate.js';
import { MIGRATIONS } from './migrations/index.js';
import { createTestDatabase } from '../../test/test-database.js';

describe('migrations', () => {
  it('two instances migrating an empty database at once apply each migration exactly once', async () => {
    const db = await createTestDatabase({ migrated: false });
    const a = createDataSource(db.url);
    const b = createDataSource(db.url);
    await Promise.all([a.initialize(), b.initialize()]);
    try {
      const [ra, rb] = await Promise.all([migrateExclusively(a), migrateExclusively(b)]);
      expect([...ra, ...rb]).toEqual(MIGRATIONS.map((m) => new m().name));
      const rows = await a.query('SELECT name FROM migrations');
      expect(rows).toHaveLength(MIGRATIONS.length);
      expect(await a.showMigrations()).toBe(false);
    } finally {
      await Promise.all([a.destroy(), b.destroy()]);
      await db.drop();
    }
  });

  it('every migration can be reverted and applied again', async () => {
    const db = await createTestDatabase({ migrated: false });
    const ds = createDataSource(db.url);
    await ds.initialize();
    try {
      await migrateExclusively(ds);
      for (let i = 0; i < MIGRATIONS.length; i++) await ds.undoLastMigration({ transaction: 'each' });
      const tables = await ds.query(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'",
      );
      expect(tables).toEqual([]);
      expect(await migrateExclusively(ds)).toHaveLength(MIGRATIONS.length);
      const countries = await ds.query('SELECT count(*)::int AS n FROM country');
      expect(countries[0].n).toBe(249);
    } finally {
      await ds.destroy();
      await db.drop();
    }
  });
});
