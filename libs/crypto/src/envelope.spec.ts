import type { E2eContent, E2eEnvelope } from '@cop/contracts';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ed25519 } from '@noble/curves/ed25519.js';
import { fromBase64Url, toBase64Url } from './bytes.js';
import { setCryptoBackend, type CryptoBackend } from './curves.js';
import { makeDevice, makeUser, recipientsOf, type TestDevice, type TestUser } from './devices.factory.js';
import {
  decryptMessage,
  decryptWithMessageKey,
  encryptMessage,
  exportMessageKey,
  importMessageKey,
  type DecryptResult,
} from './envelope.js';
import { E2eInputError } from './errors.js';

const CONVERSATION = 'conv-7f3a';
const CLIENT_ID = 'client-0001';
const CONTENT: E2eContent = { text: 'Serial numbers of the seized pistols: see attachment. ☑' };

interface Sent {
  envelope: E2eEnvelope;
  sender: TestUser;
  device: TestDevice;
}

async function send(
  sender: TestUser,
  recipients: TestUser[],
  content: E2eContent = CONTENT,
  device = sender.devices[0]!,
): Promise<Sent> {
  const envelope = await encryptMessage({
    conversationId: CONVERSATION,
    clientId: CLIENT_ID,
    senderUserId: sender.userId,
    senderDevice: { deviceId: device.deviceId, secrets: device.secrets },
    recipients: recipientsOf(...recipients),
    content,
  });
  return { envelope, sender, device };
}

function read(
  sent: Sent,
  reader: TestDevice,
  overrides: Partial<{
    conversationId: string;
    clientId: string;
    senderUserId: string;
    senderSigningKey: string;
    envelope: unknown;
  }> = {},
): Promise<DecryptResult> {
  return decryptMessage({
    envelope: sent.envelope,
    conversationId: CONVERSATION,
    clientId: CLIENT_ID,
    senderUserId: sent.sender.userId,
    senderSigningKey: sent.device.published.signingKey,
    myDevice: { deviceId: reader.deviceId, secrets: reader.secrets },
    ...overrides,
  });
}

async function expectFailure(pending: Promise<DecryptResult>, reason: string) {
  const result = await pending;
  expect(result).toEqual({ ok: false, reason });
  expect(result).not.toHaveProperty('content');
}

/** Flips one bit of a base64url field's bytes and re-encodes it canonically. */
function flip(b64: string, index = 0): string {
  const bytes = fromBase64Url(b64)!;
  bytes[index] ^= 0x01;
  return toBase64Url(bytes);
}

const BACKENDS: CryptoBackend[] = ['noble', 'webcrypto'];

/** Runs `work` with `backend` chosen, then goes back to `auto`. */
async function onBackend<T>(backend: CryptoBackend, work: () => Promise<T>): Promise<T> {
  setCryptoBackend(backend);
  try {
    return await work();
  } finally {
    setCryptoBackend('auto');
  }
}

/** Envelopes the describe blocks below share, sealed on each backend before the tests are collected. */
async function makeFixtures() {
  const failures = await (async () => {
    const alice = makeUser('alice', 2);
    const bob = makeUser('bob', 2);
    const sent = await send(alice, [alice, bob]);
    return { alice, bob, sent, bobDevice: bob.devices[0]! };
  })();
  const backup = await (async () => {
    const alice = makeUser('alice');
    const bob = makeUser('bob');
    const sent = await send(alice, [alice, bob]);
    const context = {
      conversationId: CONVERSATION,
      clientId: CLIENT_ID,
      senderUserId: 'alice',
      senderSigningKey: alice.devices[0]!.published.signingKey,
    };
    const first = await read(sent, bob.devices[0]!);
    if (!first.ok) throw new Error('setup failed');
    return { alice, bob, sent, context, backedUp: exportMessageKey(first.messageKey) };
  })();
  return { failures, backup };
}

const fixtures = new Map<CryptoBackend, Awaited<ReturnType<typeof makeFixtures>>>();
for (const backend of BACKENDS) fixtures.set(backend, await onBackend(backend, makeFixtures));

describe.each(BACKENDS)('on the %s backend', (backend) => {
  beforeAll(() => setCryptoBackend(backend));
  afterAll(() => setCryptoBackend('auto'));

  describe('encryptMessage / decryptMessage round trip', () => {
    it.each([
      [1, 1],
      [2, 2],
      [50, 3],
    ])(
      '%i recipient user(s) with up to %i devices each: every device reads it',
      async (userCount, maxDevices) => {
        const sender = makeUser('alice', 2);
        const users = Array.from({ length: userCount }, (_, i) =>
          makeUser(`user-${i}`, 1 + (i % maxDevices)),
        );
        const sent = await send(sender, [sender, ...users]);
        const expectedKeys = sender.devices.length + users.reduce((n, u) => n + u.devices.length, 0);
        expect(sent.envelope.keys).toHaveLength(expectedKeys);

        const messageKeys = new Set<string>();
        for (const device of [...sender.devices, ...users.flatMap((u) => u.devices)]) {
          const result = await read(sent, device);
          expect(result.ok).toBe(true);
          if (result.ok) {
            expect(result.content).toEqual(CONTENT);
            messageKeys.add(exportMessageKey(result.messageKey));
          }
        }
        expect(messageKeys.size).toBe(1); // one message key, wrapped for everyone
      },
    );

    it('the sender’s other device reads what the first device sent', async () => {
      const alice = makeUser('alice', 2);
      const bob = makeUser('bob');
      const sent = await send(alice, [alice, bob]);
      const other = await read(sent, alice.devices[1]!);
      expect(other.ok && other.content).toEqual(CONTENT);
    });

    it('carries attachments’ references', async () => {
      const alice = makeUser('alice');
      const content: E2eContent = {
        text: 'report',
        files: [
          {
            id: 'f1',
            name: 'report.pdf',
            type: 'application/pdf',
            size: 1234,
            key: 'k',
            n: 'n',
            sha256: 's',
          },
        ],
      };
      const result = await read(await send(alice, [alice], content), alice.devices[0]!);
      expect(result.ok && result.content).toEqual(content);
    });

    it('encrypts only the contract’s fields of the content', async () => {
      const alice = makeUser('alice');
      const extra = { text: 'hi', draftNotes: 'do not send' } as E2eContent;
      const result = await read(await send(alice, [alice], extra), alice.devices[0]!);
      expect(result.ok && result.content).toEqual({ text: 'hi' });
    });

    it('produces the contract’s shape: sizes of every field, keys sorted by device id, no plaintext', async () => {
      const alice = makeUser('alice', 3);
      const { envelope } = await send(alice, [alice]);
      expect(envelope.v).toBe(1);
      expect(envelope.sd).toBe(alice.devices[0]!.deviceId);
      expect(fromBase64Url(envelope.epk)).toHaveLength(32);
      expect(fromBase64Url(envelope.n)).toHaveLength(24);
      expect(fromBase64Url(envelope.sig)).toHaveLength(64);
      for (const key of envelope.keys) {
        expect(fromBase64Url(key.n)).toHaveLength(24);
        expect(fromBase64Url(key.k)).toHaveLength(48);
      }
      const ids = envelope.keys.map((k) => k.d);
      expect(ids).toEqual([...ids].sort());
      expect(JSON.stringify(envelope)).not.toContain('pistols');
    });

    it('uses a fresh message key, ephemeral key and nonce for every message', async () => {
      const alice = makeUser('alice');
      const a = (await send(alice, [alice])).envelope;
      const b = (await send(alice, [alice])).envelope;
      expect(a.epk).not.toBe(b.epk);
      expect(a.n).not.toBe(b.n);
      expect(a.ct).not.toBe(b.ct);
    });

    it('does not depend on the order of the wrapped keys', async () => {
      const alice = makeUser('alice', 3);
      const sent = await send(alice, [alice]);
      const reversed = { ...sent.envelope, keys: [...sent.envelope.keys].reverse() };
      expect((await read(sent, alice.devices[1]!, { envelope: reversed })).ok).toBe(true);
    });
  });

  describe('decryptMessage failure reasons', () => {
    const { alice, bob, sent, bobDevice } = fixtures.get(backend)!.failures;

    it('tampered ciphertext → tampered', async () => {
      const envelope = { ...sent.envelope, ct: flip(sent.envelope.ct, 5) };
      await expectFailure(read(sent, bobDevice, { envelope }), 'tampered');
    });

    it('tampered wrapped key of this device → tampered', async () => {
      const keys = sent.envelope.keys.map((k) =>
        k.d === bobDevice.deviceId ? { ...k, k: flip(k.k, 3) } : k,
      );
      await expectFailure(read(sent, bobDevice, { envelope: { ...sent.envelope, keys } }), 'tampered');
    });

    it('tampered wrapped key of another device → bad-signature (this device’s key and the content are intact)', async () => {
      const keys = sent.envelope.keys.map((k) =>
        k.d === alice.devices[1]!.deviceId ? { ...k, k: flip(k.k) } : k,
      );
      await expectFailure(read(sent, bobDevice, { envelope: { ...sent.envelope, keys } }), 'bad-signature');
    });

    it('wrapped key removed for this device by the server → bad-signature, not "encrypted before"', async () => {
      const keys = sent.envelope.keys.filter((k) => k.d !== bobDevice.deviceId);
      await expectFailure(read(sent, bobDevice, { envelope: { ...sent.envelope, keys } }), 'bad-signature');
    });

    it('signature made by another device (of the same user) → bad-signature', async () => {
      const other = alice.devices[1]!;
      const resigned = await send(alice, [alice, bob], CONTENT, other);
      // Presented as sent by device 0: its key does not verify device 1's signature.
      await expectFailure(read(sent, bobDevice, { envelope: resigned.envelope }), 'bad-signature');
    });

    it('signature replaced by another key’s signature → bad-signature', async () => {
      const mallory = makeDevice('mallory');
      const sig = toBase64Url(ed25519.sign(new Uint8Array([1, 2, 3]), mallory.keys.signing.secretKey));
      await expectFailure(read(sent, bobDevice, { envelope: { ...sent.envelope, sig } }), 'bad-signature');
      await expectFailure(
        read(sent, bobDevice, { envelope: { ...sent.envelope, sig: flip(sent.envelope.sig, 40) } }),
        'bad-signature',
      );
    });

    it('wrong or unknown sender key → bad-signature', async () => {
      await expectFailure(
        read(sent, bobDevice, { senderSigningKey: bobDevice.published.signingKey }),
        'bad-signature',
      );
      await expectFailure(read(sent, bobDevice, { senderSigningKey: 'not-a-key' }), 'bad-signature');
      await expectFailure(
        read(sent, bobDevice, { senderSigningKey: toBase64Url(new Uint8Array(32)) }),
        'bad-signature',
      );
    });

    it.each([
      ['another conversation', { conversationId: 'conv-other' }],
      ['another clientId', { clientId: 'client-0002' }],
      ['another sender', { senderUserId: 'bob' }],
    ])('the same envelope presented in %s → replayed', async (_name, context) => {
      await expectFailure(read(sent, bobDevice, context), 'replayed');
    });

    it('a device added after the message → not-for-this-device', async () => {
      const newDevice = makeDevice('bob');
      await expectFailure(read(sent, newDevice), 'not-for-this-device');
    });

    it('a removed device cannot read messages sent after its removal', async () => {
      const [kept, removed] = bob.devices as [TestDevice, TestDevice];
      const after = await send(alice, [alice, { userId: 'bob', devices: [kept] }]);
      expect((await read(after, kept)).ok).toBe(true);
      await expectFailure(read(after, removed), 'not-for-this-device');
    });

    it('a device id that lies about its key (another device’s secret) → tampered', async () => {
      const impostor = { ...bob.devices[1]!, deviceId: bobDevice.deviceId };
      await expectFailure(read(sent, impostor), 'tampered');
    });

    it('a changed sending device id (sd) → tampered: the content is bound to it', async () => {
      await expectFailure(
        read(sent, bobDevice, { envelope: { ...sent.envelope, sd: alice.devices[1]!.deviceId } }),
        'tampered',
      );
    });

    it.each([
      ['null', null],
      ['a string', 'envelope'],
      ['an array', []],
      ['an empty object', {}],
      ['another version', { ...sent.envelope, v: 2 }],
      ['no keys', { ...sent.envelope, keys: [] }],
      ['a short epk', { ...sent.envelope, epk: toBase64Url(new Uint8Array(31)) }],
      ['a short nonce', { ...sent.envelope, n: toBase64Url(new Uint8Array(12)) }],
      ['a ciphertext shorter than a tag', { ...sent.envelope, ct: toBase64Url(new Uint8Array(15)) }],
      ['a padded field', { ...sent.envelope, sig: `${sent.envelope.sig}==` }],
      ['a duplicate device id', { ...sent.envelope, keys: [...sent.envelope.keys, sent.envelope.keys[0]] }],
      [
        'a wrapped key of the wrong size',
        { ...sent.envelope, keys: [{ ...sent.envelope.keys[0]!, k: 'AAAA' }] },
      ],
      ['a non-object key entry', { ...sent.envelope, keys: [null] }],
      [
        '501 keys',
        {
          ...sent.envelope,
          keys: Array.from({ length: 501 }, (_, i) => ({ ...sent.envelope.keys[0]!, d: `d${i}` })),
        },
      ],
    ])('%s → malformed', async (_name, envelope) => {
      await expectFailure(read(sent, bobDevice, { envelope }), 'malformed');
    });

    it('an empty context → malformed', async () => {
      await expectFailure(read(sent, bobDevice, { conversationId: '' }), 'malformed');
    });

    it('never throws and never opens on any single-character change of any field', async () => {
      const fields = ['epk', 'n', 'ct', 'sig'] as const;
      for (const field of fields) {
        const value = sent.envelope[field];
        for (let i = 0; i < value.length; i += 3) {
          const ch = value[i] === 'A' ? 'B' : 'A';
          const envelope = { ...sent.envelope, [field]: value.slice(0, i) + ch + value.slice(i + 1) };
          const result = await read(sent, bobDevice, { envelope });
          expect(result.ok).toBe(false);
        }
      }
    });
  });

  describe('decryptWithMessageKey (history on a device restored from a key backup)', () => {
    const { sent, context, backedUp, bob } = fixtures.get(backend)!.backup;

    it('opens an old message with the backed-up key, on a device that was not a recipient', async () => {
      const newDevice = makeDevice('bob');
      await expectFailure(read(sent, newDevice), 'not-for-this-device');
      const restored = importMessageKey(backedUp)!;
      const result = await decryptWithMessageKey(sent.envelope, restored, context);
      expect(result.ok && result.content).toEqual(CONTENT);
    });

    it('still verifies the signature and the context', async () => {
      const key = importMessageKey(backedUp)!;
      await expectFailure(
        decryptWithMessageKey(sent.envelope, key, {
          ...context,
          senderSigningKey: bob.devices[0]!.published.signingKey,
        }),
        'bad-signature',
      );
      await expectFailure(
        decryptWithMessageKey(sent.envelope, key, { ...context, conversationId: 'elsewhere' }),
        'replayed',
      );
      await expectFailure(
        decryptWithMessageKey({ ...sent.envelope, ct: flip(sent.envelope.ct) }, key, context),
        'tampered',
      );
    });

    it('a wrong message key → tampered; a key of the wrong size → malformed', async () => {
      await expectFailure(decryptWithMessageKey(sent.envelope, new Uint8Array(32), context), 'tampered');
      await expectFailure(decryptWithMessageKey(sent.envelope, new Uint8Array(16), context), 'malformed');
      expect(importMessageKey('short')).toBeNull();
    });
  });

  describe('encryptMessage input checks', () => {
    const alice = makeUser('alice');
    const base = {
      conversationId: CONVERSATION,
      clientId: CLIENT_ID,
      senderUserId: 'alice',
      senderDevice: { deviceId: alice.devices[0]!.deviceId, secrets: alice.devices[0]!.secrets },
      recipients: recipientsOf(alice),
      content: CONTENT,
    };

    it('refuses no recipients, duplicates, bad keys, low-order keys, too many recipients, empty ids', async () => {
      const r = recipientsOf(alice)[0]!;
      await expect(encryptMessage({ ...base, recipients: [] })).rejects.toThrow(E2eInputError);
      await expect(encryptMessage({ ...base, recipients: [r, r] })).rejects.toThrow(E2eInputError);
      await expect(encryptMessage({ ...base, recipients: [{ ...r, encryptionKey: 'xx' }] })).rejects.toThrow(
        E2eInputError,
      );
      const lowOrder = toBase64Url(new Uint8Array(32));
      await expect(
        encryptMessage({ ...base, recipients: [{ ...r, encryptionKey: lowOrder }] }),
      ).rejects.toThrow(E2eInputError);
      const many = Array.from({ length: 501 }, (_, i) => ({ ...r, deviceId: `d${i}` }));
      await expect(encryptMessage({ ...base, recipients: many })).rejects.toThrow(E2eInputError);
      await expect(encryptMessage({ ...base, clientId: '' })).rejects.toThrow(E2eInputError);
      await expect(
        encryptMessage({ ...base, content: { text: 3 } as unknown as E2eContent }),
      ).rejects.toThrow(E2eInputError);
    });
  });
});
