import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NOTIFICATION_ENTITIES } from './entities/index.js';
import { MailModule } from './mail.module.js';
import { NotificationEmails } from './notification-emails.js';
import { NotificationSubjects } from './notification-subjects.js';
import { NotificationsResolver } from './notifications.resolver.js';
import { NotificationsService } from './notifications.service.js';

/**
 * In-app notifications, notification e-mails and digests, on top of MailModule (mail, job queue,
 * outbox). Global: every domain that notifies injects NotificationsService and registers its
 * subject types with NotificationSubjects. Uses the global identity (MembersService) and access
 * (RealtimeHub) modules.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature(NOTIFICATION_ENTITIES), MailModule],
  providers: [NotificationSubjects, NotificationEmails, NotificationsService, NotificationsResolver],
  exports: [MailModule, NotificationsService, NotificationSubjects],
})
export class NotificationsModule {}
