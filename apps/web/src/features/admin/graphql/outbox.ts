import { graphql } from '../../../graphql/generated';

/** Mail the portal wrote to its local outbox, newest first. */
export const OutboxQuery = graphql(`
  query Outbox($first: Int!, $offset: Int!) {
    outbox(first: $first, offset: $offset) {
      enabled
      total
      items {
        id
        to
        subject
        sentAt
      }
    }
  }
`);

export const OutboxMessageQuery = graphql(`
  query OutboxMessage($id: String!) {
    outboxMessage(id: $id) {
      id
      to
      subject
      sentAt
      text
      links
    }
  }
`);
