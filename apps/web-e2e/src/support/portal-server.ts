import { type ChildProcess, spawn } from 'node:child_process';
import { chmod, mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { createWriteStream, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The workspace root (holds nx.json), wherever this file was compiled to. */
function workspaceRoot(): string {
  let dir = import.meta.dirname;
  while (!existsSync(join(dir, 'nx.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('nx.json not found above ' + import.meta.dirname);
    dir = parent;
  }
  return dir;
}

export const ROOT = workspaceRoot();

export function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => res(port));
    });
  });
}

export async function tempDataDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cop-e2e-'));
  await chmod(dir, 0o755); // the embedded PostgreSQL runs as the postgres user when we are root
  return dir;
}

export interface Portal {
  url: string;
  port: number;
  pgPort: number;
  dataDir: string;
  output(): string;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
}

/**
 * Starts the production build exactly as `npm start` does (node dist/apps/api/main.js with
 * NODE_ENV=production and the embedded PostgreSQL), on free ports and a data folder of its own.
 */
export async function startPortal(options: { dataDir?: string; pgPort?: number } = {}): Promise<Portal> {
  const port = await freePort();
  const pgPort = options.pgPort ?? (await freePort());
  const dataDir = options.dataDir ?? (await tempDataDir());
  let output = '';
  const url = `http://localhost:${port}`;
  // PORTAL_CPU_PROF=<folder>: the portal writes a V8 CPU profile there when it stops (benchmarks).
  const profile = process.env.PORTAL_CPU_PROF
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.PORTAL_CPU_PROF}`]
    : [];
  // The flags of production (apps/api/project.json `start`, infra/docker/Dockerfile).
  const runtime = ['--max-semi-space-size=32'];
  // PORTAL_NODE_ARGS: more Node/V8 flags for a diagnosis (e.g. `--trace-gc`), with PORTAL_OUTPUT=<file>
  // to keep what the portal prints.
  const extra = (process.env.PORTAL_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child: ChildProcess = spawn(
    process.execPath,
    [...profile, ...runtime, ...extra, 'dist/apps/api/main.js'],
    {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: 'production',
        PORT: String(port),
        EMBEDDED_PG_PORT: String(pgPort),
        DATA_DIR: join(dataDir, 'data'),
        LOG_LEVEL: 'warn',
        PUBLIC_URL: `http://localhost:${port}`,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const keep = process.env.PORTAL_OUTPUT ? createWriteStream(process.env.PORTAL_OUTPUT) : null;
  if (keep) {
    child.stdout?.pipe(keep);
    child.stderr?.pipe(keep);
  }
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((res) => child.once('exit', (code) => res(code)));

  const deadline = Date.now() + 45_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the portal exited during start-up:\n${output}`);
    try {
      const res = await fetch(`${url}/readyz`);
      if (res.status === 200) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the portal was not ready within 45 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }

  return {
    url,
    port,
    pgPort,
    dataDir,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

export interface PrintedLogin {
  role: string;
  email: string;
  password: string;
  totpSecret?: string;
}

/** The demo logins the portal prints once on its first start (see formatDemoLogins). */
export function demoLogins(output: string): PrintedLogin[] {
  const start = output.indexOf('Demo logins (shown once):');
  if (start < 0) return [];
  const logins: PrintedLogin[] = [];
  for (const line of output.slice(start).split('\n').slice(1)) {
    const match = /^\s+(\w+)\s+(\S+@\S+)\s+(.+?)(?:\s{2}\((.*)\))?\s*$/.exec(line);
    if (!match) break;
    const secret = /TOTP secret (\S+)/.exec(match[4] ?? '')?.[1];
    logins.push({
      role: match[1]!,
      email: match[2]!,
      password: match[3]!,
      ...(secret ? { totpSecret: secret } : {}),
    });
  }
  return logins;
}
