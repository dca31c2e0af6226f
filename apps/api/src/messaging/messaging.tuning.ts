/**
 * Timings of messaging. Production uses the defaults; tests override the MESSAGING_TUNING provider
 * (test/test-app.ts) to e-mail within a second.
 */
export interface MessagingTuning {
  /** A queue of this many sends flushes at once, without waiting for the next turn. */
  sendBatchMax: number;
  /**
   * Sends written by one statement at most. While a flush runs the next batch fills; under load
   * (slow commits) it can hold more than `sendBatchMax`, and taking it whole keeps the queue short.
   */
  sendStatementMax: number;
  /** How often the conversations that got messages are looked at for offline recipients. */
  emailCollectMs: number;
  /**
   * MESSAGING_EMAIL_DELAY: seconds between a recipient found offline with unread messages and the
   * e-mail saying messages are waiting. Whatever arrives meanwhile is in the same e-mail, and none
   * is sent when they have read everything by then.
   */
  emailDelaySeconds: number;
}

export const MESSAGING_TUNING = Symbol('MESSAGING_TUNING');

export const DEFAULT_MESSAGING_TUNING: MessagingTuning = Object.freeze({
  sendBatchMax: 200,
  sendStatementMax: 1000,
  emailCollectMs: 30_000,
  emailDelaySeconds: 600,
});

/** pg-boss queue of the "messages waiting" e-mails (policy short: one waiting job per member). */
export const MESSAGING_EMAIL_QUEUE = 'messaging.email';
