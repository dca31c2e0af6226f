import { randomUUID } from 'node:crypto';
import { ErrorCode, MESSAGING_LIMITS } from '@cop/contracts';
import { connectSocket, listen, uploadFile } from '../../test/factories/discussion.factory.js';
import { createMember, signIn, waitForMail, type TestMember } from '../../test/factories/member.factory.js';
import {
  createGroupConversation,
  START_DIRECT,
  startDirect,
} from '../../test/factories/messaging.factory.js';
import { pdf } from '../../test/fixtures/files.js';
import { createTestApp, type TestAgent, type TestApp } from '../../test/test-app.js';
import { OutboxService } from '../notifications/outbox.service.js';

/**
 * Conversations through GraphQL: who may start, join, rename, add, remove and leave; unread
 * counts and mute; attachments with the conversation's visibility; the offline e-mail.
 */

const SEND = `mutation S($input: SendMessageInput!) {
  sendMessage(input: $input) { id seq payload attachments { id name downloadUrl } } }`;
const LIST = `{ conversations { id kind title unreadCount muted lastMessage { id payload sender { id } } members { member { id } role } } messagingUnreadCount }`;
const ONE = `query C($id: ID!) { conversation(id: $id) { id title myRole unreadCount members { member { id } role } } }`;
const CREATE = `mutation G($input: NewGroupInput!) { createGroupConversation(input: $input) { id } }`;
const ADD = `mutation A($id: ID!, $ids: [ID!]!) { addConversationMembers(id: $id, memberIds: $ids) { members { member { id } } } }`;
const RENAME = `mutation R($id: ID!, $t: String!) { renameConversation(id: $id, title: $t) { title } }`;
const LEAVE = `mutation L($id: ID!) { leaveConversation(id: $id) }`;
const REMOVE = `mutation X($id: ID!, $m: ID!) { removeConversationMember(id: $id, memberId: $m) { id } }`;
const MUTE = `mutation M($id: ID!, $m: Boolean!) { setConversationMuted(id: $id, muted: $m) { muted unreadCount } }`;
const READ = `mutation R($id: ID!, $seq: Float!) { markConversationRead(conversationId: $id, seq: $seq) { unreadCount } }`;

const codeOf = (res: { body: { errors?: { extensions: { code: string } }[] } }) =>
  res.body.errors?.[0]?.extensions.code;

describe('conversations', () => {
  let t: TestApp;
  let url: string;
  let ana: TestMember;
  let bo: TestMember;
  let cy: TestMember;
  let di: TestMember;
  let asAna: TestAgent;
  let asBo: TestAgent;
  let asCy: TestAgent;
  let asDi: TestAgent;

  const send = async (
    agent: TestAgent,
    conversationId: string,
    payload: string,
    attachmentIds?: string[],
  ) => {
    const res = await agent.gql(SEND, {
      input: { conversationId, clientId: randomUUID(), payload, attachmentIds },
    });
    if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
    return res.body.data.sendMessage as {
      id: string;
      seq: number;
      attachments: { id: string; downloadUrl: string }[];
    };
  };

  beforeAll(async () => {
    t = await createTestApp();
    url = await listen(t);
    [ana, bo, cy, di] = await Promise.all(
      ['Ana Pereira', 'Bo Lindqvist', 'Cy Okafor', 'Di Romero'].map((fullName) =>
        createMember(t, { fullName }),
      ),
    );
    [asAna, asBo, asCy, asDi] = await Promise.all([ana, bo, cy, di].map((m) => signIn(t, m!)));
  });
  afterAll(() => t.close());

  it('keeps one direct conversation per pair, and only with another active member', async () => {
    const id = await startDirect(asAna, bo.id);
    expect(await startDirect(asAna, bo.id)).toBe(id);
    expect(await startDirect(asBo, ana.id)).toBe(id);
    expect(codeOf(await asAna.gql(START_DIRECT, { memberId: ana.id }))).toBe(ErrorCode.BAD_USER_INPUT);
    const pending = await createMember(t, { status: 'PENDING' as never });
    const res = await asAna.gql(START_DIRECT, { memberId: pending.id });
    expect(res.body.errors[0].extensions).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      fields: [{ code: 'MEMBER_UNAVAILABLE', params: { ids: [pending.id] } }],
    });
    expect(codeOf(await asAna.gql(START_DIRECT, { memberId: randomUUID() }))).toBe(ErrorCode.BAD_USER_INPUT);
    expect(codeOf(await asAna.gql(LEAVE, { id }))).toBe(ErrorCode.BAD_USER_INPUT);
  });

  it('makes groups of 3 to 100 active members, the creator admin; admins rename, add and remove', async () => {
    expect(codeOf(await asAna.gql(CREATE, { input: { title: 'Pair', memberIds: [bo.id] } }))).toBe(
      ErrorCode.BAD_USER_INPUT,
    );
    const suspended = await createMember(t, { status: 'SUSPENDED' as never });
    const refused = await asAna.gql(CREATE, { input: { title: 'Mixed', memberIds: [bo.id, suspended.id] } });
    expect(refused.body.errors[0].extensions.fields[0]).toMatchObject({
      code: 'MEMBER_UNAVAILABLE',
      params: { ids: [suspended.id] },
    });
    const bulk = await t.sql<{ id: string }[]>(
      `INSERT INTO app_user (email, full_name, status)
       SELECT 'bulk' || g || '.' || $1 || '@justice.example', 'Bulk Member ' || g, 'ACTIVE'
         FROM generate_series(1, ${MESSAGING_LIMITS.groupMax}) g RETURNING id`,
      [randomUUID().slice(0, 8)],
    );
    const tooMany = await asAna.gql(CREATE, {
      input: { title: 'Everyone', memberIds: bulk.map((b) => b.id) },
    });
    expect(tooMany.body.errors[0].extensions.fields[0]).toMatchObject({ code: 'groupSize' });
    const full = await createGroupConversation(
      asAna,
      bulk.slice(0, MESSAGING_LIMITS.groupMax - 1).map((b) => b.id),
      'Full',
    );
    expect(codeOf(await asAna.gql(ADD, { id: full, ids: [bo.id] }))).toBe(ErrorCode.BAD_USER_INPUT);

    const group = await createGroupConversation(asAna, [bo.id, cy.id], 'Tracing: obliterated serial');
    const read = (await asBo.gql(ONE, { id: group })).body.data.conversation;
    expect(read).toMatchObject({ title: 'Tracing: obliterated serial', myRole: 'MEMBER' });
    expect(read.members[0]).toEqual({ member: { id: ana.id }, role: 'ADMIN' });
    expect(read.members.slice(1)).toEqual(
      expect.arrayContaining([
        { member: { id: bo.id }, role: 'MEMBER' },
        { member: { id: cy.id }, role: 'MEMBER' },
      ]),
    );
    expect(codeOf(await asBo.gql(RENAME, { id: group, t: 'Mine' }))).toBe(ErrorCode.FORBIDDEN);
    expect(codeOf(await asBo.gql(ADD, { id: group, ids: [di.id] }))).toBe(ErrorCode.FORBIDDEN);
    expect(codeOf(await asDi.gql(RENAME, { id: group, t: 'Outsider' }))).toBe(ErrorCode.NOT_FOUND);
    expect(
      (await asAna.gql(RENAME, { id: group, t: '  Tracing request 2026/118 ' })).body.data.renameConversation,
    ).toEqual({
      title: 'Tracing request 2026/118',
    });
    expect(codeOf(await asAna.gql(ADD, { id: group, ids: [suspended.id] }))).toBe(ErrorCode.BAD_USER_INPUT);
    const added = await asAna.gql(ADD, { id: group, ids: [di.id, bo.id] });
    expect(added.body.data.addConversationMembers.members).toHaveLength(4);
    expect((await asDi.gql(ONE, { id: group })).body.data.conversation.myRole).toBe('MEMBER');

    // The last admin leaving hands over to the longest-standing member.
    expect((await asAna.gql(LEAVE, { id: group })).body.data.leaveConversation).toBe(true);
    expect(codeOf(await asAna.gql(ONE, { id: group }))).toBe(ErrorCode.NOT_FOUND);
    // Bo and Cy joined together with the group, before Di.
    const after = (await asDi.gql(ONE, { id: group })).body.data.conversation;
    const admins = (after.members as { member: { id: string }; role: string }[]).filter(
      (m) => m.role === 'ADMIN',
    );
    expect(admins).toHaveLength(1);
    expect([bo.id, cy.id]).toContain(admins[0]!.member.id);
    const newAdmin = admins[0]!.member.id === bo.id ? asBo : asCy;
    expect((await newAdmin.gql(REMOVE, { id: group, m: di.id })).body.data.removeConversationMember).toEqual({
      id: group,
    });
    expect(codeOf(await asDi.gql(ONE, { id: group }))).toBe(ErrorCode.NOT_FOUND);

    // Who is in a conversation decides who reads it: every change is in the audit trail, ids only.
    const trail = await t.sql<{ action: string; actor_id: string; details: { memberIds: string[] } }[]>(
      `SELECT action, actor_id, details FROM audit_event WHERE target_type = 'conversation' AND target_id = $1
        ORDER BY id`,
      [group],
    );
    expect(trail.map((e) => [e.action, e.actor_id, e.details.memberIds])).toEqual([
      ['conversation.group.created', ana.id, [ana.id, bo.id, cy.id]],
      ['conversation.member_added', ana.id, [di.id]],
      ['conversation.member_left', ana.id, [ana.id]],
      ['conversation.member_removed', admins[0]!.member.id, [di.id]],
    ]);
  });

  it('counts unread messages, lists by last activity and leaves muted ones out of the badge', async () => {
    const group = await createGroupConversation(asAna, [bo.id, cy.id], 'Converted alarm pistol, border post');
    const direct = await startDirect(asCy, bo.id);
    await send(asAna, group, 'Seized at the crossing: a converted 9 mm alarm pistol.');
    const last = await send(asCy, group, 'Which brand? We had the same model last month.');
    await send(asCy, direct, 'Private note: call me.');
    let list = (await asBo.gql(LIST)).body.data;
    const mine = (list.conversations as { id: string }[]).map((c) => c.id);
    expect(mine.indexOf(direct)).toBeLessThan(mine.indexOf(group));
    const listed = list.conversations.find((c: { id: string }) => c.id === group);
    expect(listed).toMatchObject({
      kind: 'GROUP',
      unreadCount: 2,
      lastMessage: { id: last.id, sender: { id: cy.id } },
    });
    const badge = list.messagingUnreadCount as number;
    expect((await asBo.gql(MUTE, { id: group, m: true })).body.data.setConversationMuted).toEqual({
      muted: true,
      unreadCount: 2,
    });
    list = (await asBo.gql(LIST)).body.data;
    expect(list.messagingUnreadCount).toBe(badge - 2);
    await asBo.gql(MUTE, { id: group, m: false });
    expect(
      (await asBo.gql(READ, { id: group, seq: last.seq })).body.data.markConversationRead.unreadCount,
    ).toBe(0);
    expect(codeOf(await asDi.gql(MUTE, { id: group, m: true }))).toBe(ErrorCode.NOT_FOUND);
  });

  it('shows a message’s attachments to the conversation’s members only, and not once deleted', async () => {
    const direct = await startDirect(asAna, bo.id);
    const file = await uploadFile(asAna, pdf('controlled delivery plan'), 'delivery plan.pdf');
    const message = await send(asAna, direct, 'Plan for the controlled delivery attached.', [file.id]);
    expect(message.attachments).toMatchObject([{ id: file.id, downloadUrl: `/api/files/${file.id}` }]);
    expect((await asBo.agent.get(`/api/files/${file.id}`)).status).toBe(200);
    const outsider = await asDi.agent.get(`/api/files/${file.id}`);
    const random = await asDi.agent.get(`/api/files/${randomUUID()}`);
    expect([outsider.status, outsider.body]).toEqual([random.status, random.body]);
    expect(outsider.status).toBe(404);
    // Someone else's upload cannot be attached.
    const other = await uploadFile(asBo, pdf('x'), 'x.pdf');
    const stolen = await asAna.gql(SEND, {
      input: { conversationId: direct, clientId: randomUUID(), payload: 'x', attachmentIds: [other.id] },
    });
    expect(stolen.body.errors[0].extensions.fields[0]).toMatchObject({ code: 'ATTACHMENT_UNAVAILABLE' });
    await asAna.gql(`mutation D($id: ID!) { deleteMessage(messageId: $id) { id } }`, { id: message.id });
    expect((await asBo.agent.get(`/api/files/${file.id}`)).status).toBe(404);
  });

  it('e-mails an offline recipient once for a burst, in their language and without any content', async () => {
    // Members of their own, so that earlier tests leave them no unread messages.
    const [ed, fay, gus] = await Promise.all(
      ['Ed Nkosi', 'Fay Dubois', 'Gus Marin'].map((fullName) => createMember(t, { fullName })),
    );
    const [asEd, asFay] = await Promise.all([signIn(t, ed!), signIn(t, fay!)]);
    const group = await createGroupConversation(asAna, [ed!.id, fay!.id, gus!.id], 'Operation Copper Fox');
    await t.sql(`UPDATE app_user SET locale = 'fr' WHERE id = $1`, [gus!.id]);
    await asFay.gql(MUTE, { id: group, m: true });
    const online = await connectSocket(url, asEd);
    const texts = [
      'Parcel 3 holds the slides.',
      'Suspect uses the name "Kestrel".',
      'Delivery Thursday 06:00.',
    ];
    for (const text of texts) await send(asAna, group, text);

    const mail = await waitForMail(t, gus!.email, /nouveaux messages/);
    expect(mail.text).toContain('/messages');
    for (const secret of [...texts, 'Copper Fox', 'Ana Pereira', 'Kestrel'])
      expect(mail.text).not.toContain(secret);
    await new Promise((r) => setTimeout(r, 2500));
    const { items } = await t.app.get(OutboxService).list({ first: 100, offset: 0 });
    const to = (email: string) => items.filter((m) => m.to.includes(email) && /messages/i.test(m.subject));
    expect(to(gus!.email)).toHaveLength(1);
    expect(to(ed!.email)).toHaveLength(0); // online
    expect(to(fay!.email)).toHaveLength(0); // muted
    online.close();
  });
});
