import { randomUUID } from 'node:crypto';
import { AccountStatus, NotificationEvent, Role, THREAD_EVENTS } from '@cop/contracts';
import { mentionMarkdown } from '@cop/contracts/markdown';
import type { Socket } from 'socket.io-client';
import { pdf } from '../../test/fixtures/files.js';
import {
  connectSocket,
  createCategory,
  createGroup,
  joinThread,
  listen,
  nextEvent,
  recordEvents,
  reply,
  settle,
  startThread,
  uploadFile,
  REPLY,
} from '../../test/factories/discussion.factory.js';
import { createMember, signIn, SIGN_IN, type TestMember } from '../../test/factories/member.factory.js';
import { createTestApp, type TestAgent, type TestApp } from '../../test/test-app.js';

/**
 * Who sees a category restricted to a group: its members, and nobody else — moderators and admins
 * outside the group included. Everything hidden must answer exactly like something that does not
 * exist (same code, same message, same body), in every channel: GraphQL, file downloads, sockets,
 * notifications, search, counts.
 */

const CATEGORIES = `{ discussionCategories { id restricted threadCount unreadThreadCount } }`;
const CATEGORY = `query C($s: String!) { discussionCategory(idOrSlug: $s) { id threadCount } }`;
const THREADS = `query L($f: ThreadFilter) { discussionThreads(filter: $f, first: 100) { total items { id } } }`;
const THREAD = `query T($id: ID!) { discussionThread(id: $id) { id title } }`;
const POST = `query P($id: ID!) { discussionPost(id: $id) { id body } }`;
const FLAG = `mutation F($input: PostReasonInput!) { flagDiscussionPost(input: $input) { id } }`;
const SEARCH = `query S($q: String!) { discussionSearch(query: $q) { total items { thread { id } post { id } } } }`;
const CANDIDATES = `query M($q: String!, $t: ID, $c: ID) {
  mentionCandidates(query: $q, threadId: $t, categoryId: $c) { id } }`;
const WATCH_CATEGORY = `mutation W($c: ID!) { watchDiscussionCategory(categoryId: $c, input: { level: WATCHING }) { id } }`;
const HIDE = `mutation H($input: PostReasonInput!) { hideDiscussionPost(input: $input) { id hidden } }`;
const DELETE = `mutation D($id: ID!) { deleteDiscussionPost(postId: $id, input: { reason: "off topic" }) { id } }`;
const LOCK = `mutation L($input: ThreadModerationInput!) { lockDiscussionThread(input: $input) { id } }`;
const PIN = `mutation P($input: ThreadModerationInput!) { pinDiscussionThread(input: $input) { id } }`;
const MOVE = `mutation M($input: MoveThreadInput!) { moveDiscussionThread(input: $input) { id } }`;
const QUEUE = `{ moderationQueue { total items { post { id } } } moderationQueueCount }`;
const NOTIFICATIONS = `{ notifications(first: 50) { items { kind link title excerpt } } unreadNotificationCount }`;
const REMOVE_MEMBER = `mutation R($g: ID!, $u: ID!) { removeDiscussionGroupMember(groupId: $g, userId: $u) { id memberCount } }`;

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

type Actor = 'member of the group' | 'member outside' | 'moderator outside' | 'admin outside';
const ACTORS: Actor[] = ['member of the group', 'member outside', 'moderator outside', 'admin outside'];
const OUTSIDERS = ACTORS.filter((a) => a !== 'member of the group');
const sees = (actor: Actor) => actor === 'member of the group';

/** The one error of a GraphQL answer (fails the test on data without error). */
function errorOf(res: { body: { errors?: { message: string; extensions: { code: string } }[] } }) {
  expect(res.body.errors).toHaveLength(1);
  return { code: res.body.errors![0]!.extensions.code, message: res.body.errors![0]!.message };
}

describe('restricted categories: visibility matrix', () => {
  let t: TestApp;
  let url: string;
  const members = {} as Record<Actor | 'second group member' | 'moderator in the group', TestMember>;
  const agents = {} as Record<Actor | 'second group member' | 'moderator in the group', TestAgent>;
  const sockets: Socket[] = [];
  let group: string;
  let restricted: string;
  let restrictedSlug: string;
  let open: string;
  let secret: { id: string; openingId: string };
  let secretReply: string;
  let secretFile: string;
  let visible: { id: string; openingId: string };
  let visibleFile: string;

  const socketOf = async (agent: TestAgent) => {
    const socket = await connectSocket(url, agent);
    sockets.push(socket);
    return socket;
  };

  beforeAll(async () => {
    t = await createTestApp();
    url = await listen(t);
    const make = async (key: keyof typeof members, fullName: string, role: Role = Role.MEMBER) => {
      members[key] = await createMember(t, { fullName, role });
      agents[key] = await signIn(t, members[key]);
    };
    await make('member of the group', 'Amadou Diallo');
    await make('second group member', 'Aminata Traoré');
    await make('moderator in the group', 'Amara Keita', Role.MODERATOR);
    await make('member outside', 'Amelie Laurent');
    await make('moderator outside', 'Amir Haddad', Role.MODERATOR);
    await make('admin outside', 'Amelia Brandt', Role.ADMIN);
    group = await createGroup(t, 'West and Central Africa', [
      members['member of the group'].id,
      members['second group member'].id,
      members['moderator in the group'].id,
    ]);
    restricted = await createCategory(t, 'Sahel routes', [group]);
    [{ slug: restrictedSlug }] = await t.sql<{ slug: string }[]>(
      `SELECT slug FROM discussion_category WHERE id = $1`,
      [restricted],
    );
    open = await createCategory(t, 'Open cases');

    const insider = agents['member of the group'];
    secretFile = (await uploadFile(insider, pdf('convoy manifest'), 'convoy manifest.pdf')).id;
    secret = await startThread(insider, restricted, {
      title: 'Caravan convoys through Agadez',
      body: 'Rifles moved north through Agadez in fuel trucks.',
      attachmentIds: [secretFile],
    });
    secretReply = await reply(agents['second group member'], secret.id, 'Same pattern near Agadez.');
    visibleFile = (await uploadFile(insider, pdf('market seizure'), 'seizure.pdf')).id;
    visible = await startThread(insider, open, {
      title: 'Agadez market seizures',
      body: 'Open report about a seizure at the Agadez market.',
      attachmentIds: [visibleFile],
    });
  });
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await t.close();
  });

  it.each(ACTORS)('categories and counts as the %s', async (actor) => {
    const agent = agents[actor];
    const cats = (await agent.gql(CATEGORIES)).body.data.discussionCategories as {
      id: string;
      threadCount: number;
      unreadThreadCount: number;
    }[];
    expect(cats.some((c) => c.id === restricted)).toBe(sees(actor));
    expect(cats.some((c) => c.id === open)).toBe(true);

    // Every count adds up to what the caller can list, and a restricted category's threads are
    // in no count of someone outside it.
    const list = (await agent.gql(THREADS)).body.data.discussionThreads;
    const unread = (await agent.gql(THREADS, { f: { unreadOnly: true } })).body.data.discussionThreads;
    const sum = (key: 'threadCount' | 'unreadThreadCount') => cats.reduce((n, c) => n + c[key], 0);
    expect(sum('threadCount')).toBe(list.total);
    expect(sum('unreadThreadCount')).toBe(unread.total);
    expect(list.total).toBe(list.items.length);
    const [{ all, hidden }] = await t.sql<{ all: number; hidden: number }[]>(
      `SELECT count(*)::int AS all, count(*) FILTER (WHERE category_id = $1)::int AS hidden FROM discussion_thread`,
      [restricted],
    );
    expect(list.total).toBe(sees(actor) ? all : all - hidden);
    expect(list.items.map((i: { id: string }) => i.id).includes(secret.id)).toBe(sees(actor));

    const filtered = (await agent.gql(THREADS, { f: { categoryId: restricted } })).body.data
      .discussionThreads;
    if (sees(actor)) {
      expect(filtered.items.map((i: { id: string }) => i.id)).toEqual([secret.id]);
    } else {
      expect(filtered).toEqual({ total: 0, items: [] });
    }

    const bySlug = await agent.gql(CATEGORY, { s: restrictedSlug });
    const byId = await agent.gql(CATEGORY, { s: restricted });
    if (sees(actor)) {
      expect(bySlug.body.data.discussionCategory).toEqual({ id: restricted, threadCount: 1 });
      expect(byId.body.data.discussionCategory.id).toBe(restricted);
    } else {
      const missing = errorOf(await agent.gql(CATEGORY, { s: 'no-such-category' }));
      expect(missing.code).toBe('NOT_FOUND');
      expect(errorOf(bySlug)).toEqual(missing);
      expect(errorOf(byId)).toEqual(missing);
      expect(errorOf(await agent.gql(WATCH_CATEGORY, { c: restricted }))).toEqual(missing);
    }
  });

  it.each(ACTORS)('thread, post, reply and flag as the %s', async (actor) => {
    const agent = agents[actor];
    const thread = await agent.gql(THREAD, { id: secret.id });
    const post = await agent.gql(POST, { id: secretReply });
    if (sees(actor)) {
      expect(thread.body.data.discussionThread.title).toBe('Caravan convoys through Agadez');
      expect(post.body.data.discussionPost.body).toBe('Same pattern near Agadez.');
      return;
    }
    expect(errorOf(thread)).toEqual(errorOf(await agent.gql(THREAD, { id: UNKNOWN })));
    expect(errorOf(thread).code).toBe('NOT_FOUND');
    expect(errorOf(post)).toEqual(errorOf(await agent.gql(POST, { id: UNKNOWN })));
    expect(errorOf(post).code).toBe('NOT_FOUND');

    const before = await t.sql<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM discussion_post WHERE thread_id = $1`,
      [secret.id],
    );
    const replied = await agent.gql(REPLY, { input: { threadId: secret.id, body: 'knock knock' } });
    const toUnknown = await agent.gql(REPLY, { input: { threadId: UNKNOWN, body: 'knock knock' } });
    expect(errorOf(replied)).toEqual(errorOf(toUnknown));
    expect(errorOf(replied).code).toBe('NOT_FOUND');
    expect(
      await t.sql(`SELECT count(*)::int AS n FROM discussion_post WHERE thread_id = $1`, [secret.id]),
    ).toEqual(before);

    const flagged = await agent.gql(FLAG, { input: { postId: secretReply, reason: 'looks like spam' } });
    const flagUnknown = await agent.gql(FLAG, { input: { postId: UNKNOWN, reason: 'looks like spam' } });
    expect(errorOf(flagged)).toEqual(errorOf(flagUnknown));
    expect(await t.sql(`SELECT id FROM discussion_flag WHERE post_id = $1`, [secretReply])).toEqual([]);
  });

  it.each(ACTORS)('search as the %s', async (actor) => {
    const res = await agents[actor].gql(SEARCH, { q: 'Agadez' });
    const page = res.body.data.discussionSearch as {
      total: number;
      items: { thread: { id: string }; post: { id: string } | null }[];
    };
    const threads = new Set(page.items.map((i) => i.thread.id));
    // The open thread is found by everyone: the search itself works.
    expect(threads.has(visible.id)).toBe(true);
    expect(threads.has(secret.id)).toBe(sees(actor));
    expect(page.items.some((i) => i.post?.id === secretReply)).toBe(sees(actor));
    expect(page.total).toBe(page.items.length);
  });

  it.each(ACTORS)('attachment download as the %s', async (actor) => {
    const agent = agents[actor];
    const res = await agent.agent.get(`/api/files/${secretFile}`);
    const openRes = await agent.agent.get(`/api/files/${visibleFile}`);
    expect(openRes.status).toBe(200);
    if (sees(actor)) {
      expect(res.status).toBe(200);
      expect(res.headers['content-disposition']).toContain('convoy%20manifest.pdf');
      return;
    }
    const missing = await agent.agent.get(`/api/files/${randomUUID()}`);
    expect(res.status).toBe(404);
    expect(res.body).toEqual(missing.body);
    expect(res.body).toEqual({ code: 'NOT_FOUND', message: 'No such file.' });
    expect(res.headers['content-length']).toBe(missing.headers['content-length']);
    expect(res.headers['content-type']).toBe(missing.headers['content-type']);
  });

  it.each(ACTORS)('mention suggestions as the %s', async (actor) => {
    const agent = agents[actor];
    const inThread = await agent.gql(CANDIDATES, { q: 'Am', t: secret.id });
    const inCategory = await agent.gql(CANDIDATES, { q: 'Am', c: restricted });
    if (!sees(actor)) {
      expect(errorOf(inThread)).toEqual(errorOf(await agent.gql(CANDIDATES, { q: 'Am', t: UNKNOWN })));
      expect(errorOf(inCategory)).toEqual(errorOf(await agent.gql(CANDIDATES, { q: 'Am', c: UNKNOWN })));
      expect(errorOf(inThread).code).toBe('NOT_FOUND');
      return;
    }
    const ids = (res: typeof inThread) =>
      (res.body.data.mentionCandidates as { id: string }[]).map((m) => m.id).sort();
    const insiders = [members['second group member'].id, members['moderator in the group'].id].sort();
    expect(ids(inThread)).toEqual(insiders);
    expect(ids(inCategory)).toEqual(insiders);
    // In the open category everyone active is suggested (the filter is not simply "empty").
    const everyone = await agent.gql(CANDIDATES, { q: 'Am', t: visible.id });
    expect(ids(everyone)).toEqual(
      expect.arrayContaining([members['member outside'].id, members['moderator outside'].id]),
    );
  });

  it.each(OUTSIDERS)('moderation actions as the %s', async (actor) => {
    const agent = agents[actor];
    const input = { postId: secretReply, reason: 'not appropriate' };
    const thread = { threadId: secret.id, reason: 'needs a break' };
    const attempts: [string, () => Promise<unknown>, () => Promise<unknown>][] = [
      [
        'hide',
        () => agent.gql(HIDE, { input }),
        () => agent.gql(HIDE, { input: { ...input, postId: UNKNOWN } }),
      ],
      ['delete', () => agent.gql(DELETE, { id: secretReply }), () => agent.gql(DELETE, { id: UNKNOWN })],
      [
        'lock',
        () => agent.gql(LOCK, { input: thread }),
        () => agent.gql(LOCK, { input: { ...thread, threadId: UNKNOWN } }),
      ],
      [
        'pin',
        () => agent.gql(PIN, { input: thread }),
        () => agent.gql(PIN, { input: { ...thread, threadId: UNKNOWN } }),
      ],
      [
        'move',
        () => agent.gql(MOVE, { input: { ...thread, categoryId: open } }),
        () => agent.gql(MOVE, { input: { ...thread, threadId: UNKNOWN, categoryId: open } }),
      ],
    ];
    for (const [action, attempt, unknown] of attempts) {
      // Moderation needs a staff role (a member is refused whatever the post); staff outside the
      // group are told the post does not exist. Deleting someone else's post is NOT_FOUND for all.
      const expected = actor === 'member outside' && action !== 'delete' ? 'FORBIDDEN' : 'NOT_FOUND';
      const answer = errorOf((await attempt()) as Parameters<typeof errorOf>[0]);
      expect({ action, code: answer.code }).toEqual({ action, code: expected });
      expect(answer).toEqual(errorOf((await unknown()) as Parameters<typeof errorOf>[0]));
    }
    const [row] = await t.sql<{ hidden_at: Date | null; deleted_at: Date | null }[]>(
      `SELECT hidden_at, deleted_at FROM discussion_post WHERE id = $1`,
      [secretReply],
    );
    expect(row).toEqual({ hidden_at: null, deleted_at: null });
    const [th] = await t.sql<{ category_id: string; locked_at: Date | null; pinned_at: Date | null }[]>(
      `SELECT category_id, locked_at, pinned_at FROM discussion_thread WHERE id = $1`,
      [secret.id],
    );
    expect(th).toEqual({ category_id: restricted, locked_at: null, pinned_at: null });
  });

  it('keeps flags on restricted posts out of the queue and the badge of moderators outside the group', async () => {
    await agents['member of the group'].gql(FLAG, {
      input: { postId: secretReply, reason: 'names a witness' },
    });
    const inside = (await agents['moderator in the group'].gql(QUEUE)).body.data;
    expect(inside.moderationQueueCount).toBe(1);
    expect(inside.moderationQueue.items.map((i: { post: { id: string } }) => i.post.id)).toEqual([
      secretReply,
    ]);
    for (const actor of ['moderator outside', 'admin outside'] as const) {
      expect((await agents[actor].gql(QUEUE)).body.data).toEqual({
        moderationQueue: { total: 0, items: [] },
        moderationQueueCount: 0,
      });
    }
    // The moderator in the group can act on it: the refusals above are about visibility.
    const hidden = await agents['moderator in the group'].gql(HIDE, {
      input: { postId: secretReply, reason: 'protects a witness' },
    });
    expect(hidden.body.data.hideDiscussionPost).toEqual({ id: secretReply, hidden: true });
    await t.sql(`UPDATE discussion_post SET hidden_at = NULL, hidden_by = NULL WHERE id = $1`, [secretReply]);
  });

  it('lets only the group member join the live room; outsiders get the answer of a missing thread and no events', async () => {
    const byActor = new Map<Actor, Socket>();
    for (const actor of ACTORS) byActor.set(actor, await socketOf(agents[actor]));
    const seen = new Map<Actor, Record<string, unknown[]>>();
    for (const actor of ACTORS) {
      const socket = byActor.get(actor)!;
      seen.set(actor, recordEvents(socket, [THREAD_EVENTS.postCreated, THREAD_EVENTS.postUpdated]));
      const answer = await joinThread(socket, { threadId: secret.id });
      if (sees(actor)) {
        expect(answer).toEqual({ ok: true });
      } else {
        expect(answer).toEqual(await joinThread(socket, { threadId: randomUUID() }));
        expect(answer).toMatchObject({ ok: false, code: 'NOT_FOUND' });
      }
    }
    const insider = byActor.get('member of the group')!;
    const arrived = nextEvent(insider, THREAD_EVENTS.postCreated, (p) => p.threadId === secret.id);
    const postId = await reply(agents['second group member'], secret.id, 'A new convoy left on Monday.');
    expect(await arrived).toEqual({ threadId: secret.id, postId, seq: expect.any(Number) });
    await settle();
    for (const actor of OUTSIDERS) {
      expect(seen.get(actor)).toEqual({ [THREAD_EVENTS.postCreated]: [], [THREAD_EVENTS.postUpdated]: [] });
    }
  });

  it('never tells an outsider they were mentioned in a restricted thread, in rows, lists, counts or sockets', async () => {
    const outsiders = OUTSIDERS.map((a) => members[a]);
    const outsiderSockets = new Map<string, Record<string, unknown[]>>();
    for (const actor of OUTSIDERS) {
      outsiderSockets.set(actor, recordEvents(await socketOf(agents[actor]), [NotificationEvent.CREATED]));
    }
    const insiderSocket = await socketOf(agents['second group member']);
    const told = nextEvent(insiderSocket, NotificationEvent.CREATED, (p) => p.kind === 'MENTION');

    const body = [...outsiders, members['second group member']]
      .map((m) => mentionMarkdown(m.fullName, m.id))
      .join(' ');
    const postId = await reply(agents['member of the group'], secret.id, `Can you check this? ${body}`);

    // The group member is told (so mentions work at all) …
    await told;
    const notified = await t.sql<{ user_id: string }[]>(
      `SELECT user_id FROM notification WHERE subject_id = $1 AND kind = 'MENTION'`,
      [postId],
    );
    expect(notified.map((r) => r.user_id)).toEqual([members['second group member'].id]);
    // … and nobody outside: no row, no mention recorded, nothing listed or counted, no event.
    const recorded = await t.sql<{ user_id: string }[]>(
      `SELECT user_id FROM discussion_mention WHERE post_id = $1`,
      [postId],
    );
    expect(recorded.map((r) => r.user_id)).toEqual([members['second group member'].id]);
    await settle();
    for (const actor of OUTSIDERS) {
      const res = (await agents[actor].gql(NOTIFICATIONS)).body.data;
      expect(res.notifications.items.filter((n: { link: string }) => n.link.includes(secret.id))).toEqual([]);
      expect(res.unreadNotificationCount).toBe(0);
      expect(outsiderSockets.get(actor)).toEqual({ [NotificationEvent.CREATED]: [] });
    }
  });

  it('answers a session whose account went back to PENDING with UNAUTHENTICATED everywhere, and never signs an applicant in', async () => {
    const applicant = await createMember(t, { status: AccountStatus.PENDING });
    const refused = await t.agent().gql(SIGN_IN, {
      input: { email: applicant.email, password: applicant.password },
    });
    expect(errorOf(refused).code).toBe('UNAUTHENTICATED');

    const member = await createMember(t);
    const agent = await signIn(t, member);
    const socket = await socketOf(agent);
    expect(await joinThread(socket, { threadId: visible.id })).toEqual({ ok: true });
    const dropped = new Promise<string>((resolve) => socket.on('disconnect', resolve));
    await t.sql(`UPDATE app_user SET status = 'PENDING' WHERE id = $1`, [member.id]);

    const calls: [string, Record<string, unknown>][] = [
      [CATEGORIES, {}],
      [THREADS, {}],
      [THREAD, { id: visible.id }],
      [POST, { id: visible.openingId }],
      [SEARCH, { q: 'Agadez' }],
      [REPLY, { input: { threadId: visible.id, body: 'hello' } }],
      [FLAG, { input: { postId: visible.openingId, reason: 'spam spam' } }],
      [CANDIDATES, { q: 'Am', t: visible.id }],
    ];
    for (const [query, variables] of calls) {
      const res = await agent.gql(query, variables);
      expect(res.body.data ?? null).toBeNull();
      expect(errorOf(res).code).toBe('UNAUTHENTICATED');
    }
    const file = await agent.agent.get(`/api/files/${visibleFile}`);
    expect(file.status).toBe(401);
    expect(file.body.code).toBe('UNAUTHENTICATED');
    // The session was ended: its open socket is dropped and a new one is refused at the handshake.
    expect(await dropped).toBe('io server disconnect');
    await expect(connectSocket(url, agent)).rejects.toThrow('UNAUTHENTICATED');
  });

  it('refuses a suspended member with FORBIDDEN on every discussion endpoint, socket join included', async () => {
    const member = await createMember(t, { status: AccountStatus.SUSPENDED });
    const agent = await signIn(t, member);
    for (const [query, variables] of [
      [CATEGORIES, {}],
      [THREADS, {}],
      [THREAD, { id: visible.id }],
      [SEARCH, { q: 'Agadez' }],
      [REPLY, { input: { threadId: visible.id, body: 'hello' } }],
    ] as [string, Record<string, unknown>][]) {
      const res = await agent.gql(query, variables);
      expect(errorOf(res).code).toBe('FORBIDDEN');
    }
    expect((await agent.agent.get(`/api/files/${visibleFile}`)).status).toBe(403);
    const socket = await socketOf(agent);
    const refused = nextEvent(socket, 'exception');
    socket.emit(THREAD_EVENTS.join, { threadId: visible.id });
    expect(await refused).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('takes everything away at once from a member removed from the group, open socket included', async () => {
    const leaving = await createMember(t, { fullName: 'Leila Benali' });
    const staying = await createMember(t, { fullName: 'Moussa Sow' });
    const g = await createGroup(t, 'Maghreb', [leaving.id, staying.id]);
    const category = await createCategory(t, 'Maghreb routes', [g]);
    const [leavingAgent, stayingAgent] = [await signIn(t, leaving), await signIn(t, staying)];
    const thread = await startThread(stayingAgent, category, { title: 'Ferries to Almería' });
    const leavingSocket = await socketOf(leavingAgent);
    const stayingSocket = await socketOf(stayingAgent);
    expect(await joinThread(leavingSocket, { threadId: thread.id })).toEqual({ ok: true });
    expect(await joinThread(stayingSocket, { threadId: thread.id })).toEqual({ ok: true });
    expect((await leavingAgent.gql(THREAD, { id: thread.id })).body.data.discussionThread.id).toBe(thread.id);
    const events = recordEvents(leavingSocket, [THREAD_EVENTS.postCreated]);
    const told = nextEvent(leavingSocket, THREAD_EVENTS.accessChanged);

    const removed = await agents['moderator outside'].gql(REMOVE_MEMBER, { g, u: leaving.id });
    expect(removed.body.data.removeDiscussionGroupMember).toEqual({ id: g, memberCount: 1 });
    await told;

    expect(errorOf(await leavingAgent.gql(THREAD, { id: thread.id })).code).toBe('NOT_FOUND');
    const list = (await leavingAgent.gql(THREADS)).body.data.discussionThreads;
    expect(list.items.map((i: { id: string }) => i.id)).not.toContain(thread.id);
    const cats = (await leavingAgent.gql(CATEGORIES)).body.data.discussionCategories;
    expect(cats.map((c: { id: string }) => c.id)).not.toContain(category);

    const arrived = nextEvent(stayingSocket, THREAD_EVENTS.postCreated, (p) => p.threadId === thread.id);
    await reply(stayingAgent, thread.id, 'After the removal.');
    await arrived;
    await settle();
    expect(events[THREAD_EVENTS.postCreated]).toEqual([]);
    expect(leavingSocket.connected).toBe(true);
    expect(await joinThread(leavingSocket, { threadId: thread.id })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
  });
});
