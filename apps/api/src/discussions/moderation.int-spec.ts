import { Role } from '@cop/contracts';
import { pdf } from '../../test/fixtures/files.js';
import {
  createCategory,
  createGroup,
  REPLY,
  reply,
  startThread,
  uploadFile,
} from '../../test/factories/discussion.factory.js';
import { createMember, signIn, type TestMember } from '../../test/factories/member.factory.js';
import { createTestApp, type TestAgent, type TestApp } from '../../test/test-app.js';

/**
 * Flags and what moderators do with them: the queue, hiding and restoring posts, dismissing
 * flags, locking, pinning and moving threads — each with a reason, in the audit trail, and
 * refused to members.
 */

const FLAG = `mutation F($input: PostReasonInput!) { flagDiscussionPost(input: $input) { id flaggedByMe } }`;
const QUEUE = `{ moderationQueueCount moderationQueue { total items {
  firstFlaggedAt post { id body } thread { id title } flags { reason reporter { fullName } } } } }`;
const HIDE = `mutation H($input: PostReasonInput!) { hideDiscussionPost(input: $input) { id hidden hiddenReason body } }`;
const RESTORE = `mutation R($input: PostReasonInput!) { restoreDiscussionPost(input: $input) { id hidden body } }`;
const DISMISS = `mutation D($input: PostReasonInput!) { dismissDiscussionFlags(input: $input) { id hidden } }`;
const LOCK = `mutation L($input: ThreadModerationInput!, $locked: Boolean! = true) {
  lockDiscussionThread(input: $input, locked: $locked) { id locked } }`;
const PIN = `mutation P($input: ThreadModerationInput!, $pinned: Boolean! = true) {
  pinDiscussionThread(input: $input, pinned: $pinned) { id pinned } }`;
const MOVE = `mutation M($input: MoveThreadInput!) { moveDiscussionThread(input: $input) { id category { id } } }`;
const DELETE = `mutation D($id: ID!, $reason: String) {
  deleteDiscussionPost(postId: $id, input: { reason: $reason }) { id deletedBy body } }`;
const EDIT = `mutation E($input: EditPostInput!) { editDiscussionPost(input: $input) { id } }`;
const POST = `query P($id: ID!) { discussionPost(id: $id) { id body hidden hiddenReason attachments { id } } }`;
const LIST = `query L($f: ThreadFilter) { discussionThreads(filter: $f, first: 100) { items { id pinned } } }`;
const NOTIFICATIONS = `{ notifications(first: 50) { items { kind link title } } }`;

type GqlError = {
  message: string;
  extensions: { code: string; fields?: { field: string; message: string }[] };
};
const errorOf = (res: { body: { errors?: GqlError[] } }): GqlError => {
  expect(res.body.errors).toHaveLength(1);
  return res.body.errors![0]!;
};

describe('discussion moderation', () => {
  let t: TestApp;
  let author: TestMember;
  let reporter: TestMember;
  let secondReporter: TestMember;
  let a: TestAgent;
  let r: TestAgent;
  let r2: TestAgent;
  let mod: TestAgent;
  let moderator: TestMember;
  let category: string;
  let other: string;

  const audit = (action: string, targetId: string) =>
    t.sql<{ actor_id: string; target_type: string; details: Record<string, unknown> }[]>(
      `SELECT actor_id, target_type, details FROM audit_event WHERE action = $1 AND target_id = $2 ORDER BY id`,
      [action, targetId],
    );
  const openFlags = (postId: string) =>
    t.sql<{ reporter_id: string; reason: string }[]>(
      `SELECT reporter_id, reason FROM discussion_flag WHERE post_id = $1 AND resolved_at IS NULL ORDER BY created_at`,
      [postId],
    );

  beforeAll(async () => {
    t = await createTestApp();
    author = await createMember(t, { fullName: 'Ana Pereira' });
    reporter = await createMember(t, { fullName: 'Bo Lindqvist' });
    secondReporter = await createMember(t, { fullName: 'Cy Okafor' });
    moderator = await createMember(t, { fullName: 'Mo Dhillon', role: Role.MODERATOR });
    [a, r, r2, mod] = await Promise.all(
      [author, reporter, secondReporter, moderator].map((m) => signIn(t, m)),
    );
    category = await createCategory(t, 'Converted weapons');
    other = await createCategory(t, 'Ammunition');
  });
  afterAll(() => t.close());

  it('asks for a reason of 3 to 1000 characters to flag, with a clear field error, and stores nothing otherwise', async () => {
    const thread = await startThread(a, category);
    for (const reason of ['', '   ', 'ab', 'x'.repeat(1001)]) {
      const res = await r.gql(FLAG, { input: { postId: thread.openingId, reason } });
      const error = errorOf(res);
      expect(error.extensions.code).toBe('BAD_USER_INPUT');
      expect(error.extensions.fields).toEqual([
        expect.objectContaining({ field: 'reason', message: 'Give a reason (3 to 1000 characters).' }),
      ]);
    }
    const missing = await r.gql(
      `mutation F($id: ID!) { flagDiscussionPost(input: { postId: $id }) { id } }`,
      { id: thread.openingId },
    );
    expect(errorOf(missing).extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await openFlags(thread.openingId)).toEqual([]);

    for (const reason of ['odd', 'y'.repeat(1000)]) {
      const ok = await r.gql(FLAG, { input: { postId: thread.openingId, reason } });
      expect(ok.body.data.flagDiscussionPost).toEqual({ id: thread.openingId, flaggedByMe: true });
    }
  });

  it('refuses flagging one’s own post and keeps one open flag per member', async () => {
    const thread = await startThread(a, category, { title: 'Flag twice' });
    const own = await a.gql(FLAG, { input: { postId: thread.openingId, reason: 'my own post' } });
    expect(errorOf(own).extensions.code).toBe('CONFLICT');
    expect(errorOf(own).message).toBe('You cannot flag your own post; edit or delete it instead.');

    await r.gql(FLAG, { input: { postId: thread.openingId, reason: 'first reason' } });
    await r.gql(FLAG, { input: { postId: thread.openingId, reason: 'second thoughts' } });
    expect(await openFlags(thread.openingId)).toEqual([
      { reporter_id: reporter.id, reason: 'second thoughts' },
    ]);
    // Cleared for the next test: the queue below starts empty.
    await t.sql(`DELETE FROM discussion_flag`);
  });

  it('queues flagged posts for moderators; hiding with a reason empties it, is audited, and tells the author', async () => {
    const thread = await startThread(a, category, { title: 'Workshop in Sarajevo' });
    const file = await uploadFile(a, pdf('names'), 'names.pdf');
    const postId = (
      await a.gql(REPLY, {
        input: { threadId: thread.id, body: 'The armourer is called X.', attachmentIds: [file.id] },
      })
    ).body.data.replyToDiscussionThread.id as string;
    expect((await mod.gql(QUEUE)).body.data).toEqual({
      moderationQueueCount: 0,
      moderationQueue: { total: 0, items: [] },
    });

    await r.gql(FLAG, { input: { postId, reason: 'Names a person' } });
    await r2.gql(FLAG, { input: { postId, reason: 'Personal data' } });
    const queue = (await mod.gql(QUEUE)).body.data;
    expect(queue.moderationQueueCount).toBe(1);
    expect(queue.moderationQueue).toEqual({
      total: 1,
      items: [
        {
          firstFlaggedAt: expect.any(String),
          post: { id: postId, body: 'The armourer is called X.' },
          thread: { id: thread.id, title: 'Workshop in Sarajevo' },
          flags: [
            { reason: 'Names a person', reporter: { fullName: 'Bo Lindqvist' } },
            { reason: 'Personal data', reporter: { fullName: 'Cy Okafor' } },
          ],
        },
      ],
    });

    const tooShort = await mod.gql(HIDE, { input: { postId, reason: 'no' } });
    expect(errorOf(tooShort).extensions.fields?.[0]?.field).toBe('reason');
    const hidden = await mod.gql(HIDE, { input: { postId, reason: 'Personal data of a suspect' } });
    expect(hidden.body.data.hideDiscussionPost).toEqual({
      id: postId,
      hidden: true,
      hiddenReason: 'Personal data of a suspect',
      body: 'The armourer is called X.',
    });
    expect((await mod.gql(QUEUE)).body.data).toEqual({
      moderationQueueCount: 0,
      moderationQueue: { total: 0, items: [] },
    });
    expect(await audit('discussion.post.hidden', postId)).toEqual([
      {
        actor_id: moderator.id,
        target_type: 'discussion_post',
        details: expect.objectContaining({
          reason: 'Personal data of a suspect',
          threadId: thread.id,
          authorId: author.id,
        }),
      },
    ]);
    const resolved = await t.sql(`SELECT resolution FROM discussion_flag WHERE post_id = $1`, [postId]);
    expect(resolved).toEqual([{ resolution: 'HIDDEN' }, { resolution: 'HIDDEN' }]);

    // Members read the notice; the files of a hidden post are not theirs to download any more.
    expect((await r.gql(POST, { id: postId })).body.data.discussionPost).toEqual({
      id: postId,
      body: null,
      hidden: true,
      hiddenReason: null,
      attachments: [],
    });
    expect((await r.agent.get(`/api/files/${file.id}`)).status).toBe(404);
    expect((await mod.agent.get(`/api/files/${file.id}`)).status).toBe(200);

    const told = (await a.gql(NOTIFICATIONS)).body.data.notifications.items;
    expect(told).toContainEqual({
      kind: 'POST_HIDDEN',
      link: `/discussions/t/${thread.id}#post-${postId}`,
      title: 'Workshop in Sarajevo',
    });

    // Restored: visible again, audited, the author told.
    const restored = await mod.gql(RESTORE, { input: { postId, reason: 'Name was public already' } });
    expect(restored.body.data.restoreDiscussionPost).toEqual({
      id: postId,
      hidden: false,
      body: 'The armourer is called X.',
    });
    expect((await r.gql(POST, { id: postId })).body.data.discussionPost).toMatchObject({
      body: 'The armourer is called X.',
      hidden: false,
      attachments: [{ id: file.id }],
    });
    expect((await r.agent.get(`/api/files/${file.id}`)).status).toBe(200);
    expect(await audit('discussion.post.restored', postId)).toEqual([
      expect.objectContaining({ details: expect.objectContaining({ reason: 'Name was public already' }) }),
    ]);
    expect((await a.gql(NOTIFICATIONS)).body.data.notifications.items).toContainEqual(
      expect.objectContaining({ kind: 'POST_RESTORED' }),
    );
  });

  it('dismisses flags without hiding the post, with an audited reason', async () => {
    const thread = await startThread(a, category, { title: 'Harmless' });
    await r.gql(FLAG, { input: { postId: thread.openingId, reason: 'I disagree' } });
    expect((await mod.gql(QUEUE)).body.data.moderationQueueCount).toBe(1);
    const res = await mod.gql(DISMISS, {
      input: { postId: thread.openingId, reason: 'Disagreement is fine' },
    });
    expect(res.body.data.dismissDiscussionFlags).toEqual({ id: thread.openingId, hidden: false });
    expect((await mod.gql(QUEUE)).body.data.moderationQueueCount).toBe(0);
    expect(await openFlags(thread.openingId)).toEqual([]);
    expect(await audit('discussion.flags.dismissed', thread.openingId)).toEqual([
      expect.objectContaining({
        actor_id: moderator.id,
        details: expect.objectContaining({ reason: 'Disagreement is fine', flags: 1 }),
      }),
    ]);
    // The reporter may flag it again later (their earlier flag is closed).
    const again = await r.gql(FLAG, { input: { postId: thread.openingId, reason: 'Still wrong' } });
    expect(again.body.data.flagDiscussionPost.flaggedByMe).toBe(true);
    await mod.gql(DISMISS, { input: { postId: thread.openingId, reason: 'Still fine' } });
    // Nothing left to dismiss: nothing is recorded.
    await mod.gql(DISMISS, { input: { postId: thread.openingId, reason: 'Double click' } });
    expect(await audit('discussion.flags.dismissed', thread.openingId)).toHaveLength(2);
  });

  it('locks a thread: members can no longer reply or edit, moderators can; unlocking reopens it', async () => {
    const thread = await startThread(a, category, { title: 'Heated' });
    const locked = await mod.gql(LOCK, { input: { threadId: thread.id, reason: 'Cooling off' } });
    expect(locked.body.data.lockDiscussionThread).toEqual({ id: thread.id, locked: true });

    const denied = await r.gql(REPLY, { input: { threadId: thread.id, body: 'But wait' } });
    expect(errorOf(denied).extensions.code).toBe('CONFLICT');
    expect(errorOf(denied).message).toBe('This thread is locked: only moderators can post in it.');
    const edit = await a.gql(EDIT, { input: { postId: thread.openingId, body: 'changed' } });
    expect(errorOf(edit).extensions.code).toBe('CONFLICT');
    const [{ n }] = await t.sql<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM discussion_post WHERE thread_id = $1`,
      [thread.id],
    );
    expect(n).toBe(1);

    expect(await reply(mod, thread.id, 'Locked for a day.')).toEqual(expect.any(String));
    expect(await audit('discussion.thread.locked', thread.id)).toEqual([
      expect.objectContaining({ details: { reason: 'Cooling off' } }),
    ]);

    await mod.gql(LOCK, { input: { threadId: thread.id, reason: 'Calm again' }, locked: false });
    expect(await reply(r, thread.id, 'Thanks')).toEqual(expect.any(String));
  });

  it('shows a pinned thread first, even when older, until it is unpinned', async () => {
    const pinnedCategory = await createCategory(t, 'Pinning');
    const old = await startThread(a, pinnedCategory, { title: 'Rules of this category' });
    const newer = await startThread(a, pinnedCategory, { title: 'Newer discussion' });
    await reply(r, newer.id, 'Fresh activity');
    const order = async () =>
      (
        (await r.gql(LIST, { f: { categoryId: pinnedCategory } })).body.data.discussionThreads.items as {
          id: string;
        }[]
      ).map((i) => i.id);
    expect(await order()).toEqual([newer.id, old.id]);

    const pinned = await mod.gql(PIN, { input: { threadId: old.id, reason: 'Category rules' } });
    expect(pinned.body.data.pinDiscussionThread).toEqual({ id: old.id, pinned: true });
    expect(await order()).toEqual([old.id, newer.id]);
    // Also first among all threads, everywhere.
    const all = (await r.gql(LIST)).body.data.discussionThreads.items as { id: string; pinned: boolean }[];
    expect(all[0]).toEqual({ id: old.id, pinned: true });

    await mod.gql(PIN, { input: { threadId: old.id, reason: 'Outdated' }, pinned: false });
    expect(await order()).toEqual([newer.id, old.id]);
  });

  it('moves a thread to another category, but not to one the moderator cannot see', async () => {
    const thread = await startThread(a, category, { title: 'Belongs with ammunition' });
    const moved = await mod.gql(MOVE, {
      input: { threadId: thread.id, categoryId: other, reason: 'Wrong category' },
    });
    expect(moved.body.data.moveDiscussionThread).toEqual({ id: thread.id, category: { id: other } });
    const inOther = (await r.gql(LIST, { f: { categoryId: other } })).body.data.discussionThreads.items;
    expect(inOther.map((i: { id: string }) => i.id)).toContain(thread.id);
    expect(await audit('discussion.thread.moved', thread.id)).toEqual([
      expect.objectContaining({ details: { reason: 'Wrong category', from: category, to: other } }),
    ]);

    const group = await createGroup(t, 'Closed group', [author.id]);
    const hidden = await createCategory(t, 'Closed', [group]);
    const refused = await mod.gql(MOVE, {
      input: { threadId: thread.id, categoryId: hidden, reason: 'Trying anyway' },
    });
    expect(errorOf(refused).extensions.code).toBe('BAD_USER_INPUT');
    expect(errorOf(refused).extensions.fields).toEqual([expect.objectContaining({ field: 'categoryId' })]);
    const [{ category_id }] = await t.sql<{ category_id: string }[]>(
      `SELECT category_id FROM discussion_thread WHERE id = $1`,
      [thread.id],
    );
    expect(category_id).toBe(other);
  });

  it('makes a moderator give a reason to delete someone else’s post, and audits it', async () => {
    const thread = await startThread(a, category, { title: 'Spam' });
    const postId = await reply(r, thread.id, 'Buy cheap watches');
    const noReason = await mod.gql(DELETE, { id: postId });
    expect(errorOf(noReason).extensions.fields).toEqual([expect.objectContaining({ field: 'reason' })]);
    const res = await mod.gql(DELETE, { id: postId, reason: 'Advertising' });
    expect(res.body.data.deleteDiscussionPost).toEqual({ id: postId, deletedBy: 'MODERATOR', body: null });
    expect(await audit('discussion.post.deleted_by_moderator', postId)).toEqual([
      expect.objectContaining({
        details: expect.objectContaining({ reason: 'Advertising', authorId: reporter.id }),
      }),
    ]);
    // A member cannot delete someone else's post at all.
    const other = await reply(r, thread.id, 'Another one');
    expect(errorOf(await a.gql(DELETE, { id: other, reason: 'I do not like it' })).extensions.code).toBe(
      'FORBIDDEN',
    );
  });

  it('answers removing someone who is not in a group with NOT_FOUND, and audits only real removals', async () => {
    const group = await createGroup(t, 'Balkan route', [author.id]);
    const REMOVE = `mutation R($g: ID!, $u: ID!) { removeDiscussionGroupMember(groupId: $g, userId: $u) { memberCount } }`;
    const removals = () =>
      t.sql<{ details: { memberId: string } }[]>(
        `SELECT details FROM audit_event WHERE action = 'discussion.group.member_removed' AND target_id = $1`,
        [group],
      );
    const notIn = await mod.gql(REMOVE, { g: group, u: reporter.id });
    expect(errorOf(notIn).extensions.code).toBe('NOT_FOUND');
    expect(errorOf(notIn).message).toBe('This member is not in the group.');
    expect(await removals()).toEqual([]);

    const res = await mod.gql(REMOVE, { g: group, u: author.id });
    expect(res.body.data.removeDiscussionGroupMember).toEqual({ memberCount: 0 });
    expect(await removals()).toEqual([{ details: { memberId: author.id } }]);
    expect(errorOf(await mod.gql(REMOVE, { g: group, u: author.id })).extensions.code).toBe('NOT_FOUND');
    expect(await removals()).toHaveLength(1);
  });

  it('refuses every moderation query and mutation to members, and changes nothing', async () => {
    const thread = await startThread(a, category, { title: 'Members only' });
    const postId = await reply(a, thread.id, 'Flag me');
    await r2.gql(FLAG, { input: { postId, reason: 'Please check' } });
    const reason = 'Because I say so';
    for (const [query, variables] of [
      [QUEUE, {}],
      ['{ moderationQueueCount }', {}],
      [HIDE, { input: { postId, reason } }],
      [RESTORE, { input: { postId, reason } }],
      [DISMISS, { input: { postId, reason } }],
      [LOCK, { input: { threadId: thread.id, reason } }],
      [PIN, { input: { threadId: thread.id, reason } }],
      [MOVE, { input: { threadId: thread.id, categoryId: other, reason } }],
    ] as [string, Record<string, unknown>][]) {
      // Even the author of the post and the member who flagged it.
      for (const member of [a, r2]) {
        const res = await member.gql(query, variables);
        expect({ query, code: errorOf(res).extensions.code }).toEqual({ query, code: 'FORBIDDEN' });
      }
    }
    const [post] = await t.sql<unknown[]>(`SELECT hidden_at FROM discussion_post WHERE id = $1`, [postId]);
    expect(post).toEqual({ hidden_at: null });
    const [th] = await t.sql<unknown[]>(
      `SELECT category_id, locked_at, pinned_at FROM discussion_thread WHERE id = $1`,
      [thread.id],
    );
    expect(th).toEqual({ category_id: category, locked_at: null, pinned_at: null });
    expect(await openFlags(postId)).toHaveLength(1);
  });
});
