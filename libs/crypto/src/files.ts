/**
 * Attachments: each file is encrypted with a key of its own (XChaCha20-Poly1305, random key and
 * nonce); the uploaded object is the ciphertext. The key, nonce and SHA-256 of the ciphertext travel
 * inside the message content (`E2eFileRef`), so only the message's readers can open the file, and a
 * swapped upload is noticed before any decryption.
 */
import type { E2eFileRef } from '@cop/contracts';
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { randomBytes } from '@noble/hashes/utils.js';
import { equalBytes, fromBase64Url, toBase64Url, utf8 } from './bytes.js';

const FILE_AAD = utf8('cop-e2e-v1 file');

/** The secret half of an `E2eFileRef`: what the content carries to open the upload. */
export type FileKeyRef = Pick<E2eFileRef, 'key' | 'n' | 'sha256'>;

export interface EncryptedFile extends FileKeyRef {
  /** Upload this; the plaintext never leaves the device. */
  ciphertext: Uint8Array;
}

export type DecryptFileResult =
  | { ok: true; bytes: Uint8Array }
  /** `hash-mismatch`: not the uploaded ciphertext; `tampered`: AEAD failure; `malformed`: bad ref. */
  | { ok: false; reason: 'hash-mismatch' | 'tampered' | 'malformed' };

export function encryptFile(bytes: Uint8Array): EncryptedFile {
  const key = randomBytes(32);
  const n = randomBytes(24);
  const ciphertext = xchacha20poly1305(key, n, FILE_AAD).encrypt(bytes);
  const ref = { key: toBase64Url(key), n: toBase64Url(n), sha256: toBase64Url(sha256(ciphertext)) };
  key.fill(0);
  return { ciphertext, ...ref };
}

/** Checks the SHA-256 of the downloaded ciphertext first, then decrypts. Never throws. */
export function decryptFile(ciphertext: Uint8Array, ref: FileKeyRef): DecryptFileResult {
  const key = fromBase64Url(ref?.key, 32);
  const n = fromBase64Url(ref?.n, 24);
  const expected = fromBase64Url(ref?.sha256, 32);
  if (!key || !n || !expected || !(ciphertext instanceof Uint8Array))
    return { ok: false, reason: 'malformed' };
  if (!equalBytes(sha256(ciphertext), expected)) return { ok: false, reason: 'hash-mismatch' };
  try {
    return { ok: true, bytes: xchacha20poly1305(key, n, FILE_AAD).decrypt(ciphertext) };
  } catch {
    return { ok: false, reason: 'tampered' };
  } finally {
    key.fill(0);
  }
}
