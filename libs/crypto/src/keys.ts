/**
 * A device's long-term keys: an X25519 pair (message keys are wrapped to its public half) and an
 * Ed25519 pair (the device signs what it sends). Generated in the browser; the secret halves never
 * leave the device except inside an encrypted key backup.
 */
import type { B64 } from '@cop/contracts';
import { ed25519, x25519 } from '@noble/curves/ed25519.js';
import { equalBytes, fromBase64Url, toBase64Url } from './bytes.js';

export const KEY_BYTES = 32;

export interface KeyPair {
  secretKey: Uint8Array;
  publicKey: Uint8Array;
}

export interface DeviceKeyPairs {
  /** X25519. */
  encryption: KeyPair;
  /** Ed25519 (the secret key is the 32-byte RFC 8032 seed). */
  signing: KeyPair;
}

/** The JSON-safe form of a device's key pairs (for IndexedDB and the key backup). */
export interface SerializedDeviceKeys {
  v: 1;
  encryption: { secretKey: B64; publicKey: B64 };
  signing: { secretKey: B64; publicKey: B64 };
}

/** The public halves as the api registers them (`DeviceKeys.encryptionKey` / `signingKey`). */
export interface PublicDeviceKeys {
  encryptionKey: B64;
  signingKey: B64;
}

export function generateDeviceKeys(): DeviceKeyPairs {
  return { encryption: x25519.keygen(), signing: ed25519.keygen() };
}

/** The public keys to register, from key pairs or from a device's secrets (`DeviceSecrets`). */
export function publicDeviceKeys(
  keys: DeviceKeyPairs | { encryptionKey: Uint8Array; signingKey: Uint8Array },
): PublicDeviceKeys {
  const [encryption, signing] =
    'encryption' in keys
      ? [keys.encryption.publicKey, keys.signing.publicKey]
      : [keys.encryptionKey, keys.signingKey];
  return { encryptionKey: toBase64Url(encryption), signingKey: toBase64Url(signing) };
}

export function serializeDeviceKeys(keys: DeviceKeyPairs): SerializedDeviceKeys {
  return {
    v: 1,
    encryption: {
      secretKey: toBase64Url(keys.encryption.secretKey),
      publicKey: toBase64Url(keys.encryption.publicKey),
    },
    signing: {
      secretKey: toBase64Url(keys.signing.secretKey),
      publicKey: toBase64Url(keys.signing.publicKey),
    },
  };
}

/**
 * Reads serialized keys back; null when the shape is wrong, a key is not 32 bytes, or a public key
 * does not belong to its secret key (a corrupted or tampered store is refused, not half-used).
 */
export function deserializeDeviceKeys(value: unknown): DeviceKeyPairs | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Partial<SerializedDeviceKeys>;
  if (v.v !== 1 || typeof v.encryption !== 'object' || typeof v.signing !== 'object') return null;
  if (v.encryption === null || v.signing === null) return null;
  const encSecret = fromBase64Url(v.encryption.secretKey, KEY_BYTES);
  const encPublic = fromBase64Url(v.encryption.publicKey, KEY_BYTES);
  const sigSecret = fromBase64Url(v.signing.secretKey, KEY_BYTES);
  const sigPublic = fromBase64Url(v.signing.publicKey, KEY_BYTES);
  if (!encSecret || !encPublic || !sigSecret || !sigPublic) return null;
  try {
    if (!equalBytes(x25519.getPublicKey(encSecret), encPublic)) return null;
    if (!equalBytes(ed25519.getPublicKey(sigSecret), sigPublic)) return null;
  } catch {
    return null;
  }
  return {
    encryption: { secretKey: encSecret, publicKey: encPublic },
    signing: { secretKey: sigSecret, publicKey: sigPublic },
  };
}
