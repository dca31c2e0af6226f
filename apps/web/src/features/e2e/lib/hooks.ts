import type { Client } from 'urql';
import { indexMessages, unindexMessage, type IndexItem } from '../search/searchIndex';
import { noteNewMessageKeys } from './backup';
import type { MessageCryptoHooks } from './messageCrypto';

/** Opened texts wait this long to go into the search index together (one transaction). */
const INDEX_BATCH_MS = 300;

/**
 * What happens around opening messages in the app: new message keys go into the key backup (when
 * this device keeps one), opened texts into the encrypted local search index, and messages deleted
 * for everyone out of it.
 */
export function e2eHooks(client: Client): MessageCryptoHooks {
  const waiting = new Map<string, IndexItem[]>();
  // What this session already sent to the index (message id and change): a history page read
  // again, or a message seen live and then in a page, is not written twice.
  const done = new Set<string>();
  const firstTime = (userId: string, message: { id: string; changeSeq?: number }, what: string) => {
    const key = `${userId}:${message.id}:${message.changeSeq ?? ''}:${what}`;
    if (done.has(key)) return false;
    done.add(key);
    return true;
  };
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    timer = null;
    for (const [userId, items] of waiting) {
      // A full or unavailable IndexedDB costs search, never reading: failures are dropped.
      void indexMessages(userId, items).catch(() => undefined);
    }
    waiting.clear();
  };
  return {
    onNewMessageKeys: (userId) => noteNewMessageKeys(client, userId),
    onOpened: (userId, message, content) => {
      if (!firstTime(userId, message, 'indexed')) return;
      const items = waiting.get(userId) ?? [];
      items.push({
        messageId: message.id,
        conversationId: message.conversationId,
        senderId: message.senderId,
        createdAt: message.createdAt,
        seq: message.seq,
        text: content.text,
        ...(message.changeSeq !== undefined ? { version: message.changeSeq } : {}),
      });
      waiting.set(userId, items);
      timer ??= setTimeout(flush, INDEX_BATCH_MS);
    },
    onDeleted: (userId, message) => {
      if (!firstTime(userId, message, 'deleted')) return;
      void unindexMessage(userId, message.id, message.changeSeq).catch(() => undefined);
    },
  };
}
