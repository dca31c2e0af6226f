import { createHash } from 'node:crypto';
import { E2E_CONTEXT_BYTES, e2eContextDigest, e2eContextMatches } from './e2e-context.js';

/**
 * `ctx` must match what the browser computes (libs/crypto `contextDigest`) byte for byte. The api
 * does not depend on @cop/crypto, so the expected values below were computed once by running
 * libs/crypto's `contextDigest` on the same inputs (and agree with Python's hashlib over the same
 * hand-built bytes); the first test also rebuilds lp(…) by hand, byte by byte.
 */
const conversationId = '3f2b8c1e-7a4d-4e2f-9b61-0c5d8e7f1a23';
const clientId = '9d7e6f5a-4b3c-4d2e-8f10-a1b2c3d4e5f6';
const senderUserId = '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d';
/** libs/crypto contextDigest(conversationId, clientId, senderUserId), hex. */
const FROM_LIBS_CRYPTO = '91a36f11ed7fa507addcd861f1de6a6b';

describe('e2e context digest', () => {
  it('is the first 16 bytes of SHA-256 over lp("cop-e2e-v1 context", conversation, clientId, sender)', () => {
    const field = (text: string) => {
      const bytes = [...Buffer.from(text, 'utf8')];
      const n = bytes.length;
      return [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff, ...bytes];
    };
    const lp = Uint8Array.from([
      ...field('cop-e2e-v1 context'),
      ...field(conversationId),
      ...field(clientId),
      ...field(senderUserId),
    ]);
    // 4 length bytes before each field: 18 + 36 + 36 + 36 bytes of text.
    expect(lp.length).toBe(4 * 4 + 18 + 36 * 3);
    expect([...lp.slice(0, 4)]).toEqual([0, 0, 0, 18]);
    const byHand = createHash('sha256').update(lp).digest('hex').slice(0, 32);

    const digest = e2eContextDigest(conversationId, clientId, senderUserId);
    expect(digest).toHaveLength(E2E_CONTEXT_BYTES);
    expect(digest.toString('hex')).toBe(byHand);
    expect(digest.toString('hex')).toBe(FROM_LIBS_CRYPTO);
    expect(digest.toString('base64url')).toBe('kaNvEe1_pQet3Nhh8d5qaw');
  });

  it('encodes fields as UTF-8 bytes with their byte length, as libs/crypto does', () => {
    // libs/crypto contextDigest('Ünïcødé-☃', 'c', 'u'), hex.
    expect(e2eContextDigest('Ünïcødé-☃', 'c', 'u').toString('hex')).toBe('a706c434c8d45bf0a9267a36fefd6edc');
    // Length prefixes keep field boundaries: moving a character across them changes the digest.
    expect(e2eContextDigest('ab', 'c', 'u').equals(e2eContextDigest('a', 'bc', 'u'))).toBe(false);
  });

  it('matches a ctx only for the same conversation, clientId and sender', () => {
    const ctx = e2eContextDigest(conversationId, clientId, senderUserId).toString('base64url');
    expect(e2eContextMatches(ctx, conversationId, clientId, senderUserId)).toBe(true);
    expect(e2eContextMatches(ctx, clientId, conversationId, senderUserId)).toBe(false);
    expect(e2eContextMatches(ctx, conversationId, clientId, conversationId)).toBe(false);
    expect(e2eContextMatches(ctx, conversationId.toUpperCase(), clientId, senderUserId)).toBe(false);
    expect(e2eContextMatches(ctx.slice(0, 20), conversationId, clientId, senderUserId)).toBe(false);
    expect(e2eContextMatches('', conversationId, clientId, senderUserId)).toBe(false);
  });
});
