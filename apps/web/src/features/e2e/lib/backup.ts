/**
 * The key backup, in this browser: the member's message keys (message id → key), sealed here under
 * a 32-byte backup key and kept by the server as an opaque blob (`keyBackup`), so that a new device
 * that is given the passphrase or the recovery key reads the whole history.
 *
 * - The backup key comes from a passphrase through Argon2id (`deriveBackupKey`, fresh parameters
 *   and salt each time one is chosen, stored in the blob's header), or is a recovery key
 *   (`createRecoveryKey`: 32 random bytes the member writes down).
 * - Content: `{ v: 1, devices: {}, messageKeys }` (the library's `KeyBackupContent`). `devices` stays
 *   empty on purpose: this browser's device keys are non-extractable WebCrypto keys (nobody, this
 *   code included, can read them), and a new device makes and registers keys of its own anyway.
 *   The message keys are what reading history needs (`decryptWithMessageKey`).
 * - Once set up or restored here, the backup key is kept in the keystore (`backupKeys`), encrypted
 *   with AES-GCM under a non-extractable WebCrypto key stored beside it, with its Argon2id
 *   parameters and the server's version. A page's scripts can still use it (as they can use the
 *   device keys), but the raw key is never stored in the clear, and `clearKeystore` (this browser
 *   removed) forgets it. With it, `noteNewMessageKeys` adds new message keys to the backup without
 *   asking for the passphrase again.
 * - Saves are optimistic (`saveKeyBackup(expectedVersion)`): when another device saved meanwhile
 *   (CONFLICT), this browser reads the backup, opens it with the kept key, takes the union of the
 *   message keys and saves again. A backup this key no longer opens (passphrase changed on another
 *   device) or that was deleted makes this browser forget its key: it then asks to restore.
 *
 * Every change of one member's backup runs one at a time (in this tab, and across tabs where Web
 * Locks exist), so a kept version is never written back stale by a slower task.
 */
import type { Client, CombinedError } from 'urql';
import {
  deriveBackupKey,
  exportMessageKey,
  importMessageKey,
  newArgon2idParams,
  openBackup,
  parseRecoveryKey,
  readBackupKdf,
  sealBackup,
  type Argon2idParams,
  type KeyBackupContent,
} from '@cop/crypto';
import { errorCode } from '../../identity/graphql/errors';
import {
  DeleteKeyBackupMutation,
  KeyBackupInfoQuery,
  KeyBackupQuery,
  SaveKeyBackupMutation,
} from '../graphql/backup';
import {
  forgetBackupKey,
  loadBackupKey,
  loadMessageKeys,
  saveBackupKey,
  saveMessageKeys,
  type StoredBackupKey,
} from './keystore';

// ---------------------------------------------------------------------------------------------
// Types

/** What protects a new backup: a passphrase (through Argon2id) or a recovery key (32 bytes). */
export type BackupSecret = { passphrase: string } | { recoveryKey: Uint8Array };

/** What the member typed to restore: a passphrase, or a recovery key as text (`7GQ4-…`). */
export type RestoreSecret = { passphrase: string } | { recoveryText: string };

/** How an existing backup is opened. */
export type BackupKind = 'passphrase' | 'recovery-key';

export type BackupStatus =
  /** No backup on the server. */
  | { state: 'none' }
  /** A backup this browser keeps up to date (it holds the key that opens it). */
  | { state: 'set-up-here'; kind: BackupKind; version: number; updatedAt: string }
  /** A backup made on another device (or whose passphrase changed there): restore it here. */
  | { state: 'exists-elsewhere'; kind: BackupKind | null; version: number; updatedAt: string };

/** Why a passphrase is refused. */
export type PassphraseProblem =
  /** Fewer than `BACKUP_PASSPHRASE_MIN` characters. */
  | 'tooShort'
  /** More than `BACKUP_PASSPHRASE_MAX` characters. */
  | 'tooLong'
  /** Digits only (a date, a phone number). */
  | 'onlyDigits'
  /** Fewer than 5 different characters ("aaaa…", "abab…"). */
  | 'repetitive'
  /** Mostly a run along the alphabet, the digits or a keyboard row ("abcdef…", "qwerty…"). */
  | 'sequence'
  /** Little beyond well-known passwords, digits and punctuation ("Password2024!"). */
  | 'common';

export type SetUpBackupResult =
  | { ok: true; version: number; keys: number }
  | { ok: false; reason: 'weak-passphrase'; problem: PassphraseProblem }
  /** A backup made elsewhere exists: ask the member, then call again with `replace: true`. */
  | { ok: false; reason: 'exists' };

export interface SetUpBackupOptions {
  /**
   * Replace the backup on the server, whatever its version. The message keys of the old backup are
   * kept when this browser holds its key (a change of passphrase); otherwise they are lost.
   */
  replace?: boolean;
  /** Argon2id cost for a passphrase; the library's default (19 MiB, 2 passes) unless a test lowers it. */
  argon2Cost?: Partial<Omit<Argon2idParams, 'salt'>>;
}

export type RestoreBackupResult =
  | { ok: true; restored: number }
  | {
      ok: false;
      /**
       * `none`: no backup on the server; `wrong-passphrase`: the passphrase or recovery key does not
       * open it; `not-a-recovery-key`: the text is not 13 groups of 4 characters; `malformed`: the
       * stored backup cannot be read.
       */
      reason: 'none' | 'wrong-passphrase' | 'not-a-recovery-key' | 'malformed';
    };

export interface MessageKeysRestoredEvent {
  userId: string;
  /** How many message keys the backup held (messages this browser can now read). */
  count: number;
}

/** The api did not answer as expected (network, server error): try again later. */
export class BackupRequestError extends Error {
  readonly code = 'BACKUP_REQUEST_FAILED' as const;
  constructor(
    readonly operation: string,
    readonly error: CombinedError | undefined,
  ) {
    super(`${operation} failed${error ? `: ${error.message}` : ''}`);
    this.name = 'BackupRequestError';
  }
}

// ---------------------------------------------------------------------------------------------
// Passphrases

export const BACKUP_PASSPHRASE_MIN = 12;
export const BACKUP_PASSPHRASE_MAX = 1024;

/** Well-known passwords and their parts, in any case; what is left beside them must be substantial. */
const COMMON_WORDS = [
  'password',
  'passwort',
  'passphrase',
  'motdepasse',
  'contrasena',
  'contraseña',
  'parol',
  'qwerty',
  'azerty',
  'qwertz',
  'letmein',
  'welcome',
  'iloveyou',
  'admin',
  'secret',
  'changeme',
  'trustno',
  'monkey',
  'dragon',
  'football',
  'sunshine',
  'princess',
  'master',
  'login',
  'abc',
  'copportal',
] as const;

const SEQUENCES = [
  'abcdefghijklmnopqrstuvwxyz',
  '01234567890',
  'qwertyuiop',
  'asdfghjkl',
  'zxcvbnm',
  'azertyuiop',
  'qsdfghjklm',
  'wxcvbn',
  'qwertzuiop',
  'yxcvbnm',
  'абвгдеёжзийклмнопрстуфхцчшщъыьэюя',
  'йцукенгшщзхъ',
  'фывапролджэ',
  'ячсмитьбю',
];

/**
 * Why a passphrase is too weak to protect the history, or null. Argon2id makes every guess costly,
 * but a blob taken from the server can be guessed at offline for as long as an attacker likes, so
 * the well-known shapes are refused outright; beyond these checks, length is what counts.
 */
export function checkBackupPassphrase(passphrase: string): PassphraseProblem | null {
  const chars = [...passphrase.normalize('NFC')];
  if (chars.length < BACKUP_PASSPHRASE_MIN) return 'tooShort';
  if (chars.length > BACKUP_PASSPHRASE_MAX) return 'tooLong';
  const lower = chars.join('').toLowerCase();
  if (/^[\d\s\p{P}\p{S}]*$/u.test(lower)) return 'onlyDigits';
  if (new Set([...lower.replace(/\s/g, '')]).size < 5) return 'repetitive';
  if (isSequence(lower.replace(/[\s\p{P}\p{S}]/gu, ''))) return 'sequence';
  let rest = lower;
  for (const word of COMMON_WORDS) rest = rest.split(word).join('');
  if (rest !== lower && [...rest.replace(/[\d\s\p{P}\p{S}]/gu, '')].length < 5) return 'common';
  return null;
}

function isSequence(text: string): boolean {
  const chars = [...text];
  if (chars.length < 2) return false;
  let steps = 0;
  for (let i = 1; i < chars.length; i++) {
    const pair = `${chars[i - 1]}${chars[i]}`;
    const reversed = `${chars[i]}${chars[i - 1]}`;
    if (SEQUENCES.some((run) => run.includes(pair) || run.includes(reversed))) steps++;
  }
  return steps / (chars.length - 1) >= 0.75;
}

// ---------------------------------------------------------------------------------------------
// Talking to the api

interface ServerBackup {
  blob: string;
  version: number;
  updatedAt: string;
}

async function fetchBackup(client: Client): Promise<ServerBackup | null> {
  const result = await client.query(KeyBackupQuery, {}, { requestPolicy: 'network-only' }).toPromise();
  if (!result.data) throw new BackupRequestError('keyBackup', result.error);
  return result.data.keyBackup ?? null;
}

async function saveBlob(
  client: Client,
  blob: string,
  expectedVersion: number,
): Promise<{ ok: true; version: number } | { ok: false }> {
  const result = await client.mutation(SaveKeyBackupMutation, { blob, expectedVersion }).toPromise();
  const saved = result.data?.saveKeyBackup;
  if (saved) return { ok: true, version: saved.version };
  if (errorCode(result.error) === 'CONFLICT') return { ok: false };
  throw new BackupRequestError('saveKeyBackup', result.error);
}

// ---------------------------------------------------------------------------------------------
// Content

function sealKeys(
  key: Uint8Array,
  keys: ReadonlyMap<string, Uint8Array>,
  kdf: Argon2idParams | null,
): string {
  const messageKeys: Record<string, string> = {};
  for (const [messageId, messageKey] of keys) messageKeys[messageId] = exportMessageKey(messageKey);
  // No device keys: see the top of this file.
  const content: KeyBackupContent = { v: 1, devices: {}, messageKeys };
  return sealBackup(key, content, kdf);
}

/** The message keys of an opened backup; null when it is not a backup this code knows. */
function readKeys(data: unknown): Map<string, Uint8Array> | null {
  if (typeof data !== 'object' || data === null) return null;
  const { v, messageKeys } = data as Partial<Record<string, unknown>>;
  if (v !== 1 || typeof messageKeys !== 'object' || messageKeys === null) return null;
  const keys = new Map<string, Uint8Array>();
  for (const [messageId, text] of Object.entries(messageKeys)) {
    const key = importMessageKey(text);
    if (key) keys.set(messageId, key);
  }
  return keys;
}

function kindOf(blob: string): BackupKind | null {
  const header = readBackupKdf(blob);
  if (!header.ok) return null;
  return header.kdf ? 'passphrase' : 'recovery-key';
}

// ---------------------------------------------------------------------------------------------
// The kept backup key

function wrapContext(userId: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(new TextEncoder().encode(`cop-e2e backup key ${userId}`));
}

async function keepBackupKey(
  userId: string,
  key: Uint8Array,
  kdf: Argon2idParams | null,
  version: number,
): Promise<void> {
  const wrappingKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const wrapped = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: wrapContext(userId) },
      wrappingKey,
      Uint8Array.from(key),
    ),
  );
  await saveBackupKey({ userId, wrappingKey, iv, wrapped, kdf, version });
}

/** The kept key's bytes (wipe them after use); null when they no longer decrypt. */
async function unwrapBackupKey(record: StoredBackupKey): Promise<Uint8Array | null> {
  try {
    return new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: Uint8Array.from(record.iv), additionalData: wrapContext(record.userId) },
        record.wrappingKey,
        Uint8Array.from(record.wrapped),
      ),
    );
  } catch {
    return null;
  }
}

/** Opens a server blob with the kept key: its message keys, or null (no key, or it does not open). */
async function openWithKeptKey(userId: string, blob: string): Promise<Map<string, Uint8Array> | null> {
  const record = await loadBackupKey(userId);
  const key = record ? await unwrapBackupKey(record) : null;
  if (!key) return null;
  try {
    const opened = openBackup(key, blob);
    return opened.ok ? readKeys(opened.data) : null;
  } finally {
    key.fill(0);
  }
}

/** Whether this browser keeps a backup key for the member (no request to the server). */
export async function keepsBackupKey(userId: string): Promise<boolean> {
  return (await loadBackupKey(userId)) !== undefined;
}

// ---------------------------------------------------------------------------------------------
// One task at a time per member

const queues = new Map<string, Promise<unknown>>();

function serial<T>(userId: string, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(userId) ?? Promise.resolve();
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  const locked = () => (locks ? (locks.request(`cop-e2e-backup:${userId}`, work) as Promise<T>) : work());
  const run = previous.then(locked, locked);
  const tail: Promise<unknown> = run.catch(() => undefined);
  queues.set(userId, tail);
  void tail.then(() => {
    if (queues.get(userId) === tail) queues.delete(userId);
  });
  return run;
}

// ---------------------------------------------------------------------------------------------
// Restored keys: the messaging layer reads again

const restoredListeners = new Set<(event: MessageKeysRestoredEvent) => void>();

/**
 * Calls `listener` whenever message keys arrive from the backup (a restore, or keys another device
 * added that a merge brought here), so open conversations can read again. Returns the unsubscribe.
 */
export function onMessageKeysRestored(listener: (event: MessageKeysRestoredEvent) => void): () => void {
  restoredListeners.add(listener);
  return () => {
    restoredListeners.delete(listener);
  };
}

function emitRestored(event: MessageKeysRestoredEvent): void {
  for (const listener of [...restoredListeners]) {
    try {
      listener(event);
    } catch (error) {
      console.error('A listener of restored message keys failed', error);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Status

/** Where the member's backup stands, for this browser. Rejects with `BackupRequestError`. */
export async function backupStatus(client: Client, userId: string): Promise<BackupStatus> {
  const current = await fetchBackup(client);
  return serial(userId, async () => {
    if (!current) {
      // Turned off on another device: the kept key protects nothing any more.
      await forgetBackupKey(userId);
      return { state: 'none' };
    }
    const { version, updatedAt } = current;
    const kind = kindOf(current.blob);
    if (kind && (await loadBackupKey(userId))) {
      if (await openWithKeptKey(userId, current.blob))
        return { state: 'set-up-here', kind, version, updatedAt };
      // The passphrase or recovery key was changed on another device: restore with the new one.
      await forgetBackupKey(userId);
    }
    return { state: 'exists-elsewhere', kind, version, updatedAt };
  });
}

/**
 * Whether the member has a backup on the server that this browser does not keep up to date: no
 * kept key here (the server is asked only then), and a backup exists. For the "restore your
 * history" prompt; rejects with `BackupRequestError`.
 */
export async function backupToRestore(client: Client, userId: string): Promise<boolean> {
  if (await keepsBackupKey(userId)) return false;
  const result = await client.query(KeyBackupInfoQuery, {}, { requestPolicy: 'network-only' }).toPromise();
  if (!result.data) throw new BackupRequestError('keyBackup', result.error);
  return result.data.keyBackup !== null && result.data.keyBackup !== undefined;
}

// ---------------------------------------------------------------------------------------------
// Setting up, changing, turning off

const MAX_ROUNDS = 4;

/**
 * Backs up every message key this browser keeps for the member, under a passphrase (checked with
 * `checkBackupPassphrase`; Argon2id takes a second or so) or a recovery key, and keeps the backup
 * key here. Answers `exists` when there is already a backup and `replace` is not set. Rejects with
 * `BackupRequestError`.
 */
export async function setUpBackup(
  client: Client,
  userId: string,
  secret: BackupSecret,
  options: SetUpBackupOptions = {},
): Promise<SetUpBackupResult> {
  let kdf: Argon2idParams | null = null;
  let key: Uint8Array;
  if ('passphrase' in secret) {
    const problem = checkBackupPassphrase(secret.passphrase);
    if (problem) return { ok: false, reason: 'weak-passphrase', problem };
    kdf = newArgon2idParams(options.argon2Cost);
    key = await deriveBackupKey(secret.passphrase, kdf);
  } else {
    if (!(secret.recoveryKey instanceof Uint8Array) || secret.recoveryKey.length !== 32) {
      throw new TypeError('a recovery key is 32 bytes');
    }
    key = Uint8Array.from(secret.recoveryKey);
  }

  return serial(userId, async () => {
    try {
      const keys = await loadMessageKeys(userId);
      let expectedVersion = 0;
      for (let round = 0; round < MAX_ROUNDS; round++) {
        if (round > 0 || options.replace) {
          const current = await fetchBackup(client);
          if (round > 0 && !options.replace && current) return { ok: false, reason: 'exists' };
          expectedVersion = current?.version ?? 0;
          // Changing the passphrase: the old backup's keys come along (this browser opens it).
          if (current) await mergeInto(userId, keys, await openWithKeptKey(userId, current.blob));
        }
        const saved = await saveBlob(client, sealKeys(key, keys, kdf), expectedVersion);
        if (saved.ok) {
          await keepBackupKey(userId, key, kdf, saved.version);
          return { ok: true, version: saved.version, keys: keys.size };
        }
      }
      throw new BackupRequestError('saveKeyBackup (kept changing)', undefined);
    } finally {
      key.fill(0);
    }
  });
}

/**
 * Adds the keys of `from` that `keys` lacks, to `keys` and to the keystore (this browser can then
 * read those messages too); tells the listeners when there were any.
 */
async function mergeInto(
  userId: string,
  keys: Map<string, Uint8Array>,
  from: ReadonlyMap<string, Uint8Array> | null,
): Promise<void> {
  if (!from) return;
  const added = [...from].filter(([messageId]) => !keys.has(messageId));
  if (added.length === 0) return;
  await saveMessageKeys(userId, added);
  for (const [messageId, key] of added) keys.set(messageId, key);
  emitRestored({ userId, count: added.length });
}

/**
 * Deletes the member's backup on the server and forgets the key here ("turn off"). Resolves false
 * when there was none; rejects with `BackupRequestError`.
 */
export async function deleteBackup(client: Client, userId: string): Promise<boolean> {
  cancelPending(userId);
  return serial(userId, async () => {
    const result = await client.mutation(DeleteKeyBackupMutation, {}).toPromise();
    if (!result.data) throw new BackupRequestError('deleteKeyBackup', result.error);
    await forgetBackupKey(userId);
    return result.data.deleteKeyBackup;
  });
}

// ---------------------------------------------------------------------------------------------
// Restoring

/**
 * Opens the member's backup with what they typed (Argon2id for a passphrase: a second or so) and
 * keeps its message keys here; then keeps the backup key, so this browser keeps the backup up to
 * date too. Nothing is written when it does not open. Rejects with `BackupRequestError`.
 */
export async function restoreBackup(
  client: Client,
  userId: string,
  secret: RestoreSecret,
): Promise<RestoreBackupResult> {
  const current = await fetchBackup(client);
  if (!current) return { ok: false, reason: 'none' };
  const header = readBackupKdf(current.blob);
  if (!header.ok) return { ok: false, reason: 'malformed' };
  const text = 'passphrase' in secret ? secret.passphrase : secret.recoveryText;
  let key: Uint8Array;
  if (header.kdf) {
    // A backup under a passphrase opens with it, whichever field it was typed in.
    if (typeof text !== 'string' || text.length === 0) return { ok: false, reason: 'wrong-passphrase' };
    key = await deriveBackupKey(text, header.kdf);
  } else {
    const parsed = parseRecoveryKey(text);
    if (!parsed) return { ok: false, reason: 'not-a-recovery-key' };
    key = parsed;
  }

  const result = await serial(userId, async (): Promise<RestoreBackupResult & { missing?: boolean }> => {
    try {
      const opened = openBackup(key, current.blob);
      if (!opened.ok) return { ok: false, reason: opened.reason };
      const restored = readKeys(opened.data);
      if (!restored) return { ok: false, reason: 'malformed' };
      const local = await loadMessageKeys(userId);
      await saveMessageKeys(userId, restored);
      await keepBackupKey(userId, key, header.kdf, current.version);
      const missing = [...local.keys()].some((messageId) => !restored.has(messageId));
      return { ok: true, restored: restored.size, missing };
    } finally {
      key.fill(0);
    }
  });
  if (!result.ok) return result;
  // This browser had keys the backup lacks: add them.
  if (result.missing) noteNewMessageKeys(client, userId);
  emitRestored({ userId, count: result.restored });
  return { ok: true, restored: result.restored };
}

// ---------------------------------------------------------------------------------------------
// Keeping the backup up to date

/** Quiet time after the last new key before saving, and the longest a new key waits. */
export const BACKUP_DEBOUNCE_MS = 5_000;
export const BACKUP_MAX_WAIT_MS = 30_000;
/** A save that failed (network) is tried again this many times, a max wait apart. */
const MAX_FAILURES = 3;

interface PendingSync {
  client: Client;
  timer: ReturnType<typeof setTimeout>;
  firstAt: number;
  failures: number;
}

const pendingSyncs = new Map<string, PendingSync>();

/**
 * Tells the backup that new message keys are in the keystore (the messaging layer calls it after
 * `saveMessageKeys`). Some seconds later (5 s after the last call, at most 30 s after the first) the
 * whole key set is sealed again and saved; a backup changed meanwhile by another device is merged
 * (the union of the keys). Does nothing when this browser keeps no backup key.
 */
export function noteNewMessageKeys(client: Client, userId: string): void {
  schedule(client, userId, pendingSyncs.get(userId)?.failures ?? 0, BACKUP_DEBOUNCE_MS);
}

function schedule(client: Client, userId: string, failures: number, wait: number): void {
  const now = Date.now();
  const pending = pendingSyncs.get(userId);
  if (pending) clearTimeout(pending.timer);
  const firstAt = pending?.firstAt ?? now;
  const delay = Math.max(0, Math.min(wait, firstAt + BACKUP_MAX_WAIT_MS - now));
  const timer = setTimeout(() => void runPending(userId), delay);
  pendingSyncs.set(userId, { client, timer, firstAt, failures });
}

function cancelPending(userId: string): void {
  const pending = pendingSyncs.get(userId);
  if (pending) clearTimeout(pending.timer);
  pendingSyncs.delete(userId);
}

async function runPending(userId: string): Promise<void> {
  const pending = pendingSyncs.get(userId);
  if (!pending) return;
  cancelPending(userId);
  try {
    await serial(userId, () => syncNow(pending.client, userId));
  } catch (error) {
    if (pending.failures + 1 >= MAX_FAILURES) {
      console.warn('The key backup could not be updated', error);
      return;
    }
    if (!pendingSyncs.has(userId)) {
      // Tried again later; a new key noted meanwhile starts its own wait.
      schedule(pending.client, userId, pending.failures + 1, BACKUP_MAX_WAIT_MS);
    }
  }
}

/** Saves every pending update now and waits for every running one (tests, sign-out). */
export async function flushBackup(): Promise<void> {
  await Promise.all([...pendingSyncs.keys()].map((userId) => runPending(userId)));
  await Promise.all([...queues.values()]);
}

/** Seals the keystore's keys with the kept key and saves; merges when another device saved first. */
async function syncNow(client: Client, userId: string): Promise<void> {
  const record = await loadBackupKey(userId);
  if (!record) return;
  const key = await unwrapBackupKey(record);
  if (!key) {
    await forgetBackupKey(userId);
    return;
  }
  try {
    const keys = await loadMessageKeys(userId);
    let expectedVersion = record.version;
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const saved = await saveBlob(client, sealKeys(key, keys, record.kdf), expectedVersion);
      if (saved.ok) {
        await saveBackupKey({ ...record, version: saved.version });
        return;
      }
      // Another device saved since: read theirs and merge.
      const current = await fetchBackup(client);
      if (!current) {
        // Turned off on another device.
        await forgetBackupKey(userId);
        return;
      }
      const opened = openBackup(key, current.blob);
      const theirs = opened.ok ? readKeys(opened.data) : null;
      if (!theirs) {
        // Protected by another passphrase now: this browser must be restored with it.
        await forgetBackupKey(userId);
        return;
      }
      await mergeInto(userId, keys, theirs);
      expectedVersion = current.version;
    }
    throw new BackupRequestError('saveKeyBackup (kept changing)', undefined);
  } finally {
    key.fill(0);
  }
}
