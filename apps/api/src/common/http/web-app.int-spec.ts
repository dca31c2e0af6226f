import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { serveWebApp } from './web-app.js';

describe('serving the web app', () => {
  let t: TestApp;
  let dist: string;
  beforeAll(async () => {
    dist = await mkdtemp(join(tmpdir(), 'cop-web-'));
    await mkdir(join(dist, 'assets'));
    await writeFile(join(dist, 'index.html'), '<!doctype html><title>CoP Portal</title>');
    await writeFile(join(dist, 'assets', 'app-1234.js'), 'export {};');
    t = await createTestApp({
      env: { NODE_ENV: 'production' },
      beforeInit: (app) =>
        serveWebApp(app, dist, { log: () => undefined, error: () => undefined, warn: () => undefined }),
    });
  });
  afterAll(async () => {
    await t.close();
    await rm(dist, { recursive: true, force: true });
  });

  it('answers client routes with index.html, never cached', async () => {
    const res = await t.http().get('/directory?country=GH').set('accept', 'text/html');
    expect(res.status).toBe(200);
    expect(res.text).toContain('<title>CoP Portal</title>');
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('caches hashed assets for a year and answers a missing file with 404, not the app', async () => {
    const asset = await t.http().get('/assets/app-1234.js');
    expect(asset.headers['cache-control']).toContain('immutable');
    const missing = await t.http().get('/assets/gone-9999.js').set('accept', 'text/html');
    expect(missing.status).toBe(404);
  });

  it('never answers api paths with the app', async () => {
    const photo = await t
      .http()
      .get('/api/members/00000000-0000-4000-8000-000000000000/photo')
      .set('accept', 'text/html');
    expect(photo.status).toBe(401);
    expect(photo.text).not.toContain('<title>CoP Portal</title>');
    const ready = await t.http().get('/readyz').set('accept', 'text/html');
    expect(ready.body).toEqual({ status: 'ready' });
  });
});
