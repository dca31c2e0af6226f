import { graphql } from '../../../graphql/generated';

/**
 * Notification operations. The header's bell needs the unread count on every page: it sends the
 * same query as text (UNREAD_COUNT_QUERY_TEXT, checked against this one by notifications.test.ts),
 * so no generated document is in the first-load bundle.
 */

export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const NotificationFields = graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    createdAt
    read
    link
    title
    excerpt
    actor {
      id
      fullName
    }
  }
`);

/** The caller's notifications, newest first, a page at a time. */
export const NotificationsQuery = graphql(`
  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean!) {
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      endCursor
      hasNextPage
      items {
        ...NotificationFields
      }
    }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);

export const MarkAllNotificationsReadMutation = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

export const NotificationPreferencesQuery = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      emailMode
    }
  }
`);

export const UpdateNotificationPreferencesMutation = graphql(`
  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      emailMode
    }
  }
`);
