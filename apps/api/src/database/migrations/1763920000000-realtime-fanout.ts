import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** The table @socket.io/postgres-adapter uses for payloads too large for a NOTIFY (rows live 30 s). */
export class RealtimeFanout1763920000000 implements MigrationInterface {
  name = 'RealtimeFanout1763920000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE socket_io_attachments (
        id bigserial UNIQUE,
        created_at timestamptz DEFAULT now(),
        payload bytea
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE socket_io_attachments');
  }
}
