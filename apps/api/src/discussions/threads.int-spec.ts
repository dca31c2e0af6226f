import { mentionMarkdown } from '@cop/contracts/markdown';
import { createCategory, createGroup, reply, startThread } from '../../test/factories/discussion.factory.js';
import { createMember, signIn, type TestMember } from '../../test/factories/member.factory.js';
import { createTestApp, type TestAgent, type TestApp } from '../../test/test-app.js';

const THREAD = `query T($id: ID!) { discussionThread(id: $id) {
  id title replyCount lastSeq locked tags countries
  author { id fullName }
  readState { lastReadSeq unread firstUnreadSeq }
  watchLevel
  posts(first: 50) { total hasMore items { id seq body bodyHtml deletedBy hidden editCount canEdit canDelete
    author { fullName } replyTo { seq excerpt } revisions { body title } } }
} }`;

describe('discussion threads', () => {
  let t: TestApp;
  let ana: TestMember;
  let bo: TestMember;
  let a: TestAgent;
  let b: TestAgent;
  let open: string;

  beforeAll(async () => {
    t = await createTestApp();
    ana = await createMember(t, { fullName: 'Ana Pereira' });
    bo = await createMember(t, { fullName: 'Bo Lindqvist' });
    a = await signIn(t, ana);
    b = await signIn(t, bo);
    open = await createCategory(t, 'Converted weapons');
  });
  afterAll(() => t.close());

  it('starts a thread, replies, and renders Markdown as sanitized HTML', async () => {
    const thread = await startThread(a, open, {
      title: 'Alarm pistols converted in <b>workshops</b>',
      body: '**Bold** claim <script>alert(1)</script> [x](javascript:alert(1))',
      tags: ['conversion', ' Conversion ', 'alarm-pistols'],
      countries: ['rs', 'BA'],
    });
    const replyId = await reply(b, thread.id, 'We proved it by *test firing*.', thread.openingId);
    const res = await b.gql(THREAD, { id: thread.id });
    const data = res.body.data.discussionThread;
    expect(data.title).toBe('Alarm pistols converted in <b>workshops</b>');
    expect(data.tags).toEqual(['conversion', 'alarm-pistols']);
    expect(data.countries).toEqual(['RS', 'BA']);
    expect(data.replyCount).toBe(1);
    const [opening, answer] = data.posts.items;
    expect(opening.bodyHtml).toContain('<strong>Bold</strong>');
    expect(opening.bodyHtml).not.toMatch(/<script|href="javascript/);
    expect(answer.id).toBe(replyId);
    expect(answer.replyTo).toEqual({ seq: 1, excerpt: expect.stringContaining('Bold claim') });
    expect(data.readState).toEqual({ lastReadSeq: 2, unread: false, firstUnreadSeq: null });
    expect(data.watchLevel).toBe('WATCHING');
  });

  it('tracks unread posts per member and marks them read', async () => {
    const thread = await startThread(a, open);
    await reply(a, thread.id, 'second');
    await reply(a, thread.id, 'third');
    let res = await b.gql(THREAD, { id: thread.id });
    expect(res.body.data.discussionThread.readState).toEqual({
      lastReadSeq: 0,
      unread: true,
      firstUnreadSeq: 1,
    });
    await b.gql(`mutation { markDiscussionThreadRead(threadId: "${thread.id}", seq: 2) { id } }`);
    res = await b.gql(THREAD, { id: thread.id });
    expect(res.body.data.discussionThread.readState).toEqual({
      lastReadSeq: 2,
      unread: true,
      firstUnreadSeq: 3,
    });
    // never backwards, never past the end
    await b.gql(`mutation { markDiscussionThreadRead(threadId: "${thread.id}", seq: 1) { id } }`);
    await b.gql(`mutation { markDiscussionThreadRead(threadId: "${thread.id}", seq: 99) { id } }`);
    res = await b.gql(THREAD, { id: thread.id });
    expect(res.body.data.discussionThread.readState.lastReadSeq).toBe(3);
  });

  it('keeps edit history for the author and shows who deleted a post', async () => {
    const thread = await startThread(a, open, { title: 'First title', body: 'first text' });
    const edit = await a.gql(
      `mutation E($input: EditPostInput!) { editDiscussionPost(input: $input) { editCount body } }`,
      { input: { postId: thread.openingId, body: 'second text', title: 'Second title' } },
    );
    expect(edit.body.data.editDiscussionPost).toEqual({ editCount: 1, body: 'second text' });
    let res = await a.gql(THREAD, { id: thread.id });
    expect(res.body.data.discussionThread.title).toBe('Second title');
    expect(res.body.data.discussionThread.posts.items[0].revisions).toEqual([
      { body: 'first text', title: 'First title' },
    ]);
    // another member sees that it was edited, not the history, and cannot edit it
    res = await b.gql(THREAD, { id: thread.id });
    expect(res.body.data.discussionThread.posts.items[0]).toMatchObject({
      editCount: 1,
      revisions: [],
      canEdit: false,
    });
    const denied = await b.gql(
      `mutation E($input: EditPostInput!) { editDiscussionPost(input: $input) { id } }`,
      { input: { postId: thread.openingId, body: 'hijack' } },
    );
    expect(denied.body.errors[0].extensions.code).toBe('FORBIDDEN');

    const replyId = await reply(b, thread.id, 'to be removed');
    await b.gql(`mutation { deleteDiscussionPost(postId: "${replyId}") { id } }`);
    res = await a.gql(THREAD, { id: thread.id });
    const removed = res.body.data.discussionThread.posts.items[1];
    expect(removed).toMatchObject({ deletedBy: 'AUTHOR', body: null, bodyHtml: null });
    expect(res.body.data.discussionThread.replyCount).toBe(0);
  });

  it('refuses bad input with clear field errors and stores nothing', async () => {
    const res = await a.gql(
      `mutation C($input: NewThreadInput!) { createDiscussionThread(input: $input) { id } }`,
      { input: { categoryId: open, title: 'x', body: '', countries: ['XX'] } },
    );
    expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const fields = res.body.errors[0].extensions.fields.map((f: { field: string }) => f.field).sort();
    expect(fields).toEqual(expect.arrayContaining(['body', 'countries', 'title']));
    const [{ n }] = await t.sql<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM discussion_thread WHERE title = 'x'`,
    );
    expect(n).toBe(0);
  });

  it('hides restricted categories from non-members as if they did not exist', async () => {
    const group = await createGroup(t, 'West and Central Africa', [ana.id]);
    const restricted = await createCategory(t, 'Sahel routes', [group]);
    const thread = await startThread(a, restricted, { title: 'Route through the Sahel' });
    const cats = await b.gql(`{ discussionCategories { id } }`);
    expect(cats.body.data.discussionCategories.map((c: { id: string }) => c.id)).not.toContain(restricted);
    const res = await b.gql(THREAD, { id: thread.id });
    expect(res.body.errors[0].extensions.code).toBe('NOT_FOUND');
    const missing = await b.gql(THREAD, { id: '00000000-0000-4000-8000-000000000000' });
    expect(missing.body.errors[0].message).toBe(res.body.errors[0].message);
    const list = await b.gql(`{ discussionThreads(first: 100) { total items { id } } }`);
    expect(list.body.data.discussionThreads.items.map((i: { id: string }) => i.id)).not.toContain(thread.id);
    const post = await b.gql(
      `mutation R($input: ReplyInput!) { replyToDiscussionThread(input: $input) { id } }`,
      {
        input: { threadId: thread.id, body: 'hello?' },
      },
    );
    expect(post.body.errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('notifies a mentioned member only when they can see the thread', async () => {
    const group = await createGroup(t, 'Postal parcels', [ana.id]);
    const restricted = await createCategory(t, 'Parcels', [group]);
    await startThread(a, restricted, { body: `ping ${mentionMarkdown('Bo', bo.id)}` });
    await startThread(a, open, { body: `ping ${mentionMarkdown('Bo', bo.id)} about Glocks` });
    const rows = await t.sql<{ kind: string }[]>(`SELECT kind FROM notification WHERE user_id = $1`, [bo.id]);
    expect(rows.filter((r) => r.kind === 'MENTION')).toHaveLength(1);
  });
});
