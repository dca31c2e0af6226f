import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { MESSAGING_EVENTS } from '@cop/contracts';
import { fromBase64Url, toBase64Url } from '@cop/crypto';
import type { Socket } from 'socket.io-client';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createGraphqlClient } from '../../../graphql/client';
import { amina, kwame, MessagingSocket } from '../../messaging/test/factory';
import { MessagingEngine } from '../../messaging/lib/engine';
import { fakeDeviceWorld } from '../../../test/e2e.factory';
import { graphqlNetwork } from '../../../test/graphql';
import { nextId } from '../../../test/identity.factory';
import { clearKeystore, loadMessageKeys, saveMessageKeys } from './keystore';
import { MessageCrypto, type SealedMessage } from './messageCrypto';

const conversationId = 'c0000000-0000-4000-8000-000000000001';

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
});

/** Members' devices in memory; `crypto(userId)` is that member's MessageCrypto. */
function deviceWorld() {
  const world = fakeDeviceWorld();
  return {
    ...world,
    crypto: (userId: string) =>
      new MessageCrypto(createGraphqlClient({ fetch: graphqlNetwork(world.answersFor(userId)) }), userId),
  };
}

let seq = 0;
function stored(senderId: string, payload: string, clientId = nextId()): SealedMessage {
  seq += 1;
  return {
    id: nextId(),
    conversationId,
    clientId,
    senderId,
    seq,
    createdAt: new Date().toISOString(),
    payload,
  };
}

const SENTENCE = 'The courier crosses at the northern checkpoint on Friday at dawn.';

describe('MessageCrypto', () => {
  it('seals for every member device and opens for the recipient, keeping the message key', async () => {
    const world = deviceWorld();
    const aminaCrypto = world.crypto(amina.id);
    const kwameCrypto = world.crypto(kwame.id);
    await kwameCrypto.ownDevice();
    const clientId = nextId();

    const payload = await aminaCrypto.seal(conversationId, clientId, { text: SENTENCE });
    expect(payload).not.toContain('courier');
    const envelope = JSON.parse(payload) as { keys: Array<{ d: string }> };
    // Both members' devices (the sender's own included) have a wrapped key.
    expect(envelope.keys.map((key) => key.d).sort()).toEqual(world.devices.map((d) => d.id).sort());

    const message = stored(amina.id, payload, clientId);
    expect(await kwameCrypto.open(message)).toEqual({ kind: 'encrypted', text: SENTENCE, files: [] });
    expect(await aminaCrypto.open(message)).toEqual({ kind: 'encrypted', text: SENTENCE, files: [] });
    // Kept in the keystore (for the backup) right after, in one write with the others opened.
    await vi.waitFor(async () => expect((await loadMessageKeys(kwame.id)).has(message.id)).toBe(true));
  });

  it('warns of a tampered ciphertext, a wrong signature and a replayed envelope, showing nothing', async () => {
    const world = deviceWorld();
    const aminaCrypto = world.crypto(amina.id);
    const kwameCrypto = world.crypto(kwame.id);
    await kwameCrypto.ownDevice();
    const clientId = nextId();
    const payload = await aminaCrypto.seal(conversationId, clientId, { text: SENTENCE });
    const envelope = JSON.parse(payload) as { ct: string; sig: string };

    const flip = (text: string) => {
      const bytes = fromBase64Url(text)!;
      bytes[bytes.length - 1] ^= 1;
      return toBase64Url(bytes);
    };
    const tampered = JSON.stringify({ ...envelope, ct: flip(envelope.ct) });
    const forged = JSON.stringify({ ...envelope, sig: flip(envelope.sig) });

    expect(await kwameCrypto.open(stored(amina.id, tampered, clientId))).toEqual({
      kind: 'failed',
      reason: 'tampered',
    });
    expect(await kwameCrypto.open(stored(amina.id, forged, clientId))).toEqual({
      kind: 'failed',
      reason: 'bad-signature',
    });
    // The same authentic envelope presented as another message.
    expect(await kwameCrypto.open(stored(amina.id, payload, nextId()))).toEqual({
      kind: 'failed',
      reason: 'replayed',
    });
    expect(await kwameCrypto.open(stored(amina.id, 'not json', clientId))).toEqual({
      kind: 'failed',
      reason: 'malformed',
    });
  });

  it('shows history sealed before a new device as "before this device", and opens it once the key is restored', async () => {
    const world = deviceWorld();
    const aminaCrypto = world.crypto(amina.id);
    const oldKwame = world.crypto(kwame.id);
    const oldDevice = await oldKwame.ownDevice();
    const clientId = nextId();
    const message = stored(
      amina.id,
      await aminaCrypto.seal(conversationId, clientId, { text: SENTENCE }),
      clientId,
    );
    expect((await oldKwame.open(message)).kind).toBe('encrypted');
    await vi.waitFor(async () => expect((await loadMessageKeys(kwame.id)).has(message.id)).toBe(true));
    const kept = (await loadMessageKeys(kwame.id)).get(message.id)!;

    // A new browser: nothing of the old one is here.
    await clearKeystore(kwame.id);
    const newKwame = world.crypto(kwame.id);
    const newDevice = await newKwame.ownDevice();
    expect(newDevice.deviceId).not.toBe(oldDevice.deviceId);
    expect(await newKwame.open(message)).toEqual({ kind: 'failed', reason: 'not-for-this-device' });

    // The key backup gives the message key back.
    await saveMessageKeys(kwame.id, [[message.id, kept]]);
    newKwame.messageKeysRestored();
    expect(await newKwame.open(message)).toEqual({ kind: 'encrypted', text: SENTENCE, files: [] });
  });

  it('stops sealing for a removed device, while its old messages still verify', async () => {
    const world = deviceWorld();
    const aminaCrypto = world.crypto(amina.id);
    const kwameCrypto = world.crypto(kwame.id);
    const kwameDevice = await kwameCrypto.ownDevice();
    const before = nextId();
    const early = stored(amina.id, await aminaCrypto.seal(conversationId, before, { text: 'early' }), before);

    world.remove(kwameDevice.deviceId);
    aminaCrypto.devicesChanged();
    const after = nextId();
    const late = stored(amina.id, await aminaCrypto.seal(conversationId, after, { text: 'late' }), after);
    expect((JSON.parse(late.payload) as { keys: Array<{ d: string }> }).keys.map((k) => k.d)).not.toContain(
      kwameDevice.deviceId,
    );
    expect(await kwameCrypto.open(late)).toEqual({ kind: 'failed', reason: 'not-for-this-device' });
    expect(await kwameCrypto.open(early)).toEqual({ kind: 'encrypted', text: 'early', files: [] });
  });
});

describe('the engine with end-to-end encryption', () => {
  it('keeps an offline message sealed in storage, never its text, and sends it encrypted once back', async () => {
    const world = deviceWorld();
    const storage = window.localStorage;
    storage.clear();
    const kwameCrypto = world.crypto(kwame.id);
    await kwameCrypto.ownDevice();

    const socket = new MessagingSocket();
    socket.connected = false;
    const engine = new MessagingEngine(socket as unknown as Socket, amina.id, {
      storage,
      crypto: world.crypto(amina.id),
    }).start();
    engine.send({ conversationId, payload: SENTENCE });
    await vi.waitFor(() => expect(JSON.stringify({ ...storage })).toContain('sealed'));
    expect(JSON.stringify({ ...storage })).not.toContain('courier');
    engine.dispose();

    // After a reload: the message is read back sealed, opened, and shown as pending.
    const again = new MessagingEngine(socket as unknown as Socket, amina.id, {
      storage,
      crypto: world.crypto(amina.id),
    }).start();
    await vi.waitFor(() =>
      expect(again.pendingOf(conversationId).map((item) => item.payload)).toEqual([SENTENCE]),
    );

    const sent: Array<{ scheme: string; payload: string; clientId: string }> = [];
    socket.answer = (event, payload) => {
      if (event !== MESSAGING_EVENTS.send) return undefined;
      sent.push(payload as { scheme: string; payload: string; clientId: string });
      return { ok: false, code: 'BAD_USER_INPUT', message: 'stop' };
    };
    socket.reconnect();
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.scheme).toBe('e2e-v1');
    expect(sent[0]?.payload).not.toContain('courier');
    const message = stored(amina.id, sent[0]!.payload, sent[0]!.clientId);
    expect(await kwameCrypto.open(message)).toEqual({ kind: 'encrypted', text: SENTENCE, files: [] });
    again.dispose();
  });
});
