import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { JobQueueService } from './job-queue.service.js';
import { type MailMessage, recipientDomain, validMailMessage } from './mail-message.js';
import { MAIL_QUEUE, NOTIFICATIONS_TUNING, type NotificationsTuning } from './notifications.tuning.js';

export type { MailMessage } from './mail-message.js';

/**
 * Sends e-mail, durably: `send` only queues the message (a pg-boss job in PostgreSQL) and returns
 * its job id; MailWorker delivers it, retrying with backoff while the mail server fails. Other
 * domains send mail through this service only.
 */
@Injectable()
export class MailService {
  private readonly log = new Logger('Mail');

  constructor(
    private readonly jobs: JobQueueService,
    @Inject(NOTIFICATIONS_TUNING) private readonly tuning: NotificationsTuning,
  ) {}

  /**
   * Queues one message. Throws BAD_USER_INPUT (nothing queued) when `to` is not one plain e-mail
   * address. With `manager`, the message is queued in that transaction: it leaves only if the
   * transaction commits.
   */
  async send(message: MailMessage, options: { manager?: EntityManager } = {}): Promise<string> {
    const valid = validMailMessage(message);
    const jobId = await this.jobs.send(MAIL_QUEUE, valid, {
      retryLimit: this.tuning.mailRetryLimit,
      retryDelay: this.tuning.mailRetryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: this.tuning.mailExpireInSeconds,
      manager: options.manager,
    });
    this.log.log({ msg: 'mail queued', jobId, domain: recipientDomain(valid.to) });
    return jobId;
  }
}
