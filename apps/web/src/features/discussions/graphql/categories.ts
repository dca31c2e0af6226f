import { graphql } from '../../../graphql/generated';

/** What the lists and pages show of a category. */
export const DiscussionCategoryFields = graphql(`
  fragment DiscussionCategoryFields on DiscussionCategory {
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
    restricted
    groups {
      id
      name
    }
    position
    threadCount
    unreadThreadCount
    lastActivityAt
    watchLevel
  }
`);

/** The categories the caller can see, in order. */
export const DiscussionCategoriesQuery = graphql(`
  query DiscussionCategories {
    discussionCategories {
      ...DiscussionCategoryFields
    }
  }
`);

/** One category, by its short name (the address) or id. */
export const DiscussionCategoryQuery = graphql(`
  query DiscussionCategory($idOrSlug: String!) {
    discussionCategory(idOrSlug: $idOrSlug) {
      ...DiscussionCategoryFields
    }
  }
`);

export const WatchDiscussionCategoryMutation = graphql(`
  mutation WatchDiscussionCategory($categoryId: ID!, $level: WatchLevel!) {
    watchDiscussionCategory(categoryId: $categoryId, input: { level: $level }) {
      id
      watchLevel
    }
  }
`);

/** Flagged posts waiting, for the moderators' link on the discussions home. */
export const ModerationQueueCountQuery = graphql(`
  query ModerationQueueCount {
    moderationQueueCount
  }
`);
