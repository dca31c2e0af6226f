import type { INestApplicationContext } from '@nestjs/common';
import type { DataSource } from 'typeorm';

export interface DemoLogin {
  role: string;
  email: string;
  password: string;
  note?: string;
}

/**
 * A domain's contribution to the demo community. Content is synthetic, written for this project.
 * `load` runs once per database (tracked in demo_data_load) and uses the domain's own services.
 */
export interface DemoLoader {
  /** Unique, stable name: renaming it loads the data again. */
  readonly name: string;
  /** `earlier`: the logins printed by the loaders that ran before it in this run (to reuse a password). */
  load(app: INestApplicationContext, earlier?: readonly DemoLogin[]): Promise<DemoLogin[] | void>;
}

export interface DemoRunResult {
  loaded: string[];
  skipped: string[];
  logins: DemoLogin[];
}

/**
 * Runs each loader that has not run on this database yet, in order. A loader is recorded only when
 * it succeeds, so a failed one is retried on the next start; an advisory lock keeps two api
 * instances from loading at the same time.
 */
export async function runDemoLoaders(
  app: INestApplicationContext,
  dataSource: DataSource,
  loaders: readonly DemoLoader[],
): Promise<DemoRunResult> {
  const result: DemoRunResult = { loaded: [], skipped: [], logins: [] };
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query("SELECT pg_advisory_lock(hashtext('cop:demo-data'))");
    for (const loader of loaders) {
      const done = await runner.query('SELECT 1 FROM demo_data_load WHERE loader = $1', [loader.name]);
      if (done.length > 0) {
        result.skipped.push(loader.name);
        continue;
      }
      const logins = (await loader.load(app, result.logins)) ?? [];
      await runner.query('INSERT INTO demo_data_load (loader) VALUES ($1)', [loader.name]);
      result.loaded.push(loader.name);
      result.logins.push(...logins);
    }
  } finally {
    await runner.query("SELECT pg_advisory_unlock(hashtext('cop:demo-data'))").catch(() => undefined);
    await runner.release();
  }
  return result;
}

export function formatDemoLogins(logins: readonly DemoLogin[]): string {
  if (logins.length === 0) return 'Demo community loaded.';
  const rows = logins.map(
    (l) => `  ${l.role.padEnd(12)} ${l.email.padEnd(40)} ${l.password}${l.note ? `  (${l.note})` : ''}`,
  );
  return ['Demo community loaded. Demo logins (shown once):', ...rows].join('\n');
}
