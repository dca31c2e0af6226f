/**
 * The encrypted key backup: a user's device secrets and message keys (messageId → key), sealed on
 * the device and stored by the server as an opaque base64url string it cannot open.
 *
 * The 32-byte backup key comes either from a recovery key (32 random bytes, shown to the user as
 * Crockford base32 in groups of 4) or from a passphrase through Argon2id (memory-hard, so each guess
 * costs an attacker the same memory and time as it costs the user; default m = 19 MiB, t = 2, p = 1,
 * the OWASP minimum). The Argon2id parameters and salt are stored in the blob's header, which is
 * authenticated as associated data.
 *
 * Blob (before base64url): version (1) | kdf (0 = recovery key, 1 = Argon2id)
 *   | [Argon2id: salt (16) | m KiB (u32 BE) | t (u32 BE) | p (u32 BE)] | nonce (24) | XChaCha20-Poly1305(JSON).
 */
import { E2E_LIMITS, type B64 } from '@cop/contracts';
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { argon2idAsync } from '@noble/hashes/argon2.js';
import { randomBytes } from '@noble/hashes/utils.js';
import { concat, fromBase64Url, fromUtf8, toBase64Url, u32be, utf8, wipe } from './bytes.js';
import { E2eInputError } from './errors.js';
import type { SerializedDeviceKeys } from './keys.js';

export const BACKUP_VERSION = 1;
const KDF_NONE = 0;
const KDF_ARGON2ID = 1;
const SALT_BYTES = 16;
const NONCE_BYTES = 24;
const KEY_BYTES = 32;
const AAD_LABEL = utf8('cop-e2e-v1 backup');

/** OWASP's minimum for Argon2id: 19 MiB, 2 passes, 1 lane. */
export const DEFAULT_ARGON2ID_COST = { m: 19456, t: 2, p: 1 } as const;
/**
 * Accepted cost range, on sealing and on opening: a blob from the server cannot make a device
 * allocate more than 256 MiB or loop for minutes.
 */
export const ARGON2ID_LIMITS = { mMax: 262144, tMax: 10, pMax: 4 } as const;

export interface Argon2idParams {
  /** 16 random bytes, new for every passphrase. */
  salt: Uint8Array;
  /** Memory in KiB. */
  m: number;
  /** Passes. */
  t: number;
  /** Lanes. */
  p: number;
}

/** A suggested shape for the backup's content (`sealBackup` takes any JSON-safe object). */
export interface KeyBackupContent {
  v: 1;
  /** Device id → that device's key pairs. */
  devices: Record<string, SerializedDeviceKeys>;
  /** Message id → message key (`exportMessageKey`), for reading history on a new device. */
  messageKeys: Record<string, B64>;
}

export type OpenBackupResult =
  | { ok: true; data: unknown }
  /** `wrong-passphrase` also covers a wrong recovery key: the blob does not open with that key. */
  | { ok: false; reason: 'wrong-passphrase' | 'malformed' };

// ---------------------------------------------------------------------------------------------
// Keys

/** Fresh Argon2id parameters: a new random salt and the default (or given) cost. */
export function newArgon2idParams(cost: Partial<Omit<Argon2idParams, 'salt'>> = {}): Argon2idParams {
  const params = { salt: randomBytes(SALT_BYTES), ...DEFAULT_ARGON2ID_COST, ...cost };
  if (!validParams(params)) throw new E2eInputError('Argon2id cost out of range');
  return params;
}

/**
 * The backup key from a passphrase (NFC-normalised, so the same words typed on another system give
 * the same key). Runs asynchronously in slices so a page stays responsive.
 */
export async function deriveBackupKey(passphrase: string, params: Argon2idParams): Promise<Uint8Array> {
  if (typeof passphrase !== 'string' || passphrase.length === 0) throw new E2eInputError('empty passphrase');
  if (!validParams(params)) throw new E2eInputError('Argon2id parameters out of range');
  return argon2idAsync(utf8(passphrase.normalize('NFC')), params.salt, {
    m: params.m,
    t: params.t,
    p: params.p,
    dkLen: KEY_BYTES,
  });
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const RECOVERY_CHARS = 52; // ceil(256 / 5)

export interface RecoveryKey {
  key: Uint8Array;
  /** 13 groups of 4 Crockford base32 characters, e.g. `7GQ4-…`: what the user writes down. */
  display: string;
}

export function createRecoveryKey(): RecoveryKey {
  const key = randomBytes(KEY_BYTES);
  return { key, display: formatRecoveryKey(key) };
}

export function formatRecoveryKey(key: Uint8Array): string {
  if (key.length !== KEY_BYTES) throw new E2eInputError('a recovery key is 32 bytes');
  let out = '';
  let acc = 0;
  let bits = 0;
  for (const byte of key) {
    acc = (acc << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += CROCKFORD[(acc >> bits) & 31];
    }
    acc &= (1 << bits) - 1;
  }
  if (bits > 0) out += CROCKFORD[(acc << (5 - bits)) & 31];
  return out.match(/.{1,4}/g)!.join('-');
}

/**
 * Reads a recovery key as typed: case, spaces and dashes do not matter, and O/I/L are read as
 * 0/1/1 (Crockford). Null when it is not a recovery key.
 */
export function parseRecoveryKey(text: string): Uint8Array | null {
  if (typeof text !== 'string') return null;
  const clean = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (clean.length !== RECOVERY_CHARS) return null;
  const out = new Uint8Array(KEY_BYTES);
  let o = 0;
  let acc = 0;
  let bits = 0;
  for (const ch of clean) {
    const v = CROCKFORD.indexOf(ch);
    if (v < 0) return null;
    acc = (acc << 5) | v;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
      acc &= (1 << bits) - 1;
    }
  }
  return acc === 0 ? out : null; // the 4 padding bits must be zero
}

// ---------------------------------------------------------------------------------------------
// Sealing and opening

/**
 * Seals `data` (JSON-safe) under a 32-byte backup key. Pass the Argon2id parameters when the key
 * came from a passphrase, so they are stored with the blob; null for a recovery key.
 */
export function sealBackup(key: Uint8Array, data: object, kdf: Argon2idParams | null = null): string {
  if (!(key instanceof Uint8Array) || key.length !== KEY_BYTES)
    throw new E2eInputError('a backup key is 32 bytes');
  if (kdf !== null && !validParams(kdf)) throw new E2eInputError('Argon2id parameters out of range');
  const header = encodeHeader(kdf);
  const nonce = randomBytes(NONCE_BYTES);
  const plaintext = utf8(JSON.stringify(data));
  const sealed = xchacha20poly1305(key, nonce, concat(AAD_LABEL, header)).encrypt(plaintext);
  wipe(plaintext);
  const blob = toBase64Url(concat(header, nonce, sealed));
  if (blob.length > E2E_LIMITS.backupMaxBytes)
    throw new E2eInputError('the backup is larger than the api accepts');
  return blob;
}

/** The Argon2id parameters a blob was sealed with (null: sealed under a recovery key). */
export function readBackupKdf(
  blob: string,
): { ok: true; kdf: Argon2idParams | null } | { ok: false; reason: 'malformed' } {
  const parsed = parseBlob(blob);
  return parsed ? { ok: true, kdf: parsed.kdf } : { ok: false, reason: 'malformed' };
}

/** Opens a blob with its backup key. Never throws. */
export function openBackup(key: Uint8Array, blob: string): OpenBackupResult {
  const parsed = parseBlob(blob);
  if (!parsed || !(key instanceof Uint8Array) || key.length !== KEY_BYTES)
    return { ok: false, reason: 'malformed' };
  let plaintext: Uint8Array;
  try {
    plaintext = xchacha20poly1305(key, parsed.nonce, concat(AAD_LABEL, parsed.header)).decrypt(parsed.sealed);
  } catch {
    return { ok: false, reason: 'wrong-passphrase' };
  }
  const text = fromUtf8(plaintext);
  wipe(plaintext);
  if (text === null) return { ok: false, reason: 'malformed' };
  try {
    return { ok: true, data: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, reason: 'malformed' };
  }
}

/** Derives a key from the passphrase with fresh parameters (default cost) and seals. */
export async function sealBackupWithPassphrase(
  passphrase: string,
  data: object,
  cost: Partial<Omit<Argon2idParams, 'salt'>> = {},
): Promise<string> {
  const params = newArgon2idParams(cost);
  const key = await deriveBackupKey(passphrase, params);
  try {
    return sealBackup(key, data, params);
  } finally {
    wipe(key);
  }
}

/** Reads the parameters from the blob, derives the key from the passphrase, opens. Never throws. */
export async function openBackupWithPassphrase(passphrase: string, blob: string): Promise<OpenBackupResult> {
  const parsed = parseBlob(blob);
  if (!parsed || parsed.kdf === null) return { ok: false, reason: 'malformed' };
  if (typeof passphrase !== 'string' || passphrase.length === 0)
    return { ok: false, reason: 'wrong-passphrase' };
  const key = await deriveBackupKey(passphrase, parsed.kdf);
  try {
    return openBackup(key, blob);
  } finally {
    wipe(key);
  }
}

// ---------------------------------------------------------------------------------------------
// Internals

function validParams(p: Argon2idParams): boolean {
  const int = (n: unknown, min: number, max: number) =>
    Number.isInteger(n) && (n as number) >= min && (n as number) <= max;
  return (
    typeof p === 'object' &&
    p !== null &&
    p.salt instanceof Uint8Array &&
    p.salt.length === SALT_BYTES &&
    int(p.p, 1, ARGON2ID_LIMITS.pMax) &&
    int(p.t, 1, ARGON2ID_LIMITS.tMax) &&
    int(p.m, 8 * p.p, ARGON2ID_LIMITS.mMax)
  );
}

function encodeHeader(kdf: Argon2idParams | null): Uint8Array {
  if (kdf === null) return new Uint8Array([BACKUP_VERSION, KDF_NONE]);
  return concat(
    new Uint8Array([BACKUP_VERSION, KDF_ARGON2ID]),
    kdf.salt,
    u32be(kdf.m),
    u32be(kdf.t),
    u32be(kdf.p),
  );
}

interface ParsedBlob {
  header: Uint8Array;
  kdf: Argon2idParams | null;
  nonce: Uint8Array;
  sealed: Uint8Array;
}

function parseBlob(blob: unknown): ParsedBlob | null {
  if (typeof blob !== 'string' || blob.length > E2E_LIMITS.backupMaxBytes) return null;
  const bytes = fromBase64Url(blob);
  if (!bytes || bytes.length < 2 || bytes[0] !== BACKUP_VERSION) return null;
  let headerLength: number;
  let kdf: Argon2idParams | null = null;
  if (bytes[1] === KDF_NONE) {
    headerLength = 2;
  } else if (bytes[1] === KDF_ARGON2ID) {
    headerLength = 2 + SALT_BYTES + 12;
    if (bytes.length < headerLength) return null;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    kdf = {
      salt: bytes.slice(2, 2 + SALT_BYTES),
      m: view.getUint32(2 + SALT_BYTES),
      t: view.getUint32(2 + SALT_BYTES + 4),
      p: view.getUint32(2 + SALT_BYTES + 8),
    };
    if (!validParams(kdf)) return null;
  } else {
    return null;
  }
  if (bytes.length < headerLength + NONCE_BYTES + 16) return null;
  return {
    header: bytes.slice(0, headerLength),
    kdf,
    nonce: bytes.slice(headerLength, headerLength + NONCE_BYTES),
    sealed: bytes.slice(headerLength + NONCE_BYTES),
  };
}
