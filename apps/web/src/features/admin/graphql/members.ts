import { graphql } from '../../../graphql/generated';

export const AdminMemberFields = graphql(`
  fragment AdminMemberFields on AdminMember {
    id
    fullName
    email
    role
    status
    country
    institution
    position
    photoUrl
    lockedUntil
    mfaEnabled
    createdAt
    focalPoints {
      id
      country
      authority
      contactHours
    }
  }
`);

/** Members with status and role, for administrators. */
export const AdminMembersQuery = graphql(`
  query AdminMembers($filter: AdminMemberFilter, $first: Int!, $offset: Int!) {
    adminMembers(filter: $filter, first: $first, offset: $offset) {
      total
      items {
        ...AdminMemberFields
      }
    }
  }
`);

export const SetMemberRoleMutation = graphql(`
  mutation SetMemberRole($memberId: ID!, $role: Role!) {
    setMemberRole(memberId: $memberId, role: $role) {
      ...AdminMemberFields
    }
  }
`);

export const SuspendMemberMutation = graphql(`
  mutation SuspendMember($memberId: ID!) {
    suspendMember(memberId: $memberId) {
      ...AdminMemberFields
    }
  }
`);

export const ReactivateMemberMutation = graphql(`
  mutation ReactivateMember($memberId: ID!) {
    reactivateMember(memberId: $memberId) {
      ...AdminMemberFields
    }
  }
`);

export const DeactivateMemberMutation = graphql(`
  mutation DeactivateMember($memberId: ID!) {
    deactivateMember(memberId: $memberId) {
      ...AdminMemberFields
    }
  }
`);

export const AddFocalPointMutation = graphql(`
  mutation AddFocalPoint($input: FocalPointInput!) {
    addFocalPoint(input: $input) {
      id
      country
      authority
      contactHours
    }
  }
`);

export const RemoveFocalPointMutation = graphql(`
  mutation RemoveFocalPoint($id: ID!) {
    removeFocalPoint(id: $id)
  }
`);

/** A few members by name, to pick the actor of the audit filter. */
export const MemberPickerQuery = graphql(`
  query MemberPicker($search: String!) {
    adminMembers(filter: { search: $search }, first: 8, offset: 0) {
      items {
        id
        fullName
        email
      }
    }
  }
`);
