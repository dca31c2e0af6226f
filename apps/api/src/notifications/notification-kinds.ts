/** What happened, from the recipient's point of view. */
export const NOTIFICATION_KINDS = [
  'MENTION',
  'THREAD_REPLY',
  'NEW_THREAD',
  'POST_HIDDEN',
  'POST_RESTORED',
  /** A legal request of a JIT workspace is due today (to its responsible member; in-app only). */
  'JIT_REQUEST_DUE',
  /** A moderator returned the recipient's case-law record with a comment (in-app only). */
  'DIGEST_RETURNED',
  /** A moderator published the recipient's case-law record (in-app only). */
  'DIGEST_PUBLISHED',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** The kinds that may cause an e-mail (the others are shown in the portal only). */
export const EMAILED_KINDS: readonly NotificationKind[] = ['MENTION', 'THREAD_REPLY', 'NEW_THREAD'];

/** How often a member wants e-mail about their notifications. */
export const EMAIL_MODES = ['IMMEDIATE', 'DAILY', 'OFF'] as const;
export type EmailMode = (typeof EMAIL_MODES)[number];
