/**
 * Secure messaging: what api and web (and the benchmark) agree on.
 *
 * The server treats a message body as an opaque payload with a declared scheme. Today the only
 * scheme is `plain` (the payload is the UTF-8 text the sender typed); the end-to-end encryption
 * issue adds an encrypted scheme whose payload the server cannot read. The server never reads a
 * payload for any purpose: notifications and e-mails say only that a message is waiting.
 *
 * Ordering and catch-up: every message and every change to a message (edit, delete) takes the
 * next value of one server-wide sequence, `seq` for the creation and `changeSeq` for the latest
 * change. A client remembers the highest `changeSeq` it has applied and, after a reconnect, asks
 * for everything after it (`message.catchUp`); it merges by message id.
 *
 * Receipts are watermarks per member and conversation: "delivered up to seq N", "read up to seq
 * N". A message is read by a member when that member's read watermark is ≥ the message's seq.
 */

export const ConversationKind = { DIRECT: 'DIRECT', GROUP: 'GROUP', JIT: 'JIT' } as const;
export type ConversationKind = (typeof ConversationKind)[keyof typeof ConversationKind];

/** READER: reads but does not write (a JIT observer, or everyone once the workspace is closed). */
export const ConversationRole = { ADMIN: 'ADMIN', MEMBER: 'MEMBER', READER: 'READER' } as const;
export type ConversationRole = (typeof ConversationRole)[keyof typeof ConversationRole];

/**
 * How a payload is to be read: `plain` (text the server could read: older and demo messages) or
 * `e2e-v1` (an `E2eEnvelope`, see e2e.ts, that only the members' devices can open).
 */
export const MessageScheme = { PLAIN: 'plain', E2E_V1: 'e2e-v1' } as const;
export type MessageScheme = (typeof MessageScheme)[keyof typeof MessageScheme];

export const MESSAGING_LIMITS = {
  /** Characters of a plain message. */
  bodyMax: 10_000,
  /**
   * Bytes of a payload as sent over the socket (any scheme): room for an `e2e-v1` envelope of the
   * longest text wrapped for `E2E_LIMITS.recipientsMax` devices (about 160 bytes each).
   */
  payloadMaxBytes: 128 * 1024,
  titleMin: 1,
  titleMax: 120,
  /** Members of a group, creator included. */
  groupMin: 3,
  groupMax: 100,
  attachmentsMax: 10,
  /** Messages per history page (GraphQL `messages`). */
  pageMax: 100,
  /** Messages per catch-up answer; `hasMore` says to ask again. */
  catchUpMax: 500,
  /** A typing indicator is dropped by clients when not renewed within this time. */
  typingTtlMs: 6_000,
} as const;

/**
 * Socket events. Client → server events answer through the socket.io acknowledgement with a
 * `MessagingAck`; server → client events are pushed to the sockets of the conversation's current
 * members (room `conversation:<id>`, which the server makes every member's sockets join at
 * connect time and when they are added, and leave when they are removed or leave).
 */
export const MESSAGING_EVENTS = {
  // client → server (with acknowledgement)
  /** `{ conversationId, clientId, scheme, payload, replyToId?, attachmentIds? }` → `{ ok, message }` */
  send: 'message.send',
  /** `{ messageId, scheme, payload }` → `{ ok, message }` (sender only) */
  edit: 'message.edit',
  /** `{ messageId }` → `{ ok, message }` (sender only; delete for everyone) */
  delete: 'message.delete',
  /** `{ conversationId, seq, read: boolean }` → `{ ok }` raises the delivered (and read) watermark */
  receipt: 'message.receipt',
  /** `{ afterChangeSeq }` → `{ ok, messages, hasMore, lastChangeSeq }` messages created or changed after it */
  catchUp: 'message.catchUp',
  /** `{ conversationId, typing: boolean }` → `{ ok }` */
  typing: 'conversation.typing',
  /** `{ conversationId }` → `{ ok }` joins the room again (after a reconnect the server already has) */
  join: 'conversation.join',

  // server → client
  /** `MessageEvent`: a new message in one of your conversations (also to the sender's other tabs). */
  created: 'message.created',
  /** `MessageEvent`: a message was edited or deleted for everyone. */
  updated: 'message.updated',
  /** `ReceiptEvent`: a member's delivered/read watermark moved. */
  receiptUpdated: 'message.receipt.updated',
  /** `TypingEvent` (never sent back to the typist). */
  typingUpdated: 'conversation.typing.updated',
  /** `{ conversationId }`: title, members or roles changed; read the conversation again. */
  conversationUpdated: 'conversation.updated',
  /** `{ conversationId }`: you were removed or left; forget it (history is no longer readable). */
  conversationRemoved: 'conversation.removed',
  /** `{ code, message }`: a malformed event or an error without acknowledgement callback. */
  error: 'messaging.error',
} as const;

/** A message as the socket events and GraphQL carry it. Dates are ISO strings. */
export interface MessageDto {
  id: string;
  conversationId: string;
  /** The sender's own id for this message (idempotency key, unique per sender). */
  clientId: string;
  senderId: string;
  seq: number;
  changeSeq: number;
  scheme: MessageScheme;
  /** Empty once deleted for everyone. */
  payload: string;
  replyToId: string | null;
  attachments: MessageAttachmentDto[];
  createdAt: string;
  editedAt: string | null;
  deletedAt: string | null;
}

export interface MessageAttachmentDto {
  id: string;
  name: string;
  contentType: string;
  size: number;
  hasPreview: boolean;
}

export interface MessageEvent {
  message: MessageDto;
}

export interface ReceiptEvent {
  conversationId: string;
  userId: string;
  deliveredSeq: number;
  readSeq: number;
}

export interface TypingEvent {
  conversationId: string;
  userId: string;
  typing: boolean;
}

export interface SendMessageRequest {
  conversationId: string;
  /** A UUID the client makes once per message and reuses on every retry. */
  clientId: string;
  scheme: MessageScheme;
  payload: string;
  replyToId?: string | null;
  attachmentIds?: string[];
}

export interface CatchUpAnswer {
  messages: MessageDto[];
  hasMore: boolean;
  /** The highest changeSeq in `messages` (or the one asked for when empty). */
  lastChangeSeq: number;
}

export type MessagingAck<T = object> =
  | ({ ok: true } & T)
  | { ok: false; code: string; message: string; fields?: { field: string; code: string; message: string }[] };
