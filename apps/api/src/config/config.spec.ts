import { readFileSync } from 'node:fs';
import { ConfigError, describeConfig, loadConfig } from './config.js';
import { CONFIG_VARIABLES } from './config.schema.js';

describe('loadConfig', () => {
  it('applies documented defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.NODE_ENV).toBe('development');
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.DEMO_DATA).toBe('auto');
  });

  it('names every wrong variable and stops', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', NODE_ENV: 'staging', DATABASE_URL: 'mysql://x' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toMatch(/PORT: must be a number/);
    expect(message).toMatch(/NODE_ENV: must be development, test or production/);
    expect(message).toMatch(/DATABASE_URL: must be a postgres/);
  });

  it('never prints a secret value', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u:hunter2hunter2@db/cop' });
    expect(JSON.stringify(describeConfig(config))).not.toContain('hunter2');
    let error: unknown;
    try {
      loadConfig({ DATABASE_URL: 'hunter2hunter2' });
    } catch (e) {
      error = e;
    }
    expect((error as Error).message).not.toContain('hunter2');
  });

  it('treats an empty variable as unset and parses booleans', () => {
    const config = loadConfig({ PORT: '', TRUST_PROXY: 'yes', DB_MIGRATE_ON_START: 'false' });
    expect(config.PORT).toBe(3000);
    expect(config.TRUST_PROXY).toBe(true);
    expect(config.DB_MIGRATE_ON_START).toBe(false);
  });

  it('stores files locally by default, and needs a bucket and credentials for S3', () => {
    const config = loadConfig({});
    expect(config.STORAGE_DRIVER).toBe('local');
    expect(config.FILE_MAX_BYTES).toBe(26214400);
    expect(config.S3_FORCE_PATH_STYLE).toBe(true);
    expect(config.S3_REGION).toBe('us-east-1');

    let error: unknown;
    try {
      loadConfig({ STORAGE_DRIVER: 's3', S3_ACCESS_KEY_ID: 'cop', S3_SECRET_ACCESS_KEY: 'hunter2hunter2' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual(['S3_BUCKET: required when STORAGE_DRIVER=s3']);
    expect((error as Error).message).not.toContain('hunter2');

    expect(() => loadConfig({ STORAGE_DRIVER: 's3', S3_BUCKET: 'cop-files' })).toThrow(
      /S3_ACCESS_KEY_ID: required when STORAGE_DRIVER=s3[\s\S]*S3_SECRET_ACCESS_KEY: required/,
    );
    expect(() => loadConfig({ STORAGE_DRIVER: 'ftp' })).toThrow(/STORAGE_DRIVER: must be local or s3/);
    const s3 = loadConfig({
      STORAGE_DRIVER: 's3',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_BUCKET: 'cop-files',
      S3_ACCESS_KEY_ID: 'cop',
      S3_SECRET_ACCESS_KEY: 'hunter2hunter2',
    });
    expect(JSON.stringify(describeConfig(s3))).not.toContain('hunter2');
  });
});

describe('README configuration table', () => {
  it('documents every variable the api reads', () => {
    const readme = readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');
    const documented = new Set([...readme.matchAll(/^\| `([A-Z0-9_]+)`/gm)].map((m) => m[1]));
    const missing = Object.keys(CONFIG_VARIABLES).filter((name) => !documented.has(name));
    expect(missing).toEqual([]);
  });
});
