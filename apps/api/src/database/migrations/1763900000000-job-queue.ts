import PgBoss from 'pg-boss';
import { type MigrationInterface, type QueryRunner } from 'typeorm';

const SCHEMA = 'pgboss';

/**
 * The job queue (pg-boss): its schema `pgboss`, built from pg-boss's own SQL, and the queues the
 * api works. pg-boss runs with `migrate: false`, so it never changes the schema itself: it checks
 * on start that the schema version is the one it expects and refuses to start otherwise.
 *
 * pg-boss v10 gives every queue its own partition table (CREATE TABLE inside
 * `pgboss.create_queue`), so a new queue is a schema change too: add it with a migration that
 * calls `SELECT pgboss.create_queue(name, options)`.
 *
 * Upgrading pg-boss to a version with another schema version: add a migration that runs
 * `PgBoss.getMigrationPlans('pgboss', <installed version>)` when `pgboss.version` is older (this
 * one then builds the new version directly on an empty database).
 */
export class JobQueue1763900000000 implements MigrationInterface {
  name = 'JobQueue1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(withoutOwnTransaction(PgBoss.getConstructionPlans(SCHEMA)));
    // Retry and expiry are set on each job by MailService; the queue only needs to exist.
    await q.query(`SELECT ${SCHEMA}.create_queue('mail.send', '{"policy":"standard"}'::json)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP SCHEMA ${SCHEMA} CASCADE`);
  }
}

/**
 * pg-boss wraps its plan in BEGIN … COMMIT; TypeORM already runs each migration in a transaction
 * (and records it in the same one), so the wrapper is taken off and the plan runs inside it.
 */
function withoutOwnTransaction(plan: string): string {
  const sql = plan.trim();
  if (!sql.startsWith('BEGIN;') || !sql.endsWith('COMMIT;')) {
    throw new Error('pg-boss construction plan is not wrapped in BEGIN … COMMIT: review this migration');
  }
  return sql.slice('BEGIN;'.length, -'COMMIT;'.length);
}
