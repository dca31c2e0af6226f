import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * End-to-end encrypted attachments: `stored_file.encrypted` marks an upload that is ciphertext made
 * in the browser (`POST /api/files/encrypted`). The server cannot sniff, preview or read it, so the
 * row says so for good: an encrypted file is `application/octet-stream` without a preview (the
 * check holds it even if the code forgot), and messaging attaches it to `e2e-v1` messages only.
 * Every file stored before is a plain upload.
 */
export class E2eAttachments1764080000000 implements MigrationInterface {
  name = 'E2eAttachments1764080000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE stored_file ADD COLUMN encrypted boolean NOT NULL DEFAULT false`);
    await q.query(`
      ALTER TABLE stored_file ADD CONSTRAINT stored_file_encrypted_opaque CHECK (
        NOT encrypted OR (preview_key IS NULL AND content_type = 'application/octet-stream')
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE stored_file DROP COLUMN encrypted`);
  }
}
