import { graphql } from '../../../graphql/generated';

export const InvitationsQuery = graphql(`
  query Invitations {
    invitations {
      id
      email
      fullName
      role
      invitedBy
      createdAt
      expiresAt
      acceptedAt
      revokedAt
    }
  }
`);

export const InviteMutation = graphql(`
  mutation Invite($input: InviteInput!) {
    invite(input: $input) {
      id
      email
      fullName
      role
      invitedBy
      createdAt
      expiresAt
      acceptedAt
      revokedAt
    }
  }
`);

export const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      id
      revokedAt
    }
  }
`);
