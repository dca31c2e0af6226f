import { io, type Socket } from 'socket.io-client';
import { createMember, signIn } from '../../../test/factories/member.factory.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';

/** Two api instances on one PostgreSQL: a session ended through one drops its sockets on the other. */
describe('realtime across api instances', () => {
  let a: TestApp;
  let b: TestApp;
  let urlA: string;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    a = await createTestApp();
    b = await createTestApp({ database: a.db });
    await a.app.listen(0, '127.0.0.1');
    urlA = `http://127.0.0.1:${(a.app.getHttpServer().address() as { port: number }).port}`;
  });
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await b.close();
    await a.close();
  });

  it('disconnects a socket held by instance A when its session is ended through instance B', async () => {
    const member = await createMember(a);
    const onA = await signIn(a, member);
    const jar = (onA.agent as unknown as { jar: { getCookies(o: object): { toValueString(): string }[] } })
      .jar;
    const cookie = jar
      .getCookies({ domain: '127.0.0.1', path: '/', secure: false, script: false })
      .map((c) => c.toValueString())
      .join('; ');
    const socket = io(urlA, {
      path: '/socket.io',
      transports: ['websocket'],
      extraHeaders: { cookie },
      reconnection: false,
      forceNew: true,
    });
    sockets.push(socket);
    await new Promise<void>((resolve, reject) => {
      socket.on('connect', () => resolve());
      socket.on('connect_error', reject);
    });
    // Let the adapter's LISTEN connections settle on both instances.
    await new Promise((r) => setTimeout(r, 300));

    const onB = await signIn(b, member);
    const sessions = (await onB.gql('{ mySessions { id current } }')).body.data.mySessions as {
      id: string;
      current: boolean;
    }[];
    const other = sessions.find((s) => !s.current)!;
    const disconnected = new Promise<string>((resolve) => socket.on('disconnect', resolve));
    expect(
      (await onB.gql('mutation E($id: ID!) { endSession(id: $id) }', { id: other.id })).body.data.endSession,
    ).toBe(true);
    expect(await disconnected).toBe('io server disconnect');
  });
});
