import { ConfigError, describeConfig, loadConfig } from './config.js';

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
});
