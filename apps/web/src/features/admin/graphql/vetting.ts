import { graphql } from '../../../graphql/generated';

/** Applications with the given statuses, for moderators. */
export const VettingQueueQuery = graphql(`
  query VettingQueue($statuses: [AccountStatus!]) {
    vettingQueue(statuses: $statuses) {
      id
      fullName
      email
      country
      institution
      position
      practitionerType
      languages
      expertise
      motivation
      voucherEmail
      voucherIsActiveMember
      voucher {
        id
        fullName
      }
      status
      submittedAt
      emailConfirmedAt
      decision
      decisionReason
      decidedAt
    }
  }
`);

export const DecideApplicationMutation = graphql(`
  mutation DecideApplication($input: DecideApplicationInput!) {
    decideApplication(input: $input) {
      id
      status
      decision
      decisionReason
      decidedAt
    }
  }
`);
