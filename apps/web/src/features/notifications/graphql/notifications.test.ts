import { print } from 'graphql';
import { gql } from 'urql';
import { describe, expect, it } from 'vitest';
import { UNREAD_COUNT_QUERY_TEXT } from '../components/UnreadCount';
import { UnreadNotificationCountQuery } from './notifications';

describe('the unread count query sent from the header', () => {
  it('is the generated UnreadNotificationCount query', () => {
    expect(print(gql(UNREAD_COUNT_QUERY_TEXT))).toBe(print(UnreadNotificationCountQuery));
  });
});
