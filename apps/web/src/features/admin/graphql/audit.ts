import { graphql } from '../../../graphql/generated';

export const AuditActionsQuery = graphql(`
  query AuditActions {
    auditActions
  }
`);

/** The audit trail, newest first. */
export const AuditEventsQuery = graphql(`
  query AuditEvents($filter: AuditFilter, $first: Int!, $offset: Int!) {
    auditEvents(filter: $filter, first: $first, offset: $offset) {
      total
      items {
        id
        occurredAt
        actorId
        actorLabel
        action
        targetType
        targetId
        ip
        details
      }
    }
  }
`);
