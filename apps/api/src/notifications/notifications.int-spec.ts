import { randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import { AccountStatus, NotificationEvent } from '@cop/contracts';
import { getDataSourceToken } from '@nestjs/typeorm';
import pg from 'pg';
import { io, type Socket } from 'socket.io-client';
import type { DataSource } from 'typeorm';
import {
  createMember,
  signIn,
  type MemberOptions,
  type TestMember,
} from '../../test/factories/member.factory.js';
import { createTestApp, type TestAgent, type TestApp } from '../../test/test-app.js';
import { NotificationSubjects } from './notification-subjects.js';
import { type NewNotification, NotificationsService } from './notifications.service.js';

/** A subject type of the tests' own; discussions registers the real ones. */
const SUBJECT = 'test_item';

interface TestItem {
  title: string;
  excerpt: string | null;
  /** Members who may no longer see it (left the group, …). */
  hiddenFrom: Set<string>;
}

const LIST = `query List($first: Int, $after: String, $unreadOnly: Boolean) {
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    endCursor hasNextPage
    items { id kind createdAt read link title excerpt actor { id fullName } }
  }
}`;
const COUNT = '{ unreadNotificationCount }';
const MARK = 'mutation M($ids: [ID!]!) { markNotificationsRead(ids: $ids) }';
const MARK_ALL = 'mutation { markAllNotificationsRead }';

interface ListedNotification {
  id: string;
  kind: string;
  createdAt: string;
  read: boolean;
  link: string;
  title: string;
  excerpt: string | null;
  actor: { id: string; fullName: string } | null;
}

describe('in-app notifications', () => {
  let t: TestApp;
  let service: NotificationsService;
  let url: string;
  const items = new Map<string, TestItem>();
  const sockets: Socket[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    t.app.get(NotificationSubjects).register(SUBJECT, async (principal, ids) => {
      const found = new Map<string, { title: string; excerpt: string | null }>();
      for (const id of ids) {
        const item = items.get(id);
        if (item && !item.hiddenFrom.has(principal.userId)) {
          found.set(id, { title: item.title, excerpt: item.excerpt });
        }
      }
      return found;
    });
    service = t.app.get(NotificationsService);
    await t.app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(t.app.getHttpServer().address() as { port: number }).port}`;
  });
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await t.close();
  });

  function item(title: string, excerpt: string | null = null): string {
    const id = randomUUID();
    items.set(id, { title, excerpt, hiddenFrom: new Set() });
    return id;
  }

  function notification(overrides: Partial<NewNotification> & { subjectId: string }): NewNotification {
    const contextId = overrides.contextId ?? randomUUID();
    return {
      kind: 'MENTION',
      recipients: [],
      actorId: null,
      subjectType: SUBJECT,
      contextId,
      link: `/discussions/t/${contextId}#post-${overrides.subjectId}`,
      ...overrides,
    };
  }

  async function member(options: MemberOptions = {}): Promise<TestMember & { client: TestAgent }> {
    const m = await createMember(t, options);
    return { ...m, client: await signIn(t, m) };
  }

  async function list(client: TestAgent, variables: Record<string, unknown> = {}) {
    const res = await client.gql(LIST, variables);
    expect(res.body.errors).toBeUndefined();
    return res.body.data.notifications as {
      endCursor: string | null;
      hasNextPage: boolean;
      items: ListedNotification[];
    };
  }

  async function count(client: TestAgent): Promise<number> {
    const res = await client.gql(COUNT);
    expect(res.body.errors).toBeUndefined();
    return res.body.data.unreadNotificationCount as number;
  }

  it('notifies each recipient once, never the actor, and nobody else', async () => {
    const [alice, bob, carol, dave] = await Promise.all([member(), member(), member(), member()]);
    const subjectId = item('Ghost guns sold as kits', 'Has anyone charged the sale of 80% frames…');
    await service.notify(
      notification({ subjectId, recipients: [bob.id, bob.id, carol.id, alice.id], actorId: alice.id }),
    );

    const page = await list(bob.client);
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({
      kind: 'MENTION',
      read: false,
      title: 'Ghost guns sold as kits',
      excerpt: 'Has anyone charged the sale of 80% frames…',
      actor: { id: alice.id, fullName: alice.fullName },
    });
    expect(page.items[0]?.link).toMatch(new RegExp(`^/discussions/t/[0-9a-f-]{36}#post-${subjectId}$`));
    expect(page).toMatchObject({ hasNextPage: false, endCursor: null });
    expect(await count(bob.client)).toBe(1);
    expect(await count(carol.client)).toBe(1);
    expect(await count(alice.client)).toBe(0);
    expect((await list(alice.client)).items).toEqual([]);
    expect(await count(dave.client)).toBe(0);
    expect((await list(dave.client)).items).toEqual([]);
  });

  it('pages newest first with a cursor, and lists only the unread ones when asked', async () => {
    const [bob, actor] = await Promise.all([member(), member()]);
    for (const title of ['one', 'two', 'three', 'four', 'five']) {
      await service.notify(
        notification({
          kind: 'THREAD_REPLY',
          subjectId: item(title),
          recipients: [bob.id],
          actorId: actor.id,
        }),
      );
    }

    const first = await list(bob.client, { first: 2 });
    expect(first.items.map((n) => n.title)).toEqual(['five', 'four']);
    expect(first.hasNextPage).toBe(true);
    const second = await list(bob.client, { first: 2, after: first.endCursor });
    expect(second.items.map((n) => n.title)).toEqual(['three', 'two']);
    const third = await list(bob.client, { first: 2, after: second.endCursor });
    expect(third.items.map((n) => n.title)).toEqual(['one']);
    expect(third).toMatchObject({ hasNextPage: false, endCursor: null });

    await bob.client.gql(MARK, { ids: [first.items[0]?.id, second.items[1]?.id] });
    const unread = await list(bob.client, { unreadOnly: true });
    expect(unread.items.map((n) => n.title)).toEqual(['four', 'three', 'one']);
    const all = await list(bob.client);
    expect(all.items.map((n) => [n.title, n.read])).toEqual([
      ['five', true],
      ['four', false],
      ['three', false],
      ['two', true],
      ['one', false],
    ]);
  });

  it('refuses a page size outside 1 to 50 and a cursor it did not give out', async () => {
    const bob = await member();
    for (const variables of [{ first: 0 }, { first: 51 }, { after: 'bm90IGEgY3Vyc29y' }, { after: 'x' }]) {
      const res = await bob.client.gql(LIST, variables);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('marks notifications read one by one or all at once, and the count follows', async () => {
    const bob = await member();
    for (let i = 0; i < 3; i++) {
      await service.notify(notification({ subjectId: item(`item ${i}`), recipients: [bob.id] }));
    }
    expect(await count(bob.client)).toBe(3);
    const [newest] = (await list(bob.client)).items;

    const marked = await bob.client.gql(MARK, { ids: [newest?.id, newest?.id, 'not-a-uuid'] });
    expect(marked.body.data.markNotificationsRead).toBe(1);
    expect(await count(bob.client)).toBe(2);
    expect((await bob.client.gql(MARK, { ids: [newest?.id] })).body.data.markNotificationsRead).toBe(0);

    expect((await bob.client.gql(MARK_ALL)).body.data.markAllNotificationsRead).toBe(2);
    expect(await count(bob.client)).toBe(0);
    expect((await bob.client.gql(MARK_ALL)).body.data.markAllNotificationsRead).toBe(0);
  });

  it("never reaches someone else's notification: marking it changes nothing, like a missing id", async () => {
    const [bob, eve] = await Promise.all([member(), member()]);
    await service.notify(notification({ subjectId: item('for bob only'), recipients: [bob.id] }));
    const [bobs] = (await list(bob.client)).items;

    const res = await eve.client.gql(MARK, { ids: [bobs?.id, randomUUID()] });
    expect(res.body).toEqual({ data: { markNotificationsRead: 0 } });
    expect((await list(eve.client)).items).toEqual([]);
    expect((await list(bob.client)).items[0]).toMatchObject({ id: bobs?.id, read: false });
    expect(await count(bob.client)).toBe(1);
  });

  it('refuses more than 200 ids at once', async () => {
    const bob = await member();
    const res = await bob.client.gql(MARK, { ids: Array.from({ length: 201 }, () => randomUUID()) });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('leaves out of the list and the count what the reader may no longer see', async () => {
    const [bob, carol] = await Promise.all([member(), member()]);
    const kept = item('still visible');
    const hidden = item('restricted group thread', 'secret excerpt');
    await service.notify(notification({ subjectId: kept, recipients: [bob.id, carol.id] }));
    await service.notify(notification({ subjectId: hidden, recipients: [bob.id, carol.id] }));
    // A subject type nobody registered describes nothing.
    await service.notify(
      notification({ subjectType: 'unknown_thing', subjectId: randomUUID(), recipients: [bob.id] }),
    );
    expect(await count(bob.client)).toBe(2);

    items.get(hidden)?.hiddenFrom.add(bob.id);
    const page = await list(bob.client);
    expect(page.items.map((n) => n.title)).toEqual(['still visible']);
    expect(JSON.stringify(page)).not.toContain('restricted group thread');
    expect(await count(bob.client)).toBe(1);
    // Carol may still see it.
    expect((await list(carol.client)).items.map((n) => n.title)).toEqual([
      'restricted group thread',
      'still visible',
    ]);
    expect(await count(carol.client)).toBe(2);

    // Deleted: withdrawn for everyone.
    await service.withdraw(SUBJECT, [hidden]);
    expect((await list(carol.client)).items.map((n) => n.title)).toEqual(['still visible']);
    expect(await count(carol.client)).toBe(1);
  });

  it('pages past many notifications the reader may no longer see', async () => {
    const bob = await member();
    await service.notify(notification({ subjectId: item('old and visible'), recipients: [bob.id] }));
    for (let i = 0; i < 30; i++) {
      const id = item(`hidden ${i}`);
      items.get(id)?.hiddenFrom.add(bob.id);
      await service.notify(notification({ subjectId: id, recipients: [bob.id] }));
    }
    await service.notify(notification({ subjectId: item('new and visible'), recipients: [bob.id] }));

    const first = await list(bob.client, { first: 1 });
    expect(first.items.map((n) => n.title)).toEqual(['new and visible']);
    const second = await list(bob.client, { first: 1, after: first.endCursor });
    expect(second.items.map((n) => n.title)).toEqual(['old and visible']);
    expect(second.hasNextPage).toBe(false);
    expect(await count(bob.client)).toBe(2);
  });

  it('marks read what belongs to a context when its member opens it', async () => {
    const bob = await member();
    const thread = randomUUID();
    const other = randomUUID();
    await service.notify(notification({ subjectId: item('a'), contextId: thread, recipients: [bob.id] }));
    await service.notify(notification({ subjectId: item('b'), contextId: thread, recipients: [bob.id] }));
    await service.notify(notification({ subjectId: item('c'), contextId: other, recipients: [bob.id] }));

    await service.markContextRead(bob.id, SUBJECT, thread);
    expect((await list(bob.client)).items.map((n) => [n.title, n.read])).toEqual([
      ['c', false],
      ['b', true],
      ['a', true],
    ]);
    expect(await count(bob.client)).toBe(1);
  });

  it('writes in the caller’s transaction and publishes only when asked, after commit', async () => {
    const bob = await member();
    const socket = await connect(bob.client);
    const events: unknown[] = [];
    socket.on(NotificationEvent.CREATED, (payload) => events.push(payload));
    const dataSource = t.app.get<DataSource>(getDataSourceToken());

    const rolledBack = item('rolled back');
    await expect(
      dataSource.transaction(async (manager) => {
        await service.notify(notification({ subjectId: rolledBack, recipients: [bob.id] }), manager);
        throw new Error('the post could not be saved');
      }),
    ).rejects.toThrow('the post could not be saved');
    expect(await count(bob.client)).toBe(0);

    const committed = item('committed');
    const publish = await dataSource.transaction((manager) =>
      service.notify(notification({ subjectId: committed, recipients: [bob.id] }), manager),
    );
    await new Promise((r) => setTimeout(r, 200));
    expect(events).toEqual([]);
    publish();
    publish();
    await waitFor(() => events.length === 1);
    await new Promise((r) => setTimeout(r, 200));
    expect(events).toHaveLength(1);
    expect(await count(bob.client)).toBe(1);
  });

  it('resolves the actors of a page with one query (DataLoader)', async () => {
    const bob = await member();
    const actors = await Promise.all([member(), member(), member()]);
    for (let i = 0; i < 12; i++) {
      await service.notify(
        notification({ subjectId: item(`n${i}`), recipients: [bob.id], actorId: actors[i % 3]!.id }),
      );
    }
    const spy = jest.spyOn(pg.Client.prototype, 'query');
    try {
      const page = await list(bob.client, { first: 12 });
      expect(new Set(page.items.map((n) => n.actor?.id))).toEqual(new Set(actors.map((a) => a.id)));
      const texts = spy.mock.calls.map((c) =>
        typeof c[0] === 'string' ? c[0] : ((c[0] as { text?: string })?.text ?? ''),
      );
      // The session lookup and one batch of actors: however many notifications the page holds.
      expect(texts.filter((q) => q.includes('app_user'))).toHaveLength(2);
    } finally {
      spy.mockRestore();
    }
  });

  it('refuses a link that leaves the web app, and nonsense subjects (a bug, not user input)', async () => {
    const bob = await member();
    const subjectId = item('x');
    for (const link of [
      '//evil.example/x',
      '/\\evil.example',
      'https://evil.example',
      'javascript:alert(1)',
      '/a b',
    ]) {
      await expect(service.notify(notification({ subjectId, recipients: [bob.id], link }))).rejects.toThrow(
        'invalid notification: link',
      );
    }
    await expect(
      service.notify(notification({ subjectId: 'not-a-uuid', recipients: [bob.id] })),
    ).rejects.toThrow('subjectId');
    expect(await count(bob.client)).toBe(0);
  });

  it('answers only fully signed-in active members', async () => {
    expect((await t.gql(COUNT)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const suspended = await member();
    await t.sql(`UPDATE app_user SET status = $1 WHERE id = $2`, [AccountStatus.SUSPENDED, suspended.id]);
    expect((await suspended.client.gql(COUNT)).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  describe('live', () => {
    it('tells the recipient’s sockets of a new notification (ids only), and nobody else’s', async () => {
      const [bob, eve, actor] = await Promise.all([member(), member(), member()]);
      const bobSocket = await connect(bob.client);
      const eveSocket = await connect(eve.client);
      const actorSocket = await connect(actor.client);
      const bobEvents: unknown[] = [];
      const otherEvents: unknown[] = [];
      bobSocket.on(NotificationEvent.CREATED, (p) => bobEvents.push(p));
      eveSocket.on(NotificationEvent.CREATED, (p) => otherEvents.push(p));
      actorSocket.on(NotificationEvent.CREATED, (p) => otherEvents.push(p));

      const subjectId = item('Secret title', 'secret text');
      await service.notify(notification({ subjectId, recipients: [bob.id, actor.id], actorId: actor.id }));

      await waitFor(() => bobEvents.length === 1);
      const [id] = (await list(bob.client)).items.map((n) => n.id);
      expect(bobEvents[0]).toEqual({ id, kind: 'MENTION', link: expect.stringContaining(subjectId) });
      expect(JSON.stringify(bobEvents)).not.toMatch(/Secret|secret/);
      await new Promise((r) => setTimeout(r, 300));
      expect(otherEvents).toEqual([]);
    });

    it('tells every tab of the member when notifications are read, with the new count', async () => {
      const bob = await member();
      const tabA = await connect(bob.client);
      const tabB = await connect(bob.client);
      const seenA: unknown[] = [];
      const seenB: unknown[] = [];
      tabA.on(NotificationEvent.READ, (p) => seenA.push(p));
      tabB.on(NotificationEvent.READ, (p) => seenB.push(p));
      await service.notify(notification({ subjectId: item('x'), recipients: [bob.id] }));
      await service.notify(notification({ subjectId: item('y'), recipients: [bob.id] }));
      const [newest] = (await list(bob.client)).items;

      await bob.client.gql(MARK, { ids: [newest?.id] });
      await waitFor(() => seenA.length === 1 && seenB.length === 1);
      expect(seenA[0]).toEqual({ ids: [newest?.id], unreadCount: 1 });

      await bob.client.gql(MARK_ALL);
      await waitFor(() => seenB.length === 2);
      expect(seenB[1]).toEqual({ all: true, unreadCount: 0 });
    });
  });

  /** A socket.io client signed in with `client`'s session cookie. */
  async function connect(client: TestAgent): Promise<Socket> {
    const jar = (client.agent as unknown as { jar: { getCookies(o: object): { toValueString(): string }[] } })
      .jar;
    const cookie = jar
      .getCookies({ domain: '127.0.0.1', path: '/', secure: false, script: false })
      .map((c) => c.toValueString())
      .join('; ');
    const socket = io(url, {
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
    // Let the room join and the adapter's LISTEN settle.
    await new Promise((r) => setTimeout(r, 150));
    return socket;
  }
});

async function waitFor(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 25));
  }
}
