import 'reflect-metadata';
import { loadConfig } from '../config/config.js';
import { createDataSource } from '../database/data-source.js';
import { openDatabaseServer } from '../database/database-server.js';
import { AuditService } from './audit.service.js';

/** A command's output goes to the terminal as plain lines (this is a CLI, not the server log). */
const say = (line: string) => process.stdout.write(`${line}\n`);
const shout = (line: unknown) =>
  process.stderr.write(`${line instanceof Error ? line.message : String(line)}\n`);

/**
 * `npm run audit:verify`: walks the audit chain of the portal's database (DATABASE_URL, or the
 * embedded one) and reports the first altered or missing row. Exit code 0 when intact, 2 when not.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const db = await openDatabaseServer(config);
  const dataSource = createDataSource(db.url);
  await dataSource.initialize();
  try {
    const report = await new AuditService(dataSource).verifyChain();
    if (report.ok) {
      say(`Audit trail intact: ${report.checked} events checked.`);
    } else {
      const what =
        report.firstBroken!.problem === 'altered'
          ? 'was altered'
          : 'does not follow the row before it (a row is missing)';
      shout(
        `Audit trail BROKEN: event ${report.firstBroken!.id} ${what}; ${report.checked} events before it are intact.`,
      );
      process.exitCode = 2;
    }
  } finally {
    await dataSource.destroy();
    await db.stop();
  }
}

main().catch((e: unknown) => {
  shout(e instanceof Error ? e.message : e);
  process.exit(1);
});
