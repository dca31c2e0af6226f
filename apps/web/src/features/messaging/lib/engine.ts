import {
  E2E_EVENTS,
  MESSAGING_EVENTS,
  MESSAGING_LIMITS,
  MessageScheme,
  type CatchUpAnswer,
  type MessageDto,
  type MessagingAck,
  type ReceiptEvent,
  type SendMessageRequest,
  type TypingEvent,
} from '@cop/contracts';
import type { Socket } from 'socket.io-client';
import { onMessageKeysRestored } from '../../e2e/lib/backup';
import type { EngineCrypto, Opened } from '../../e2e/lib/messageCrypto';
import { catchUp, inOrder, mergeMessages } from './merge';
import { Outbox, readCursor, writeCursor, type NewOutboxItem, type OutboxItem } from './outbox';
import type { Watermark } from './receipts';
import { fromDto, type ChatMessage } from './types';

/** What the engine needs of a socket.io client socket (the session's; a fake in tests). */
export type EngineSocket = Pick<Socket, 'connected' | 'on' | 'off' | 'emit'>;

/** Something happened that a list or a count may want to read again. */
export type EngineActivity =
  | { kind: 'message'; conversationId: string; fromOther: boolean }
  | { kind: 'receipt'; conversationId: string; userId: string }
  | { kind: 'conversation'; conversationId: string; removed: boolean }
  /** A member's devices changed: safety numbers and recipient lists are read again. */
  | { kind: 'devices'; userId: string }
  | { kind: 'resync' };

export interface EngineOptions {
  storage?: Storage;
  /** How long an acknowledgement may take before the send counts as failed (and is retried later). */
  ackTimeoutMs?: number;
  /** Delivered receipts of messages arriving together are sent once, after this pause. */
  deliveredDelayMs?: number;
  /** Online/offline events of the browser; none in tests unless given. */
  window?: Pick<Window, 'addEventListener' | 'removeEventListener'> & { navigator: { onLine: boolean } };
  /**
   * End-to-end encryption: messages are sent sealed (`e2e-v1`) and opened as they arrive, and the
   * outbox keeps them sealed. Without it (some tests), messages are sent and read as `plain`.
   */
  crypto?: EngineCrypto;
}

/** Failures worth trying again on their own once the link is back. */
const TRANSIENT = new Set(['TIMEOUT', 'INTERNAL', 'RATE_LIMITED', 'NETWORK']);

type Listener = () => void;

/**
 * The messaging side of one signed-in person's session socket: the messages known per
 * conversation (merged by id from history, live events, catch-up and acknowledgements), the
 * members' receipt watermarks, who is typing, and the outbox. After every (re)connect it catches
 * up from the highest change applied, then sends the outbox in order, one message at a time, each
 * with the client id it was given when written. Components read it through useSyncExternalStore.
 */
export class MessagingEngine {
  readonly outbox: Outbox;
  /** Bumped on every change: the snapshot components subscribe to. */
  version = 0;
  private messages = new Map<string, ReadonlyMap<string, ChatMessage>>();
  private sorted = new Map<string, ChatMessage[]>();
  private watermarks = new Map<string, Map<string, Watermark>>();
  private typing = new Map<string, Map<string, number>>();
  private typingTimer: ReturnType<typeof setTimeout> | null = null;
  private cursor: number | null;
  private catchingUp = false;
  private liveMax = 0;
  private pumping = false;
  private disposed = false;
  private online: boolean;
  private listeners = new Set<Listener>();
  private activityListeners = new Set<(activity: EngineActivity) => void>();
  private pendingAcks = new Set<(answer: null) => void>();
  private deliveredPending = new Map<string, number>();
  private deliveredSent = new Map<string, number>();
  private readSent = new Map<string, number>();
  private deliveredTimer: ReturnType<typeof setTimeout> | null = null;
  private detach: Array<() => void> = [];
  private readonly ackTimeoutMs: number;
  private readonly deliveredDelayMs: number;
  private readonly storage: Storage | undefined;
  private readonly crypto: EngineCrypto | undefined;
  /** Opened messages by id, with the payload they were opened from (an edit opens again). */
  private opened = new Map<string, { payload: string; value: Opened }>();
  /** Messages waiting to be opened, by id (a newer payload of the same message replaces the older). */
  private openQueue = new Map<string, ChatMessage>();
  private opening = false;
  /** Client ids already sent again once after the api no longer knew this device. */
  private deviceRetried = new Set<string>();

  constructor(
    private readonly socket: EngineSocket,
    readonly userId: string,
    private readonly options: EngineOptions = {},
  ) {
    this.storage = options.storage ?? globalThis.localStorage;
    this.crypto = options.crypto;
    this.outbox = new Outbox(userId, this.storage, Boolean(this.crypto));
    this.cursor = readCursor(userId, this.storage);
    this.ackTimeoutMs = options.ackTimeoutMs ?? 10_000;
    this.deliveredDelayMs = options.deliveredDelayMs ?? 1_000;
    this.online = options.window?.navigator.onLine ?? true;
  }

  // ── lifecycle ─────────────────────────────────────────────────────────────────────────────

  start(): this {
    const on = <T>(event: string, handler: (payload: T) => void) => {
      this.socket.on(event, handler);
      this.detach.push(() => this.socket.off(event, handler));
    };
    on('connect', () => this.reconnected());
    on('disconnect', () => this.dropped());
    on<{ message?: MessageDto }>(MESSAGING_EVENTS.created, (event) => this.live(event));
    on<{ message?: MessageDto }>(MESSAGING_EVENTS.updated, (event) => this.live(event));
    on<ReceiptEvent>(MESSAGING_EVENTS.receiptUpdated, (event) => this.receipt(event));
    on<TypingEvent>(MESSAGING_EVENTS.typingUpdated, (event) => this.typingEvent(event));
    on<{ conversationId?: string }>(MESSAGING_EVENTS.conversationUpdated, (event) => {
      if (typeof event?.conversationId !== 'string') return;
      // Members may have come or gone: whom to encrypt to is read again.
      this.crypto?.devicesChanged(event.conversationId);
      this.activity({ kind: 'conversation', conversationId: event.conversationId, removed: false });
    });
    on<{ userId?: string }>(E2E_EVENTS.devicesChanged, (event) => {
      if (typeof event?.userId !== 'string') return;
      this.crypto?.devicesChanged();
      this.activity({ kind: 'devices', userId: event.userId });
    });
    on<{ conversationId?: string }>(MESSAGING_EVENTS.conversationRemoved, (event) => {
      if (typeof event?.conversationId !== 'string') return;
      this.forget(event.conversationId);
      this.activity({ kind: 'conversation', conversationId: event.conversationId, removed: true });
    });
    const win = this.options.window;
    if (win) {
      const goOnline = () => {
        this.online = true;
        this.changed();
        if (this.socket.connected) this.reconnected();
      };
      const goOffline = () => {
        this.online = false;
        this.changed();
      };
      win.addEventListener('online', goOnline);
      win.addEventListener('offline', goOffline);
      this.detach.push(() => {
        win.removeEventListener('online', goOnline);
        win.removeEventListener('offline', goOffline);
      });
    }
    this.crypto?.prepare();
    this.prepareOutbox();
    if (this.socket.connected) this.reconnected();
    return this;
  }

  /** Runs `undo` when the engine is disposed. */
  onDispose(undo: () => void): void {
    this.detach.push(undo);
  }

  dispose(): void {
    this.disposed = true;
    this.outbox.close();
    this.detach.forEach((undo) => undo());
    this.detach = [];
    if (this.deliveredTimer) clearTimeout(this.deliveredTimer);
    if (this.typingTimer) clearTimeout(this.typingTimer);
    this.pendingAcks.forEach((resolve) => resolve(null));
    this.listeners.clear();
    this.activityListeners.clear();
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  onActivity(listener: (activity: EngineActivity) => void): () => void {
    this.activityListeners.add(listener);
    return () => this.activityListeners.delete(listener);
  }

  /** Messages are end-to-end encrypted (always, in the app; not in some tests). */
  get encrypted(): boolean {
    return this.crypto !== undefined;
  }

  /** The link is up: the socket is connected and the browser thinks it is online. */
  get linkUp(): boolean {
    return !this.disposed && this.socket.connected && this.online;
  }

  // ── reading ───────────────────────────────────────────────────────────────────────────────

  /** The conversation's known messages, oldest first. */
  messagesOf(conversationId: string): readonly ChatMessage[] {
    let list = this.sorted.get(conversationId);
    if (!list) {
      list = inOrder(this.messages.get(conversationId) ?? new Map());
      this.sorted.set(conversationId, list);
    }
    return list;
  }

  /**
   * What a message shows: its text (plain or opened), "opening", or why it cannot be opened. An
   * encrypted message not opened yet is opened in the background; the engine changes once it is.
   */
  openedOf(
    message: Pick<
      ChatMessage,
      | 'id'
      | 'conversationId'
      | 'clientId'
      | 'senderId'
      | 'seq'
      | 'createdAt'
      | 'scheme'
      | 'payload'
      | 'deletedAt'
    >,
  ): Opened {
    if (message.scheme !== MessageScheme.E2E_V1 || message.deletedAt)
      return { kind: 'plain', text: message.payload };
    const known = this.opened.get(message.id);
    if (known && known.payload === message.payload) return known.value;
    if (!this.crypto) return { kind: 'failed', reason: 'no-device' };
    this.enqueueOpen([message as ChatMessage]);
    return { kind: 'pending' };
  }

  /**
   * Opens again the messages this device could not open for want of a key (a key backup was
   * restored meanwhile).
   */
  reopen(): void {
    this.crypto?.messageKeysRestored();
    for (const [id, entry] of this.opened) if (entry.value.kind === 'failed') this.opened.delete(id);
    this.changed();
  }

  message(conversationId: string, id: string): ChatMessage | undefined {
    return this.messages.get(conversationId)?.get(id);
  }

  /** Messages written in this conversation and not yet acknowledged, oldest first. */
  pendingOf(conversationId: string): OutboxItem[] {
    const sent = new Set(
      this.messagesOf(conversationId)
        .filter((message) => message.senderId === this.userId)
        .map((message) => message.clientId),
    );
    return this.outbox.items.filter(
      (item) => item.conversationId === conversationId && !sent.has(item.clientId),
    );
  }

  watermarksOf(conversationId: string): ReadonlyMap<string, Watermark> {
    return this.watermarks.get(conversationId) ?? new Map();
  }

  /** Who is typing in the conversation now (not oneself). */
  typingIn(conversationId: string, now: number = Date.now()): string[] {
    return [...(this.typing.get(conversationId) ?? new Map<string, number>())]
      .filter(([userId, until]) => until > now && userId !== this.userId)
      .map(([userId]) => userId);
  }

  get changeCursor(): number | null {
    return this.cursor;
  }

  // ── writing ───────────────────────────────────────────────────────────────────────────────

  /** Adds messages read through GraphQL (history pages). */
  addHistory(messages: readonly ChatMessage[]): void {
    this.apply(messages);
  }

  /** Finds a known message by id in any conversation. */
  private find(messageId: string): ChatMessage | undefined {
    for (const list of this.messages.values()) {
      const message = list.get(messageId);
      if (message) return message;
    }
    return undefined;
  }

  /** Members' watermarks as GraphQL gave them; a live receipt already newer is kept. */
  setMembers(conversationId: string, members: ReadonlyArray<{ userId: string } & Watermark>): void {
    const known = this.watermarks.get(conversationId);
    const next = new Map<string, Watermark>();
    for (const { userId, deliveredSeq, readSeq } of members) {
      const current = known?.get(userId);
      next.set(userId, {
        deliveredSeq: Math.max(deliveredSeq, current?.deliveredSeq ?? 0),
        readSeq: Math.max(readSeq, current?.readSeq ?? 0),
      });
    }
    const same =
      known?.size === next.size &&
      [...next].every(([userId, mark]) => {
        const current = known.get(userId);
        return current?.deliveredSeq === mark.deliveredSeq && current.readSeq === mark.readSeq;
      });
    if (same) return;
    this.watermarks.set(conversationId, next);
    this.changed();
  }

  /**
   * Where catch-up starts when this browser has never caught up: the newest change the conversation
   * list shows (everything older is read through GraphQL when a conversation is opened).
   */
  seedCursor(value: number): void {
    if (this.cursor !== null) return;
    this.cursor = value;
    writeCursor(this.userId, value, this.storage);
    if (this.linkUp) void this.runCatchUp();
  }

  /** Writes a message: into the outbox at once (shown as pending), sent when the link allows. */
  send(input: NewOutboxItem): OutboxItem {
    const item = this.outbox.add(input);
    this.changed();
    if (this.crypto) void this.sealAtRest(item);
    void this.pump();
    return item;
  }

  /** Tries a failed message again, with its client id. */
  retry(clientId: string): void {
    this.outbox.set(clientId, 'queued');
    this.changed();
    void this.pump();
  }

  discard(clientId: string): void {
    this.outbox.remove(clientId);
    this.changed();
  }

  async edit(messageId: string, text: string): Promise<MessagingAck> {
    let request: { messageId: string; scheme: MessageScheme; payload: string } = {
      messageId,
      scheme: MessageScheme.PLAIN,
      payload: text,
    };
    if (this.crypto) {
      const original = this.find(messageId);
      if (!original) return { ok: false, code: 'NOT_FOUND', message: 'Unknown message' };
      // The edit is sealed anew for the same message (its client id) and keeps its files.
      const before = this.openedOf(original);
      const files = before.kind === 'encrypted' ? before.files : [];
      try {
        request = {
          messageId,
          scheme: MessageScheme.E2E_V1,
          payload: await this.crypto.seal(original.conversationId, original.clientId, {
            text,
            ...(files.length ? { files } : {}),
          }),
        };
      } catch (error) {
        const code = (error as { code?: string }).code ?? 'INTERNAL';
        return { ok: false, code, message: code };
      }
    }
    const ack = await this.emitAck<{ message: MessageDto }>(MESSAGING_EVENTS.edit, request);
    if (!ack) return { ok: false, code: 'NETWORK', message: 'No answer' };
    if (ack.ok) this.applyLive([fromDto(ack.message)], false);
    return ack;
  }

  async remove(messageId: string): Promise<MessagingAck> {
    const ack = await this.emitAck<{ message: MessageDto }>(MESSAGING_EVENTS.delete, { messageId });
    if (!ack) return { ok: false, code: 'NETWORK', message: 'No answer' };
    if (ack.ok) this.applyLive([fromDto(ack.message)], false);
    return ack;
  }

  /** Tells the others the person has read the conversation up to `seq` (once per seq). */
  markRead(conversationId: string, seq: number): void {
    if (!this.linkUp || seq <= (this.readSent.get(conversationId) ?? 0)) return;
    this.readSent.set(conversationId, seq);
    void this.emitAck(MESSAGING_EVENTS.receipt, { conversationId, seq, read: true }).then((ack) => {
      // Not answered (the link dropped) or refused (too many at once): try again when asked next.
      if ((!ack || !ack.ok) && (this.readSent.get(conversationId) ?? 0) === seq) {
        this.readSent.delete(conversationId);
      }
    });
  }

  /** Asks the server to put this socket in the conversation's room (one started after connecting). */
  join(conversationId: string): void {
    if (this.socket.connected) this.socket.emit(MESSAGING_EVENTS.join, { conversationId }, () => undefined);
  }

  /** Says whether the person is typing (the server relays it to the others, nothing is stored). */
  setTyping(conversationId: string, typing: boolean): void {
    if (!this.linkUp) return;
    this.socket.emit(MESSAGING_EVENTS.typing, { conversationId, typing }, () => undefined);
  }

  // ── internals ─────────────────────────────────────────────────────────────────────────────

  private changed(): void {
    this.version++;
    this.listeners.forEach((listener) => listener());
  }

  private activity(activity: EngineActivity): void {
    this.activityListeners.forEach((listener) => listener(activity));
  }

  private reconnected(): void {
    // Failures of the link (not refusals) are tried again now.
    for (const item of this.outbox.items) {
      if (item.state === 'failed' && item.error && TRANSIENT.has(item.error))
        this.outbox.set(item.clientId, 'queued');
    }
    // What was read while the link was down is said again.
    this.readSent.clear();
    this.changed();
    this.activity({ kind: 'resync' });
    void this.runCatchUp();
    void this.pump();
  }

  private dropped(): void {
    this.pendingAcks.forEach((resolve) => resolve(null));
    this.pendingAcks.clear();
    this.outbox.requeueSending();
    this.changed();
  }

  private emitAck<T extends object = object>(
    event: string,
    payload: unknown,
  ): Promise<MessagingAck<T> | null> {
    return new Promise((resolve) => {
      let settled = false;
      const finish = (answer: MessagingAck<T> | null) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        this.pendingAcks.delete(giveUp);
        resolve(answer);
      };
      const giveUp = () => finish(null);
      const timer = setTimeout(giveUp, this.ackTimeoutMs);
      this.pendingAcks.add(giveUp);
      this.socket.emit(event, payload, (answer: unknown) =>
        finish(answer !== null && typeof answer === 'object' ? (answer as MessagingAck<T>) : null),
      );
    });
  }

  private async runCatchUp(): Promise<void> {
    if (this.catchingUp || this.cursor === null) return;
    this.catchingUp = true;
    this.liveMax = 0;
    try {
      const cursor = await catchUp(
        this.cursor,
        async (afterChangeSeq) => {
          const ack = await this.emitAck<CatchUpAnswer>(MESSAGING_EVENTS.catchUp, { afterChangeSeq });
          if (!ack || !ack.ok) throw new Error(ack ? ack.code : 'NETWORK');
          return {
            messages: ack.messages.map(fromDto),
            hasMore: ack.hasMore,
            lastChangeSeq: ack.lastChangeSeq,
          };
        },
        (page) => {
          this.applyLive(page.messages, true);
          this.saveCursor(page.lastChangeSeq);
        },
        Math.ceil(1_000_000 / MESSAGING_LIMITS.catchUpMax),
      );
      this.saveCursor(Math.max(cursor, this.liveMax));
    } catch {
      // The link dropped meanwhile: the next connect catches up from where this stopped.
    } finally {
      this.catchingUp = false;
    }
  }

  private saveCursor(value: number): void {
    if (this.cursor !== null && value <= this.cursor) return;
    this.cursor = value;
    writeCursor(this.userId, value, this.storage);
  }

  private live(event: { message?: MessageDto } | null | undefined): void {
    const dto = event?.message;
    if (!dto || typeof dto.id !== 'string' || typeof dto.conversationId !== 'string') return;
    this.applyLive([fromDto(dto)], true);
  }

  /** Messages that arrived (live, catch-up, or an acknowledgement): stored, receipts, cursor. */
  private applyLive(messages: readonly ChatMessage[], announce: boolean): void {
    if (messages.length === 0) return;
    this.apply(messages);
    let highest = 0;
    for (const message of messages) {
      highest = Math.max(highest, message.changeSeq);
      if (message.senderId !== this.userId && !message.deletedAt) {
        const pending = this.deliveredPending.get(message.conversationId) ?? 0;
        this.deliveredPending.set(message.conversationId, Math.max(pending, message.seq));
      }
    }
    if (this.catchingUp) this.liveMax = Math.max(this.liveMax, highest);
    else this.saveCursor(highest);
    if (this.deliveredPending.size > 0 && !this.deliveredTimer)
      this.deliveredTimer = setTimeout(() => this.flushDelivered(), this.deliveredDelayMs);
    if (announce) {
      const seen = new Set<string>();
      for (const message of messages) {
        const key = `${message.conversationId}:${message.senderId === this.userId}`;
        if (seen.has(key)) continue;
        seen.add(key);
        this.activity({
          kind: 'message',
          conversationId: message.conversationId,
          fromOther: message.senderId !== this.userId,
        });
      }
    }
  }

  private apply(messages: readonly ChatMessage[]): void {
    const byConversation = new Map<string, ChatMessage[]>();
    for (const message of messages) {
      const list = byConversation.get(message.conversationId) ?? [];
      list.push(message);
      byConversation.set(message.conversationId, list);
    }
    let changed = false;
    for (const [conversationId, list] of byConversation) {
      const known = this.messages.get(conversationId) ?? new Map<string, ChatMessage>();
      const merged = mergeMessages(known, list);
      if (merged === known && this.messages.has(conversationId)) continue;
      this.messages.set(conversationId, merged);
      if (this.crypto) {
        const current = list.map((message) => merged.get(message.id) ?? message);
        this.enqueueOpen(current);
        for (const message of current) {
          if (message.deletedAt) this.crypto.deleted(message);
          else if (message.scheme === MessageScheme.PLAIN) this.crypto.plainSeen(message);
        }
      }
      this.sorted.delete(conversationId);
      changed = true;
    }
    if (changed) this.changed();
  }

  private flushDelivered(): void {
    this.deliveredTimer = null;
    if (!this.linkUp) {
      // Said once the link is back (the next arrival schedules it again).
      return;
    }
    for (const [conversationId, seq] of this.deliveredPending) {
      const said = Math.max(
        this.deliveredSent.get(conversationId) ?? 0,
        this.readSent.get(conversationId) ?? 0,
      );
      if (seq <= said) continue;
      this.deliveredSent.set(conversationId, seq);
      this.socket.emit(MESSAGING_EVENTS.receipt, { conversationId, seq, read: false }, () => undefined);
    }
    this.deliveredPending.clear();
  }

  private receipt(event: ReceiptEvent | null | undefined): void {
    if (!event || typeof event.conversationId !== 'string' || typeof event.userId !== 'string') return;
    const marks = this.watermarks.get(event.conversationId) ?? new Map<string, Watermark>();
    const current = marks.get(event.userId);
    marks.set(event.userId, {
      deliveredSeq: Math.max(event.deliveredSeq, current?.deliveredSeq ?? 0),
      readSeq: Math.max(event.readSeq, current?.readSeq ?? 0),
    });
    this.watermarks.set(event.conversationId, new Map(marks));
    this.changed();
    this.activity({ kind: 'receipt', conversationId: event.conversationId, userId: event.userId });
  }

  private typingEvent(event: TypingEvent | null | undefined): void {
    if (!event || typeof event.conversationId !== 'string' || typeof event.userId !== 'string') return;
    const people = new Map(this.typing.get(event.conversationId) ?? []);
    if (event.typing) people.set(event.userId, Date.now() + MESSAGING_LIMITS.typingTtlMs);
    else people.delete(event.userId);
    this.typing.set(event.conversationId, people);
    this.changed();
    this.sweepTypingLater();
  }

  private sweepTypingLater(): void {
    if (this.typingTimer) clearTimeout(this.typingTimer);
    const now = Date.now();
    let next = Infinity;
    for (const people of this.typing.values())
      for (const until of people.values()) if (until > now) next = Math.min(next, until);
    if (next === Infinity) return;
    this.typingTimer = setTimeout(
      () => {
        this.typingTimer = null;
        this.changed();
        this.sweepTypingLater();
      },
      next - now + 50,
    );
  }

  private forget(conversationId: string): void {
    this.messages.delete(conversationId);
    this.sorted.delete(conversationId);
    this.watermarks.delete(conversationId);
    this.typing.delete(conversationId);
    this.changed();
  }

  /** Opens encrypted messages one after another in the background. */
  private enqueueOpen(messages: readonly ChatMessage[]): void {
    for (const message of messages) {
      if (message.scheme !== MessageScheme.E2E_V1 || message.deletedAt) continue;
      const known = this.opened.get(message.id);
      if (known && known.payload === message.payload) continue;
      this.openQueue.set(message.id, message);
    }
    if (!this.opening && this.openQueue.size > 0) void this.drainOpen();
  }

  private async drainOpen(): Promise<void> {
    const crypto = this.crypto;
    if (!crypto) return;
    this.opening = true;
    try {
      while (!this.disposed && this.openQueue.size > 0) {
        // Newest first: what the person is looking at opens before older history.
        const batch = [...this.openQueue.values()].sort((a, b) => b.seq - a.seq).slice(0, 20);
        batch.forEach((message) => this.openQueue.delete(message.id));
        const results = await Promise.all(
          batch.map(async (message) => ({
            message,
            value: await crypto.open(message).catch((): Opened => ({ kind: 'failed', reason: 'malformed' })),
          })),
        );
        if (this.disposed) return;
        for (const { message, value } of results) {
          this.opened.set(message.id, { payload: message.payload, value });
        }
        this.changed();
      }
    } finally {
      this.opening = false;
    }
  }

  /** Outbox items read back sealed are opened; plain ones left from before encryption are sealed. */
  private prepareOutbox(): void {
    const crypto = this.crypto;
    if (!crypto) return;
    for (const item of this.outbox.items) {
      if (item.locked && item.sealed) {
        void crypto.openLocal(item.conversationId, item.clientId, item.sealed).then((content) => {
          if (!content || this.disposed) return;
          this.outbox.unlock(item.clientId, content);
          this.changed();
        });
      } else if (!item.sealed) {
        void this.sealAtRest(item);
      }
    }
  }

  private async sealAtRest(item: OutboxItem): Promise<void> {
    try {
      const sealed = await this.crypto!.sealLocal(item.conversationId, item.clientId, {
        text: item.payload,
        ...(item.files?.length ? { files: item.files } : {}),
      });
      if (!this.disposed) this.outbox.seal(item.clientId, sealed);
    } catch {
      // No device yet (first use offline): the message stays in memory until it is sent.
    }
  }

  /** The payload to send: the text (plain), or the content sealed for every member's devices. */
  private async sealForSending(item: OutboxItem): Promise<string | { code: string }> {
    const crypto = this.crypto;
    if (!crypto) return item.payload;
    let content = { text: item.payload, files: item.files ?? [] };
    if (item.locked) {
      const opened = item.sealed
        ? await crypto.openLocal(item.conversationId, item.clientId, item.sealed)
        : null;
      if (!opened) return { code: 'E2E_LOCKED' };
      this.outbox.unlock(item.clientId, opened);
      content = { text: opened.text, files: opened.files ?? [] };
    }
    try {
      return await crypto.seal(item.conversationId, item.clientId, {
        text: content.text,
        ...(content.files.length ? { files: content.files } : {}),
      });
    } catch (error) {
      return { code: (error as { code?: string }).code ?? 'INTERNAL' };
    }
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.linkUp) {
        const item = this.outbox.next();
        if (!item) break;
        this.outbox.set(item.clientId, 'sending');
        this.changed();
        // Plain (no encryption, some tests): sent at once, without a turn of the event loop.
        const sealed = this.crypto ? await this.sealForSending(item) : item.payload;
        if (typeof sealed !== 'string') {
          this.outbox.set(item.clientId, 'failed', sealed.code);
          this.changed();
          continue;
        }
        const request: SendMessageRequest = {
          conversationId: item.conversationId,
          clientId: item.clientId,
          scheme: this.crypto ? MessageScheme.E2E_V1 : MessageScheme.PLAIN,
          payload: sealed,
          replyToId: item.replyToId,
          attachmentIds: item.attachmentIds,
        };
        const ack = await this.emitAck<{ message: MessageDto }>(MESSAGING_EVENTS.send, request);
        if (!ack) {
          // No answer: waiting again if the link dropped, else failed (retried on reconnect).
          if (this.linkUp) this.outbox.set(item.clientId, 'failed', 'TIMEOUT');
          else this.outbox.set(item.clientId, 'queued');
        } else if (ack.ok) {
          this.applyLive([fromDto(ack.message)], true);
          this.outbox.remove(item.clientId);
          this.deviceRetried.delete(item.clientId);
        } else if (
          problemOf(ack) === 'unknownDevice' &&
          this.crypto &&
          !this.deviceRetried.has(item.clientId)
        ) {
          // This browser's device was removed elsewhere: make or find it again, then send once more.
          this.deviceRetried.add(item.clientId);
          this.crypto.deviceLost();
          this.crypto.devicesChanged();
          this.outbox.set(item.clientId, 'queued');
        } else {
          this.outbox.set(item.clientId, 'failed', problemOf(ack));
        }
        this.changed();
      }
    } finally {
      this.pumping = false;
    }
  }
}

/** The most precise code of a refusal: the first field's (encryptionRequired, unknownDevice…) or the ack's. */
function problemOf(ack: { code: string; fields?: ReadonlyArray<{ code: string }> }): string {
  return ack.fields?.[0]?.code ?? ack.code;
}

let current: { socket: EngineSocket; userId: string; engine: MessagingEngine } | null = null;
/** Bumped whenever the current engine is released, so components holding it take the next one. */
let generation = 0;
const generationListeners = new Set<() => void>();

function released(): void {
  generation++;
  generationListeners.forEach((listener) => listener());
}

export function subscribeEngines(listener: () => void): () => void {
  generationListeners.add(listener);
  return () => generationListeners.delete(listener);
}

export function engineGeneration(): number {
  return generation;
}

/**
 * The engine of the session's socket and signed-in person: made on the first visit to the
 * messages, kept while the socket lives (it goes on catching up and sending the outbox while the
 * person reads other pages), replaced when the socket or the person changes.
 */
export function engineFor(
  socket: EngineSocket,
  userId: string,
  makeCrypto?: () => EngineCrypto,
): MessagingEngine {
  if (current && current.socket === socket && current.userId === userId) return current.engine;
  current?.engine.dispose();
  const crypto = makeCrypto?.();
  const engine = new MessagingEngine(socket, userId, {
    window: typeof window === 'undefined' ? undefined : window,
    crypto,
  }).start();
  if (crypto) {
    // A key backup restored (on the encryption page, or merged from another device): messages this
    // browser could not open are tried again, wherever the member is in the app.
    const off = onMessageKeysRestored((event) => {
      if (event.userId === userId) engine.reopen();
    });
    engine.onDispose(off);
  }
  current = { socket, userId, engine };
  return engine;
}

/** The session's socket closed (signed out, or another person): its engine stops for good. */
export function releaseEngine(socket: EngineSocket): void {
  if (current?.socket !== socket) return;
  current.engine.dispose();
  current = null;
  released();
}

/** Forgets the current engine (tests). */
export function resetEngine(): void {
  current?.engine.dispose();
  current = null;
  released();
}
