import { graphql } from '../../../graphql/generated';

export const DiscussionGroupFields = graphql(`
  fragment DiscussionGroupFields on DiscussionGroup {
    id
    slug
    kind
    name
    description
    memberCount
    isMember
  }
`);

/** Moderators: every group. */
export const DiscussionGroupsQuery = graphql(`
  query DiscussionGroups {
    discussionGroups {
      ...DiscussionGroupFields
    }
  }
`);

export const DiscussionGroupMembersQuery = graphql(`
  query DiscussionGroupMembers($groupId: ID!, $first: Int!, $offset: Int!) {
    discussionGroupMembers(groupId: $groupId, first: $first, offset: $offset) {
      total
      items {
        addedAt
        member {
          id
          fullName
          photoUrl
          institution
          country
        }
      }
    }
  }
`);

export const CreateDiscussionGroupMutation = graphql(`
  mutation CreateDiscussionGroup($input: GroupInput!) {
    createDiscussionGroup(input: $input) {
      ...DiscussionGroupFields
    }
  }
`);

export const UpdateDiscussionGroupMutation = graphql(`
  mutation UpdateDiscussionGroup($id: ID!, $input: GroupInput!) {
    updateDiscussionGroup(id: $id, input: $input) {
      ...DiscussionGroupFields
    }
  }
`);

export const AddDiscussionGroupMembersMutation = graphql(`
  mutation AddDiscussionGroupMembers($groupId: ID!, $userIds: [ID!]!) {
    addDiscussionGroupMembers(groupId: $groupId, input: { userIds: $userIds }) {
      ...DiscussionGroupFields
    }
  }
`);

export const RemoveDiscussionGroupMemberMutation = graphql(`
  mutation RemoveDiscussionGroupMember($groupId: ID!, $userId: ID!) {
    removeDiscussionGroupMember(groupId: $groupId, userId: $userId) {
      ...DiscussionGroupFields
    }
  }
`);

/** Every category, for administrators (names and groups, no content). */
export const AdminDiscussionCategoriesQuery = graphql(`
  query AdminDiscussionCategories {
    adminDiscussionCategories {
      id
      slug
      name
      names {
        language
        text
      }
      description
      descriptions {
        language
        text
      }
      position
      restricted
      groups {
        id
        name
      }
    }
  }
`);

export const CreateDiscussionCategoryMutation = graphql(`
  mutation CreateDiscussionCategory($input: CategoryInput!) {
    createDiscussionCategory(input: $input) {
      id
      slug
    }
  }
`);

export const UpdateDiscussionCategoryMutation = graphql(`
  mutation UpdateDiscussionCategory($id: ID!, $input: CategoryInput!) {
    updateDiscussionCategory(id: $id, input: $input) {
      id
      slug
    }
  }
`);
