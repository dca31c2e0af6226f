import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * End-to-end encrypted messaging (libs/contracts/src/e2e.ts): the server keeps each member's
 * devices with their public keys (X25519 `encryption_key`, Ed25519 `signing_key`, 32 bytes each)
 * and an opaque key backup it cannot open; it stores and relays ciphertext only.
 *
 * - `user_device`: a device is registered from a browser session (`session_id`, kept as a hint
 *   for "this device" and set to NULL when the session row goes) and outlives that session; it is
 *   never deleted, only marked `removed_at` (its messages keep naming it as their sending device).
 *   A signing key is unique across every device ever registered, removed ones included, so a
 *   removed device's key cannot come back under another device id.
 * - `key_backup`: one per member, base64url text, versioned for optimistic updates; at most 8 MiB
 *   (E2E_LIMITS.backupMaxBytes).
 * - `conversation.e2e_since`: when the conversation received its first `e2e-v1` message; from then
 *   on the server refuses `plain` payloads in it (sends and edits).
 */
export class E2eDevices1764070000000 implements MigrationInterface {
  name = 'E2eDevices1764070000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE user_device (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        label text NOT NULL CHECK (char_length(label) BETWEEN 1 AND 80 AND label = btrim(label)),
        encryption_key bytea NOT NULL CHECK (octet_length(encryption_key) = 32),
        signing_key bytea NOT NULL CHECK (octet_length(signing_key) = 32),
        session_id uuid REFERENCES user_session(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        removed_at timestamptz,
        CONSTRAINT user_device_signing_key UNIQUE (signing_key)
      )`);
    await q.query(`CREATE INDEX user_device_active ON user_device (user_id) WHERE removed_at IS NULL`);
    await q.query(
      `CREATE INDEX user_device_session ON user_device (session_id) WHERE session_id IS NOT NULL`,
    );
    await q.query(`
      CREATE TABLE key_backup (
        user_id uuid PRIMARY KEY REFERENCES app_user(id) ON DELETE CASCADE,
        blob text NOT NULL CHECK (octet_length(blob) BETWEEN 1 AND 8388608 AND blob ~ '^[A-Za-z0-9_-]+$'),
        version integer NOT NULL CHECK (version >= 1),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`ALTER TABLE conversation ADD COLUMN e2e_since timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE conversation DROP COLUMN e2e_since`);
    await q.query(`DROP TABLE key_backup`);
    await q.query(`DROP TABLE user_device`);
  }
}
