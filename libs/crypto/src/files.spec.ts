import { describe, expect, it } from '@jest/globals';
import { sha256 } from '@noble/hashes/sha2.js';
import { fromBase64Url, toBase64Url } from './bytes.js';
import { decryptFile, encryptFile } from './files.js';

const plain = new TextEncoder().encode('%PDF-1.7 ballistics report, case 2026/114');

describe('attachments', () => {
  it('round trip; the ciphertext is not the plaintext and its hash is in the ref', () => {
    const file = encryptFile(plain);
    expect(file.ciphertext).toHaveLength(plain.length + 16);
    expect(Buffer.from(file.ciphertext).includes(Buffer.from('ballistics'))).toBe(false);
    expect(fromBase64Url(file.sha256)).toEqual(sha256(file.ciphertext));
    expect(fromBase64Url(file.key)).toHaveLength(32);
    expect(fromBase64Url(file.n)).toHaveLength(24);
    expect(decryptFile(file.ciphertext, file)).toEqual({ ok: true, bytes: plain });
  });

  it('an empty file and a 1 MiB file', () => {
    const empty = encryptFile(new Uint8Array(0));
    expect(decryptFile(empty.ciphertext, empty)).toEqual({ ok: true, bytes: new Uint8Array(0) });
    const big = Uint8Array.from({ length: 1024 * 1024 }, (_, i) => (i * 31) & 0xff);
    const file = encryptFile(big);
    const out = decryptFile(file.ciphertext, file);
    expect(out.ok && out.bytes).toEqual(big);
  });

  it('a different upload → hash-mismatch, before any decryption', () => {
    const file = encryptFile(plain);
    const swapped = Uint8Array.from(file.ciphertext);
    swapped[0] ^= 1;
    expect(decryptFile(swapped, file)).toEqual({ ok: false, reason: 'hash-mismatch' });
  });

  it('matching hash but wrong key → tampered; a broken ref → malformed', () => {
    const file = encryptFile(plain);
    const other = encryptFile(plain);
    expect(decryptFile(file.ciphertext, { ...file, key: other.key })).toEqual({
      ok: false,
      reason: 'tampered',
    });
    expect(decryptFile(file.ciphertext, { ...file, n: toBase64Url(new Uint8Array(12)) })).toEqual({
      ok: false,
      reason: 'malformed',
    });
  });
});
