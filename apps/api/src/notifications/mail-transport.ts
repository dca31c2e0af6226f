import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import nodemailer, { type SendMailOptions, type SMTPSentMessageInfo, type Transporter } from 'nodemailer';
import { APP_CONFIG } from '../config/config.js';
import type { AppConfig } from '../config/config.schema.js';
import type { MailMessage } from './mail-message.js';
import { outboxFileName, outboxFolder, writeOutboxFile } from './outbox-folder.js';

export type MailDestination = 'smtp' | 'outbox';

/**
 * Hands a message to the mail server (SMTP_URL), or, without one, writes it as an .eml file to
 * DATA_DIR/mail, the outbox admins read in the portal. Throws when the message was not accepted.
 */
@Injectable()
export class MailTransport implements OnModuleDestroy {
  readonly destination: MailDestination;
  private readonly smtp?: Transporter<SMTPSentMessageInfo>;
  private readonly composer = nodemailer.createTransport({ streamTransport: true, buffer: true });
  private readonly folder: string;
  private readonly messageIdDomain: string;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.folder = outboxFolder(config);
    this.messageIdDomain = addressDomain(config.MAIL_FROM) ?? 'cop-portal.local';
    if (config.SMTP_URL) {
      this.smtp = nodemailer.createTransport({
        url: config.SMTP_URL,
        connectionTimeout: 30_000,
        greetingTimeout: 30_000,
        socketTimeout: 60_000,
      });
    }
    this.destination = this.smtp ? 'smtp' : 'outbox';
  }

  /**
   * Sends the message of job `jobId`. Its Message-ID is derived from the job id, so a retried
   * message carries the same one and a receiving system can drop a duplicate.
   */
  async deliver(jobId: string, message: MailMessage): Promise<void> {
    const mail: SendMailOptions = {
      from: this.config.MAIL_FROM,
      to: message.to,
      subject: message.subject,
      text: message.text,
      ...(message.html !== undefined ? { html: message.html } : {}),
      messageId: `<${jobId}@${this.messageIdDomain}>`,
      headers: { 'Auto-Submitted': 'auto-generated' },
    };
    if (this.smtp) {
      await this.smtp.sendMail(mail);
      return;
    }
    const info = await this.composer.sendMail(mail);
    if (!Buffer.isBuffer(info.message)) throw new Error('the mail composer did not return a buffer');
    await writeOutboxFile(this.folder, outboxFileName(new Date(), jobId), info.message);
  }

  onModuleDestroy(): void {
    this.smtp?.close();
    this.composer.close();
  }
}

function addressDomain(from: string): string | undefined {
  return /@([A-Za-z0-9.-]+)>?\s*$/.exec(from)?.[1];
}
