import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { isLanguageCode, LANGUAGES, type LanguageCode } from '@cop/contracts';
import { isUUID } from 'class-validator';
import i18next, { type i18n } from 'i18next';
import type PgBoss from 'pg-boss';
import { DataSource, In, Repository } from 'typeorm';
import { APP_CONFIG } from '../config/config.js';
import type { AppConfig } from '../config/config.schema.js';
import type { UserEntity } from '../identity/entities/user.entity.js';
import { MembersService } from '../identity/members.service.js';
import { NotificationPreferenceEntity } from './entities/notification-preference.entity.js';
import { JobQueueService } from './job-queue.service.js';
import { MailService } from './mail.service.js';
import { EMAILED_KINDS, type EmailMode, type NotificationKind } from './notification-kinds.js';
import { NotificationSubjects, subjectKey } from './notification-subjects.js';
import { backgroundPrincipal } from './background-principal.js';
import {
  NOTIFICATION_DIGEST_CRON,
  NOTIFICATION_DIGEST_QUEUE,
  NOTIFICATION_EMAIL_QUEUE,
  NOTIFICATIONS_TUNING,
  type NotificationsTuning,
} from './notifications.tuning.js';

/** Notifications older than this are never e-mailed (e.g. after switching from OFF to DAILY). */
const EMAIL_LOOKBACK = '7 days';

const resources = Object.fromEntries(
  LANGUAGES.map(({ code }) => [
    code,
    {
      mail: JSON.parse(readFileSync(join(import.meta.dirname, 'locales', `${code}.json`), 'utf8')) as object,
    },
  ]),
);

/** How many notifications of each e-mailed kind one e-mail reports. */
export type EmailCounts = Record<'MENTION' | 'THREAD_REPLY' | 'NEW_THREAD', number>;

interface PendingRow {
  id: string;
  kind: NotificationKind;
  subject_type: string;
  subject_id: string;
}

/**
 * E-mail about notifications, per the member's preference (no preference row = IMMEDIATE):
 *
 * - IMMEDIATE: `schedule()` queues one job per member on `notifications.email`, to run
 *   NOTIFICATION_EMAIL_DELAY seconds later. The queue's policy (`short`) keeps at most one job per
 *   member waiting, so a burst of notifications makes one e-mail. The job takes what is then still
 *   unread and not yet e-mailed; nothing read in the portal meanwhile is e-mailed.
 * - DAILY: a pg-boss cron schedule (06:00 UTC) runs `sendDigests()`: one e-mail per DAILY member
 *   with unread, un-e-mailed notifications.
 * - OFF: nothing.
 *
 * An e-mail never holds restricted content: no titles, text, names of people, categories or
 * groups — only counts by kind and a link to /notifications. Its notifications are stamped
 * `emailed_at` and the mail job is queued in the same transaction, so a retry never sends twice.
 * Members who are not ACTIVE get no e-mail.
 */
@Injectable()
export class NotificationEmails implements OnModuleInit {
  private readonly log = new Logger('NotificationEmails');
  private readonly i18n: i18n;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(NotificationPreferenceEntity)
    private readonly preferences: Repository<NotificationPreferenceEntity>,
    private readonly jobs: JobQueueService,
    private readonly mail: MailService,
    private readonly members: MembersService,
    private readonly subjects: NotificationSubjects,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(NOTIFICATIONS_TUNING) private readonly tuning: NotificationsTuning,
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
    this.jobs.work(NOTIFICATION_EMAIL_QUEUE, 1, (job) => this.onEmailJob(job));
    this.jobs.work(NOTIFICATION_DIGEST_QUEUE, 1, async () => {
      await this.sendDigests();
    });
    this.jobs.schedule(NOTIFICATION_DIGEST_QUEUE, NOTIFICATION_DIGEST_CRON);
  }

  /**
   * Queues the IMMEDIATE e-mail of each of these members who want one. Never throws: a member
   * whose job could not be queued (job queue down) simply gets no e-mail for this notification.
   */
  async schedule(userIds: readonly string[]): Promise<void> {
    if (userIds.length === 0) return;
    try {
      const others = await this.preferences.find({ where: { userId: In([...userIds]) } });
      const notImmediate = new Set(others.filter((p) => p.emailMode !== 'IMMEDIATE').map((p) => p.userId));
      for (const userId of userIds) {
        if (notImmediate.has(userId)) continue;
        await this.jobs.enqueue(
          NOTIFICATION_EMAIL_QUEUE,
          { userId },
          {
            singletonKey: userId,
            startAfter: this.tuning.notificationEmailDelaySeconds,
            retryLimit: this.tuning.mailRetryLimit,
            retryDelay: this.tuning.mailRetryDelaySeconds,
            retryBackoff: true,
            expireInSeconds: this.tuning.mailExpireInSeconds,
          },
        );
      }
    } catch (err) {
      this.log.warn({
        msg: 'notification e-mail not scheduled',
        reason: err instanceof Error ? err.message : String(err),
      });
    }
  }

  /** The IMMEDIATE e-mail of one member; true when one was queued. */
  sendPending(userId: string): Promise<boolean> {
    return this.sendTo(userId, 'IMMEDIATE');
  }

  /** One digest per DAILY member with something to report; answers how many were queued. */
  async sendDigests(): Promise<number> {
    const due = (await this.db.query(
      `SELECT DISTINCT n.user_id
         FROM notification n
         JOIN notification_preference p ON p.user_id = n.user_id AND p.email_mode = 'DAILY'
        WHERE n.read_at IS NULL AND n.emailed_at IS NULL AND n.kind = ANY($1)
          AND n.created_at > now() - $2::interval`,
      [EMAILED_KINDS, EMAIL_LOOKBACK],
    )) as { user_id: string }[];
    let sent = 0;
    let failed = 0;
    for (const { user_id: userId } of due) {
      try {
        if (await this.sendTo(userId, 'DAILY')) sent += 1;
      } catch (err) {
        failed += 1;
        this.log.warn({
          msg: 'notification digest not sent',
          reason: err instanceof Error ? err.message : String(err),
        });
      }
    }
    this.log.log({ msg: 'notification digests queued', sent, failed });
    // Those sent are stamped: a retry of the job reaches only the ones that failed.
    if (failed > 0) throw new Error(`${failed} notification digests not sent`);
    return sent;
  }

  private async onEmailJob(job: PgBoss.JobWithMetadata<unknown>): Promise<void> {
    const userId = (job.data as { userId?: unknown } | null)?.userId;
    if (typeof userId !== 'string' || !isUUID(userId)) {
      this.log.error({ msg: 'notification e-mail job without a member', jobId: job.id });
      return;
    }
    await this.sendPending(userId);
  }

  private async sendTo(userId: string, mode: Exclude<EmailMode, 'OFF'>): Promise<boolean> {
    const [user] = await this.members.activeMembersByIds([userId]);
    if (!user) return false;
    const preference = await this.preferences.findOne({ where: { userId } });
    if ((preference?.emailMode ?? 'IMMEDIATE') !== mode) return false;

    return this.db.transaction(async (manager) => {
      const rows = (await manager.query(
        `SELECT id, kind, subject_type, subject_id
           FROM notification
          WHERE user_id = $1 AND read_at IS NULL AND emailed_at IS NULL AND kind = ANY($2)
            AND created_at > now() - $3::interval
          ORDER BY created_at
          FOR UPDATE SKIP LOCKED`,
        [userId, EMAILED_KINDS, EMAIL_LOOKBACK],
      )) as PendingRow[];
      if (rows.length === 0) return false;
      // Only what the member may still see counts; the rest is stamped too, and never e-mailed.
      const visible = await this.subjects.describe(
        backgroundPrincipal(user),
        rows.map((r) => ({ subjectType: r.subject_type, subjectId: r.subject_id })),
      );
      await manager.query(`UPDATE notification SET emailed_at = now() WHERE id = ANY($1::uuid[])`, [
        rows.map((r) => r.id),
      ]);
      const counts: EmailCounts = { MENTION: 0, THREAD_REPLY: 0, NEW_THREAD: 0 };
      for (const row of rows) {
        if (!visible.has(subjectKey(row.subject_type, row.subject_id))) continue;
        if (row.kind === 'MENTION' || row.kind === 'THREAD_REPLY' || row.kind === 'NEW_THREAD') {
          counts[row.kind] += 1;
        }
      }
      if (counts.MENTION + counts.THREAD_REPLY + counts.NEW_THREAD === 0) return false;
      await this.mail.send(this.compose(user, mode, counts), { manager });
      return true;
    });
  }

  /** The e-mail: the recipient's language, counts only, a link to the notifications page. */
  compose(
    user: Pick<UserEntity, 'email' | 'fullName' | 'locale'>,
    mode: Exclude<EmailMode, 'OFF'>,
    counts: EmailCounts,
  ): { to: string; subject: string; text: string } {
    const lng: LanguageCode = isLanguageCode(user.locale) ? user.locale : 'en';
    const t = this.i18n.getFixedT(lng, 'mail');
    const section = mode === 'DAILY' ? 'digest' : 'immediate';
    const link = `${this.config.PUBLIC_URL.replace(/\/$/, '')}/notifications`;
    const lines = [
      counts.MENTION > 0 ? t('mentions', { count: counts.MENTION }) : null,
      counts.THREAD_REPLY > 0 ? t('replies', { count: counts.THREAD_REPLY }) : null,
      counts.NEW_THREAD > 0 ? t('threads', { count: counts.NEW_THREAD }) : null,
    ].filter((line): line is string => line !== null);
    const text = [
      t('greeting', { name: user.fullName }),
      '',
      t(`${section}.intro`),
      '',
      ...lines.map((line) => `- ${line}`),
      '',
      t('open', { link }),
      '',
      t('privacy'),
      t('settings'),
      '',
      t('signature'),
    ].join('\n');
    return { to: user.email, subject: t(`${section}.subject`), text };
  }
}
