import { graphql } from '../../../graphql/generated';

/** Flagged posts waiting for a moderator, oldest first. */
export const ModerationQueueQuery = graphql(`
  query ModerationQueue($first: Int!, $offset: Int!) {
    moderationQueue(first: $first, offset: $offset) {
      total
      items {
        firstFlaggedAt
        thread {
          id
          title
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
        post {
          id
          seq
          createdAt
          bodyHtml
          hidden
          hiddenReason
          deletedBy
          author {
            id
            fullName
            photoUrl
          }
        }
        flags {
          id
          reason
          createdAt
          reporter {
            id
            fullName
          }
        }
      }
    }
  }
`);

export const HideDiscussionPostMutation = graphql(`
  mutation HideDiscussionPost($input: PostReasonInput!) {
    hideDiscussionPost(input: $input) {
      ...DiscussionPostFields
    }
  }
`);

export const RestoreDiscussionPostMutation = graphql(`
  mutation RestoreDiscussionPost($input: PostReasonInput!) {
    restoreDiscussionPost(input: $input) {
      ...DiscussionPostFields
    }
  }
`);

export const DismissDiscussionFlagsMutation = graphql(`
  mutation DismissDiscussionFlags($input: PostReasonInput!) {
    dismissDiscussionFlags(input: $input) {
      id
    }
  }
`);

export const LockDiscussionThreadMutation = graphql(`
  mutation LockDiscussionThread($input: ThreadModerationInput!, $locked: Boolean!) {
    lockDiscussionThread(input: $input, locked: $locked) {
      id
      locked
    }
  }
`);

export const PinDiscussionThreadMutation = graphql(`
  mutation PinDiscussionThread($input: ThreadModerationInput!, $pinned: Boolean!) {
    pinDiscussionThread(input: $input, pinned: $pinned) {
      id
      pinned
    }
  }
`);

export const MoveDiscussionThreadMutation = graphql(`
  mutation MoveDiscussionThread($input: MoveThreadInput!) {
    moveDiscussionThread(input: $input) {
      id
      category {
        id
        slug
        name
      }
    }
  }
`);
