import { join } from 'node:path';
import type { AppConfig } from '../config/config.schema.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';

export const EMBEDDED_DATABASE_NAME = 'cop_portal';

export interface DatabaseServer {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/**
 * The database the portal uses: DATABASE_URL when set (nothing embedded starts), otherwise a
 * real PostgreSQL from the embedded-postgres package with its data in DATA_DIR/pg.
 */
export async function openDatabaseServer(
  config: AppConfig,
  log: (message: string) => void = () => undefined,
): Promise<DatabaseServer> {
  if (config.DATABASE_URL) {
    return { url: config.DATABASE_URL, embedded: false, stop: async () => undefined };
  }
  const server = await startEmbeddedPostgres({
    dataDir: join(config.DATA_DIR, 'pg'),
    port: config.EMBEDDED_PG_PORT,
    onLog: log,
  });
  await server.ensureDatabase(EMBEDDED_DATABASE_NAME);
  return { url: server.url(EMBEDDED_DATABASE_NAME), embedded: true, stop: () => server.stop() };
}
