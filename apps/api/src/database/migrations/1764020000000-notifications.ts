import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * In-app notifications and the e-mail preference of each member, plus the job queues that send
 * notification e-mails:
 *
 * - `notification`: one row per recipient. It names its subject (type + id) and never copies the
 *   subject's text: titles and excerpts are described when the list is read, by whoever owns the
 *   subject, for the reader as they are then (see notifications/notification-subjects.ts).
 * - `notification_preference`: one row per member who changed the default (`IMMEDIATE`). A table
 *   of the notifications domain rather than a column of `app_user`, which identity owns.
 * - pg-boss queues (see 1763900000000-job-queue): `notifications.email` (policy `short`: at most
 *   one waiting job per singleton key, i.e. per member, so a burst of notifications makes one
 *   e-mail), `notifications.digest` (the daily digest, started by a pg-boss cron schedule) and
 *   pg-boss's own `__pgboss__send-it`, through which its cron keeper sends scheduled jobs.
 */
export class Notifications1764020000000 implements MigrationInterface {
  name = 'Notifications1764020000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('MENTION', 'THREAD_REPLY', 'NEW_THREAD', 'POST_HIDDEN', 'POST_RESTORED')),
        actor_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        subject_type text NOT NULL CHECK (subject_type ~ '^[a-z][a-z0-9_]{0,62}$'),
        subject_id uuid NOT NULL,
        context_id uuid,
        link text NOT NULL CHECK (left(link, 1) = '/' AND left(link, 2) NOT IN ('//', '/\\') AND length(link) <= 500),
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        emailed_at timestamptz
      )`);
    await q.query(
      `CREATE INDEX notification_user_newest ON notification (user_id, created_at DESC, id DESC)`,
    );
    await q.query(
      `CREATE INDEX notification_user_unread ON notification (user_id, created_at DESC) WHERE read_at IS NULL`,
    );
    await q.query(`CREATE INDEX notification_subject ON notification (subject_type, subject_id)`);
    await q.query(
      `CREATE INDEX notification_context ON notification (user_id, subject_type, context_id) WHERE read_at IS NULL AND context_id IS NOT NULL`,
    );

    await q.query(`CREATE TYPE notification_email_mode AS ENUM ('IMMEDIATE', 'DAILY', 'OFF')`);
    await q.query(`
      CREATE TABLE notification_preference (
        user_id uuid PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
        email_mode notification_email_mode NOT NULL DEFAULT 'IMMEDIATE',
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX notification_preference_mode ON notification_preference (email_mode) WHERE email_mode <> 'IMMEDIATE'`,
    );

    await q.query(`SELECT pgboss.create_queue('notifications.email', '{"policy":"short"}'::json)`);
    await q.query(`SELECT pgboss.create_queue('notifications.digest', '{"policy":"short"}'::json)`);
    await q.query(`SELECT pgboss.create_queue('__pgboss__send-it', '{"policy":"standard"}'::json)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM pgboss.schedule WHERE name = 'notifications.digest'`);
    await q.query(`SELECT pgboss.delete_queue('__pgboss__send-it')`);
    await q.query(`SELECT pgboss.delete_queue('notifications.digest')`);
    await q.query(`SELECT pgboss.delete_queue('notifications.email')`);
    await q.query(`DROP TABLE notification_preference`);
    await q.query(`DROP TYPE notification_email_mode`);
    await q.query(`DROP TABLE notification`);
  }
}
