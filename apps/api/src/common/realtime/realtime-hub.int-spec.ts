import type { Server } from 'socket.io';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { FANOUT_WARMUP_MS, RealtimeHub } from './realtime-hub.js';

function serverOf(t: TestApp): Server {
  return (t.app.get(RealtimeHub) as unknown as { server: Server }).server;
}

async function until(check: () => Promise<boolean>, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Batches of events (messages) reach the other api instances in one adapter message; a lone
 * instance publishes none (no NOTIFY round trip per batch), and starts as soon as another
 * instance announces itself. A new instance publishes from its first batch (the instances test in
 * messaging/ sends through one started a moment before).
 */
describe('RealtimeHub.emitMany fan-out', () => {
  let a: TestApp;
  let b: TestApp | null = null;

  beforeAll(async () => {
    a = await createTestApp();
    await a.app.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    await b?.close();
    await a.close();
  });

  it('publishes nothing while alone, and to a second instance once it has started', async () => {
    const server = serverOf(a);
    const published: unknown[] = [];
    const original = server.serverSideEmit.bind(server);
    server.serverSideEmit = ((event: string, ...args: unknown[]) => {
      published.push(args[0]);
      return original(event, ...args);
    }) as Server['serverSideEmit'];
    const hub = a.app.get(RealtimeHub);
    // Past its first seconds (FANOUT_WARMUP_MS), when a new instance publishes in any case.
    (hub as unknown as { attachedAt: number }).attachedAt = Date.now() - FANOUT_WARMUP_MS;

    expect(await server.of('/').adapter.serverCount()).toBe(1);
    hub.emitMany([{ room: 'conversation:nobody', event: 'message.created', payload: { n: 1 } }]);
    await new Promise((r) => setTimeout(r, 100));
    expect(published).toEqual([]);

    b = await createTestApp({ database: a.db });
    const received: unknown[] = [];
    serverOf(b).on('cop:fanout', (events: unknown) => received.push(events));
    await until(async () => (await server.of('/').adapter.serverCount()) === 2);

    const batch = [{ room: 'conversation:nobody', event: 'message.created', payload: { n: 2 } }];
    hub.emitMany(batch);
    await until(async () => received.length === 1);
    expect(published).toEqual([batch]);
    expect(received).toEqual([batch]);
  });
});
