import { createServer } from 'node:http';
import { rm } from 'node:fs/promises';
import { freePort, startPortal } from '../../web-e2e/src/support/portal-server.js';
import { load, report } from './measure.js';

/**
 * The cost of the portal's request pipeline (helmet, request ids, pino, Apollo, depth and cost
 * limits, the guard, one database round-trip) on its cheapest GraphQL query, as a ratio against
 * a bare Node HTTP server answering the same JSON in the same run on the same machine.
 */
async function main(): Promise<void> {
  const body = JSON.stringify({ data: { health: { status: 'OK', serverTime: new Date().toISOString() } } });
  const bare = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(body);
    });
  });
  const barePort = await freePort();
  await new Promise<void>((r) => bare.listen(barePort, '127.0.0.1', r));

  const portal = await startPortal();
  try {
    const request = {
      method: 'POST' as const,
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': '1' },
      body: JSON.stringify({ query: '{ health { status serverTime } }' }),
    };
    await load({ name: 'warm-up', url: `${portal.url}/graphql`, ...request, seconds: 2 });
    const baseline = await load({
      name: 'bare node http',
      url: `http://127.0.0.1:${barePort}/graphql`,
      ...request,
    });
    const subject = await load({ name: 'portal graphql health', url: `${portal.url}/graphql`, ...request });
    const ok = report('GraphQL health query', baseline, subject, { minThroughputRatio: 0.05 });
    process.exitCode = ok ? 0 : 1;
  } finally {
    await portal.stop();
    await rm(portal.dataDir, { recursive: true, force: true });
    bare.close();
  }
}

void main();
