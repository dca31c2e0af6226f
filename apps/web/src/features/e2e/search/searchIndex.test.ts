import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { indexItemFactory } from './indexItem.factory';
import {
  backfillSearchIndex,
  clearSearchIndex,
  forgetSearchCache,
  indexMessages,
  SEARCH_DB,
  searchMessages,
  unindexConversation,
  unindexMessage,
  type IndexItem,
  type SearchResult,
} from './searchIndex';

const AMINA = '7d0f6a52-8d1c-4c57-9c2a-2f1e8b0a1c01';
const KOFI = '7d0f6a52-8d1c-4c57-9c2a-2f1e8b0a1c02';
const TEMA = '5c6f2d10-0000-4000-8000-000000000001';
const LAGOS = '5c6f2d10-0000-4000-8000-000000000002';

beforeEach(() => {
  // A fresh, empty IndexedDB for each test, and no decrypted copy from the test before.
  vi.stubGlobal('indexedDB', new IDBFactory());
  forgetSearchCache();
});

async function ids(userId: string, query: string, options = {}): Promise<string[]> {
  return (await searchMessages(userId, query, options)).map((result) => result.messageId);
}

function marked(result: SearchResult | undefined): string[] {
  return (result?.snippet ?? []).filter((segment) => segment.match).map((segment) => segment.text);
}

/** Every record of a store, read with the raw IndexedDB API. */
async function rawRecords(store: string): Promise<unknown[]> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(SEARCH_DB);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error ?? new Error('open failed'));
  });
  try {
    return await new Promise<unknown[]>((resolve, reject) => {
      const all = db.transaction(store).objectStore(store).getAll();
      all.onsuccess = () => resolve(all.result);
      all.onerror = () => reject(all.error ?? new Error('getAll failed'));
    });
  } finally {
    db.close();
  }
}

/** JSON of records where every binary value reads as text (so clear text in bytes would show). */
function dump(records: unknown[]): string {
  const decoder = new TextDecoder('utf-8', { fatal: false });
  return JSON.stringify(records, (_key, value: unknown) => {
    if (value instanceof ArrayBuffer) return decoder.decode(new Uint8Array(value));
    if (ArrayBuffer.isView(value)) return decoder.decode(value);
    if (
      value &&
      typeof value === 'object' &&
      Object.prototype.toString.call(value) === '[object ArrayBuffer]'
    ) {
      return decoder.decode(new Uint8Array(value as ArrayBuffer));
    }
    return value;
  });
}

describe('search index', () => {
  it('finds indexed messages by the start of a word, most relevant first, with the matches marked', async () => {
    const once = indexItemFactory({ text: 'Two rifles were seized at the border.' });
    const twice = indexItemFactory({ text: 'Rifle serials: the rifle parts came from Ghana.' });
    const other = indexItemFactory({ text: 'Meeting on Friday about the extradition request.' });
    await indexMessages(AMINA, [once, twice, other]);

    const results = await searchMessages(AMINA, 'rifle');
    expect(results.map((result) => result.messageId)).toEqual([twice.messageId, once.messageId]);
    expect(results[0]).toMatchObject({
      conversationId: TEMA,
      senderId: KOFI,
      createdAt: twice.createdAt,
      seq: twice.seq,
    });
    expect(marked(results[0])).toEqual(['Rifle', 'rifle']);
    expect(marked(results[1])).toEqual(['rifle']);
    expect(results[1]?.snippet.map((segment) => segment.text).join('')).toBe(once.text);

    expect(await ids(AMINA, 'ifle')).toEqual([]); // not the middle of a word
    expect(await ids(AMINA, 'rifles border')).toEqual([once.messageId]); // every term
    expect(await ids(AMINA, 'rifles meeting')).toEqual([]);
    expect(await ids(AMINA, '   ')).toEqual([]);
  });

  it('ranks whole words above word starts, then the most recent first', async () => {
    const older = indexItemFactory({ text: 'The gun was sold.', createdAt: '2026-01-01T10:00:00.000Z' });
    const newer = indexItemFactory({
      text: 'Another gun, same seller.',
      createdAt: '2026-03-01T10:00:00.000Z',
    });
    const prefix = indexItemFactory({ text: 'Gunsmith licences', createdAt: '2026-06-01T10:00:00.000Z' });
    await indexMessages(AMINA, [older, prefix, newer]);

    expect(await ids(AMINA, 'gun')).toEqual([newer.messageId, older.messageId, prefix.messageId]);
  });

  it('ignores case and diacritics on both sides', async () => {
    const french = indexItemFactory({ text: 'Réunion sur la sécurité des frontières à Genève' });
    await indexMessages(AMINA, [french]);

    for (const query of ['securite', 'SÉCURITÉ', 'Securite geneve', 'frontieres', 'reunion']) {
      expect(await ids(AMINA, query), query).toEqual([french.messageId]);
    }
    const [result] = await searchMessages(AMINA, 'securite');
    expect(marked(result)).toEqual(['sécurité']);
  });

  it('finds Cyrillic words, ё as е', async () => {
    const russian = indexItemFactory({ text: 'Партия оружия ещё на складе в Одессе' });
    await indexMessages(AMINA, [russian]);

    expect(await ids(AMINA, 'оружие')).toEqual([]);
    expect(await ids(AMINA, 'оруж')).toEqual([russian.messageId]);
    expect(await ids(AMINA, 'ОДЕССЕ еще')).toEqual([russian.messageId]);
    const [result] = await searchMessages(AMINA, 'еще');
    expect(marked(result)).toEqual(['ещё']);
  });

  it('finds Arabic words without their vowel marks, hamza forms or attached article', async () => {
    const arabic = indexItemFactory({ text: 'ضُبِطَت الأسلحة في الميناء والذخيرة أيضاً' });
    await indexMessages(AMINA, [arabic]);

    expect(await ids(AMINA, 'ضبطت')).toEqual([arabic.messageId]); // vowel marks
    expect(await ids(AMINA, 'الاسلحة')).toEqual([arabic.messageId]); // أ as ا
    expect(await ids(AMINA, 'اسلحه')).toEqual([arabic.messageId]); // after ال, ة as ه
    expect(await ids(AMINA, 'ذخيرة')).toEqual([arabic.messageId]); // after وال
    expect(await ids(AMINA, 'لحة')).toEqual([]); // not the middle of a word
    const [result] = await searchMessages(AMINA, 'ميناء');
    expect(marked(result)).toEqual(['ميناء']);
  });

  it('finds Chinese anywhere in the text, which has no spaces between words', async () => {
    const chinese = indexItemFactory({ text: '海关在港口查获了一批走私枪支和弹药。' });
    await indexMessages(AMINA, [chinese]);

    expect(await ids(AMINA, '枪支')).toEqual([chinese.messageId]);
    expect(await ids(AMINA, '走私 弹药')).toEqual([chinese.messageId]);
    expect(await ids(AMINA, '手枪')).toEqual([]);
    const [result] = await searchMessages(AMINA, '走私枪支');
    expect(result?.snippet).toEqual([
      { text: '海关在港口查获了一批', match: false },
      { text: '走私枪支', match: true },
      { text: '和弹药。', match: false },
    ]);
  });

  it('keeps a quoted phrase together', async () => {
    const phrase = indexItemFactory({ text: 'The stolen rifles were found in a truck.' });
    const apart = indexItemFactory({ text: 'Rifles, and a stolen truck.' });
    await indexMessages(AMINA, [phrase, apart]);

    expect(new Set(await ids(AMINA, 'stolen rifles'))).toEqual(new Set([phrase.messageId, apart.messageId]));
    expect(await ids(AMINA, '"stolen rifles"')).toEqual([phrase.messageId]);
    expect(await ids(AMINA, '«stolen   rifles» truck')).toEqual([phrase.messageId]);
    expect(marked((await searchMessages(AMINA, '"stolen rifles"'))[0])).toEqual(['stolen rifles']);
  });

  it('matches the sender’s name as indexed', async () => {
    const fromKofi = indexItemFactory({ text: 'The serials are in the file.', senderName: 'Kofi Mensah' });
    const fromAmina = indexItemFactory({
      text: 'Serials checked.',
      senderName: 'Amina Diallo',
      senderId: AMINA,
    });
    await indexMessages(AMINA, [fromKofi, fromAmina]);

    const results = await searchMessages(AMINA, 'kofi serials');
    expect(results.map((result) => result.messageId)).toEqual([fromKofi.messageId]);
    expect(results[0]?.senderName).toBe('Kofi Mensah');
  });

  it('replaces an edited message, and takes out one deleted for everyone', async () => {
    const message = indexItemFactory({ text: 'Pick-up at warehouse 4.' });
    const kept = indexItemFactory({ text: 'The warehouse is rented.' });
    await indexMessages(AMINA, [message, kept]);
    expect(await ids(AMINA, 'warehouse 4')).toEqual([message.messageId]);

    await indexMessages(AMINA, [{ ...message, text: 'Pick-up at depot 9.' }]);
    expect(await ids(AMINA, 'warehouse')).toEqual([kept.messageId]);
    expect(await ids(AMINA, 'depot')).toEqual([message.messageId]);

    await unindexMessage(AMINA, message.messageId);
    expect(await ids(AMINA, 'depot')).toEqual([]);
    expect(await ids(AMINA, 'warehouse')).toEqual([kept.messageId]);

    // An empty text (deleted for everyone, read from history) takes a message out too.
    await indexMessages(AMINA, [{ ...kept, text: '' }]);
    expect(await ids(AMINA, 'warehouse')).toEqual([]);
  });

  it('ignores an older version indexed after a newer one, a deletion included', async () => {
    const message = indexItemFactory({ text: 'Meet at gate B.', version: 3 });
    await indexMessages(AMINA, [message]);
    await indexMessages(AMINA, [{ ...message, text: 'Meet at gate A.', version: 2 }]);
    expect(await ids(AMINA, 'gate b')).toEqual([message.messageId]);

    await unindexMessage(AMINA, message.messageId, 4);
    await indexMessages(AMINA, [message]); // a history page read before the deletion
    expect(await ids(AMINA, 'gate')).toEqual([]);

    // In one batch, the highest version wins whatever the order.
    const other = indexItemFactory({ text: 'Version five', version: 5 });
    await indexMessages(AMINA, [other, { ...other, text: 'Version one', version: 1 }]);
    expect(await ids(AMINA, 'five')).toEqual([other.messageId]);
    expect(await ids(AMINA, 'one')).toEqual([]);
  });

  it('limits a search to one conversation, and forgets a conversation', async () => {
    const tema = indexItemFactory({ text: 'Container inspected.', conversationId: TEMA });
    const lagos = indexItemFactory({ text: 'Container released.', conversationId: LAGOS });
    await indexMessages(AMINA, [tema, lagos]);

    expect(await ids(AMINA, 'container', { conversationId: LAGOS })).toEqual([lagos.messageId]);
    expect(await ids(AMINA, 'container')).toHaveLength(2);

    await unindexConversation(AMINA, LAGOS);
    expect(await ids(AMINA, 'container')).toEqual([tema.messageId]);
  });

  it('never returns another member’s entries', async () => {
    const amina = indexItemFactory({ text: 'Ammunition count for Amina.' });
    const kofi = indexItemFactory({ text: 'Ammunition count for Kofi.' });
    await indexMessages(AMINA, [amina]);
    await indexMessages(KOFI, [kofi]);

    expect(await ids(AMINA, 'ammunition')).toEqual([amina.messageId]);
    expect(await ids(KOFI, 'ammunition')).toEqual([kofi.messageId]);
    expect(await ids('someone-else', 'ammunition')).toEqual([]);

    await clearSearchIndex(KOFI);
    expect(await ids(KOFI, 'ammunition')).toEqual([]);
    expect(await ids(AMINA, 'ammunition')).toEqual([amina.messageId]);
  });

  it('clears a member’s index: key and entries', async () => {
    await indexMessages(AMINA, [indexItemFactory({ text: 'Cleared soon.' })]);
    await indexMessages(KOFI, [indexItemFactory({ text: 'Kept.' })]);
    await searchMessages(AMINA, 'cleared'); // a decrypted copy in memory too

    await clearSearchIndex(AMINA);
    expect(await ids(AMINA, 'cleared')).toEqual([]);
    const keys = (await rawRecords('keys')) as Array<{ userId: string }>;
    const entries = (await rawRecords('entries')) as Array<{ userId: string }>;
    expect(keys.map((key) => key.userId)).toEqual([KOFI]);
    expect(entries.map((entry) => entry.userId)).toEqual([KOFI]);

    // Indexing again starts a new index with a new key.
    const again = indexItemFactory({ text: 'Cleared and indexed again.' });
    await indexMessages(AMINA, [again]);
    expect(await ids(AMINA, 'cleared')).toEqual([again.messageId]);
  });

  it('stores no text in clear: only ciphertext under a non-extractable key', async () => {
    const sentence = 'Fourteen Glock pistols arrive through Tema harbour on Thursday night';
    const message = indexItemFactory({ text: sentence, senderName: 'Kofi Mensah' });
    await indexMessages(AMINA, [message]);

    const entries = await rawRecords('entries');
    const keys = await rawRecords('keys');
    const stored = dump([...entries, ...keys]);
    expect(stored).toContain(message.messageId); // the clear fields are there
    expect(stored).not.toContain(sentence);
    // Every word of four letters or more (shorter ones occur in the field names: "on", "id").
    for (const word of [...sentence.split(' '), 'Kofi', 'Mensah'].filter((w) => w.length >= 4)) {
      expect(stored.toLowerCase(), word).not.toContain(word.toLowerCase());
    }
    expect(Object.keys(entries[0] as object).sort()).toEqual(
      ['conversationId', 'createdAt', 'ct', 'iv', 'keyId', 'messageId', 'senderId', 'seq', 'userId'].sort(),
    );

    const key = (keys[0] as { key: CryptoKey }).key;
    expect(key.extractable).toBe(false);
    expect(key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();

    // A search in a new session (no decrypted copy) reads it back.
    forgetSearchCache();
    expect(await ids(AMINA, 'glock harbour')).toEqual([message.messageId]);
  });

  it('skips an entry moved to another message (the ciphertext is bound to its fields)', async () => {
    const secret = indexItemFactory({ text: 'Informant lives on Ring Road.' });
    const decoy = indexItemFactory({ text: 'Lunch at noon.' });
    await indexMessages(AMINA, [secret, decoy]);

    const entries = (await rawRecords('entries')) as Array<Record<string, unknown>>;
    const sealed = entries.find((entry) => entry.messageId === secret.messageId);
    const db = await new Promise<IDBDatabase>((resolve) => {
      const open = indexedDB.open(SEARCH_DB);
      open.onsuccess = () => resolve(open.result);
    });
    await new Promise<void>((resolve) => {
      const tx = db.transaction('entries', 'readwrite');
      tx.objectStore('entries').put({ ...sealed, messageId: decoy.messageId });
      tx.oncomplete = () => resolve();
    });
    db.close();

    forgetSearchCache();
    expect(await ids(AMINA, 'informant')).toEqual([secret.messageId]);
    expect(await ids(AMINA, 'lunch')).toEqual([]);
  });

  it('sees what another tab wrote (the decrypted copy is checked against the revision)', async () => {
    const first = indexItemFactory({ text: 'Alpha report.' });
    await indexMessages(AMINA, [first]);
    expect(await ids(AMINA, 'report')).toEqual([first.messageId]);

    // Another tab's write changes the stored revision without touching this tab's copy.
    const db = await new Promise<IDBDatabase>((resolve) => {
      const open = indexedDB.open(SEARCH_DB);
      open.onsuccess = () => resolve(open.result);
    });
    await new Promise<void>((resolve) => {
      const tx = db.transaction(['keys', 'entries'], 'readwrite');
      const keys = tx.objectStore('keys');
      const current = keys.get(AMINA);
      current.onsuccess = () => {
        const record = current.result as { revision: number };
        keys.put({ ...record, revision: record.revision + 1 });
      };
      tx.objectStore('entries').delete([AMINA, first.messageId]);
      tx.oncomplete = () => resolve();
    });
    db.close();

    expect(await ids(AMINA, 'report')).toEqual([]);
  });

  it('backfills history from an async source, in batches', async () => {
    async function* pages(): AsyncGenerator<IndexItem[]> {
      for (let page = 0; page < 3; page++) {
        yield Array.from({ length: 5 }, (_, index) => indexItemFactory({ text: `History ${page}-${index}` }));
      }
    }
    const progress: number[] = [];
    const count = await backfillSearchIndex(AMINA, pages(), {
      batchSize: 4,
      onProgress: (n) => progress.push(n),
    });

    expect(count).toBe(15);
    expect(progress).toEqual([4, 8, 12, 15]);
    expect(await ids(AMINA, 'history')).toHaveLength(15);

    const controller = new AbortController();
    controller.abort();
    expect(await backfillSearchIndex(KOFI, pages(), { signal: controller.signal })).toBe(0);
  });

  it('searches 10,000 messages, and keeps up as messages arrive', { timeout: 60_000 }, async () => {
    const words = ['pistol', 'rifle', 'cartridge', 'silencer', 'magazine', 'receiver', 'barrel', 'holster'];
    const items = Array.from({ length: 10_000 }, (_, index) =>
      indexItemFactory({
        messageId: `m-${index}`,
        conversationId: index % 2 === 0 ? TEMA : LAGOS,
        text: `Lot ${index}: one ${words[index % words.length]} and spare parts, seen in case ${index % 97}.`,
        createdAt: new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString(),
        seq: index,
      }),
    );
    await indexMessages(AMINA, items);

    // Every 8th message has a silencer (index % 8 === 3); the most recent first (same relevance).
    const silencers = await searchMessages(AMINA, 'silencer', { limit: 500 });
    expect(silencers).toHaveLength(500);
    expect(silencers.slice(0, 3).map((result) => result.messageId)).toEqual(['m-9995', 'm-9987', 'm-9979']);
    const all = await searchMessages(AMINA, 'silencer case', { limit: 500, conversationId: LAGOS });
    expect(all.every((result) => result.conversationId === LAGOS)).toBe(true);

    // Every term: silencer (index % 8 === 3) in case 5 (index % 97 === 5).
    const expected = items
      .filter((_, index) => index % 8 === 3 && index % 97 === 5)
      .map((item) => item.messageId)
      .reverse();
    expect(await ids(AMINA, 'silencer "case 5."', { limit: 500 })).toEqual(expected);

    // A new message shows up in the next search (the copy in memory follows this tab's writes).
    const latest = indexItemFactory({ messageId: 'm-new', text: 'A silencer in case 5.' });
    await indexMessages(AMINA, [latest]);
    expect(await ids(AMINA, 'silencer "case 5."', { limit: 500 })).toEqual(['m-new', ...expected]);
  });
});
