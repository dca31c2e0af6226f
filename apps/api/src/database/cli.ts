import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadConfig } from '../config/config.js';
import { createDataSource } from './data-source.js';
import { openDatabaseServer } from './database-server.js';
import { migrateExclusively } from './migrate.js';

/**
 * Database commands: `migrate`, `revert`, `status`, `reset` (development only: drops everything
 * and migrates again), `generate <Name>` (writes a migration from the difference between the
 * entities and the database). Uses DATABASE_URL, or the embedded PostgreSQL when it is unset.
 */
async function main(): Promise<void> {
  const [command, name] = process.argv.slice(2);
  const config = loadConfig();
  const db = await openDatabaseServer(config);
  const dataSource = createDataSource(db.url);
  await dataSource.initialize();
  try {
    switch (command) {
      case 'migrate': {
        const applied = await migrateExclusively(dataSource);
        say(applied.length ? `Applied: ${applied.join(', ')}` : 'Nothing to apply.');
        break;
      }
      case 'revert':
        await dataSource.undoLastMigration({ transaction: 'each' });
        say('Reverted the last migration.');
        break;
      case 'status':
        say((await dataSource.showMigrations()) ? 'Migrations are pending.' : 'Up to date.');
        break;
      case 'reset': {
        if (config.NODE_ENV === 'production')
          throw new Error('db:reset refuses to run with NODE_ENV=production.');
        await dataSource.query('DROP SCHEMA public CASCADE');
        await dataSource.query('CREATE SCHEMA public');
        const applied = await dataSource.runMigrations({ transaction: 'each' });
        say(`Reset. Applied: ${applied.map((m) => m.name).join(', ')}`);
        break;
      }
      case 'generate': {
        if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name))
          throw new Error('Usage: db:migration:generate -- <PascalCaseName>');
        await dataSource.runMigrations({ transaction: 'each' });
        const sql = await dataSource.driver.createSchemaBuilder().log();
        // Entities describe tables and columns; checks, indexes and foreign keys are written by hand
        // in migrations and are not in the entities, so proposals to drop them are left out.
        const handWritten = /DROP CONSTRAINT|DROP INDEX/;
        const pairs = sql.upQueries
          .map((up, i) => ({ up, down: sql.downQueries[i] }))
          .filter(({ up }) => !handWritten.test(up.query));
        sql.upQueries = pairs.map((p) => p.up);
        sql.downQueries = pairs.flatMap((p) => (p.down ? [p.down] : []));
        if (sql.upQueries.length === 0) {
          say('The entities match the database: no migration needed.');
          break;
        }
        const timestamp = Date.now();
        const file = join('apps/api/src/database/migrations', `${timestamp}-${kebab(name)}.ts`);
        const esc = (q: string) => q.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
        const up = sql.upQueries.map((q) => `    await q.query(\`${esc(q.query)}\`);`).join('\n');
        const down = [...sql.downQueries]
          .reverse()
          .map((q) => `    await q.query(\`${esc(q.query)}\`);`)
          .join('\n');
        await writeFile(
          file,
          `import { type MigrationInterface, type QueryRunner } from 'typeorm';\n\nexport class ${name}${timestamp} implements MigrationInterface {\n  name = '${name}${timestamp}';\n\n  async up(q: QueryRunner): Promise<void> {\n${up}\n  }\n\n  async down(q: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
        );
        say(`Wrote ${file}. Review it, then add ${name}${timestamp} to migrations/index.ts.`);
        break;
      }
      default:
        throw new Error('Usage: cli <migrate|revert|status|reset|generate Name>');
    }
  } finally {
    await dataSource.destroy();
    await db.stop();
  }
}

/** A command's output goes to the terminal as plain lines (this is a CLI, not the server log). */
const say = (line: string) => process.stdout.write(`${line}\n`);
const shout = (line: unknown) =>
  process.stderr.write(`${line instanceof Error ? line.message : String(line)}\n`);

const kebab = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

main().catch((e: unknown) => {
  shout(e instanceof Error ? e.message : e);
  process.exit(1);
});
