/**
 * Search over one's own end-to-end encrypted messages, in this browser. The server cannot search
 * messages it cannot read, so the browser keeps its own index of the texts it has decrypted, in its
 * own IndexedDB database `cop-e2e-search`:
 * - `keys`: per member, one AES-GCM 256 key made here with `extractable: false` and stored as a
 *   `CryptoKey` by structured clone, with a random id and a revision (bumped by every write, so
 *   each tab can tell whether its decrypted copy is still current).
 * - `entries`: per member and message (`[userId, messageId]`, indexed by `[userId, conversationId]`):
 *   the ids, sender id, time and seq in clear (what the server already knows of every message), and
 *   `iv` + `ct`, the AES-GCM encryption of `{ text, senderName }`, bound to those fields as
 *   additional data (an entry cannot be moved to another message or member).
 *
 * Nothing searchable is stored in clear: no text, no words, no tokens, no hashes of words. A hash of
 * a word is no secret: a language has a few hundred thousand word forms, and hashing all of them
 * takes seconds, so a word-hash index gives the words back (and their counts and order leak the rest).
 * A search therefore decrypts the entries and compares the texts in memory: a linear scan, fast
 * enough for tens of thousands of messages. The decrypted texts are kept in memory for the page's
 * session after the first search (`forgetSearchCache()` drops them), and kept current by the writes
 * of this tab; a write of another tab is noticed by the revision, and the copy is read again.
 *
 * What this protects, precisely:
 * - From the server: it never receives the index nor what is searched.
 * - From reading the database files (the IndexedDB folder of the browser profile, a backup or a disk
 *   image of it, a tool that dumps IndexedDB, someone casually looking): they hold ciphertext only.
 *   A plaintext index would also leave copies of the texts in the files' free space long after
 *   messages are deleted; here those copies are ciphertext. `clearSearchIndex` deletes the key.
 * - From other sites: IndexedDB is per origin (that is the browser's doing, not this module's).
 * What it does not protect from:
 * - Code running in the portal's page (a script injection, an extension with access to the page):
 *   it can use the key exactly as this module does. The key is non-extractable, so no script can
 *   export its bytes, but it can decrypt with it.
 * - Anyone who can act as the computer's user: opening the same browser profile on the portal's
 *   origin makes the key usable again. Browsers keep a non-extractable key's bytes in the profile
 *   folder next to the entries, without promising any protection at rest: a determined attacker with
 *   a full copy of the profile can recover it. Disk encryption and the OS account protect the
 *   profile; this index only keeps the texts out of plain sight in it.
 * - A memory dump of the running page (the decrypted session copy is in memory).
 *
 * IndexedDB is used as in `../lib/keystore.ts`: the raw API, each operation opening the database,
 * running one transaction and closing it. Encryption happens before a write transaction opens
 * (a transaction cannot wait for WebCrypto), so a batch is one transaction.
 */
import { foldText, parseQuery, scoreText, snippetOf, type SnippetSegment } from './searchText';

export type { SnippetSegment } from './searchText';

export const SEARCH_DB = 'cop-e2e-search';
const VERSION = 1;
const KEYS = 'keys';
const ENTRIES = 'entries';
const BY_CONVERSATION = 'byConversation';
const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 500;
const BACKFILL_BATCH = 200;

/** A decrypted message to index. */
export interface IndexItem {
  messageId: string;
  conversationId: string;
  senderId: string;
  /** ISO 8601. */
  createdAt: string;
  seq: number;
  /** The decrypted text. An empty text takes the message out of the index (deleted for everyone). */
  text: string;
  /** The sender's name as shown then: a term may match it ("kofi rifles"). */
  senderName?: string;
  /**
   * The message's `changeSeq`, when known: an item older than what the index holds (a history page
   * read before an edit or a deletion) is ignored.
   */
  version?: number;
}

export interface SearchOptions {
  /** Only this conversation's messages. */
  conversationId?: string;
  /** At most this many results (50 by default, 500 at most). */
  limit?: number;
}

/** A message that matches, with a snippet of its text where the matches are marked. */
export interface SearchResult {
  messageId: string;
  conversationId: string;
  senderId: string;
  createdAt: string;
  seq: number;
  /** The sender's name as indexed, if it was given (for a sender no longer in the directory). */
  senderName?: string;
  snippet: SnippetSegment[];
}

export interface BackfillOptions {
  /** Stops between batches (abort before `clearSearchIndex`, or the next batch makes a new index). */
  signal?: AbortSignal;
  /** Items a transaction (200 by default). */
  batchSize?: number;
  /** After each batch, with the number of items indexed so far. */
  onProgress?: (indexed: number) => void;
}

interface KeyRecord {
  userId: string;
  key: CryptoKey;
  /** Random; the entries written with this key carry it. */
  keyId: string;
  /** Bumped by every change of the member's entries. */
  revision: number;
}

interface EntryRecord {
  userId: string;
  messageId: string;
  conversationId: string;
  senderId: string;
  createdAt: string;
  seq: number;
  version?: number;
  keyId: string;
  iv: Uint8Array;
  /** AES-GCM of the JSON `{ text, senderName? }`. */
  ct: ArrayBuffer;
}

/** A message taken out of the index at a known version: only that version is kept. */
interface TombstoneRecord {
  userId: string;
  messageId: string;
  version: number;
  deleted: true;
}

type StoredRecord = EntryRecord | TombstoneRecord;

interface SealedPayload {
  text: string;
  senderName?: string;
}

/** A decrypted entry, as the session copy keeps it. */
interface CachedEntry {
  messageId: string;
  conversationId: string;
  senderId: string;
  createdAt: string;
  seq: number;
  time: number;
  text: string;
  senderName?: string;
  folded: string;
  foldedSender?: string;
}

interface SearchCache {
  keyId: string;
  revision: number;
  entries: Map<string, CachedEntry>;
}

/** A change written by this tab, to apply to the session copy. */
interface Change {
  messageId: string;
  entry: CachedEntry | null;
}

const caches = new Map<string, SearchCache>();
const loading = new Map<string, Promise<SearchCache | null>>();
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Whether this browser can keep a search index (IndexedDB and WebCrypto). */
export function searchIndexAvailable(): boolean {
  return typeof indexedDB !== 'undefined' && typeof crypto !== 'undefined' && crypto.subtle !== undefined;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function openDatabase(): Promise<IDBDatabase> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new Error('IndexedDB is not available'));
  const open = indexedDB.open(SEARCH_DB, VERSION);
  open.onupgradeneeded = () => {
    const db = open.result;
    if (!db.objectStoreNames.contains(KEYS)) db.createObjectStore(KEYS, { keyPath: 'userId' });
    if (!db.objectStoreNames.contains(ENTRIES)) {
      const entries = db.createObjectStore(ENTRIES, { keyPath: ['userId', 'messageId'] });
      entries.createIndex(BY_CONVERSATION, ['userId', 'conversationId']);
    }
  };
  return request(open);
}

/**
 * Runs `body` in one transaction; `body` issues its requests (chaining them in their callbacks) and
 * returns how to read the outcome, which is read once the transaction has committed.
 */
async function transact<T>(
  stores: string[],
  mode: IDBTransactionMode,
  body: (tx: IDBTransaction) => () => T,
): Promise<T> {
  const db = await openDatabase();
  return new Promise<T>((resolve, reject) => {
    let outcome: (() => T) | undefined;
    let failed = false;
    const fail = (error: unknown) => {
      failed = true;
      db.close();
      reject(error instanceof Error ? error : new Error('IndexedDB transaction failed'));
    };
    try {
      const tx = db.transaction(stores, mode);
      tx.oncomplete = () => {
        db.close();
        if (failed || !outcome) return;
        try {
          resolve(outcome());
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      };
      tx.onabort = () => fail(tx.error);
      tx.onerror = () => fail(tx.error);
      outcome = body(tx);
    } catch (error) {
      fail(error);
    }
  });
}

/** All of one member's entries, as a key range over `[userId, messageId]`. */
function memberRange(userId: string): IDBKeyRange {
  // Arrays sort after strings in IndexedDB: [userId, []] is above every [userId, messageId].
  return IDBKeyRange.bound([userId], [userId, []]);
}

function randomId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
}

/** The member's index key, made (non-extractable) on first use. */
async function indexKey(userId: string): Promise<KeyRecord> {
  const existing = await transact([KEYS], 'readonly', (tx) => {
    const req = tx.objectStore(KEYS).get(userId) as IDBRequest<KeyRecord | undefined>;
    return () => req.result;
  });
  if (existing) return existing;
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  const fresh: KeyRecord = { userId, key, keyId: randomId(), revision: 0 };
  // Another tab may have made one meanwhile: the first one stored wins.
  return transact([KEYS], 'readwrite', (tx) => {
    const store = tx.objectStore(KEYS);
    let kept = fresh;
    const req = store.get(userId) as IDBRequest<KeyRecord | undefined>;
    req.onsuccess = () => {
      if (req.result) kept = req.result;
      else store.add(fresh);
    };
    return () => kept;
  });
}

type EntryFields = Pick<
  EntryRecord,
  'userId' | 'messageId' | 'conversationId' | 'senderId' | 'createdAt' | 'seq'
>;

/** What a ciphertext is bound to: the entry's clear fields. */
function additionalData(entry: EntryFields): Uint8Array<ArrayBuffer> {
  return encoder.encode(
    JSON.stringify([
      'cop-e2e-search/1',
      entry.userId,
      entry.messageId,
      entry.conversationId,
      entry.senderId,
      entry.createdAt,
      entry.seq,
    ]),
  );
}

async function seal(userId: string, index: KeyRecord, item: IndexItem): Promise<EntryRecord> {
  const fields: EntryFields = {
    userId,
    messageId: item.messageId,
    conversationId: item.conversationId,
    senderId: item.senderId,
    createdAt: item.createdAt,
    seq: item.seq,
  };
  const payload: SealedPayload = { text: item.text };
  if (item.senderName) payload.senderName = item.senderName;
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: additionalData(fields) },
    index.key,
    encoder.encode(JSON.stringify(payload)),
  );
  const record: EntryRecord = { ...fields, keyId: index.keyId, iv, ct };
  if (item.version !== undefined) record.version = item.version;
  return record;
}

function isEntry(record: StoredRecord): record is EntryRecord {
  return !('deleted' in record);
}

function cachedEntry(fields: Omit<EntryFields, 'userId'>, text: string, senderName?: string): CachedEntry {
  const entry: CachedEntry = {
    messageId: fields.messageId,
    conversationId: fields.conversationId,
    senderId: fields.senderId,
    createdAt: fields.createdAt,
    seq: fields.seq,
    time: Date.parse(fields.createdAt) || 0,
    text,
    folded: foldText(text),
  };
  if (senderName) {
    entry.senderName = senderName;
    entry.foldedSender = foldText(senderName);
  }
  return entry;
}

/** The entry's text, or null when it cannot be opened (another key, altered, damaged). */
async function openEntry(index: KeyRecord, record: EntryRecord): Promise<CachedEntry | null> {
  if (record.keyId !== index.keyId) return null;
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: Uint8Array.from(record.iv), additionalData: additionalData(record) },
      index.key,
      record.ct,
    );
    const payload = JSON.parse(decoder.decode(plain)) as Partial<SealedPayload>;
    if (typeof payload.text !== 'string') return null;
    return cachedEntry(
      record,
      payload.text,
      typeof payload.senderName === 'string' ? payload.senderName : undefined,
    );
  } catch {
    return null;
  }
}

/**
 * Applies this tab's write to the session copy when the copy was current just before it; otherwise
 * (another tab wrote in between) drops the copy, to be read again.
 */
function patchCache(
  userId: string,
  keyId: string,
  revision: [number, number] | null,
  changes: Change[],
): void {
  const cache = caches.get(userId);
  if (!cache || !revision) return;
  if (cache.keyId !== keyId || cache.revision !== revision[0]) {
    caches.delete(userId);
    return;
  }
  for (const change of changes) {
    if (change.entry) cache.entries.set(change.messageId, change.entry);
    else cache.entries.delete(change.messageId);
  }
  cache.revision = revision[1];
}

/** Per message, the last item of a batch (or the one of highest version). */
function latestPerMessage(items: readonly IndexItem[]): IndexItem[] {
  const latest = new Map<string, IndexItem>();
  for (const item of items) {
    const kept = latest.get(item.messageId);
    if (kept?.version !== undefined && item.version !== undefined && kept.version > item.version) continue;
    latest.set(item.messageId, item);
  }
  return [...latest.values()];
}

/**
 * Adds or replaces messages in the member's index, in one transaction: an edited message replaces
 * its entry; an item with an empty text takes its message out.
 */
export async function indexMessages(userId: string, items: readonly IndexItem[]): Promise<void> {
  const latest = latestPerMessage(items);
  if (latest.length === 0) return;
  const index = await indexKey(userId);
  const prepared = await Promise.all(
    latest.map(async (item) => ({ item, record: item.text.trim() ? await seal(userId, index, item) : null })),
  );

  const { changes, revision } = await transact([KEYS, ENTRIES], 'readwrite', (tx) => {
    const keys = tx.objectStore(KEYS);
    const entries = tx.objectStore(ENTRIES);
    const changes: Change[] = [];
    let revision: [number, number] | null = null;
    const current = keys.get(userId) as IDBRequest<KeyRecord | undefined>;
    current.onsuccess = () => {
      const stored = current.result;
      // The index was cleared (or cleared and made again) since the key was read: write nothing.
      if (!stored || stored.keyId !== index.keyId) return;
      revision = [stored.revision, stored.revision + 1];
      keys.put({ ...stored, revision: stored.revision + 1 } satisfies KeyRecord);
      for (const { item, record } of prepared) {
        const write = () => {
          if (record) entries.put(record);
          else if (item.version !== undefined) {
            entries.put({
              userId,
              messageId: item.messageId,
              version: item.version,
              deleted: true,
            } satisfies TombstoneRecord);
          } else entries.delete([userId, item.messageId]);
          changes.push({
            messageId: item.messageId,
            entry: record ? cachedEntry(record, item.text, item.senderName) : null,
          });
        };
        if (item.version === undefined) {
          write();
          continue;
        }
        const existing = entries.get([userId, item.messageId]) as IDBRequest<StoredRecord | undefined>;
        existing.onsuccess = () => {
          const version = existing.result?.version;
          if (version === undefined || item.version === undefined || version <= item.version) write();
        };
      }
    };
    return () => ({ changes, revision });
  });
  patchCache(userId, index.keyId, revision, changes);
}

/**
 * Takes a message out of the member's index (deleted for everyone). With its `version` (the
 * deletion's `changeSeq`), an older copy indexed later (a history page read before) stays out.
 */
export async function unindexMessage(userId: string, messageId: string, version?: number): Promise<void> {
  const outcome = await transact([KEYS, ENTRIES], 'readwrite', (tx) => {
    const keys = tx.objectStore(KEYS);
    const entries = tx.objectStore(ENTRIES);
    let revision: [number, number] | null = null;
    let keyId: string | null = null;
    const current = keys.get(userId) as IDBRequest<KeyRecord | undefined>;
    current.onsuccess = () => {
      const stored = current.result;
      if (!stored) {
        entries.delete([userId, messageId]);
        return;
      }
      keyId = stored.keyId;
      const existing = entries.get([userId, messageId]) as IDBRequest<StoredRecord | undefined>;
      existing.onsuccess = () => {
        const kept = existing.result?.version;
        if (version !== undefined && kept !== undefined && kept > version) return;
        if (version !== undefined) {
          entries.put({ userId, messageId, version, deleted: true } satisfies TombstoneRecord);
        } else {
          entries.delete([userId, messageId]);
        }
        revision = [stored.revision, stored.revision + 1];
        keys.put({ ...stored, revision: stored.revision + 1 } satisfies KeyRecord);
      };
    };
    return () => ({ revision, keyId });
  });
  if (outcome.keyId) patchCache(userId, outcome.keyId, outcome.revision, [{ messageId, entry: null }]);
}

/** Takes all of a conversation's messages out of the member's index (the member left it). */
export async function unindexConversation(userId: string, conversationId: string): Promise<void> {
  const outcome = await transact([KEYS, ENTRIES], 'readwrite', (tx) => {
    const keys = tx.objectStore(KEYS);
    const entries = tx.objectStore(ENTRIES);
    let revision: [number, number] | null = null;
    let keyId: string | null = null;
    const removed: Change[] = [];
    const found = entries.index(BY_CONVERSATION).getAllKeys(IDBKeyRange.only([userId, conversationId]));
    found.onsuccess = () => {
      for (const primaryKey of found.result) {
        entries.delete(primaryKey);
        const [, messageId] = primaryKey as [string, string];
        removed.push({ messageId, entry: null });
      }
      const current = keys.get(userId) as IDBRequest<KeyRecord | undefined>;
      current.onsuccess = () => {
        const stored = current.result;
        if (!stored) return;
        keyId = stored.keyId;
        revision = [stored.revision, stored.revision + 1];
        keys.put({ ...stored, revision: stored.revision + 1 } satisfies KeyRecord);
      };
    };
    return () => ({ revision, keyId, removed });
  });
  if (outcome.keyId) patchCache(userId, outcome.keyId, outcome.revision, outcome.removed);
}

/**
 * Deletes the member's index from this browser, key and entries (this device removed, or the member
 * chose to leave nothing behind when signing out). Abort a running backfill first.
 */
export async function clearSearchIndex(userId: string): Promise<void> {
  caches.delete(userId);
  loading.delete(userId);
  await transact([KEYS, ENTRIES], 'readwrite', (tx) => {
    tx.objectStore(KEYS).delete(userId);
    tx.objectStore(ENTRIES).delete(memberRange(userId));
    return () => undefined;
  });
  caches.delete(userId);
}

/** Drops the decrypted session copy (of one member, or of all): the next search reads it again. */
export function forgetSearchCache(userId?: string): void {
  if (userId === undefined) {
    caches.clear();
    loading.clear();
  } else {
    caches.delete(userId);
    loading.delete(userId);
  }
}

/** Reads the member's key and, unless the session copy is current, every entry, to decrypt. */
async function readCache(userId: string): Promise<SearchCache | null> {
  const { stored, records } = await transact([KEYS, ENTRIES], 'readonly', (tx) => {
    let stored: KeyRecord | undefined;
    let records: StoredRecord[] | null = null;
    const current = tx.objectStore(KEYS).get(userId) as IDBRequest<KeyRecord | undefined>;
    current.onsuccess = () => {
      stored = current.result;
      const cache = caches.get(userId);
      if (!stored || (cache && cache.keyId === stored.keyId && cache.revision === stored.revision)) return;
      const all = tx.objectStore(ENTRIES).getAll(memberRange(userId)) as IDBRequest<StoredRecord[]>;
      all.onsuccess = () => {
        records = all.result;
      };
    };
    return () => ({ stored, records });
  });
  if (!stored) {
    caches.delete(userId);
    return null;
  }
  const index = stored;
  const current = caches.get(userId);
  if (!records) {
    if (current && current.keyId === index.keyId && current.revision === index.revision) return current;
    return readCache(userId); // dropped meanwhile
  }
  const opened = await Promise.all(
    (records as StoredRecord[]).filter(isEntry).map((record) => openEntry(index, record)),
  );
  const entries = new Map<string, CachedEntry>();
  for (const entry of opened) if (entry) entries.set(entry.messageId, entry);
  const cache: SearchCache = { keyId: index.keyId, revision: index.revision, entries };
  const latest = caches.get(userId);
  // A write of this tab may have brought a copy further meanwhile: keep the newer one.
  if (!latest || latest.keyId !== cache.keyId || latest.revision < cache.revision) caches.set(userId, cache);
  return caches.get(userId) ?? cache;
}

/** The member's decrypted entries; concurrent searches share one reading. */
function loadCache(userId: string): Promise<SearchCache | null> {
  const pending = loading.get(userId);
  if (pending) return pending;
  const promise = readCache(userId).finally(() => {
    if (loading.get(userId) === promise) loading.delete(userId);
  });
  loading.set(userId, promise);
  return promise;
}

/**
 * Reads and decrypts the member's index ahead of a first search (as the search panel opens), so
 * that the first letters typed are answered at once.
 */
export async function prepareSearch(userId: string): Promise<void> {
  await loadCache(userId);
}

/**
 * The member's messages that contain every term of `query` (see `searchText.ts`), most relevant
 * first, then most recent. Another member's entries in this browser are never read.
 */
export async function searchMessages(
  userId: string,
  query: string,
  options: SearchOptions = {},
): Promise<SearchResult[]> {
  const terms = parseQuery(query);
  if (terms.length === 0) return [];
  const cache = await loadCache(userId);
  if (!cache) return [];
  const limit = Math.min(Math.max(1, Math.floor(options.limit ?? DEFAULT_LIMIT)), MAX_LIMIT);
  const scored: Array<{ entry: CachedEntry; score: number }> = [];
  for (const entry of cache.entries.values()) {
    if (options.conversationId !== undefined && entry.conversationId !== options.conversationId) continue;
    const score = scoreText(entry.folded, entry.foldedSender, terms);
    if (score !== null) scored.push({ entry, score });
  }
  scored.sort((a, b) => b.score - a.score || b.entry.time - a.entry.time || b.entry.seq - a.entry.seq);
  return scored.slice(0, limit).map(({ entry }) => {
    const result: SearchResult = {
      messageId: entry.messageId,
      conversationId: entry.conversationId,
      senderId: entry.senderId,
      createdAt: entry.createdAt,
      seq: entry.seq,
      snippet: snippetOf(entry.text, terms),
    };
    if (entry.senderName) result.senderName = entry.senderName;
    return result;
  });
}

function isBatch(chunk: IndexItem | readonly IndexItem[]): chunk is readonly IndexItem[] {
  return Array.isArray(chunk);
}

/**
 * Indexes history: `source` yields decrypted messages, one at a time or a page at a time (an async
 * generator over the history pages, say); they are written in batches. Resolves with the number of
 * items indexed, once the source is done or `signal` aborted.
 */
export async function backfillSearchIndex(
  userId: string,
  source: AsyncIterable<IndexItem | readonly IndexItem[]> | Iterable<IndexItem | readonly IndexItem[]>,
  options: BackfillOptions = {},
): Promise<number> {
  const size = Math.max(1, options.batchSize ?? BACKFILL_BATCH);
  let batch: IndexItem[] = [];
  let indexed = 0;
  const flush = async () => {
    if (batch.length === 0 || options.signal?.aborted) return;
    const items = batch;
    batch = [];
    await indexMessages(userId, items);
    indexed += items.length;
    options.onProgress?.(indexed);
  };
  for await (const chunk of source) {
    if (options.signal?.aborted) break;
    for (const item of isBatch(chunk) ? chunk : [chunk]) {
      batch.push(item);
      if (batch.length >= size) await flush();
    }
  }
  await flush();
  return indexed;
}
