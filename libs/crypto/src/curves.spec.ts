/**
 * The two backends of X25519 and Ed25519 (WebCrypto, noble): known answers on each, the same bytes
 * from both, envelopes sealed on one and opened on the other, strict Ed25519 verification on both,
 * and devices whose private keys are non-extractable WebCrypto keys.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { ed25519, x25519 } from '@noble/curves/ed25519.js';
import { bytesToHex, hexToBytes, randomBytes } from '@noble/hashes/utils.js';
import { toBase64Url } from './bytes.js';
import {
  cryptoBackend,
  ephemeralX25519,
  setCryptoBackend,
  subtle,
  verifyEd25519,
  webCryptoSupports,
  type CryptoBackend,
} from './curves.js';
import { deviceFromCryptoKeys, deviceFromKeyPairs, generateWebCryptoDevice } from './device.js';
import { makeUser, makeWebCryptoDevice, recipientsOf, type TestDevice } from './devices.factory.js';
import { decryptMessage, encryptMessage } from './envelope.js';
import { E2eInputError } from './errors.js';
import { RFC7748_DH, RFC8032_ED25519 } from './rfc-vectors.factory.js';

const BACKENDS = ['noble', 'webcrypto'] as const;
const hex = (s: string) => hexToBytes(s);

afterEach(() => setCryptoBackend('auto'));

/** A device from raw secret keys (public keys computed with noble). */
function rawDevice(x25519Secret: Uint8Array, ed25519Secret: Uint8Array) {
  return deviceFromKeyPairs({
    encryption: { secretKey: x25519Secret, publicKey: x25519.getPublicKey(x25519Secret) },
    signing: { secretKey: ed25519Secret, publicKey: ed25519.getPublicKey(ed25519Secret) },
  });
}

describe('backend choice', () => {
  it('auto uses WebCrypto for both curves on Node 20+, and a forced choice is reported', async () => {
    expect(await webCryptoSupports('X25519')).toBe(true);
    expect(await webCryptoSupports('Ed25519')).toBe(true);
    expect(await cryptoBackend()).toEqual({ X25519: 'webcrypto', Ed25519: 'webcrypto' });
    setCryptoBackend('noble');
    expect(await cryptoBackend()).toEqual({ X25519: 'noble', Ed25519: 'noble' });
    expect(() => setCryptoBackend('openssl' as CryptoBackend)).toThrow(E2eInputError);
  });
});

describe.each(BACKENDS)('known answers on the %s backend', (backend) => {
  it('RFC 7748 §6.1 X25519 Diffie-Hellman, both ways', async () => {
    setCryptoBackend(backend);
    const aliceSecret = hex(RFC7748_DH.aliceSecret);
    const bobSecret = hex(RFC7748_DH.bobSecret);
    const alicePub = hex(RFC7748_DH.alicePublic);
    const bobPub = hex(RFC7748_DH.bobPublic);
    const k = RFC7748_DH.shared;
    const seed = new Uint8Array(32).fill(1);
    expect(bytesToHex(await rawDevice(aliceSecret, seed).agree(bobPub))).toBe(k);
    expect(bytesToHex(await rawDevice(bobSecret, seed).agree(alicePub))).toBe(k);
  });

  it.each(RFC8032_ED25519)('RFC 8032 §7.1 Ed25519 $name: signature and strict verification', async (t) => {
    setCryptoBackend(backend);
    const device = rawDevice(new Uint8Array(32).fill(9), hex(t.secret));
    expect(bytesToHex(device.signingKey)).toBe(t.public);
    expect(bytesToHex(await device.sign(hex(t.message)))).toBe(t.signature);
    expect(await verifyEd25519(hex(t.signature), hex(t.message), hex(t.public))).toBe(true);
    const altered = hex(t.signature);
    altered[0] ^= 1;
    expect(await verifyEd25519(altered, hex(t.message), hex(t.public))).toBe(false);
    expect(await verifyEd25519(hex(t.signature), hex(`${t.message}00`), hex(t.public))).toBe(false);
  });

  it('refuses low-order X25519 points (all-zero secret) instead of returning zeros', async () => {
    setCryptoBackend(backend);
    const device = rawDevice(randomBytes(32), randomBytes(32));
    await expect(device.agree(new Uint8Array(32))).rejects.toThrow();
    const ephemeral = await ephemeralX25519();
    await expect(ephemeral.agree(new Uint8Array(32))).rejects.toThrow();
    // u = 1 is of order 4 as well.
    await expect(ephemeral.agree(Uint8Array.of(1, ...new Uint8Array(31)))).rejects.toThrow();
  });

  it('Ed25519 verification is RFC 8032 strict: small-order and non-canonical keys are refused', async () => {
    setCryptoBackend(backend);
    const message = Uint8Array.of(1, 2, 3);
    // The all-zero key (a point of order 4) with the all-zero signature satisfies the cofactorless
    // equation; OpenSSL's (Node's) WebCrypto accepts it, noble's strict mode and this library do not.
    expect(await verifyEd25519(new Uint8Array(64), message, new Uint8Array(32))).toBe(false);
    // The identity point, encoded canonically (y = 1) and non-canonically (y = p + 1).
    const identity = Uint8Array.of(1, ...new Uint8Array(31));
    expect(await verifyEd25519(Uint8Array.of(1, ...new Uint8Array(63)), message, identity)).toBe(false);
    const nonCanonical = hex('eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f');
    expect(await verifyEd25519(Uint8Array.of(1, ...new Uint8Array(63)), message, nonCanonical)).toBe(false);
    // A signature whose S is not reduced (S + L) is refused.
    const seed = randomBytes(32);
    const sig = ed25519.sign(message, seed);
    const L = 2n ** 252n + 27742317777372353535851937790883648493n;
    let s = 0n;
    for (let i = 31; i >= 0; i--) s = (s << 8n) | BigInt(sig[32 + i]!);
    const unreduced = Uint8Array.from(sig);
    let sl = s + L;
    for (let i = 0; i < 32; i++, sl >>= 8n) unreduced[32 + i] = Number(sl & 255n);
    expect(await verifyEd25519(sig, message, ed25519.getPublicKey(seed))).toBe(true);
    expect(await verifyEd25519(unreduced, message, ed25519.getPublicKey(seed))).toBe(false);
  });
});

describe('the same bytes from both backends', () => {
  it('X25519 shared secrets and Ed25519 signatures are identical', async () => {
    for (let i = 0; i < 5; i++) {
      const device = rawDevice(randomBytes(32), randomBytes(32));
      const peer = x25519.getPublicKey(randomBytes(32));
      const message = randomBytes(100 + i);
      const out: Record<string, string[]> = {};
      for (const backend of BACKENDS) {
        setCryptoBackend(backend);
        out[backend] = [bytesToHex(await device.agree(peer)), bytesToHex(await device.sign(message))];
      }
      expect(out.webcrypto).toEqual(out.noble);
    }
  });

  it.each([
    ['noble', 'webcrypto'],
    ['webcrypto', 'noble'],
  ] as const)('sealed on %s, opened on %s by every device', async (sealOn, openOn) => {
    const alice = makeUser('alice', 2);
    const bob = makeUser('bob', 2);
    const context = { conversationId: 'conv-x', clientId: `m-${sealOn}`, senderUserId: 'alice' };
    setCryptoBackend(sealOn);
    const sender = alice.devices[0]!;
    const envelope = await encryptMessage({
      ...context,
      senderDevice: { deviceId: sender.deviceId, secrets: sender.secrets },
      recipients: recipientsOf(alice, bob),
      content: { text: `from ${sealOn}` },
    });
    setCryptoBackend(openOn);
    for (const reader of [...alice.devices, ...bob.devices]) {
      const result = await decryptMessage({
        envelope,
        ...context,
        senderSigningKey: sender.published.signingKey,
        myDevice: { deviceId: reader.deviceId, secrets: reader.secrets },
      });
      expect(result.ok && result.content).toEqual({ text: `from ${sealOn}` });
    }
    const forged = {
      ...envelope,
      ct: envelope.ct.startsWith('A') ? `B${envelope.ct.slice(1)}` : `A${envelope.ct.slice(1)}`,
    };
    const refused = await decryptMessage({
      envelope: forged,
      ...context,
      senderSigningKey: sender.published.signingKey,
      myDevice: { deviceId: bob.devices[0]!.deviceId, secrets: bob.devices[0]!.secrets },
    });
    expect(refused.ok).toBe(false);
  });
});

describe('devices with non-extractable WebCrypto keys', () => {
  it('have private keys no script can read, and raw 32-byte public keys', async () => {
    const device = await generateWebCryptoDevice();
    expect(device.encryptionKey).toHaveLength(32);
    expect(device.signingKey).toHaveLength(32);
    expect(device.cryptoKeys.encryption.privateKey.extractable).toBe(false);
    expect(device.cryptoKeys.signing.privateKey.extractable).toBe(false);
    await expect(subtle().exportKey('raw', device.cryptoKeys.encryption.privateKey)).rejects.toThrow();
    // Its signatures verify with noble: the public key is the one it signs with.
    const message = Uint8Array.of(4, 5, 6);
    expect(ed25519.verify(await device.sign(message), message, device.signingKey, { zip215: false })).toBe(
      true,
    );
  });

  it.each(BACKENDS)('send to and read from raw-key devices whatever the backend (%s)', async (backend) => {
    setCryptoBackend(backend);
    const browser: TestDevice = await makeWebCryptoDevice('carol');
    const carol = { userId: 'carol', devices: [browser] };
    const dave = makeUser('dave');
    const context = { conversationId: 'conv-w', clientId: `m-${backend}`, senderUserId: 'carol' };
    const envelope = await encryptMessage({
      ...context,
      senderDevice: { deviceId: browser.deviceId, secrets: browser.secrets },
      recipients: recipientsOf(carol, dave),
      content: { text: 'kept in IndexedDB' },
    });
    for (const reader of [browser, dave.devices[0]!]) {
      const result = await decryptMessage({
        envelope,
        ...context,
        senderSigningKey: browser.published.signingKey,
        myDevice: { deviceId: reader.deviceId, secrets: reader.secrets },
      });
      expect(result.ok && result.content).toEqual({ text: 'kept in IndexedDB' });
    }
    // And the other way: dave writes, the browser device reads.
    const back = await encryptMessage({
      ...context,
      senderUserId: 'dave',
      senderDevice: { deviceId: dave.devices[0]!.deviceId, secrets: dave.devices[0]!.secrets },
      recipients: recipientsOf(carol, dave),
      content: { text: 'reply' },
    });
    const read = await decryptMessage({
      envelope: back,
      ...context,
      senderUserId: 'dave',
      senderSigningKey: dave.devices[0]!.published.signingKey,
      myDevice: { deviceId: browser.deviceId, secrets: browser.secrets },
    });
    expect(read.ok && read.content).toEqual({ text: 'reply' });
  });

  it('deviceFromCryptoKeys accepts stored pairs and refuses the wrong kinds of key', async () => {
    const { cryptoKeys } = await generateWebCryptoDevice();
    const again = await deviceFromCryptoKeys(cryptoKeys);
    const original = await generateWebCryptoDevice();
    expect(again.encryptionKey).not.toEqual(original.encryptionKey);
    await expect(
      deviceFromCryptoKeys({ encryption: cryptoKeys.signing, signing: cryptoKeys.signing }),
    ).rejects.toThrow(E2eInputError);
    await expect(
      deviceFromCryptoKeys({
        encryption: cryptoKeys.encryption,
        signing: { publicKey: cryptoKeys.signing.publicKey, privateKey: cryptoKeys.signing.publicKey },
      }),
    ).rejects.toThrow(E2eInputError);
  });

  it('deviceFromKeyPairs refuses keys that are not 32 bytes', () => {
    const keys = { secretKey: new Uint8Array(31), publicKey: new Uint8Array(32) };
    expect(() => deviceFromKeyPairs({ encryption: keys, signing: keys })).toThrow(E2eInputError);
  });

  it('a published key of the WebCrypto device is what publicDeviceKeys gives', async () => {
    const device = await makeWebCryptoDevice('erin');
    expect(device.published.encryptionKey).toBe(toBase64Url(device.secrets.encryptionKey));
    expect(device.published.signingKey).toBe(toBase64Url(device.secrets.signingKey));
  });
});
