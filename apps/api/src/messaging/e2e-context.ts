import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * The `ctx` of an `e2e-v1` envelope (libs/contracts/src/e2e.ts): where it was sealed for. The first
 * 16 bytes of SHA-256 over lp("cop-e2e-v1 context", conversationId, clientId, senderUserId), where
 * lp(…) writes each field as a 4-byte big-endian length followed by its UTF-8 bytes — byte for byte
 * what the browser computes (libs/crypto `contextDigest`), which the api does not import.
 */
export const E2E_CONTEXT_BYTES = 16;
const CONTEXT_LABEL = 'cop-e2e-v1 context';

/** lp(…): each field as a 4-byte big-endian length and its UTF-8 bytes. */
function lengthPrefixed(fields: readonly string[]): Buffer {
  const parts: Buffer[] = [];
  for (const field of fields) {
    const bytes = Buffer.from(field, 'utf8');
    const length = Buffer.alloc(4);
    length.writeUInt32BE(bytes.length);
    parts.push(length, bytes);
  }
  return Buffer.concat(parts);
}

/** The 16-byte context digest of (conversation, clientId, sender), ids as the api stores them. */
export function e2eContextDigest(conversationId: string, clientId: string, senderUserId: string): Buffer {
  return createHash('sha256')
    .update(lengthPrefixed([CONTEXT_LABEL, conversationId, clientId, senderUserId]))
    .digest()
    .subarray(0, E2E_CONTEXT_BYTES);
}

/**
 * Whether an envelope's `ctx` (base64url, its shape already checked) names this conversation,
 * clientId and sender. Not a secret, but compared in constant time all the same.
 */
export function e2eContextMatches(
  ctx: string,
  conversationId: string,
  clientId: string,
  senderUserId: string,
): boolean {
  const given = Buffer.from(ctx, 'base64url');
  const expected = e2eContextDigest(conversationId, clientId, senderUserId);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
