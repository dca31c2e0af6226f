import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Logger } from 'nestjs-pino';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import { applyHttpSecurity } from './common/http/security.js';
import { PostgresIoAdapter } from './common/realtime/postgres-io.adapter.js';
import { serveWebApp } from './common/http/web-app.js';
import { ConfigError, describeConfig, loadConfig } from './config/config.js';
import type { AppConfig } from './config/config.schema.js';
import { resolveSecretKey } from './config/secret-key.js';
import { type DatabaseServer, openDatabaseServer } from './database/database-server.js';
import { migrateExclusively } from './database/migrate.js';
import { formatDemoLogins, runDemoLoaders } from './database/demo/demo-loader.js';
import { DEMO_LOADERS } from './database/demo/demo-loaders.js';

function readConfig(): AppConfig {
  try {
    return loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\nSee README.md, "Configuration".\n`);
      process.exit(1);
    }
    throw e;
  }
}

let db: DatabaseServer | undefined;

async function main(): Promise<void> {
  const config = readConfig();
  const started = Date.now();
  db = await openDatabaseServer(config);
  const secretKey = await resolveSecretKey(config, db.embedded);
  const app = await NestFactory.create(AppModule.forRoot({ config, databaseUrl: db.url, secretKey }), {
    bufferLogs: true,
  });
  const log = app.get(Logger);
  app.useLogger(log);
  log.log({ msg: 'starting CoP Portal', config: describeConfig(config), embeddedDatabase: db.embedded });

  const dataSource = app.get<DataSource>(getDataSourceToken());
  if (config.DB_MIGRATE_ON_START) {
    const applied = await migrateExclusively(dataSource);
    if (applied.length) log.log({ msg: 'applied migrations', migrations: applied });
  }
  if (config.DEMO_DATA === 'true' || (config.DEMO_DATA === 'auto' && db.embedded)) {
    const result = await runDemoLoaders(app, dataSource, DEMO_LOADERS);
    if (result.loaded.length) {
      log.log({ msg: 'loaded demo data', loaders: result.loaded });
      process.stdout.write(`\n${formatDemoLogins(result.logins)}\n\n`);
    }
  }

  applyHttpSecurity(app, config);
  app.useWebSocketAdapter(new PostgresIoAdapter(app, db.url));
  if (config.NODE_ENV === 'production') serveWebApp(app, config.WEB_DIST_DIR, log);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.log({ msg: 'stopping', signal });
    await app.close().catch((e: unknown) => log.error({ msg: 'error while closing', err: e }));
    await db?.stop();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));

  await app.listen(config.PORT, config.HOST);
  log.log({
    msg: `CoP Portal is ready on http://localhost:${config.PORT}`,
    port: config.PORT,
    startupMs: Date.now() - started,
  });
}

main().catch(async (e: unknown) => {
  process.stderr.write(`CoP Portal failed to start: ${e instanceof Error ? e.message : String(e)}\n`);
  await db?.stop().catch(() => undefined);
  process.exit(1);
});
