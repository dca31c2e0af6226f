import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { type DemoLoader, formatDemoLogins, runDemoLoaders } from './demo-loader.js';

describe('demo community loaders', () => {
  let t: TestApp;
  let ds: DataSource;
  beforeAll(async () => {
    t = await createTestApp();
    ds = t.app.get<DataSource>(getDataSourceToken());
    await ds.query('CREATE TABLE demo_probe (name text)');
  });
  afterAll(() => t.close());

  const loader = (name: string, fail = false): DemoLoader => ({
    name,
    async load() {
      if (fail) throw new Error(`${name} failed`);
      await ds.query('INSERT INTO demo_probe (name) VALUES ($1)', [name]);
      return [{ role: 'Admin', email: `${name}@demo.example`, password: 'demo-password-1' }];
    },
  });

  it('loads each loader once and prints its logins only the first time', async () => {
    const first = await runDemoLoaders(t.app, ds, [loader('a'), loader('b')]);
    expect(first.loaded).toEqual(['a', 'b']);
    expect(formatDemoLogins(first.logins)).toContain('a@demo.example');

    const second = await runDemoLoaders(t.app, ds, [loader('a'), loader('b')]);
    expect(second).toEqual({ loaded: [], skipped: ['a', 'b'], logins: [] });
    expect(await ds.query('SELECT name FROM demo_probe ORDER BY name')).toEqual([
      { name: 'a' },
      { name: 'b' },
    ]);
  });

  it('does not record a loader that failed, so the next start retries it', async () => {
    await expect(runDemoLoaders(t.app, ds, [loader('c', true)])).rejects.toThrow('c failed');
    const retry = await runDemoLoaders(t.app, ds, [loader('c')]);
    expect(retry.loaded).toEqual(['c']);
  });
});
