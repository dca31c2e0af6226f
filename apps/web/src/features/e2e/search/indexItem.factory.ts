import { nextId } from '../../../test/identity.factory';
import type { IndexItem } from './searchIndex';

let seq = 0;

/** A decrypted message to index: synthetic, a test overrides what it is about. */
export function indexItemFactory(overrides: Partial<IndexItem> = {}): IndexItem {
  seq += 1;
  return {
    messageId: nextId(),
    conversationId: '5c6f2d10-0000-4000-8000-000000000001',
    senderId: '7d0f6a52-8d1c-4c57-9c2a-2f1e8b0a1c02',
    createdAt: new Date(Date.UTC(2026, 11, 7, 10, 0, seq)).toISOString(),
    seq,
    text: 'The shipment leaves Tema port on Friday.',
    ...overrides,
  };
}
