import { graphql } from '../../../graphql/generated';

/** A thread as the lists show it. */
export const ThreadSummaryFields = graphql(`
  fragment ThreadSummaryFields on DiscussionThread {
    id
    title
    pinned
    locked
    tags
    countries
    replyCount
    createdAt
    lastPostAt
    lastSeq
    author {
      id
      fullName
      photoUrl
    }
    lastPostAuthor {
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
    readState {
      unread
      firstUnreadSeq
    }
  }
`);

/** Threads the caller can see, pinned first then by last activity. */
export const DiscussionThreadsQuery = graphql(`
  query DiscussionThreads($filter: ThreadFilter, $first: Int!, $offset: Int!) {
    discussionThreads(filter: $filter, first: $first, offset: $offset) {
      total
      items {
        ...ThreadSummaryFields
      }
    }
  }
`);

/** A post, with what the caller may do with it. */
export const DiscussionPostFields = graphql(`
  fragment DiscussionPostFields on DiscussionPost {
    id
    seq
    opening
    createdAt
    editedAt
    body
    bodyHtml
    hidden
    hiddenReason
    deletedBy
    flaggedByMe
    canEdit
    canDelete
    canSeeHistory
    author {
      id
      fullName
      photoUrl
    }
    replyTo {
      id
      seq
      excerpt
      author {
        id
        fullName
      }
    }
    attachments {
      id
      name
      size
      downloadUrl
      previewUrl
    }
  }
`);

/** A thread's page: the thread, where the reader stands, and its first posts. */
export const DiscussionThreadQuery = graphql(`
  query DiscussionThread($id: ID!, $first: Int!) {
    discussionThread(id: $id) {
      id
      title
      pinned
      locked
      tags
      countries
      caseReference
      language
      createdAt
      lastSeq
      replyCount
      watchLevel
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
      readState {
        unread
        firstUnreadSeq
        lastReadSeq
      }
      posts(afterSeq: 0, first: $first) {
        total
        hasMore
        items {
          ...DiscussionPostFields
        }
      }
    }
  }
`);

/** More posts of a thread, after the last one shown. */
export const DiscussionThreadPostsQuery = graphql(`
  query DiscussionThreadPosts($id: ID!, $afterSeq: Int!, $first: Int!) {
    discussionThread(id: $id) {
      id
      posts(afterSeq: $afterSeq, first: $first) {
        total
        hasMore
        items {
          ...DiscussionPostFields
        }
      }
    }
  }
`);

/** A post's earlier texts, for its edit history. */
export const DiscussionPostHistoryQuery = graphql(`
  query DiscussionPostHistory($id: ID!) {
    discussionPost(id: $id) {
      id
      revisions {
        id
        body
        title
        createdAt
        editor {
          id
          fullName
        }
      }
    }
  }
`);

/** Members who can see the thread (or category), for @mentions. */
export const MentionCandidatesQuery = graphql(`
  query MentionCandidates($query: String!, $threadId: ID, $categoryId: ID) {
    mentionCandidates(query: $query, threadId: $threadId, categoryId: $categoryId) {
      id
      fullName
      photoUrl
      institution
      country
    }
  }
`);

export const CreateDiscussionThreadMutation = graphql(`
  mutation CreateDiscussionThread($input: NewThreadInput!) {
    createDiscussionThread(input: $input) {
      id
      title
    }
  }
`);

export const ReplyToDiscussionThreadMutation = graphql(`
  mutation ReplyToDiscussionThread($input: ReplyInput!) {
    replyToDiscussionThread(input: $input) {
      ...DiscussionPostFields
    }
  }
`);

export const EditDiscussionPostMutation = graphql(`
  mutation EditDiscussionPost($input: EditPostInput!) {
    editDiscussionPost(input: $input) {
      ...DiscussionPostFields
    }
  }
`);

export const DeleteDiscussionPostMutation = graphql(`
  mutation DeleteDiscussionPost($postId: ID!, $input: DeleteReasonInput) {
    deleteDiscussionPost(postId: $postId, input: $input) {
      ...DiscussionPostFields
    }
  }
`);

export const FlagDiscussionPostMutation = graphql(`
  mutation FlagDiscussionPost($input: PostReasonInput!) {
    flagDiscussionPost(input: $input) {
      id
      flaggedByMe
    }
  }
`);

export const MarkDiscussionThreadReadMutation = graphql(`
  mutation MarkDiscussionThreadRead($threadId: ID!, $seq: Int!) {
    markDiscussionThreadRead(threadId: $threadId, seq: $seq) {
      id
    }
  }
`);

export const WatchDiscussionThreadMutation = graphql(`
  mutation WatchDiscussionThread($threadId: ID!, $level: WatchLevel!) {
    watchDiscussionThread(threadId: $threadId, input: { level: $level }) {
      id
      watchLevel
    }
  }
`);
