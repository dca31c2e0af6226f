import { Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConversationAccess } from '../access/conversation.access.js';
import { FilesService } from '../files/files.service.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { MESSAGING_ENTITIES } from './entities/index.js';
import { MessageSender } from './message-sender.js';
import { MessagingEmails } from './messaging-emails.js';
import { MessagingGateway } from './messaging.gateway.js';
import { MessagingLoaderFactory } from './messaging.loaders.js';
import { ConversationMemberResolver, ConversationResolver, MessageResolver } from './messaging.resolver.js';
import { MESSAGE_SUBJECT } from './messaging.rows.js';
import { MessagingService } from './messaging.service.js';
import { DEFAULT_MESSAGING_TUNING, MESSAGING_TUNING } from './messaging.tuning.js';

/**
 * Secure messaging: direct and group conversations, messages sent over the socket with group
 * commit, watermark receipts, typing, catch-up, attachments (files/ owner type `message`, visible
 * to the conversation's current members while the message is not deleted) and "messages waiting"
 * e-mails to offline members.
 */
@Module({
  imports: [TypeOrmModule.forFeature(MESSAGING_ENTITIES), NotificationsModule],
  providers: [
    { provide: MESSAGING_TUNING, useValue: DEFAULT_MESSAGING_TUNING },
    MessageSender,
    MessagingService,
    MessagingEmails,
    MessagingLoaderFactory,
    ConversationResolver,
    ConversationMemberResolver,
    MessageResolver,
    MessagingGateway,
  ],
  exports: [MessagingService, MESSAGING_TUNING],
})
export class MessagingModule implements OnModuleInit {
  constructor(
    private readonly access: ConversationAccess,
    private readonly files: FilesService,
  ) {}

  onModuleInit(): void {
    this.files.registerOwner(MESSAGE_SUBJECT, (principal, messageIds) =>
      this.access.readableMessageIds(principal.userId, messageIds),
    );
  }
}
