/**
 * An envelope built by hand from the scheme as documented (index.ts, docs/security.md ("End-to-end encryption")), with the
 * primitives alone: if the code and the documentation drift apart, this fails. Another
 * implementation (a bench client, a future native app) can follow the same steps.
 */
import type { E2eEnvelope } from '@cop/contracts';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { ed25519, x25519 } from '@noble/curves/ed25519.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { randomBytes } from '@noble/hashes/utils.js';
import { setCryptoBackend } from './curves.js';
import { makeUser } from './devices.factory.js';
import { decryptMessage } from './envelope.js';

const enc = new TextEncoder();
const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64url');
const u32 = (n: number) => Uint8Array.of(n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255);
const cat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
/** lp(…): every field as a 4-byte big-endian length and its bytes. */
const lp = (...fields: (string | Uint8Array)[]) =>
  cat(...fields.map((f) => (typeof f === 'string' ? enc.encode(f) : f)).flatMap((f) => [u32(f.length), f]));

async function sealByHand(plaintext: Uint8Array) {
  const alice = makeUser('alice');
  const bob = makeUser('bob');
  const sender = alice.devices[0]!;
  const reader = bob.devices[0]!;
  const ctx = { conversationId: 'c1', clientId: 'm1', senderUserId: 'alice' };
  const v = Uint8Array.of(1);

  const mk = randomBytes(32);
  const where = sha256(lp('cop-e2e-v1 context', ctx.conversationId, ctx.clientId, ctx.senderUserId)).slice(
    0,
    16,
  );
  const n = randomBytes(24);
  const aad = lp(
    'cop-e2e-v1 content',
    v,
    ctx.conversationId,
    ctx.clientId,
    ctx.senderUserId,
    sender.deviceId,
  );
  const ct = xchacha20poly1305(mk, n, aad).encrypt(plaintext);

  const eph = x25519.keygen();
  const P = reader.keys.encryption.publicKey;
  const wk = hkdf(
    sha256,
    x25519.getSharedSecret(eph.secretKey, P),
    cat(eph.publicKey, P),
    enc.encode(`cop-e2e-v1 wrap${reader.deviceId}`),
    32,
  );
  const wn = randomBytes(24);
  const k = xchacha20poly1305(wk, wn, lp('cop-e2e-v1 wrap', v, reader.deviceId, eph.publicKey)).encrypt(mk);

  const signed = lp(
    'cop-e2e-v1 sig',
    v,
    sender.deviceId,
    where,
    eph.publicKey,
    n,
    ct,
    u32(1),
    reader.deviceId,
    wn,
    k,
  );
  const envelope: E2eEnvelope = {
    v: 1,
    sd: sender.deviceId,
    ctx: b64(where),
    epk: b64(eph.publicKey),
    n: b64(n),
    ct: b64(ct),
    keys: [{ d: reader.deviceId, n: b64(wn), k: b64(k) }],
    sig: b64(ed25519.sign(signed, sender.keys.signing.secretKey)),
  };
  return await decryptMessage({
    envelope,
    ...ctx,
    senderSigningKey: sender.published.signingKey,
    myDevice: { deviceId: reader.deviceId, secrets: reader.secrets },
  });
}

describe.each(['noble', 'webcrypto'] as const)(
  'the documented scheme, opened on the %s backend',
  (backend) => {
    beforeAll(() => setCryptoBackend(backend));
    afterAll(() => setCryptoBackend('auto'));

    it('an envelope sealed by hand following the documentation opens', async () => {
      const result = await sealByHand(enc.encode(JSON.stringify({ text: 'by hand' })));
      expect(result.ok && result.content).toEqual({ text: 'by hand' });
    });

    it.each([
      ['not JSON', 'text'],
      ['JSON but not E2eContent', '{"body":"x"}'],
      ['a wrong file reference', '{"text":"x","files":[{"id":1}]}'],
    ])('authentic content that is %s → malformed', async (_name, plaintext) => {
      expect(await sealByHand(enc.encode(plaintext))).toEqual({ ok: false, reason: 'malformed' });
    });

    it('authentic content that is not UTF-8 → malformed', async () => {
      expect(await sealByHand(Uint8Array.of(0xff, 0xfe))).toEqual({ ok: false, reason: 'malformed' });
    });
  },
);
