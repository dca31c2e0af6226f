import { DataSource, type DataSourceOptions } from 'typeorm';
import { AuditEventEntity } from '../access/entities/audit-event.entity.js';
import { DISCUSSION_ENTITIES } from '../discussions/entities/index.js';
import { FILES_ENTITIES } from '../files/entities/index.js';
import { IDENTITY_ENTITIES } from '../identity/entities/index.js';
import { MESSAGING_ENTITIES } from '../messaging/entities/index.js';
import { NOTIFICATION_ENTITIES } from '../notifications/entities/index.js';
import { MIGRATIONS } from './migrations/index.js';

/** Every entity, by domain: the CLI (migration generation) and tests use this list. */
export const ENTITIES: DataSourceOptions['entities'] = [
  ...IDENTITY_ENTITIES,
  AuditEventEntity,
  ...FILES_ENTITIES,
  ...DISCUSSION_ENTITIES,
  ...NOTIFICATION_ENTITIES,
  ...MESSAGING_ENTITIES,
];

export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    logging: false,
    extra: { max: 10, connectionTimeoutMillis: 5000, application_name: 'cop-portal' },
  };
}

export function createDataSource(url: string): DataSource {
  return new DataSource(dataSourceOptions(url));
}
