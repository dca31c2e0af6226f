/**
 * Live notification events, server → client, on the member's own room `user:<id>`. They carry ids
 * only, never a title or text: the client asks GraphQL again, which applies visibility.
 */
export const NotificationEvent = {
  /** A notification for this member was created: `{ id, kind, link }`. */
  CREATED: 'notification.created',
  /** Some (or all) of this member's notifications were marked read, from any tab or device. */
  READ: 'notification.read',
  /** Notifications were taken back (their subject was deleted): `{ ids }`. */
  WITHDRAWN: 'notification.withdrawn',
} as const;
export type NotificationEvent = (typeof NotificationEvent)[keyof typeof NotificationEvent];

export interface NotificationCreatedPayload {
  id: string;
  kind: string;
  link: string;
}

export type NotificationReadPayload =
  { ids: string[]; unreadCount: number } | { all: true; unreadCount: number };

export interface NotificationWithdrawnPayload {
  ids: string[];
}

/** The unread badge shows this number at most, then "99+". */
export const UNREAD_BADGE_MAX = 99;
