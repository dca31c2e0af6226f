/**
 * Messages written but not yet acknowledged by the server. Kept in this browser's localStorage
 * (personal storage: removed when the signed-in person changes, see app/personal-storage.ts), so a
 * message written on a dropped link survives a reload and is sent once the link is back. Each
 * message has its client id, made once when it is written and sent again on every retry: the
 * server stores it once however often it arrives.
 */
export const OUTBOX_PREFIX = 'cop.messaging.outbox:';

export type OutboxState = 'queued' | 'sending' | 'failed';

export interface OutboxItem {
  clientId: string;
  conversationId: string;
  payload: string;
  replyToId: string | null;
  /** Files uploaded before it was written (uploads need the link). */
  attachmentIds: string[];
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
  ) {
    // A send cut short by a reload was never acknowledged: it goes again, with its client id.
    this.list = this.read().map((item) => (item.state === 'sending' ? { ...item, state: 'queued' } : item));
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
      if (this.list.length === 0) this.storage?.removeItem(this.key);
      else this.storage?.setItem(this.key, JSON.stringify(this.list));
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
