import { graphql } from '../../../graphql/generated';

/** Full-text search over the threads and posts the caller can see. */
export const DiscussionSearchQuery = graphql(`
  query DiscussionSearch(
    $query: String!
    $filter: SearchFilter
    $language: String
    $first: Int!
    $offset: Int!
  ) {
    discussionSearch(query: $query, filter: $filter, language: $language, first: $first, offset: $offset) {
      total
      items {
        rank
        title {
          text
          match
        }
        excerpt {
          text
          match
        }
        post {
          id
          seq
          createdAt
          author {
            id
            fullName
          }
        }
        thread {
          id
          createdAt
          lastPostAt
          author {
            id
            fullName
          }
          category {
            id
            slug
            name
            names {
              language
              text
            }
          }
        }
      }
    }
  }
`);

/** The member a search is filtered by, for its name. */
export const DiscussionAuthorQuery = graphql(`
  query DiscussionAuthor($id: ID!) {
    member(id: $id) {
      id
      fullName
    }
  }
`);
