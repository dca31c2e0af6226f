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
    const aliceSecret = hex('77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a');
    const bobSecret = hex('5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb');
    const alicePub = hex('8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a');
    const bobPub = hex('de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f');
    const k = '4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742';
    const seed = new Uint8Array(32).fill(1);
    expect(bytesToHex(await rawDevice(aliceSecret, seed).agree(bobPub))).toBe(k);
    expect(bytesToHex(await rawDevice(bobSecret, seed).agree(alicePub))).toBe(k);
  });

  it.each([
    {
      name: 'TEST 1',
      secret: '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60',
      public: 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a',
      message: '',
      signature:
        'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
    },
    {
      name: 'TEST 2',
      secret: '4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb',
      public: '3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c',
      message: '72',
      signature:
        '92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00',
    },
    {
      name: 'TEST 3',
      secret: 'c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7',
      public: 'fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025',
      message: 'af82',
      signature:
        '6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a',
    },
  ])('RFC 8032 §7.1 Ed25519 $name: signature and strict verification', async (t) => {
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
