import {
  ConversationEntity,
  ConversationMemberEntity,
  MessageEmailStateEntity,
} from './conversation.entity.js';
import { MessageEntity } from './message.entity.js';

export { ConversationEntity, ConversationMemberEntity, MessageEmailStateEntity, MessageEntity };

export const MESSAGING_ENTITIES = [
  ConversationEntity,
  ConversationMemberEntity,
  MessageEntity,
  MessageEmailStateEntity,
];
