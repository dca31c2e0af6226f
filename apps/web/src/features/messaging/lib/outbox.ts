/**
 * Messages written but not yet acknowledged by the server. Kept in this browser's localStorage
 * (personal storage: removed when the signed-in person changes, see app/personal-storage.ts), so a
 * message written on a dropped link survives a reload and is sent once the link is back. Each
 * message has its client id, made once when it is written and sent again on every retry: the
 * server stores it once however often it arrives.
 *
 * With end-to-end encryption (`encrypted`), storage never holds a message's text or its files'
 * keys: only `sealed`, the content sealed to this device (EngineCrypto.sealLocal). A message not yet
 * sealed (a moment after it is written) is kept in memory only; one read back after a reload is
 * `locked` (no text) until this device opens it again.
 */
import type { E2eFileRef } from '@cop/contracts';

export const OUTBOX_PREFIX = 'cop.messaging.outbox:';

export type OutboxState = 'queued' | 'sending' | 'failed';

export interface OutboxItem {
  clientId: string;
  conversationId: string;
  payload: string;
  replyToId: string | null;
  /** Files uploaded before it was written (uploads need the link). */
  attachmentIds: string[];
  /** End-to-end encrypted files: how to open each upload (in memory only when encrypted). */
  files?: E2eFileRef[];
  /** The content sealed to this device: what storage keeps of an encrypted outbox. */
  sealed?: string;
  /** Read back from storage and not opened yet: `payload` and `files` are not known. */
  locked?: boolean;
  /** When it was written (ISO). */
  createdAt: string;
  state: OutboxState;
  /** Why the last try failed (the server's code, or TIMEOUT). */
  error?: string;
}

export interface NewOutboxItem {
  conversationId: string;
  payload: string;
  replyToId?: string | null;
  attachmentIds?: string[];
  files?: E2eFileRef[];
}

function makeId(): string {
  return globalThis.crypto.randomUUID();
}

/** The outbox of one person, oldest first; every change is written through to storage. */
export class Outbox {
  private list: OutboxItem[];
  private closed = false;

  constructor(
    private readonly userId: string,
    private readonly storage: Storage | undefined = globalThis.localStorage,
    private readonly encrypted = false,
  ) {
    // A send cut short by a reload was never acknowledged: it goes again, with its client id.
    this.list = this.read().map((item) => {
      const state = item.state === 'sending' ? 'queued' : item.state;
      return encrypted && item.sealed
        ? { ...item, state, payload: '', files: [], locked: true }
        : { ...item, state };
    });
  }

  get items(): readonly OutboxItem[] {
    return this.list;
  }

  /** Adds a message at the end; its client id is made here, once. */
  add(input: NewOutboxItem, now: Date = new Date()): OutboxItem {
    const item: OutboxItem = {
      clientId: makeId(),
      conversationId: input.conversationId,
      payload: input.payload,
      replyToId: input.replyToId ?? null,
      attachmentIds: input.attachmentIds ?? [],
      ...(input.files?.length ? { files: input.files } : {}),
      createdAt: now.toISOString(),
      state: 'queued',
    };
    this.list = [...this.list, item];
    this.write();
    return item;
  }

  /** The oldest message waiting to be sent (a failed one waits for the person's retry). */
  next(): OutboxItem | undefined {
    return this.list.find((item) => item.state === 'queued');
  }

  set(clientId: string, state: OutboxState, error?: string): void {
    this.list = this.list.map((item) =>
      item.clientId === clientId ? { ...item, state, ...(error ? { error } : { error: undefined }) } : item,
    );
    this.write();
  }

  /** Keeps the content sealed to this device (what storage holds of an encrypted item). */
  seal(clientId: string, sealed: string): void {
    this.list = this.list.map((item) => (item.clientId === clientId ? { ...item, sealed } : item));
    this.write();
  }

  /** The content of an item read back locked, once this device opened it (memory only). */
  unlock(clientId: string, content: { text: string; files?: E2eFileRef[] }): void {
    this.list = this.list.map((item) =>
      item.clientId === clientId
        ? { ...item, payload: content.text, files: content.files ?? [], locked: false }
        : item,
    );
  }

  /** Sends still in flight go back to waiting (the link dropped before their answer). */
  requeueSending(): void {
    if (!this.list.some((item) => item.state === 'sending')) return;
    this.list = this.list.map((item) => (item.state === 'sending' ? { ...item, state: 'queued' } : item));
    this.write();
  }

  remove(clientId: string): void {
    const next = this.list.filter((item) => item.clientId !== clientId);
    if (next.length === this.list.length) return;
    this.list = next;
    this.write();
  }

  /** Stops writing to storage: the person signed out, and nothing of theirs may be written again. */
  close(): void {
    this.closed = true;
  }

  private get key(): string {
    return OUTBOX_PREFIX + this.userId;
  }

  private read(): OutboxItem[] {
    try {
      const raw = this.storage?.getItem(this.key);
      const parsed: unknown = raw ? JSON.parse(raw) : [];
      return Array.isArray(parsed) ? parsed.filter(isOutboxItem) : [];
    } catch {
      return [];
    }
  }

  private write(): void {
    if (this.closed) return;
    try {
      // Encrypted: only sealed items, without their text or file keys.
      const kept = this.encrypted
        ? this.list
            .filter((item) => item.sealed)
            .map(({ payload: _text, files: _files, locked: _locked, ...item }) => ({ ...item, payload: '' }))
        : this.list;
      if (kept.length === 0) this.storage?.removeItem(this.key);
      else this.storage?.setItem(this.key, JSON.stringify(kept));
    } catch {
      // Full or unavailable: the outbox lives as long as the page.
    }
  }
}

function isOutboxItem(value: unknown): value is OutboxItem {
  if (value === null || typeof value !== 'object') return false;
  const item = value as Record<string, unknown>;
  return (
    typeof item.clientId === 'string' &&
    typeof item.conversationId === 'string' &&
    typeof item.payload === 'string' &&
    typeof item.createdAt === 'string' &&
    Array.isArray(item.attachmentIds) &&
    (item.sealed === undefined || typeof item.sealed === 'string') &&
    (item.state === 'queued' || item.state === 'sending' || item.state === 'failed')
  );
}

/** Where the highest change applied is kept, per person (catch-up after a reconnect starts there). */
export const SYNC_PREFIX = 'cop.messaging.sync:';

export function readCursor(userId: string, storage: Storage | undefined = globalThis.localStorage) {
  try {
    const raw = storage?.getItem(SYNC_PREFIX + userId);
    const value = raw === null || raw === undefined ? NaN : Number(raw);
    return Number.isFinite(value) ? value : null;
  } catch {
    return null;
  }
}

export function writeCursor(
  userId: string,
  value: number,
  storage: Storage | undefined = globalThis.localStorage,
): void {
  try {
    storage?.setItem(SYNC_PREFIX + userId, String(value));
  } catch {
    // Unavailable: a reload then starts from the conversation list.
  }
}
