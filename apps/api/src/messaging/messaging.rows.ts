import type { ConversationKind, ConversationRole, MessageDto, MessageScheme } from '@cop/contracts';
import type { Attachment } from '../files/dto/attachment.type.js';
import type { Conversation, ConversationMember, Message } from './dto/messaging.types.js';

/** The owner type of message attachments in files/. */
export const MESSAGE_SUBJECT = 'message';

/** Columns of a message row, for `FROM message m`. */
export const MESSAGE_COLUMNS = `m.id, m.conversation_id, m.sender_id, m.client_id, m.seq, m.change_seq, m.scheme,
  m.payload, m.reply_to_id, m.created_at, m.edited_at, m.deleted_at`;

/** A message as PostgreSQL answers it (bigint as text; as numbers and ISO text through JSON). */
export interface MessageRow {
  id: string;
  conversation_id: string;
  sender_id: string;
  client_id: string;
  seq: string | number;
  change_seq: string | number;
  scheme: string;
  payload: string;
  reply_to_id: string | null;
  created_at: Date | string;
  edited_at: Date | string | null;
  deleted_at: Date | string | null;
}

export interface ConversationRow {
  id: string;
  kind: ConversationKind;
  title: string | null;
  jit_workspace_id: string | null;
  created_at: Date;
  last_message_at: Date;
  last_seq: string;
  e2e_since: Date | null;
  my_role: ConversationRole;
  muted: boolean;
  unread_count: number;
  /** The newest message, through row_to_json. */
  last_message: MessageRow | null;
}

export interface MemberRow {
  conversation_id: string;
  user_id: string;
  role: ConversationRole;
  joined_at: Date;
  delivered_seq: string;
  read_seq: string;
  read_at: Date | null;
}

const date = (v: Date | string): Date => (v instanceof Date ? v : new Date(v));
const dateOrNull = (v: Date | string | null): Date | null => (v === null ? null : date(v));

export function toMessage(row: MessageRow): Message {
  return {
    id: row.id,
    conversationId: row.conversation_id,
    clientId: row.client_id,
    senderId: row.sender_id,
    seq: Number(row.seq),
    changeSeq: Number(row.change_seq),
    scheme: row.scheme,
    payload: row.deleted_at ? '' : row.payload,
    replyToId: row.reply_to_id,
    createdAt: date(row.created_at),
    editedAt: dateOrNull(row.edited_at),
    deletedAt: dateOrNull(row.deleted_at),
  };
}

/** The socket form of a message (the contract's MessageDto). */
export function toMessageDto(row: MessageRow, attachments: readonly Attachment[] = []): MessageDto {
  const m = toMessage(row);
  return {
    id: m.id,
    conversationId: m.conversationId,
    clientId: m.clientId,
    senderId: m.senderId,
    seq: m.seq,
    changeSeq: m.changeSeq,
    scheme: m.scheme as MessageScheme,
    payload: m.payload,
    replyToId: m.replyToId,
    attachments: m.deletedAt
      ? []
      : attachments.map((a) => ({
          id: a.id,
          name: a.name,
          contentType: a.contentType,
          size: a.size,
          hasPreview: a.hasPreview,
        })),
    createdAt: m.createdAt.toISOString(),
    editedAt: m.editedAt?.toISOString() ?? null,
    deletedAt: m.deletedAt?.toISOString() ?? null,
  };
}

export function toConversation(row: ConversationRow): Conversation {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    jitWorkspaceId: row.jit_workspace_id,
    myRole: row.my_role,
    muted: row.muted,
    unreadCount: row.unread_count,
    lastSeq: Number(row.last_seq),
    e2eSince: row.e2e_since,
    lastActivityAt: row.last_message_at,
    createdAt: row.created_at,
    lastMessage: row.last_message ? toMessage(row.last_message) : null,
  };
}

export function toConversationMember(row: MemberRow): Omit<ConversationMember, 'member'> {
  return {
    userId: row.user_id,
    role: row.role,
    deliveredSeq: Number(row.delivered_seq),
    readSeq: Number(row.read_seq),
    readAt: row.read_at,
    joinedAt: row.joined_at,
  };
}
