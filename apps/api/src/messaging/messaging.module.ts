import { Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConversationAccess } from '../access/conversation.access.js';
import { FilesService } from '../files/files.service.js';
import { MembersService } from '../identity/members.service.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { DevicesResolver } from './devices/devices.resolver.js';
import { DevicesService } from './devices/devices.service.js';
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
 * to the conversation's current members while the message is not deleted), "messages waiting"
 * e-mails to offline members, and the devices and key backups of end-to-end encryption (devices/).
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
    DevicesService,
    DevicesResolver,
  ],
  exports: [MessagingService, MESSAGING_TUNING],
})
export class MessagingModule implements OnModuleInit {
  constructor(
    private readonly access: ConversationAccess,
    private readonly files: FilesService,
    private readonly members: MembersService,
    private readonly devices: DevicesService,
  ) {}

  onModuleInit(): void {
    // A suspended or deactivated member's keys stop being published at once (the queries read the
    // status); the members who encrypt to them are told to fetch the device lists again.
    this.members.onStatusChanged((userId) => void this.devices.announce(userId));
    this.files.registerOwner(MESSAGE_SUBJECT, (principal, messageIds) =>
      this.access.readableMessageIds(principal.userId, messageIds),
    );
  }
}
