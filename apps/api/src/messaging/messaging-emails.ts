import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isLanguageCode, LANGUAGES, type LanguageCode } from '@cop/contracts';
import { isUUID } from 'class-validator';
import i18next, { type i18n } from 'i18next';
import type { DataSource } from 'typeorm';
import { RealtimeHub } from '../common/realtime/realtime-hub.js';
import { APP_CONFIG } from '../config/config.js';
import type { AppConfig } from '../config/config.schema.js';
import type { UserEntity } from '../identity/entities/user.entity.js';
import { MembersService } from '../identity/members.service.js';
import { JobQueueService } from '../notifications/job-queue.service.js';
import { MailService } from '../notifications/mail.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { NOTIFICATIONS_TUNING, type NotificationsTuning } from '../notifications/notifications.tuning.js';
import { MessageSender } from './message-sender.js';
import { MESSAGING_EMAIL_QUEUE, MESSAGING_TUNING, type MessagingTuning } from './messaging.tuning.js';

const resources = Object.fromEntries(
  LANGUAGES.map(({ code }) => [
    code,
    {
      mail: JSON.parse(readFileSync(join(import.meta.dirname, 'locales', `${code}.json`), 'utf8')) as object,
    },
  ]),
);

/**
 * "You have new messages" e-mails to members who are offline. Never in the send path: each commit
 * only adds its conversation ids to a set in memory. Every `emailCollectMs` (and at shutdown) the
 * set becomes the unmuted members with unread messages in those conversations, minus those with a
 * connected socket on any instance; each gets one pg-boss job (singleton key = the member, policy
 * `short`: one waiting job per member) that runs `emailDelaySeconds` later. The job sends ONE
 * e-mail, in the member's language, if they are still an active member who has not turned e-mail
 * off and still has unread messages in unmuted conversations that arrived after their last such
 * e-mail. It names no sender, no text and no conversation: a link to /messages only.
 */
@Injectable()
export class MessagingEmails implements OnModuleInit, OnModuleDestroy {
  private readonly log = new Logger('MessagingEmails');
  private readonly i18n: i18n;
  private touched = new Set<string>();
  private timer?: NodeJS.Timeout;
  private collecting?: Promise<void>;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sender: MessageSender,
    private readonly hub: RealtimeHub,
    private readonly jobs: JobQueueService,
    private readonly mail: MailService,
    private readonly members: MembersService,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(MESSAGING_TUNING) private readonly tuning: MessagingTuning,
    @Inject(NOTIFICATIONS_TUNING) private readonly mailTuning: NotificationsTuning,
  ) {
    this.i18n = i18next.createInstance();
    void this.i18n.init({
      resources,
      fallbackLng: 'en',
      defaultNS: 'mail',
      ns: ['mail'],
      initAsync: false,
      interpolation: { escapeValue: false },
    });
  }

  onModuleInit(): void {
    this.sender.onCommitted((ids) => {
      for (const id of ids) this.touched.add(id);
    });
    this.jobs.work(MESSAGING_EMAIL_QUEUE, 1, async (job) => {
      const userId = (job.data as { userId?: unknown } | null)?.userId;
      if (typeof userId !== 'string' || !isUUID(userId)) return;
      await this.sendIfWaiting(userId);
    });
    this.timer = setInterval(() => void this.collect(), this.tuning.emailCollectMs);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    // What was collected since the last round is scheduled before the job queue stops.
    await this.collect();
  }

  /** Turns the conversations that got messages into jobs for their offline recipients. */
  async collect(): Promise<void> {
    if (this.collecting) return this.collecting;
    if (this.touched.size === 0) return;
    const ids = [...this.touched];
    this.touched = new Set();
    this.collecting = this.schedule(ids).finally(() => {
      this.collecting = undefined;
    });
    return this.collecting;
  }

  private async schedule(conversationIds: string[]): Promise<void> {
    try {
      const rows: { user_id: string }[] = await this.db.query(
        `SELECT DISTINCT me.user_id FROM conversation_member me
           JOIN conversation c ON c.id = me.conversation_id
          WHERE me.conversation_id = ANY($1::uuid[]) AND NOT me.muted AND c.last_seq > me.read_seq`,
        [conversationIds],
      );
      if (rows.length === 0) return;
      const candidates = rows.map((r) => r.user_id);
      const online = await this.hub.onlineUserIds(candidates).catch(() => new Set<string>());
      for (const userId of candidates) {
        if (online.has(userId)) continue;
        await this.jobs.enqueue(
          MESSAGING_EMAIL_QUEUE,
          { userId },
          {
            singletonKey: userId,
            startAfter: this.tuning.emailDelaySeconds,
            retryLimit: this.mailTuning.mailRetryLimit,
            retryDelay: this.mailTuning.mailRetryDelaySeconds,
            retryBackoff: true,
            expireInSeconds: this.mailTuning.mailExpireInSeconds,
          },
        );
      }
    } catch (err) {
      this.log.warn({
        msg: 'messages-waiting e-mails not scheduled',
        reason: err instanceof Error ? err.message : String(err),
      });
    }
  }

  /** Sends the e-mail when messages are still waiting; true when one was queued. */
  async sendIfWaiting(userId: string): Promise<boolean> {
    const [user] = await this.members.activeMembersByIds([userId]);
    if (!user) return false;
    if ((await this.notifications.emailMode(userId)) === 'OFF') return false;
    return this.db.transaction(async (m) => {
      // Locks the member's state row (or its absence) so two workers never both send.
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('cop:messages-waiting:' || $1))`, [userId]);
      const [waiting] = (await m.query(
        `SELECT EXISTS (
           SELECT 1 FROM conversation_member me
             JOIN message u ON u.conversation_id = me.conversation_id AND u.seq > me.read_seq
            WHERE me.user_id = $1 AND NOT me.muted AND u.sender_id <> $1 AND u.deleted_at IS NULL
              AND u.created_at > COALESCE((SELECT emailed_at FROM message_email_state WHERE user_id = $1), '-infinity')
         ) AS waiting`,
        [userId],
      )) as { waiting: boolean }[];
      if (!waiting?.waiting) return false;
      await m.query(
        `INSERT INTO message_email_state (user_id, emailed_at) VALUES ($1, now())
         ON CONFLICT (user_id) DO UPDATE SET emailed_at = now()`,
        [userId],
      );
      await this.mail.send(this.compose(user), { manager: m });
      return true;
    });
  }

  /** The e-mail: the member's language, no sender, no text, no conversation; a link to /messages. */
  compose(user: Pick<UserEntity, 'email' | 'fullName' | 'locale'>): {
    to: string;
    subject: string;
    text: string;
  } {
    const lng: LanguageCode = isLanguageCode(user.locale) ? user.locale : 'en';
    const t = this.i18n.getFixedT(lng, 'mail');
    const link = `${this.config.PUBLIC_URL.replace(/\/$/, '')}/messages`;
    const text = [
      t('greeting', { name: user.fullName }),
      '',
      t('intro'),
      '',
      t('open', { link }),
      '',
      t('privacy'),
      t('settings'),
      '',
      t('signature'),
    ].join('\n');
    return { to: user.email, subject: t('subject'), text };
  }
}
