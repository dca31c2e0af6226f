import { randomUUID } from 'node:crypto';
import {
  ErrorCode,
  MESSAGING_EVENTS,
  MESSAGING_LIMITS,
  type MessageEvent,
  type ReceiptEvent,
} from '@cop/contracts';
import type { Socket } from 'socket.io-client';
import {
  connectSocket,
  listen,
  nextEvent,
  recordEvents,
  settle,
} from '../../test/factories/discussion.factory.js';
import {
  createGroupConversation,
  emitAck,
  messageCount,
  sendOverSocket,
  sent,
  startDirect,
} from '../../test/factories/messaging.factory.js';
import { createMember, signIn, type TestMember } from '../../test/factories/member.factory.js';
import { createTestApp, type TestAgent, type TestApp } from '../../test/test-app.js';
import { CHATTER_LIMITS } from './messaging.gateway.js';

/**
 * Messaging over real socket.io clients against the real server and database: exchange and
 * receipts, idempotent retries, catch-up after a reconnect, typing, edits and deletes, members
 * who lose access, and malformed or oversized events.
 */

const MESSAGES = `query M($id: ID!) { messages(conversationId: $id) { items { id seq payload readCount recipientCount replyTo { id } } hasMore } }`;
const READERS = `query R($id: ID!) { messageReaders(messageId: $id) { member { id } readSeq } }`;
const CONVERSATION = `query C($id: ID!) { conversation(id: $id) { id unreadCount } }`;
const EDIT = `mutation E($input: EditMessageInput!) { editMessage(input: $input) { id } }`;
const SINCE = `query S($after: Float!) { messagesSince(afterChangeSeq: $after) { messages { id payload editedAt deletedAt } hasMore lastChangeSeq } }`;

describe('messaging over the socket', () => {
  let t: TestApp;
  let url: string;
  let ana: TestMember;
  let bo: TestMember;
  let cy: TestMember;
  let asAna: TestAgent;
  let asBo: TestAgent;
  let asCy: TestAgent;
  let asOutsider: TestAgent;
  let admin: TestAgent;
  let direct: string;
  const sockets: Socket[] = [];

  const socketOf = async (agent: TestAgent) => {
    const socket = await connectSocket(url, agent);
    sockets.push(socket);
    return socket;
  };

  beforeAll(async () => {
    t = await createTestApp();
    url = await listen(t);
    [ana, bo, cy] = await Promise.all([
      createMember(t, { fullName: 'Ana Pereira' }),
      createMember(t, { fullName: 'Bo Lindqvist' }),
      createMember(t, { fullName: 'Cy Okafor' }),
    ]);
    const outsider = await createMember(t, { fullName: 'Olu Outsider' });
    asAna = await signIn(t, ana);
    asBo = await signIn(t, bo);
    asCy = await signIn(t, cy);
    asOutsider = await signIn(t, outsider);
    admin = await signIn(t, await createMember(t, { role: 'ADMIN' as never }));
    direct = await startDirect(asAna, bo.id);
  });
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await t.close();
  });

  it('lets two members exchange messages and receipts, acknowledged after commit', async () => {
    const a = await socketOf(asAna);
    const anaOtherTab = await socketOf(asAna);
    const b = await socketOf(asBo);
    const created = nextEvent<MessageEvent>(
      b,
      MESSAGING_EVENTS.created,
      (e) => e.message.conversationId === direct,
    );
    const onOtherTab = nextEvent<MessageEvent>(anaOtherTab, MESSAGING_EVENTS.created);
    const echoed = recordEvents(a, [MESSAGING_EVENTS.created]);
    const message = sent(await sendOverSocket(a, direct, 'The parcel left Antwerp this morning.'));
    expect(message).toMatchObject({
      conversationId: direct,
      senderId: ana.id,
      scheme: 'plain',
      attachments: [],
    });
    expect(message.seq).toBe(message.changeSeq);
    // Acknowledged only once stored.
    expect(await messageCount(t, direct)).toBe(1);
    expect((await created).message).toEqual(message);
    // The sender's other tabs get it live; the sending socket has it in its ack, not twice.
    expect((await onOtherTab).message).toEqual(message);
    expect(echoed[MESSAGING_EVENTS.created]).toEqual([]);
    expect((await asBo.gql(CONVERSATION, { id: direct })).body.data.conversation.unreadCount).toBe(1);

    const delivered = nextEvent<ReceiptEvent>(a, MESSAGING_EVENTS.receiptUpdated, (e) => e.userId === bo.id);
    expect(
      await emitAck(b, MESSAGING_EVENTS.receipt, { conversationId: direct, seq: message.seq, read: false }),
    ).toEqual({
      ok: true,
      deliveredSeq: message.seq,
      readSeq: 0,
    });
    expect(await delivered).toEqual({
      conversationId: direct,
      userId: bo.id,
      deliveredSeq: message.seq,
      readSeq: 0,
    });

    const read = nextEvent<ReceiptEvent>(a, MESSAGING_EVENTS.receiptUpdated, (e) => e.userId === bo.id);
    await emitAck(b, MESSAGING_EVENTS.receipt, { conversationId: direct, seq: message.seq, read: true });
    expect(await read).toMatchObject({ readSeq: message.seq });
    // A watermark that does not move tells nobody; one past the newest message is capped.
    const seen = recordEvents(a, [MESSAGING_EVENTS.receiptUpdated]);
    expect(
      await emitAck(b, MESSAGING_EVENTS.receipt, {
        conversationId: direct,
        seq: message.seq + 1000,
        read: true,
      }),
    ).toEqual({ ok: true, deliveredSeq: message.seq, readSeq: message.seq });
    await settle(200);
    expect(seen[MESSAGING_EVENTS.receiptUpdated]).toEqual([]);

    const history = (await asAna.gql(MESSAGES, { id: direct })).body.data.messages;
    expect(history.items[0]).toMatchObject({ id: message.id, readCount: 1, recipientCount: 1 });
    expect((await asAna.gql(READERS, { id: message.id })).body.data.messageReaders).toEqual([
      { member: { id: bo.id }, readSeq: message.seq },
    ]);
    expect((await asBo.gql(CONVERSATION, { id: direct })).body.data.conversation.unreadCount).toBe(0);

    // Answering it
    const reply = sent(await sendOverSocket(b, direct, 'Received, we follow it.', { replyToId: message.id }));
    const page = (await asAna.gql(MESSAGES, { id: direct })).body.data.messages;
    expect(page.items[0]).toMatchObject({ id: reply.id, replyTo: { id: message.id } });
  });

  it('stores one message for a retried send and acknowledges the same id every time', async () => {
    const a = await socketOf(asAna);
    const b = await socketOf(asBo);
    const before = await messageCount(t, direct);
    const seen = recordEvents(b, [MESSAGING_EVENTS.created]);
    const clientId = randomUUID();
    const acks = await Promise.all([
      sendOverSocket(a, direct, 'Meeting at 10:00 CET.', { clientId }),
      sendOverSocket(a, direct, 'Meeting at 10:00 CET.', { clientId }),
    ]);
    const later = await sendOverSocket(a, direct, 'Meeting at 10:00 CET.', { clientId });
    const retryOverGraphql = await asAna.gql(
      `mutation S($input: SendMessageInput!) { sendMessage(input: $input) { id seq } }`,
      { input: { conversationId: direct, clientId, payload: 'Meeting at 10:00 CET.' } },
    );
    const ids = [...acks, later].map((ack) => sent(ack).id);
    expect(new Set([...ids, retryOverGraphql.body.data.sendMessage.id]).size).toBe(1);
    expect(await messageCount(t, direct)).toBe(before + 1);
    await settle(200);
    expect(seen[MESSAGING_EVENTS.created]).toHaveLength(1);
  });

  it('keeps a conversation secret from non-members: same answer as a random or malformed id', async () => {
    const a = await socketOf(asAna);
    const message = sent(await sendOverSocket(a, direct, 'Serial number partially restored: ..47.'));
    const o = await socketOf(asOutsider);
    const seen = recordEvents(o, [MESSAGING_EVENTS.created, MESSAGING_EVENTS.typingUpdated]);
    const random = randomUUID();

    for (const id of [direct, random, 'not-an-id']) {
      expect(await emitAck(o, MESSAGING_EVENTS.join, { conversationId: id })).toEqual({
        ok: false,
        code: ErrorCode.NOT_FOUND,
        message: 'No such conversation.',
      });
      expect(await sendOverSocket(o, id, 'hello')).toEqual({
        ok: false,
        code: ErrorCode.NOT_FOUND,
        message: 'No such conversation.',
      });
      expect(await emitAck(o, MESSAGING_EVENTS.typing, { conversationId: id, typing: true })).toMatchObject({
        code: ErrorCode.NOT_FOUND,
      });
      expect(
        await emitAck(o, MESSAGING_EVENTS.receipt, { conversationId: id, seq: 1, read: true }),
      ).toMatchObject({
        code: ErrorCode.NOT_FOUND,
      });
      for (const query of [CONVERSATION, MESSAGES]) {
        const res = await asOutsider.gql(query, { id });
        expect(res.body.errors[0]).toMatchObject({
          message: 'No such conversation.',
          extensions: { code: ErrorCode.NOT_FOUND },
        });
      }
    }
    for (const id of [message.id, randomUUID(), 'nope']) {
      const readers = await asOutsider.gql(READERS, { id });
      expect(readers.body.errors[0]).toMatchObject({ message: 'No such message.' });
      const edit = await asOutsider.gql(EDIT, { input: { messageId: id, payload: 'x' } });
      expect(edit.body.errors[0]).toMatchObject({ message: 'No such message.' });
      expect(await emitAck(o, MESSAGING_EVENTS.delete, { messageId: id })).toMatchObject({
        code: ErrorCode.NOT_FOUND,
        message: 'No such message.',
      });
    }
    const since = await asOutsider.gql(SINCE, { after: 0 });
    expect(since.body.data.messagesSince.messages).toEqual([]);
    await emitAck(a, MESSAGING_EVENTS.typing, { conversationId: direct, typing: true });
    sent(await sendOverSocket(a, direct, 'Still there?'));
    await settle(200);
    expect(seen[MESSAGING_EVENTS.created]).toEqual([]);
    expect(seen[MESSAGING_EVENTS.typingUpdated]).toEqual([]);
  });

  it('takes a removed member out of the room at once, and disconnects a suspended one', async () => {
    const group = await createGroupConversation(asAna, [bo.id, cy.id], 'JIT Adriatic preparation');
    const a = await socketOf(asAna);
    const b = await socketOf(asBo);
    const c = await socketOf(asCy);
    const first = nextEvent<MessageEvent>(
      c,
      MESSAGING_EVENTS.created,
      (e) => e.message.conversationId === group,
    );
    sent(await sendOverSocket(a, group, 'Draft JIT agreement attached tomorrow.'));
    await first;

    const removed = nextEvent<{ conversationId: string }>(c, MESSAGING_EVENTS.conversationRemoved);
    const res = await asAna.gql(
      `mutation R($id: ID!, $m: ID!) { removeConversationMember(id: $id, memberId: $m) { members { member { id } } } }`,
      { id: group, m: cy.id },
    );
    expect(
      res.body.data.removeConversationMember.members.map((m: { member: { id: string } }) => m.member.id),
    ).toEqual([ana.id, bo.id]);
    expect(await removed).toEqual({ conversationId: group });

    const seenByCy = recordEvents(c, [MESSAGING_EVENTS.created]);
    const toBo = nextEvent<MessageEvent>(
      b,
      MESSAGING_EVENTS.created,
      (e) => e.message.conversationId === group,
    );
    const secret = sent(await sendOverSocket(a, group, 'Cy is no longer in this group.'));
    await toBo;
    await settle(200);
    expect(seenByCy[MESSAGING_EVENTS.created]).toEqual([]);
    expect(await emitAck(c, MESSAGING_EVENTS.join, { conversationId: group })).toMatchObject({
      code: ErrorCode.NOT_FOUND,
    });
    expect(await sendOverSocket(c, group, 'let me back')).toMatchObject({ code: ErrorCode.NOT_FOUND });
    expect((await asCy.gql(CONVERSATION, { id: group })).body.errors[0].extensions.code).toBe(
      ErrorCode.NOT_FOUND,
    );
    const caught = (await asCy.gql(SINCE, { after: 0 })).body.data.messagesSince.messages as { id: string }[];
    expect(caught.map((m) => m.id)).not.toContain(secret.id);

    // Suspension ends the member's sessions: their sockets are disconnected.
    const gone = new Promise<string>((resolve) => b.on('disconnect', resolve));
    const suspended = await admin.gql(`mutation S($id: ID!) { suspendMember(memberId: $id) { id } }`, {
      id: bo.id,
    });
    expect(suspended.body.errors).toBeUndefined();
    expect(await gone).toBe('io server disconnect');
    await t.sql(`UPDATE app_user SET status = 'ACTIVE' WHERE id = $1`, [bo.id]);
    asBo = await signIn(t, bo);
  });

  it('catches up after a reconnect with exactly the missed messages and changes, in order', async () => {
    const a = await socketOf(asAna);
    let b = await socketOf(asBo);
    const seen = nextEvent<MessageEvent>(
      b,
      MESSAGING_EVENTS.created,
      (e) => e.message.conversationId === direct,
    );
    sent(await sendOverSocket(a, direct, 'Controlled delivery approved by the judge.'));
    const last = (await seen).message.changeSeq;
    b.close();

    const m2 = sent(await sendOverSocket(a, direct, 'Courier van: white, Dutch plates.'));
    const m3 = sent(await sendOverSocket(a, direct, 'Wrong van, ignore.'));
    const m4 = sent(await sendOverSocket(a, direct, 'Handover 14:30 at the depot.'));
    expect(
      await emitAck(a, MESSAGING_EVENTS.edit, {
        messageId: m2.id,
        scheme: 'plain',
        payload: 'Courier van: grey.',
      }),
    ).toMatchObject({
      ok: true,
      message: { id: m2.id, payload: 'Courier van: grey.' },
    });
    expect(await emitAck(a, MESSAGING_EVENTS.delete, { messageId: m3.id })).toMatchObject({
      ok: true,
      message: { id: m3.id, payload: '' },
    });

    b = await socketOf(asBo);
    const answer = await emitAck<{
      messages: {
        id: string;
        payload: string;
        editedAt: string | null;
        deletedAt: string | null;
        changeSeq: number;
      }[];
      hasMore: boolean;
      lastChangeSeq: number;
    }>(b, MESSAGING_EVENTS.catchUp, { afterChangeSeq: last });
    if (!answer.ok) throw new Error(answer.message);
    expect(answer.messages.map((m) => m.id)).toEqual([m4.id, m2.id, m3.id]);
    expect(answer.messages[1]).toMatchObject({ payload: 'Courier van: grey.' });
    expect(answer.messages[1]!.editedAt).not.toBeNull();
    expect(answer.messages[2]).toMatchObject({ payload: '' });
    expect(answer.messages[2]!.deletedAt).not.toBeNull();
    expect(answer.hasMore).toBe(false);
    expect(answer.lastChangeSeq).toBe(answer.messages[2]!.changeSeq);
    const again = await emitAck<{ messages: unknown[]; lastChangeSeq: number }>(b, MESSAGING_EVENTS.catchUp, {
      afterChangeSeq: answer.lastChangeSeq,
    });
    expect(again).toEqual({ ok: true, messages: [], hasMore: false, lastChangeSeq: answer.lastChangeSeq });
    const overGraphql = (await asBo.gql(SINCE, { after: last })).body.data.messagesSince;
    expect(overGraphql.messages.map((m: { id: string }) => m.id)).toEqual([m4.id, m2.id, m3.id]);
  });

  it('lets only the sender edit or delete, and not after a delete', async () => {
    const a = await socketOf(asAna);
    const b = await socketOf(asBo);
    const m = sent(await sendOverSocket(a, direct, 'Tracing request sent to the manufacturer.'));
    expect(
      await emitAck(b, MESSAGING_EVENTS.edit, { messageId: m.id, scheme: 'plain', payload: 'mine now' }),
    ).toMatchObject({
      ok: false,
      code: ErrorCode.FORBIDDEN,
    });
    expect(await emitAck(b, MESSAGING_EVENTS.delete, { messageId: m.id })).toMatchObject({
      code: ErrorCode.FORBIDDEN,
    });
    expect(
      (await asBo.gql(EDIT, { input: { messageId: m.id, payload: 'x' } })).body.errors[0].extensions.code,
    ).toBe(ErrorCode.FORBIDDEN);
    const updated = nextEvent<MessageEvent>(b, MESSAGING_EVENTS.updated, (e) => e.message.id === m.id);
    expect(await emitAck(a, MESSAGING_EVENTS.delete, { messageId: m.id })).toMatchObject({ ok: true });
    expect((await updated).message).toMatchObject({ payload: '', attachments: [] });
    expect(
      await emitAck(a, MESSAGING_EVENTS.edit, { messageId: m.id, scheme: 'plain', payload: 'back' }),
    ).toMatchObject({
      code: ErrorCode.CONFLICT,
    });
  });

  it('relays typing to the other members, never back to the typist’s own sockets', async () => {
    const a1 = await socketOf(asAna);
    const a2 = await socketOf(asAna);
    const b = await socketOf(asBo);
    const own = recordEvents(a2, [MESSAGING_EVENTS.typingUpdated]);
    const typing = nextEvent(b, MESSAGING_EVENTS.typingUpdated);
    expect(await emitAck(a1, MESSAGING_EVENTS.typing, { conversationId: direct, typing: true })).toEqual({
      ok: true,
    });
    expect(await typing).toEqual({ conversationId: direct, userId: ana.id, typing: true });
    await settle(200);
    expect(own[MESSAGING_EVENTS.typingUpdated]).toEqual([]);
  });

  it('limits typing and receipt chatter per member, and the socket stays usable', async () => {
    const withBo = await startDirect(asCy, bo.id);
    const c = await socketOf(asCy);
    const answers = [];
    for (let i = 0; i <= CHATTER_LIMITS.typing; i++) {
      answers.push(
        await emitAck(c, MESSAGING_EVENTS.typing, { conversationId: withBo, typing: i % 2 === 0 }),
      );
    }
    expect(answers.slice(0, CHATTER_LIMITS.typing).every((a) => a.ok)).toBe(true);
    expect(answers[CHATTER_LIMITS.typing]).toMatchObject({ ok: false, code: ErrorCode.RATE_LIMITED });
    // Sending is not chatter: it still goes through on the same socket.
    expect(sent(await sendOverSocket(c, withBo, 'Still here after the typing storm.')).conversationId).toBe(
      withBo,
    );
  });

  it('answers malformed and oversized events with a clear error and keeps the socket usable', async () => {
    const a = await socketOf(asAna);
    const big = 'x'.repeat(MESSAGING_LIMITS.payloadMaxBytes + 1);
    const tooBig = await emitAck(a, MESSAGING_EVENTS.send, {
      conversationId: direct,
      clientId: randomUUID(),
      scheme: 'plain',
      payload: big,
    });
    expect(tooBig).toMatchObject({
      ok: false,
      code: ErrorCode.BAD_USER_INPUT,
      message: 'The message is larger than 128 KB.',
    });
    const tooLong = await sendOverSocket(a, direct, 'é'.repeat(MESSAGING_LIMITS.bodyMax + 1));
    expect(tooLong).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      message: `A message has at most ${MESSAGING_LIMITS.bodyMax} characters.`,
    });
    for (const body of [
      'just text',
      null,
      42,
      [direct],
      { conversationId: direct, payload: 'no client id' },
    ]) {
      expect(await emitAck(a, MESSAGING_EVENTS.send, body)).toMatchObject({
        ok: false,
        code: ErrorCode.BAD_USER_INPUT,
      });
    }
    expect(await sendOverSocket(a, direct, 'ciphertext', { scheme: 'rot13' })).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
    });
    expect(await sendOverSocket(a, direct, '   ')).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      message: 'Write a message.',
    });
    expect(await emitAck(a, MESSAGING_EVENTS.receipt, { conversationId: direct, seq: -1 })).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
    });
    expect(await emitAck(a, MESSAGING_EVENTS.catchUp, { afterChangeSeq: 'yesterday' })).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
    });
    // Without an acknowledgement callback, the error arrives as an event.
    const error = nextEvent<{ code: string; message: string }>(a, MESSAGING_EVENTS.error);
    a.emit(MESSAGING_EVENTS.send, 'garbage');
    expect(await error).toMatchObject({ code: ErrorCode.BAD_USER_INPUT });
    // A reply to a message of another conversation
    const other = await startDirect(asAna, cy.id);
    const elsewhere = sent(await sendOverSocket(a, other, 'Other case.'));
    expect(await sendOverSocket(a, direct, 'reply', { replyToId: elsewhere.id })).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
    });

    expect(a.connected).toBe(true);
    expect(sent(await sendOverSocket(a, direct, 'Still connected.')).payload).toBe('Still connected.');
  });
});
