import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The fan-out table of @socket.io/postgres-adapter holds payloads too large for a NOTIFY for 30 s,
 * for the other api instances to read once. Nothing in it needs to survive a crash (a lost row is
 * a live event lost, which clients recover by catch-up), so it writes no WAL: a busy conversation
 * no longer pays a disk flush per fan-out batch.
 */
export class RealtimeAttachmentsUnlogged1764040000000 implements MigrationInterface {
  name = 'RealtimeAttachmentsUnlogged1764040000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE socket_io_attachments SET UNLOGGED');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE socket_io_attachments SET LOGGED');
  }
}
