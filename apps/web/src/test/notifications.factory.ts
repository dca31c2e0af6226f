import type { NotificationFieldsFragment } from '../graphql/generated/graphql';
import { nextId } from './identity.factory';

/** A notification as the api lists it; a test overrides what it is about. */
export function notificationFactory(
  overrides: Partial<NotificationFieldsFragment> = {},
): NotificationFieldsFragment {
  const id = overrides.id ?? nextId();
  return {
    id,
    kind: 'MENTION',
    createdAt: new Date(Date.now() - 5 * 60_000).toISOString(),
    read: false,
    link: `/discussions/t/11111111-2222-4333-8444-555555555555#post-${id}`,
    title: 'Converted blank-firing pistols from the Balkans',
    excerpt: 'Has anyone seen the new conversion kits in port seizures?',
    actor: { id: nextId(), fullName: 'Carlos Mendes' },
    ...overrides,
  };
}

/** The answer to `Notifications`: one page. */
export function notificationsAnswer(
  items: NotificationFieldsFragment[],
  page: { endCursor?: string | null; hasNextPage?: boolean } = {},
) {
  return {
    data: {
      notifications: {
        items,
        endCursor: page.endCursor ?? null,
        hasNextPage: page.hasNextPage ?? false,
      },
    },
  };
}
