/**
 * This browser's end-to-end encryption keys, in IndexedDB (database `cop-e2e`):
 * - `devices`: one record per signed-in member who set up encryption here, with the WebCrypto key
 *   pairs of `generateWebCryptoDevice()`. IndexedDB stores a `CryptoKey` by structured clone and
 *   keeps it non-extractable: the page's scripts can use the private keys, never read them.
 * - `messageKeys`: message keys this browser opened (per member and message id), for the key
 *   backup and for reading history after the envelope's wrapped key is gone.
 * - `backupKeys` (since version 2): per member, the key backup's 32-byte key, kept so this browser
 *   can add new message keys to the backup without asking for the passphrase again. It is stored
 *   encrypted (AES-GCM) under a non-extractable WebCrypto key kept beside it (see `lib/backup.ts`).
 *
 * The raw IndexedDB API with a small promise wrapper (no library): every operation opens the
 * database, runs one transaction and closes it, so nothing holds a connection open between uses
 * (a later upgrade or `deleteDatabase` is never blocked by an idle tab).
 */
import type { Argon2idParams, WebCryptoDeviceKeys } from '@cop/crypto';

export const KEYSTORE_DB = 'cop-e2e';
/** 1: devices, messageKeys; 2: + backupKeys. An upgrade adds what is missing and keeps the rest. */
const VERSION = 2;
const DEVICES = 'devices';
const MESSAGE_KEYS = 'messageKeys';
const BACKUP_KEYS = 'backupKeys';

/** This browser's device of one member. */
export interface StoredDevice {
  userId: string;
  /** The server's id, once registered; null while the registration has not been confirmed. */
  deviceId: string | null;
  /** Non-extractable X25519 and Ed25519 key pairs. */
  keys: WebCryptoDeviceKeys;
  label: string;
  /** ISO 8601, when the keys were made. */
  createdAt: string;
}

/** The key backup's key as this browser keeps it for one member (see `lib/backup.ts`). */
export interface StoredBackupKey {
  userId: string;
  /** A non-extractable AES-GCM key: encrypts and decrypts `wrapped`, and can never be read. */
  wrappingKey: CryptoKey;
  /** AES-GCM nonce (12 bytes) of `wrapped`. */
  iv: Uint8Array;
  /** The 32-byte backup key, AES-GCM-encrypted under `wrappingKey`. */
  wrapped: Uint8Array;
  /** The Argon2id parameters of the passphrase it came from; null for a recovery key. */
  kdf: Argon2idParams | null;
  /** The server's version of the backup this browser last read or wrote. */
  version: number;
}

interface MessageKeyRecord {
  userId: string;
  messageId: string;
  key: Uint8Array;
}

/** Whether this browser can keep keys at all (IndexedDB can be off: some private modes, policies). */
export function keystoreAvailable(): boolean {
  return typeof indexedDB !== 'undefined';
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function openDatabase(): Promise<IDBDatabase> {
  if (!keystoreAvailable()) return Promise.reject(new Error('IndexedDB is not available'));
  const open = indexedDB.open(KEYSTORE_DB, VERSION);
  open.onupgradeneeded = () => {
    const db = open.result;
    if (!db.objectStoreNames.contains(DEVICES)) db.createObjectStore(DEVICES, { keyPath: 'userId' });
    if (!db.objectStoreNames.contains(MESSAGE_KEYS)) {
      db.createObjectStore(MESSAGE_KEYS, { keyPath: ['userId', 'messageId'] });
    }
    if (!db.objectStoreNames.contains(BACKUP_KEYS)) db.createObjectStore(BACKUP_KEYS, { keyPath: 'userId' });
  };
  return request(open);
}

/**
 * Runs `body` in one transaction; resolves with the result of the request it returns once the
 * transaction has committed (a write is durable when the promise resolves).
 */
async function transact<T>(
  stores: string[],
  mode: IDBTransactionMode,
  body: (tx: IDBTransaction) => IDBRequest<T> | void,
): Promise<T | undefined> {
  const db = await openDatabase();
  return new Promise<T | undefined>((resolve, reject) => {
    let req: IDBRequest<T> | void;
    const fail = (error: unknown) => {
      db.close();
      reject(error instanceof Error ? error : new Error('IndexedDB transaction failed'));
    };
    try {
      const tx = db.transaction(stores, mode);
      tx.oncomplete = () => {
        db.close();
        resolve(req ? req.result : undefined);
      };
      tx.onabort = () => fail(tx.error);
      tx.onerror = () => fail(tx.error);
      req = body(tx);
    } catch (error) {
      fail(error);
    }
  });
}

/** All of one member's message keys, as a key range over `[userId, messageId]`. */
function memberRange(userId: string): IDBKeyRange {
  // Arrays sort after strings in IndexedDB: [userId, []] is above every [userId, messageId].
  return IDBKeyRange.bound([userId], [userId, []]);
}

export async function loadDevice(userId: string): Promise<StoredDevice | undefined> {
  return (await transact<StoredDevice | undefined>([DEVICES], 'readonly', (tx) =>
    tx.objectStore(DEVICES).get(userId),
  )) as StoredDevice | undefined;
}

export async function saveDevice(device: StoredDevice): Promise<void> {
  await transact([DEVICES], 'readwrite', (tx) => {
    tx.objectStore(DEVICES).put(device);
  });
}

/** Forgets this browser's device of a member (its keys will not be used again); message keys stay. */
export async function forgetDevice(userId: string): Promise<void> {
  await transact([DEVICES], 'readwrite', (tx) => {
    tx.objectStore(DEVICES).delete(userId);
  });
}

/**
 * Forgets everything this browser kept for a member: the device, the message keys it opened and the
 * key backup's key (the member removed this browser; the key backup on the server, when there is
 * one, still holds the message keys, and opens again with the passphrase or recovery key).
 */
export async function clearKeystore(userId: string): Promise<void> {
  await transact([DEVICES, MESSAGE_KEYS, BACKUP_KEYS], 'readwrite', (tx) => {
    tx.objectStore(DEVICES).delete(userId);
    tx.objectStore(MESSAGE_KEYS).delete(memberRange(userId));
    tx.objectStore(BACKUP_KEYS).delete(userId);
  });
}

/** Keeps message keys (32 bytes each) by message id; an existing key of a message is replaced. */
export async function saveMessageKeys(
  userId: string,
  keys: Iterable<readonly [messageId: string, key: Uint8Array]>,
): Promise<void> {
  await transact([MESSAGE_KEYS], 'readwrite', (tx) => {
    const store = tx.objectStore(MESSAGE_KEYS);
    for (const [messageId, key] of keys) {
      const record: MessageKeyRecord = { userId, messageId, key: Uint8Array.from(key) };
      store.put(record);
    }
  });
}

/** A copy of a kept message key (a plain Uint8Array of this realm, whatever IndexedDB cloned). */
export async function loadMessageKey(userId: string, messageId: string): Promise<Uint8Array | undefined> {
  const record = (await transact<MessageKeyRecord | undefined>([MESSAGE_KEYS], 'readonly', (tx) =>
    tx.objectStore(MESSAGE_KEYS).get([userId, messageId]),
  )) as MessageKeyRecord | undefined;
  return record ? Uint8Array.from(record.key) : undefined;
}

/** Every message key kept for a member (what the key backup seals). */
export async function loadMessageKeys(userId: string): Promise<Map<string, Uint8Array>> {
  const records =
    ((await transact<MessageKeyRecord[]>([MESSAGE_KEYS], 'readonly', (tx) =>
      tx.objectStore(MESSAGE_KEYS).getAll(memberRange(userId)),
    )) as MessageKeyRecord[] | undefined) ?? [];
  return new Map(records.map((record) => [record.messageId, Uint8Array.from(record.key)]));
}

/** The key backup's key kept for a member, if any (copies of its bytes, of this realm). */
export async function loadBackupKey(userId: string): Promise<StoredBackupKey | undefined> {
  const record = (await transact<StoredBackupKey | undefined>([BACKUP_KEYS], 'readonly', (tx) =>
    tx.objectStore(BACKUP_KEYS).get(userId),
  )) as StoredBackupKey | undefined;
  if (!record) return undefined;
  return {
    ...record,
    iv: Uint8Array.from(record.iv),
    wrapped: Uint8Array.from(record.wrapped),
    kdf: record.kdf ? { ...record.kdf, salt: Uint8Array.from(record.kdf.salt) } : null,
  };
}

export async function saveBackupKey(record: StoredBackupKey): Promise<void> {
  await transact([BACKUP_KEYS], 'readwrite', (tx) => {
    tx.objectStore(BACKUP_KEYS).put(record);
  });
}

/** Forgets the key backup's key of a member (backup turned off, or changed elsewhere). */
export async function forgetBackupKey(userId: string): Promise<void> {
  await transact([BACKUP_KEYS], 'readwrite', (tx) => {
    tx.objectStore(BACKUP_KEYS).delete(userId);
  });
}
