import { FILES_PATH, type MessageDto } from '@cop/contracts';
import type { ChatMessageFieldsFragment } from '../../../graphql/generated/graphql';

/** An attachment of a message, as the conversation shows it. */
export interface ChatAttachment {
  id: string;
  name: string;
  contentType: string;
  size: number;
  hasPreview: boolean;
  downloadUrl: string;
  previewUrl: string | null;
}

/** A stored message, from GraphQL or a socket event (both are read into this one shape). */
export interface ChatMessage {
  id: string;
  conversationId: string;
  clientId: string;
  senderId: string;
  seq: number;
  changeSeq: number;
  scheme: string;
  /** The text (scheme `plain`); empty once deleted for everyone. */
  payload: string;
  replyToId: string | null;
  createdAt: string;
  editedAt: string | null;
  deletedAt: string | null;
  attachments: ChatAttachment[];
}

/** A message from a socket event: the download links are the files api's usual ones. */
export function fromDto(dto: MessageDto): ChatMessage {
  return {
    id: dto.id,
    conversationId: dto.conversationId,
    clientId: dto.clientId,
    senderId: dto.senderId,
    seq: dto.seq,
    changeSeq: dto.changeSeq,
    scheme: dto.scheme,
    payload: dto.payload,
    replyToId: dto.replyToId ?? null,
    createdAt: dto.createdAt,
    editedAt: dto.editedAt ?? null,
    deletedAt: dto.deletedAt ?? null,
    attachments: (dto.attachments ?? []).map((attachment) => ({
      ...attachment,
      downloadUrl: `${FILES_PATH}/${attachment.id}`,
      previewUrl: attachment.hasPreview ? `${FILES_PATH}/${attachment.id}/preview` : null,
    })),
  };
}

/** A message from GraphQL. */
export function fromGraphql(message: ChatMessageFieldsFragment): ChatMessage {
  return {
    id: message.id,
    conversationId: message.conversationId,
    clientId: message.clientId,
    senderId: message.senderId,
    seq: message.seq,
    changeSeq: message.changeSeq,
    scheme: message.scheme,
    payload: message.payload,
    replyToId: message.replyToId ?? null,
    createdAt: message.createdAt,
    editedAt: message.editedAt ?? null,
    deletedAt: message.deletedAt ?? null,
    attachments: message.attachments.map((attachment) => ({
      id: attachment.id,
      name: attachment.name,
      contentType: attachment.contentType,
      size: attachment.size,
      hasPreview: attachment.hasPreview,
      downloadUrl: attachment.downloadUrl,
      previewUrl: attachment.previewUrl ?? null,
    })),
  };
}
