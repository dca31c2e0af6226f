import type { DataSource } from 'typeorm';

/**
 * Applies pending migrations while holding a PostgreSQL advisory lock, so several api instances
 * starting together migrate one after the other instead of colliding. Returns the names applied.
 */
export async function migrateExclusively(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query("SELECT pg_advisory_lock(hashtext('cop:migrations'))");
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await runner.query("SELECT pg_advisory_unlock(hashtext('cop:migrations'))").catch(() => undefined);
    await runner.release();
  }
}
