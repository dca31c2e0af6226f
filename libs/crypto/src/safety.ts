/**
 * Safety numbers: two members compare 60 digits (in person, or over a channel they trust) to check
 * that the server gave each of them the other's real devices. Modelled on Signal's numeric
 * fingerprints: per user, 5200 iterations of SHA-512 over the user id and the user's device signing
 * keys, 30 digits per user; the two halves are ordered by user id, so both users see the same
 * number. Any added, removed or replaced device changes it.
 */
import type { B64 } from '@cop/contracts';
import { sha512 } from '@noble/hashes/sha2.js';
import { compareBytes, concat, encodeFields, fromBase64Url, utf8 } from './bytes.js';
import { E2eInputError } from './errors.js';
import { KEY_BYTES } from './keys.js';

export const SAFETY_ITERATIONS = 5200;
const LABEL = 'cop-e2e-v1 safety';

export interface SafetyParty {
  userId: string;
  /** Ed25519 signing keys of the user's current devices, in any order. */
  signingKeys: readonly B64[];
}

/**
 * The 60-digit safety number of two users, as 12 groups of 5 digits separated by spaces; the same
 * whichever user is passed first. Throws `E2eInputError` for a user without devices or a key that
 * is not a 32-byte base64url value.
 */
export function safetyNumber(a: SafetyParty, b: SafetyParty): string {
  const [first, second] = compareBytes(utf8(a.userId), utf8(b.userId)) <= 0 ? [a, b] : [b, a];
  const digits = fingerprintDigits(first) + fingerprintDigits(second);
  return digits.match(/\d{5}/g)!.join(' ');
}

/** 30 digits for one user. */
function fingerprintDigits(party: SafetyParty): string {
  if (typeof party.userId !== 'string' || party.userId.length === 0)
    throw new E2eInputError('userId is required');
  if (!Array.isArray(party.signingKeys) || party.signingKeys.length === 0) {
    throw new E2eInputError(`user ${party.userId} has no device keys`);
  }
  const keys = party.signingKeys.map((k) => {
    const bytes = fromBase64Url(k, KEY_BYTES);
    if (!bytes) throw new E2eInputError(`user ${party.userId} has an invalid signing key`);
    return bytes;
  });
  keys.sort(compareBytes);
  const keyBytes = concat(...keys);
  let hash = encodeFields([LABEL, party.userId, keyBytes]);
  for (let i = 0; i < SAFETY_ITERATIONS; i++) hash = sha512(concat(hash, keyBytes));
  let out = '';
  for (let chunk = 0; chunk < 6; chunk++) {
    let value = 0;
    // 5 bytes as a 40-bit big-endian integer (exact in a double), reduced mod 100000.
    for (let i = 0; i < 5; i++) value = value * 256 + hash[chunk * 5 + i];
    out += String(value % 100000).padStart(5, '0');
  }
  return out;
}
