import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Uploaded files: one row per blob in the storage driver (local folder or S3 bucket), with its
 * sniffed type, size and SHA-256. A file is uploaded unattached (visible to its uploader only) and
 * then attached to exactly one owner (a discussion post, …); the cleanup deletes unattached files
 * after a day.
 */
export class Files1764000000000 implements MigrationInterface {
  name = 'Files1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE stored_file (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        storage_key text NOT NULL UNIQUE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        content_type text NOT NULL CHECK (length(content_type) BETWEEN 3 AND 120),
        size bigint NOT NULL CHECK (size >= 0),
        sha256 char(64) NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        uploaded_by uuid NOT NULL REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        owner_type text CHECK (owner_type ~ '^[a-z][a-z0-9_]{0,62}$'),
        owner_id uuid,
        attached_at timestamptz,
        preview_key text UNIQUE,
        CONSTRAINT stored_file_attached_whole CHECK (
          (owner_type IS NULL) = (owner_id IS NULL) AND (owner_id IS NULL) = (attached_at IS NULL)
        )
      )`);
    await q.query('CREATE INDEX stored_file_owner ON stored_file (owner_type, owner_id)');
    await q.query(
      'CREATE INDEX stored_file_unattached ON stored_file (uploaded_by, created_at) WHERE owner_id IS NULL',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE stored_file');
  }
}
