/**
 * Safety numbers between the signed-in member and another member, and the member's "verified"
 * mark. The mark is kept in localStorage per (me, other member) together with the number it was
 * given for: when either member's devices change, so does the number, and the mark no longer
 * applies (`changed` says a verified number has changed, until the member verifies the new one).
 */
import type { Client } from 'urql';
import { E2eInputError, safetyNumber } from '@cop/crypto';
import { DeviceKeysQuery } from '../graphql/devices';
import { DeviceRequestError } from './device';

const STORAGE_PREFIX = 'cop.e2e.verified';
/** Fired on `window` when this tab changes a mark (the `storage` event covers other tabs). */
export const VERIFICATION_EVENT = 'cop:e2e-verification';

export function verificationStorageKey(me: string, other: string): string {
  return `${STORAGE_PREFIX}:${me}:${other}`;
}

/** The safety number the member marked as verified with this other member, if any. */
export function verifiedNumber(me: string, other: string): string | null {
  try {
    return window.localStorage.getItem(verificationStorageKey(me, other));
  } catch {
    return null;
  }
}

/** Marks `number` as verified with `other`, or removes the mark. */
export function setVerified(me: string, other: string, number: string, verified: boolean): void {
  const key = verificationStorageKey(me, other);
  try {
    if (verified) window.localStorage.setItem(key, number);
    else window.localStorage.removeItem(key);
  } catch {
    // Storage refused (private mode, policy): the mark lasts for nothing, the number still shows.
  }
  window.dispatchEvent(new CustomEvent(VERIFICATION_EVENT, { detail: { me, other } }));
}

export interface VerificationState {
  /** The marked number is the current one. */
  verified: boolean;
  /** A number was marked as verified, and the current one differs. */
  changed: boolean;
}

export function verificationOf(me: string, other: string, number: string | null): VerificationState {
  const marked = verifiedNumber(me, other);
  if (!number) return { verified: false, changed: false };
  return { verified: marked === number, changed: marked !== null && marked !== number };
}

/** "12345 67890 …" (12 groups of 5 digits) → the 12 groups. */
export function safetyGroups(number: string): string[] {
  return number.split(' ').filter(Boolean);
}

/**
 * The safety number of two members from the server's published device keys; null when one of them
 * has no device yet (nothing to compare).
 */
export async function fetchSafetyNumber(client: Client, me: string, other: string): Promise<string | null> {
  const result = await client
    .query(DeviceKeysQuery, { userIds: [me, other] }, { requestPolicy: 'network-only' })
    .toPromise();
  if (!result.data) throw new DeviceRequestError('deviceKeys', result.error);
  return safetyNumberOf(result.data.deviceKeys, me, other);
}

/** The safety number from a `deviceKeys` answer; null when one member has no device. */
export function safetyNumberOf(
  keys: ReadonlyArray<{ userId: string; signingKey: string }>,
  me: string,
  other: string,
): string | null {
  const signingKeys = (userId: string) => keys.filter((k) => k.userId === userId).map((k) => k.signingKey);
  const mine = signingKeys(me);
  const theirs = signingKeys(other);
  if (mine.length === 0 || theirs.length === 0) return null;
  try {
    return safetyNumber({ userId: me, signingKeys: mine }, { userId: other, signingKeys: theirs });
  } catch (error) {
    // A key the server should never have published: no number rather than a wrong one.
    if (error instanceof E2eInputError) return null;
    throw error;
  }
}
