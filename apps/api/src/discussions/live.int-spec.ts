import { Role, THREAD_EVENTS } from '@cop/contracts';
import type { Socket } from 'socket.io-client';
import {
  connectSocket,
  createCategory,
  joinThread,
  listen,
  nextEvent,
  recordEvents,
  REPLY,
  settle,
  startThread,
} from '../../test/factories/discussion.factory.js';
import { createMember, signIn } from '../../test/factories/member.factory.js';
import { createTestApp, type TestAgent, type TestApp } from '../../test/test-app.js';

/**
 * Live threads over a real socket.io client: a member who opened a thread is told, with ids only,
 * when someone replies, edits, or a moderator hides a post or locks the thread, and then reads the
 * change through GraphQL with their own rights.
 */

const POST = `query P($id: ID!) { discussionPost(id: $id) { id seq body bodyHtml hidden hiddenReason } }`;
const EDIT = `mutation E($input: EditPostInput!) { editDiscussionPost(input: $input) { id } }`;
const HIDE = `mutation H($input: PostReasonInput!) { hideDiscussionPost(input: $input) { id } }`;
const LOCK = `mutation L($input: ThreadModerationInput!) { lockDiscussionThread(input: $input) { id locked } }`;

type Payload = { threadId: string; postId?: string; seq?: number };

describe('live threads', () => {
  let t: TestApp;
  let url: string;
  let author: TestAgent;
  let reader: TestAgent;
  let moderator: TestAgent;
  let category: string;
  const sockets: Socket[] = [];

  const socketOf = async (agent: TestAgent) => {
    const socket = await connectSocket(url, agent);
    sockets.push(socket);
    return socket;
  };

  beforeAll(async () => {
    t = await createTestApp();
    url = await listen(t);
    author = await signIn(t, await createMember(t, { fullName: 'Ana Pereira' }));
    reader = await signIn(t, await createMember(t, { fullName: 'Bo Lindqvist' }));
    moderator = await signIn(t, await createMember(t, { fullName: 'Mo Dhillon', role: Role.MODERATOR }));
    category = await createCategory(t, 'Trafficking routes');
  });
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await t.close();
  });

  it('tells a member in the thread about a reply, an edit, a hidden post and a lock, with ids only', async () => {
    const thread = await startThread(author, category, { title: 'Parcels via Rotterdam' });
    const socket = await socketOf(reader);
    expect(await joinThread(socket, { threadId: thread.id })).toEqual({ ok: true });
    const forThread = (p: Payload) => p.threadId === thread.id;

    // A reply through GraphQL
    let event = nextEvent<Payload>(socket, THREAD_EVENTS.postCreated, forThread);
    const replied = await author.gql(REPLY, {
      input: { threadId: thread.id, body: 'The parcels were declared as machine parts.' },
    });
    const post = replied.body.data.replyToDiscussionThread as { id: string; seq: number };
    expect(await event).toEqual({ threadId: thread.id, postId: post.id, seq: 2 });
    expect(post.seq).toBe(2);

    // An edit
    event = nextEvent<Payload>(socket, THREAD_EVENTS.postUpdated, forThread);
    await author.gql(EDIT, { input: { postId: post.id, body: 'Declared as spare machine parts.' } });
    expect(await event).toEqual({ threadId: thread.id, postId: post.id, seq: 2 });
    expect((await reader.gql(POST, { id: post.id })).body.data.discussionPost.body).toBe(
      'Declared as spare machine parts.',
    );

    // Hidden by a moderator: the member then reads the notice, the moderator still the text
    event = nextEvent<Payload>(socket, THREAD_EVENTS.postUpdated, forThread);
    const hid = await moderator.gql(HIDE, { input: { postId: post.id, reason: 'Names a suspect' } });
    expect(hid.body.errors).toBeUndefined();
    expect(await event).toEqual({ threadId: thread.id, postId: post.id, seq: 2 });
    expect((await reader.gql(POST, { id: post.id })).body.data.discussionPost).toEqual({
      id: post.id,
      seq: 2,
      body: null,
      bodyHtml: null,
      hidden: true,
      hiddenReason: null,
    });
    expect((await moderator.gql(POST, { id: post.id })).body.data.discussionPost).toMatchObject({
      body: 'Declared as spare machine parts.',
      hidden: true,
      hiddenReason: 'Names a suspect',
    });
    // The author is told why, but no longer reads the text either.
    expect((await author.gql(POST, { id: post.id })).body.data.discussionPost).toMatchObject({
      body: null,
      hidden: true,
      hiddenReason: 'Names a suspect',
    });

    // Locked
    event = nextEvent<Payload>(socket, THREAD_EVENTS.threadUpdated, forThread);
    const locked = await moderator.gql(LOCK, { input: { threadId: thread.id, reason: 'Cooling off' } });
    expect(locked.body.data.lockDiscussionThread.locked).toBe(true);
    expect(await event).toEqual({ threadId: thread.id });
  });

  it('tells about an edit of the opening post as a thread change too', async () => {
    const thread = await startThread(author, category, { title: 'Old title' });
    const socket = await socketOf(reader);
    await joinThread(socket, { threadId: thread.id });
    const updated = nextEvent<Payload>(socket, THREAD_EVENTS.threadUpdated, (p) => p.threadId === thread.id);
    const postUpdated = nextEvent<Payload>(
      socket,
      THREAD_EVENTS.postUpdated,
      (p) => p.threadId === thread.id,
    );
    await author.gql(EDIT, { input: { postId: thread.openingId, body: 'New text', title: 'New title' } });
    expect(await postUpdated).toEqual({ threadId: thread.id, postId: thread.openingId, seq: 1 });
    expect(await updated).toEqual({ threadId: thread.id });
  });

  it('stops telling a socket that left the thread, and never tells one that is in another thread', async () => {
    const thread = await startThread(author, category, { title: 'Leaving' });
    const other = await startThread(author, category, { title: 'Elsewhere' });
    const leaving = await socketOf(reader);
    const elsewhere = await socketOf(reader);
    const staying = await socketOf(moderator);
    await joinThread(leaving, { threadId: thread.id });
    await joinThread(elsewhere, { threadId: other.id });
    await joinThread(staying, { threadId: thread.id });
    expect(await leaving.timeout(3000).emitWithAck(THREAD_EVENTS.leave, { threadId: thread.id })).toEqual({
      ok: true,
    });
    const seenLeaving = recordEvents(leaving, [THREAD_EVENTS.postCreated]);
    const seenElsewhere = recordEvents(elsewhere, [THREAD_EVENTS.postCreated]);
    const arrived = nextEvent<Payload>(staying, THREAD_EVENTS.postCreated, (p) => p.threadId === thread.id);
    await author.gql(REPLY, { input: { threadId: thread.id, body: 'Anyone?' } });
    await arrived;
    await settle();
    expect(seenLeaving[THREAD_EVENTS.postCreated]).toEqual([]);
    expect(seenElsewhere[THREAD_EVENTS.postCreated]).toEqual([]);
  });

  it.each([
    ['no payload', undefined],
    ['an empty object', {}],
    ['a bare string', 'thread-1'],
    ['a number as id', { threadId: 42 }],
    ['an id that is not a uuid', { threadId: "1' OR '1'='1" }],
  ])('answers a join with %s as BAD_USER_INPUT and keeps the socket connected', async (_label, payload) => {
    const socket = await socketOf(reader);
    const answer = await joinThread(socket, payload);
    expect(answer).toEqual({
      ok: false,
      code: 'BAD_USER_INPUT',
      message: 'Send { threadId } with a thread id.',
    });
    await settle(100);
    expect(socket.connected).toBe(true);
    // … and it still works.
    const thread = await startThread(author, category, { title: 'After a bad join' });
    expect(await joinThread(socket, { threadId: thread.id })).toEqual({ ok: true });
  });
});
