import { print } from 'graphql';
import { gql } from 'urql';
import { describe, expect, it } from 'vitest';
import { MESSAGING_UNREAD_QUERY_TEXT } from '../components/MessagingNavBadge';
import { MessagingUnreadCountQuery } from './messaging';

describe('the unread message count query sent from the navigation', () => {
  it('is the generated MessagingUnreadCount query', () => {
    expect(print(gql(MESSAGING_UNREAD_QUERY_TEXT))).toBe(print(MessagingUnreadCountQuery));
  });
});
