import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Secure messaging: direct (one per pair, `direct_key` = the two user ids sorted and joined with
 * ':') and group conversations, their members with delivered/read watermarks, and messages whose
 * body is an opaque payload with a declared scheme. One server-wide sequence orders every message
 * and every change to one (`seq` at creation, `change_seq` at the latest edit or delete), so a
 * client catches up with "everything after change N". `message_email_state` remembers when a
 * member was last told by e-mail that messages are waiting. pg-boss queue `messaging.email`
 * (policy `short`: one waiting job per member).
 */
export class Messaging1764030000000 implements MigrationInterface {
  name = 'Messaging1764030000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SEQUENCE message_change_seq AS bigint`);
    await q.query(`
      CREATE TABLE conversation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('DIRECT', 'GROUP')),
        title text CHECK (title IS NULL OR char_length(title) BETWEEN 1 AND 120),
        direct_key text UNIQUE,
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_message_at timestamptz NOT NULL DEFAULT now(),
        last_seq bigint NOT NULL DEFAULT 0,
        CHECK ((kind = 'DIRECT') = (direct_key IS NOT NULL)),
        CHECK (kind = 'DIRECT' OR title IS NOT NULL)
      )`);
    await q.query(`
      CREATE TABLE conversation_member (
        conversation_id uuid NOT NULL REFERENCES conversation(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        role text NOT NULL DEFAULT 'MEMBER' CHECK (role IN ('ADMIN', 'MEMBER')),
        joined_at timestamptz NOT NULL DEFAULT now(),
        muted boolean NOT NULL DEFAULT false,
        delivered_seq bigint NOT NULL DEFAULT 0,
        read_seq bigint NOT NULL DEFAULT 0,
        read_at timestamptz,
        PRIMARY KEY (conversation_id, user_id)
      )`);
    await q.query(`CREATE INDEX conversation_member_user ON conversation_member (user_id)`);
    await q.query(`
      CREATE TABLE message (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        conversation_id uuid NOT NULL REFERENCES conversation(id) ON DELETE CASCADE,
        sender_id uuid NOT NULL REFERENCES app_user(id) ON DELETE RESTRICT,
        client_id uuid NOT NULL,
        seq bigint NOT NULL,
        change_seq bigint NOT NULL,
        scheme text NOT NULL CHECK (scheme ~ '^[a-z][a-z0-9.-]{0,31}$'),
        payload text NOT NULL,
        reply_to_id uuid REFERENCES message(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        edited_at timestamptz,
        deleted_at timestamptz,
        CONSTRAINT message_sender_client UNIQUE (sender_id, client_id)
      )`);
    await q.query(`CREATE INDEX message_conversation_seq ON message (conversation_id, seq DESC)`);
    await q.query(`CREATE INDEX message_change ON message (change_seq)`);
    await q.query(`
      CREATE TABLE message_email_state (
        user_id uuid PRIMARY KEY REFERENCES app_user(id) ON DELETE CASCADE,
        emailed_at timestamptz NOT NULL
      )`);
    await q.query(`SELECT pgboss.create_queue('messaging.email', '{"policy":"short"}'::json)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`SELECT pgboss.delete_queue('messaging.email')`);
    for (const table of ['message_email_state', 'message', 'conversation_member', 'conversation']) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`DROP SEQUENCE message_change_seq`);
  }
}
