import { io, type Socket } from 'socket.io-client';
import { cookieOf } from '../../test/factories/discussion.factory.js';
import { createMember, signIn, SIGN_IN } from '../../test/factories/member.factory.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

const PROFILE = '{ myProfile { id } }';
const SESSIONS = '{ mySessions { id current device ip } }';

describe('sessions', () => {
  let t: TestApp;
  let url: string;
  beforeAll(async () => {
    t = await createTestApp({ env: { SESSION_IDLE_MINUTES: '30', SESSION_ABSOLUTE_HOURS: '12' } });
    await t.app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(t.app.getHttpServer().address() as { port: number }).port}`;
  });
  afterAll(() => t.close());

  it('lists my sessions with device and lets me end another one, which loses access at once', async () => {
    const member = await createMember(t);
    const laptop = await signIn(t, member);
    const phone = t.agent();
    await phone.agent
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('apollo-require-preflight', '1')
      .set(
        'user-agent',
        'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/130.0 Mobile Safari/537.36',
      )
      .send({ query: SIGN_IN, variables: { input: { email: member.email, password: member.password } } });
    const list = (await laptop.gql(SESSIONS)).body.data.mySessions;
    expect(list).toHaveLength(2);
    const phoneSession = list.find((s: { current: boolean }) => !s.current);
    expect(phoneSession.device).toBe('Chrome · Android');

    expect((await phone.gql(PROFILE)).body.data.myProfile.id).toBe(member.id);
    expect(
      (await laptop.gql('mutation E($id: ID!) { endSession(id: $id) }', { id: phoneSession.id })).body.data
        .endSession,
    ).toBe(true);
    expect((await phone.gql(PROFILE)).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await laptop.gql(SESSIONS)).body.data.mySessions).toHaveLength(1);
  });

  it('cannot end someone else\u2019s session: it answers like a missing one', async () => {
    const a = await signIn(t, await createMember(t));
    const bMember = await createMember(t);
    const b = await signIn(t, bMember);
    const bSession = (await b.gql(SESSIONS)).body.data.mySessions[0].id;
    const res = await a.gql('mutation E($id: ID!) { endSession(id: $id) }', { id: bSession });
    expect(res.body.errors[0].extensions.code).toBe('NOT_FOUND');
    expect((await b.gql(PROFILE)).body.data.myProfile.id).toBe(bMember.id);
  });

  it('signs out on the server: the old cookie stops working', async () => {
    const client = await signIn(t, await createMember(t));
    const cookie = cookieOf(client);
    expect((await client.gql('mutation { signOut }')).body.data.signOut).toBe(true);
    const replay = await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('apollo-require-preflight', '1')
      .set('cookie', cookie)
      .send({ query: PROFILE });
    expect(replay.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('ends a session left idle, and one past its absolute lifetime', async () => {
    const member = await createMember(t);
    const idle = await signIn(t, member);
    await t.sql(`UPDATE user_session SET last_seen_at = now() - interval '31 minutes' WHERE user_id = $1`, [
      member.id,
    ]);
    expect((await idle.gql(PROFILE)).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const [ended] = await t.sql<{ end_reason: string }[]>(
      `SELECT end_reason FROM user_session WHERE user_id = $1`,
      [member.id],
    );
    expect(ended!.end_reason).toBe('idle');

    const old = await signIn(t, member);
    await t.sql(
      `UPDATE user_session SET expires_at = now() - interval '1 second' WHERE user_id = $1 AND ended_at IS NULL`,
      [member.id],
    );
    expect((await old.gql(PROFILE)).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('changing the password needs the current one and ends every other session', async () => {
    const member = await createMember(t);
    const here = await signIn(t, member);
    const there = await signIn(t, member);
    const wrong = await here.gql('mutation C($i: ChangePasswordInput!) { changePassword(input: $i) }', {
      i: { currentPassword: 'not my password!!', newPassword: 'An entirely new passphrase' },
    });
    expect(wrong.body.errors[0].extensions.fields[0]).toMatchObject({
      field: 'currentPassword',
      code: 'wrongPassword',
    });
    const weak = await here.gql('mutation C($i: ChangePasswordInput!) { changePassword(input: $i) }', {
      i: { currentPassword: member.password, newPassword: '123qweasdzxc' },
    });
    expect(weak.body.errors[0].extensions.fields[0].field).toBe('newPassword');
    const ok = await here.gql('mutation C($i: ChangePasswordInput!) { changePassword(input: $i) }', {
      i: { currentPassword: member.password, newPassword: 'An entirely new passphrase' },
    });
    expect(ok.body.data.changePassword).toBe(true);
    expect((await here.gql(PROFILE)).body.data.myProfile.id).toBe(member.id);
    expect((await there.gql(PROFILE)).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  describe('realtime', () => {
    const sockets: Socket[] = [];
    afterAll(() => sockets.forEach((s) => s.close()));

    function connect(cookie?: string): Socket {
      const socket = io(url, {
        path: '/socket.io',
        transports: ['websocket'],
        extraHeaders: cookie ? { cookie } : {},
        reconnection: false,
        forceNew: true,
      });
      sockets.push(socket);
      return socket;
    }

    it('refuses a socket without a session at the handshake', async () => {
      const socket = connect();
      const error = await new Promise<Error>((resolve) => socket.on('connect_error', resolve));
      expect(error.message).toBe('UNAUTHENTICATED');
      expect(socket.connected).toBe(false);
    });

    it('accepts the session cookie, answers whoami, and disconnects the socket when the session is ended elsewhere', async () => {
      const member = await createMember(t);
      const client = await signIn(t, member);
      const other = await signIn(t, member);
      const socket = connect(cookieOf(client));
      await new Promise<void>((resolve, reject) => {
        socket.on('connect', () => resolve());
        socket.on('connect_error', reject);
      });
      const me = await socket.timeout(2000).emitWithAck('session.whoami');
      expect(me).toMatchObject({ userId: member.id, role: 'MEMBER' });

      const disconnected = new Promise<string>((resolve) => socket.on('disconnect', resolve));
      const id = (await other.gql(SESSIONS)).body.data.mySessions.find(
        (s: { current: boolean }) => !s.current,
      ).id;
      await other.gql('mutation E($id: ID!) { endSession(id: $id) }', { id });
      expect(await disconnected).toBe('io server disconnect');
    });
  });
});
