/**
 * End-to-end encrypted messaging: what the browser (libs/crypto), the api and the benchmark agree
 * on. The server stores and relays these envelopes; it checks their shape and sizes and who the
 * sending device belongs to, never their content (it has no key that could open them).
 *
 * A message (scheme `e2e-v1`) is encrypted once with a fresh random message key (XChaCha20-Poly1305,
 * the associated data binding it to its conversation, its clientId and the sending device). The
 * message key is wrapped for every current device of every member, the sender's other devices
 * included (`ctx` names the conversation, clientId and sender it was sealed for): an ephemeral X25519 key per message, X25519 with each device's receiving key, HKDF-SHA-256
 * to a wrapping key, XChaCha20-Poly1305. The sending device signs the whole envelope (Ed25519).
 * See docs/security.md ("End-to-end encryption") for the scheme and its limits.
 */

/** The payload scheme of an end-to-end encrypted message. */
export const E2E_SCHEME = 'e2e-v1' as const;

export const E2E_LIMITS = {
  /** Registered (not removed) devices per member: a group of 100 then needs at most 500 keys. */
  devicesPerUserMax: 5,
  /** Characters of a device label ("Firefox on the office laptop"). */
  deviceLabelMax: 80,
  /** Wrapped keys in one envelope: 100 members × `devicesPerUserMax`. */
  recipientsMax: 500,
  /**
   * Bytes of the encrypted key backup as stored (base64url text), under the GraphQL body limit
   * (6 MB): about 40,000 message keys.
   */
  backupMaxBytes: 4 * 1024 * 1024,
  /** Device ids in one `signingKeys` request (a page of history names far fewer senders). */
  signingKeysMax: 100,
} as const;

/** Base64url without padding, the encoding of every binary field below. */
export type B64 = string;

/** A device's public keys, as the server publishes them. */
export interface DeviceKeys {
  deviceId: string;
  userId: string;
  /** X25519 public key (32 bytes): message keys are wrapped to it. */
  encryptionKey: B64;
  /** Ed25519 public key (32 bytes): the device signs what it sends with it. */
  signingKey: B64;
  label: string;
  createdAt: string;
}

/** One message key wrapped for one device. */
export interface WrappedKey {
  /** Recipient device id. */
  d: string;
  /** XChaCha20-Poly1305 nonce (24 bytes). */
  n: B64;
  /** The wrapped 32-byte message key with its tag (48 bytes). */
  k: B64;
}

/** The payload of an `e2e-v1` message: JSON of this shape. */
export interface E2eEnvelope {
  v: 1;
  /** The sending device (one of the sender's registered devices). */
  sd: string;
  /**
   * Where it was sealed for: SHA-256 of (conversationId, clientId, sender's user id), 16 bytes.
   * Signed, so an authentic envelope copied into another conversation or message is recognised
   * ("replayed"); the server refuses a send whose `ctx` does not match where it is sent.
   */
  ctx: B64;
  /** Ephemeral X25519 public key of this message (32 bytes). */
  epk: B64;
  /** Content nonce (24 bytes). */
  n: B64;
  /** Ciphertext of the content (JSON `E2eContent`) with its tag. */
  ct: B64;
  keys: WrappedKey[];
  /** Ed25519 signature by the sending device over the canonical envelope (64 bytes). */
  sig: B64;
}

/** What an envelope decrypts to. */
export interface E2eContent {
  /** The text the sender typed. */
  text: string;
  /** Attachments, each encrypted with a key of its own that only this content carries. */
  files?: E2eFileRef[];
}

/** An encrypted attachment: the uploaded file is ciphertext; this says how to open it. */
export interface E2eFileRef {
  /** The uploaded (encrypted) file's id in files/. */
  id: string;
  /** Name, type and size of the plaintext (the server sees only the ciphertext's). */
  name: string;
  type: string;
  size: number;
  /** XChaCha20-Poly1305 key (32 bytes) and nonce (24 bytes) of the file. */
  key: B64;
  n: B64;
  /** SHA-256 of the ciphertext, checked before decrypting. */
  sha256: B64;
}

/** Socket events of the E2E layer (server → client). */
export const E2E_EVENTS = {
  /** `{ userId }`: a member's device list changed; clients refetch it and drop the verified mark. */
  devicesChanged: 'devices.changed',
} as const;
