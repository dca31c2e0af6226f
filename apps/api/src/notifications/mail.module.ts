import { Module } from '@nestjs/common';
import { JobQueueService } from './job-queue.service.js';
import { MailService } from './mail.service.js';
import { MailTransport } from './mail-transport.js';
import { MailWorker } from './mail.worker.js';
import { DEFAULT_NOTIFICATIONS_TUNING, NOTIFICATIONS_TUNING } from './notifications.tuning.js';
import { OutboxResolver } from './outbox.resolver.js';
import { OutboxService } from './outbox.service.js';

/**
 * E-mail (queued on pg-boss, sent by nodemailer), the job queue and the local outbox. Needs only
 * the global ConfigModule and DatabaseModule (DATABASE_URL); NotificationsModule builds on it.
 */
@Module({
  providers: [
    { provide: NOTIFICATIONS_TUNING, useValue: DEFAULT_NOTIFICATIONS_TUNING },
    JobQueueService,
    MailTransport,
    MailWorker,
    MailService,
    OutboxService,
    OutboxResolver,
  ],
  exports: [MailService, JobQueueService, NOTIFICATIONS_TUNING],
})
export class MailModule {}
