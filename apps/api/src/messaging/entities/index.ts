import {
  ConversationEntity,
  ConversationMemberEntity,
  MessageEmailStateEntity,
} from './conversation.entity.js';
import { KeyBackupEntity, UserDeviceEntity } from './device.entity.js';
import { MessageEntity } from './message.entity.js';

export {
  ConversationEntity,
  ConversationMemberEntity,
  KeyBackupEntity,
  MessageEmailStateEntity,
  MessageEntity,
  UserDeviceEntity,
};

export const MESSAGING_ENTITIES = [
  ConversationEntity,
  ConversationMemberEntity,
  MessageEntity,
  MessageEmailStateEntity,
  UserDeviceEntity,
  KeyBackupEntity,
];
