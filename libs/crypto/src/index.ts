/**
 * @cop/crypto — end-to-end encryption of CoP Portal messages (`e2e-v1`), the same code in the
 * browser and in Node. Primitives come from WebCrypto and the audited noble libraries; nothing here
 * implements a primitive. docs/security.md ("End-to-end encryption") explains the scheme and its limits in plain words.
 *
 * Keys. Every device has an X25519 key pair (to receive) and an Ed25519 key pair (to sign); the
 * server publishes the public halves per user (`DeviceKeys`). The envelope code sees a device as
 * `DeviceSecrets` (public keys, `agree`, `sign`): from raw key pairs (`deviceFromKeyPairs`) or from
 * WebCrypto keys whose private halves may be non-extractable (`generateWebCryptoDevice`,
 * `deviceFromCryptoKeys`), so a browser can keep them in IndexedDB without any script reading them.
 *
 * Backends. X25519 and Ed25519 run on WebCrypto (`crypto.subtle`, native) where the platform has
 * them, detected once, and on @noble/curves otherwise; both give the same bytes (X25519 and Ed25519
 * are deterministic), Ed25519 verification is RFC 8032 strict on both. `setCryptoBackend` forces
 * one (tests, benchmarks). HKDF, XChaCha20-Poly1305, hashes and Argon2id are always noble. Every
 * function that uses a curve is async.
 *
 * Sending a message (`encryptMessage`):
 *   mk  = 32 random bytes (the message key)
 *   ctx = first 16 bytes of SHA-256(lp("cop-e2e-v1 context", conversationId, clientId, senderUserId))
 *   n   = 24 random bytes
 *   ct  = XChaCha20-Poly1305(mk, n, JSON(content),
 *                            aad = lp("cop-e2e-v1 content", v, conversationId, clientId, senderUserId, sd))
 *   (esk, epk) = a fresh X25519 key pair for this message
 *   for every recipient device D (public key P, id d):
 *     wk  = HKDF-SHA-256(ikm = X25519(esk, P), salt = epk || P, info = "cop-e2e-v1 wrap" || d, 32)
 *     k_D = XChaCha20-Poly1305(wk, 24 random bytes, mk, aad = lp("cop-e2e-v1 wrap", v, d, epk))
 *   sig = Ed25519(sender device, lp("cop-e2e-v1 sig", v, sd, ctx, epk, n, ct, count,
 *                                  then d, n_D, k_D for each key sorted by d))
 *   where lp(…) is every field as a 4-byte big-endian length and its bytes.
 *
 * Reading (`decryptMessage`, `decryptWithMessageKey` with a key restored from a backup) verifies
 * the signature, compares `ctx` with the context the reader knows, then unwraps and decrypts; it returns the
 * whole content or a reason (`not-for-this-device`, `bad-signature`, `tampered`, `replayed`,
 * `malformed`), never part of a plaintext, and never throws (its promise never rejects).
 *
 * Also: attachments (`encryptFile`/`decryptFile`), safety numbers (`safetyNumber`) and the key
 * backup under a recovery key or an Argon2id passphrase (`sealBackup`/`openBackup`).
 */
export { toBase64Url, fromBase64Url } from './bytes.js';
export { E2eInputError } from './errors.js';
export {
  KEY_BYTES,
  generateDeviceKeys,
  publicDeviceKeys,
  serializeDeviceKeys,
  deserializeDeviceKeys,
  type KeyPair,
  type DeviceKeyPairs,
  type SerializedDeviceKeys,
  type PublicDeviceKeys,
} from './keys.js';
export {
  setCryptoBackend,
  cryptoBackend,
  webCryptoSupports,
  type CryptoBackend,
  type ResolvedBackend,
  type WebCryptoKey,
  type WebCryptoKeyPair,
} from './curves.js';
export {
  deviceFromKeyPairs,
  deviceFromCryptoKeys,
  generateWebCryptoDevice,
  type DeviceSecrets,
  type WebCryptoDevice,
  type WebCryptoDeviceKeys,
} from './device.js';
export {
  ENVELOPE_VERSION,
  MESSAGE_KEY_BYTES,
  encryptMessage,
  decryptMessage,
  decryptWithMessageKey,
  exportMessageKey,
  importMessageKey,
  type OwnDevice,
  type SenderDevice,
  type RecipientDevice,
  type EncryptMessageInput,
  type MessageContext,
  type DecryptMessageInput,
  type DecryptFailure,
  type DecryptResult,
} from './envelope.js';
export {
  encryptFile,
  decryptFile,
  type FileKeyRef,
  type EncryptedFile,
  type DecryptFileResult,
} from './files.js';
export { SAFETY_ITERATIONS, safetyNumber, type SafetyParty } from './safety.js';
export {
  DEFAULT_ARGON2ID_COST,
  ARGON2ID_LIMITS,
  newArgon2idParams,
  deriveBackupKey,
  createRecoveryKey,
  formatRecoveryKey,
  parseRecoveryKey,
  sealBackup,
  openBackup,
  readBackupKdf,
  sealBackupWithPassphrase,
  openBackupWithPassphrase,
  type Argon2idParams,
  type KeyBackupContent,
  type OpenBackupResult,
  type RecoveryKey,
} from './backup.js';
