/** The pg-boss schema, created by migration 1763900000000-job-queue. */
export const JOB_QUEUE_SCHEMA = 'pgboss';

/** The queue of outgoing e-mails (created by the same migration). */
export const MAIL_QUEUE = 'mail.send';

/**
 * Notification e-mails (migration 1764020000000-notifications): one job per member at most waiting
 * (policy `short`, singleton key = the member), and the daily digest started by a cron schedule.
 */
export const NOTIFICATION_EMAIL_QUEUE = 'notifications.email';
export const NOTIFICATION_DIGEST_QUEUE = 'notifications.digest';

/** When the daily digest goes out: every day at 06:00 UTC. */
export const NOTIFICATION_DIGEST_CRON = '0 6 * * *';

/**
 * Timings of the job queue and the mail worker. Production uses the defaults; tests override the
 * NOTIFICATIONS_TUNING provider to retry and poll faster.
 */
export interface NotificationsTuning {
  /** How often an idle worker asks for a job (pg-boss allows 0.5 s at least). */
  pollingIntervalSeconds: number;
  /** Mail workers per api instance, each sending one message at a time. */
  mailConcurrency: number;
  /** Retries after the first attempt before a message is given up. */
  mailRetryLimit: number;
  /** Wait before the first retry, doubled (with jitter) at each further retry. */
  mailRetryDelaySeconds: number;
  /** An attempt still running after this long is failed and retried. */
  mailExpireInSeconds: number;
  /** Wait between attempts to start the queue while it cannot start (schema missing, database down). */
  restartDelayMs: number;
  /** How long shutdown waits for sends in progress. */
  stopTimeoutMs: number;
  /**
   * NOTIFICATION_EMAIL_DELAY: seconds between a member's first unread notification and the e-mail
   * about it (IMMEDIATE mode). Everything that arrives meanwhile goes into the same e-mail, and
   * nothing is sent for what the member has read in the portal by then.
   */
  notificationEmailDelaySeconds: number;
}

export const NOTIFICATIONS_TUNING = Symbol('NOTIFICATIONS_TUNING');

/**
 * Retries at about 30 s, 1, 2, 4 and 8 min (with up to 100 % jitter): a mail server that is down for
 * a quarter of an hour loses nothing.
 */
export const DEFAULT_NOTIFICATIONS_TUNING: NotificationsTuning = Object.freeze({
  pollingIntervalSeconds: 2,
  mailConcurrency: 2,
  mailRetryLimit: 5,
  mailRetryDelaySeconds: 30,
  mailExpireInSeconds: 120,
  restartDelayMs: 5000,
  stopTimeoutMs: 10_000,
  notificationEmailDelaySeconds: 120,
});
