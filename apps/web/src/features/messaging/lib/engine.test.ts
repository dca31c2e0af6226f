import { MESSAGING_EVENTS, type SendMessageRequest } from '@cop/contracts';
import type { Socket } from 'socket.io-client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { amina, kwame, messageDto, MessagingSocket } from '../test/factory';
import { MessagingEngine } from './engine';
import { writeCursor } from './outbox';

const conversationId = 'c0000000-0000-4000-8000-000000000001';

/** A server that stores each (sender, client id) once and answers with the stored message. */
function storingServer(socket: MessagingSocket) {
  const stored = new Map<string, ReturnType<typeof messageDto>>();
  let seq = 500;
  socket.answer = (event, payload) => {
    if (event !== MESSAGING_EVENTS.send) return undefined;
    const request = payload as SendMessageRequest;
    let message = stored.get(request.clientId);
    if (!message) {
      seq++;
      message = messageDto({
        conversationId: request.conversationId,
        clientId: request.clientId,
        senderId: amina.id,
        payload: request.payload,
        seq,
        changeSeq: seq,
      });
      stored.set(request.clientId, message);
    }
    return { ok: true, message };
  };
  return stored;
}

class FakeWindow extends EventTarget {
  navigator = { onLine: true };
}

function setUp(options: { online?: boolean; connected?: boolean } = {}) {
  const socket = new MessagingSocket();
  socket.connected = options.connected ?? true;
  const win = new FakeWindow();
  win.navigator.onLine = options.online ?? true;
  const engine = new MessagingEngine(socket as unknown as Socket, amina.id, {
    window: win as unknown as Window,
    ackTimeoutMs: 1_000,
  }).start();
  return { socket, win, engine };
}

describe('the messaging engine', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps messages written offline as pending and sends them on reconnect, in order, once each', async () => {
    const { socket, win, engine } = setUp({ online: false });
    const stored = storingServer(socket);
    engine.send({ conversationId, payload: 'first' });
    engine.send({ conversationId, payload: 'second' });
    expect(socket.sentOf(MESSAGING_EVENTS.send)).toEqual([]);
    expect(engine.pendingOf(conversationId).map((item) => [item.payload, item.state])).toEqual([
      ['first', 'queued'],
      ['second', 'queued'],
    ]);

    win.navigator.onLine = true;
    win.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(engine.pendingOf(conversationId)).toEqual([]));

    const sends = socket.sentOf(MESSAGING_EVENTS.send) as SendMessageRequest[];
    expect(sends.map((send) => send.payload)).toEqual(['first', 'second']);
    expect(stored.size).toBe(2);
    // The acknowledgement replaced each pending message.
    expect(engine.messagesOf(conversationId).map((m) => m.payload)).toEqual(['first', 'second']);
  });

  it('sends one message at a time: the next waits for the acknowledgement of the one before', async () => {
    const { socket, engine } = setUp();
    engine.send({ conversationId, payload: 'first' });
    engine.send({ conversationId, payload: 'second' });
    expect(socket.sentOf(MESSAGING_EVENTS.send)).toHaveLength(1);
    const [first] = socket.sent;
    first?.ack?.({
      ok: true,
      message: messageDto({ clientId: (first.payload as SendMessageRequest).clientId }),
    });
    await vi.waitFor(() => expect(socket.sentOf(MESSAGING_EVENTS.send)).toHaveLength(2));
  });

  it('sends again with the same client id when the link dropped before the answer (no duplicate)', async () => {
    const { socket, engine } = setUp();
    const item = engine.send({ conversationId, payload: 'are you there?' });
    expect(socket.sentOf(MESSAGING_EVENTS.send)).toHaveLength(1);
    socket.drop();
    await vi.waitFor(() => expect(engine.pendingOf(conversationId)[0]?.state).toBe('queued'));

    const stored = storingServer(socket);
    socket.reconnect();
    await vi.waitFor(() => expect(engine.pendingOf(conversationId)).toEqual([]));
    const sends = socket.sentOf(MESSAGING_EVENTS.send) as SendMessageRequest[];
    expect(sends.map((send) => send.clientId)).toEqual([item.clientId, item.clientId]);
    expect(stored.size).toBe(1);
    expect(engine.messagesOf(conversationId)).toHaveLength(1);
  });

  it('shows a refused message as failed until retried, with its client id', async () => {
    const { socket, engine } = setUp();
    socket.answer = () => ({ ok: false, code: 'BAD_USER_INPUT', message: 'Too long' });
    const item = engine.send({ conversationId, payload: 'x' });
    await vi.waitFor(() => expect(engine.pendingOf(conversationId)[0]?.state).toBe('failed'));
    storingServer(socket);
    engine.retry(item.clientId);
    await vi.waitFor(() => expect(engine.pendingOf(conversationId)).toEqual([]));
    const sends = socket.sentOf(MESSAGING_EVENTS.send) as SendMessageRequest[];
    expect(new Set(sends.map((send) => send.clientId))).toEqual(new Set([item.clientId]));
  });

  it('does not show a pending message twice when the live event comes before the acknowledgement', async () => {
    const { socket, engine } = setUp();
    const item = engine.send({ conversationId, payload: 'hello' });
    const echo = messageDto({ clientId: item.clientId, senderId: amina.id, payload: 'hello' });
    socket.serverEmit(MESSAGING_EVENTS.created, { message: echo });
    expect(engine.pendingOf(conversationId)).toEqual([]);
    expect(engine.messagesOf(conversationId)).toHaveLength(1);
    socket.sent[0]?.ack?.({ ok: true, message: echo });
    await vi.waitFor(() => expect(engine.outbox.items).toEqual([]));
    expect(engine.messagesOf(conversationId)).toHaveLength(1);
  });

  it('catches up after a reconnect from the last change applied, merging by id', async () => {
    writeCursor(amina.id, 20);
    const { socket, engine } = setUp({ connected: false });
    const seen = messageDto({ seq: 21, changeSeq: 21, payload: 'seen live' });
    const edited = {
      ...seen,
      changeSeq: 24,
      payload: 'edited while away',
      editedAt: '2026-12-07T10:00:00.000Z',
    };
    const missed = messageDto({ seq: 23, changeSeq: 23, payload: 'missed' });
    const pages = [
      { ok: true, messages: [missed], hasMore: true, lastChangeSeq: 23 },
      { ok: true, messages: [edited], hasMore: false, lastChangeSeq: 24 },
    ];
    socket.answer = (event) => (event === MESSAGING_EVENTS.catchUp ? pages.shift() : undefined);

    socket.reconnect();
    socket.serverEmit(MESSAGING_EVENTS.created, { message: seen });
    await vi.waitFor(() => expect(engine.changeCursor).toBe(24));

    expect(socket.sentOf(MESSAGING_EVENTS.catchUp)).toEqual([{ afterChangeSeq: 20 }, { afterChangeSeq: 23 }]);
    expect(engine.messagesOf(conversationId).map((m) => m.payload)).toEqual(['edited while away', 'missed']);
    expect(localStorage.getItem(`cop.messaging.sync:${amina.id}`)).toBe('24');
  });

  it('says “delivered” once for messages arriving together, about a second later', () => {
    const { socket } = setUp();
    socket.serverEmit(MESSAGING_EVENTS.created, { message: messageDto({ seq: 30, changeSeq: 30 }) });
    socket.serverEmit(MESSAGING_EVENTS.created, { message: messageDto({ seq: 31, changeSeq: 31 }) });
    socket.serverEmit(MESSAGING_EVENTS.created, {
      message: messageDto({ seq: 32, changeSeq: 32, senderId: amina.id }),
    });
    expect(socket.sentOf(MESSAGING_EVENTS.receipt)).toEqual([]);
    vi.advanceTimersByTime(1_000);
    expect(socket.sentOf(MESSAGING_EVENTS.receipt)).toEqual([{ conversationId, seq: 31, read: false }]);
  });

  it('says “read” once per position, and again after a reconnect', () => {
    const { socket, engine } = setUp();
    engine.markRead(conversationId, 40);
    engine.markRead(conversationId, 40);
    expect(socket.sentOf(MESSAGING_EVENTS.receipt)).toEqual([{ conversationId, seq: 40, read: true }]);
    socket.drop();
    socket.reconnect();
    engine.markRead(conversationId, 40);
    expect(socket.sentOf(MESSAGING_EVENTS.receipt)).toHaveLength(2);
  });

  it('follows the members’ watermarks live and who is typing', () => {
    const { socket, engine } = setUp();
    engine.setMembers(conversationId, [
      { userId: amina.id, deliveredSeq: 10, readSeq: 10 },
      { userId: kwame.id, deliveredSeq: 5, readSeq: 5 },
    ]);
    socket.serverEmit(MESSAGING_EVENTS.receiptUpdated, {
      conversationId,
      userId: kwame.id,
      deliveredSeq: 10,
      readSeq: 9,
    });
    expect(engine.watermarksOf(conversationId).get(kwame.id)).toEqual({ deliveredSeq: 10, readSeq: 9 });
    // A GraphQL answer read before the receipt does not move it back.
    engine.setMembers(conversationId, [
      { userId: amina.id, deliveredSeq: 10, readSeq: 10 },
      { userId: kwame.id, deliveredSeq: 5, readSeq: 5 },
    ]);
    expect(engine.watermarksOf(conversationId).get(kwame.id)).toEqual({ deliveredSeq: 10, readSeq: 9 });

    socket.serverEmit(MESSAGING_EVENTS.typingUpdated, { conversationId, userId: kwame.id, typing: true });
    expect(engine.typingIn(conversationId)).toEqual([kwame.id]);
    expect(engine.typingIn(conversationId, Date.now() + 7_000)).toEqual([]);
  });
});
