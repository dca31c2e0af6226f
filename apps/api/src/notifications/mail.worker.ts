import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type PgBoss from 'pg-boss';
import { JobQueueService } from './job-queue.service.js';
import { mailMessageFromJob, recipientDomain } from './mail-message.js';
import { MailTransport } from './mail-transport.js';
import { MAIL_QUEUE, NOTIFICATIONS_TUNING, type NotificationsTuning } from './notifications.tuning.js';

/**
 * Works the `mail.send` queue: each job is one message handed to MailTransport. A failed attempt
 * throws, so pg-boss retries it with backoff; only after the last retry is a message given up
 * (logged as an error; the job stays in pgboss.job as `failed`).
 *
 * Logs carry the job id, the recipient's domain and the outcome only: never the address, the
 * subject, the body or its links (they hold single-use tokens).
 */
@Injectable()
export class MailWorker implements OnModuleInit {
  private readonly log = new Logger('Mail');

  constructor(
    private readonly jobs: JobQueueService,
    private readonly transport: MailTransport,
    @Inject(NOTIFICATIONS_TUNING) private readonly tuning: NotificationsTuning,
  ) {}

  onModuleInit(): void {
    this.jobs.work(MAIL_QUEUE, this.tuning.mailConcurrency, (job) => this.deliver(job));
  }

  private async deliver(job: PgBoss.JobWithMetadata<unknown>): Promise<void> {
    const message = mailMessageFromJob(job.data);
    const domain = recipientDomain(message?.to);
    const attempt = job.retryCount + 1;
    if (!message) {
      this.log.error({ msg: 'mail job holds no valid message', jobId: job.id, attempt });
      throw new Error('mail job holds no valid message');
    }
    try {
      await this.transport.deliver(job.id, message);
    } catch (err) {
      const cause = failureCause(err);
      const last = job.retryCount >= job.retryLimit;
      const entry = {
        msg: last ? 'mail not sent, giving up' : 'mail not sent, will retry',
        jobId: job.id,
        domain,
        attempt,
        ...cause,
      };
      if (last) this.log.error(entry);
      else this.log.warn(entry);
      // A fresh error: the original may quote the address or the server's answer about it.
      throw new Error(
        `mail not sent (${cause.code ?? 'error'}${cause.responseCode ? ` ${cause.responseCode}` : ''})`,
      );
    }
    this.log.log({ msg: 'mail sent', jobId: job.id, domain, attempt, via: this.transport.destination });
  }
}

/** What may be logged about a failure: nodemailer's error code and the SMTP reply code. */
function failureCause(err: unknown): { code?: string; responseCode?: number } {
  if (typeof err !== 'object' || err === null) return {};
  const { code, responseCode } = err as { code?: unknown; responseCode?: unknown };
  return {
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof responseCode === 'number' ? { responseCode } : {}),
  };
}
