/** Case discussion: what api and web agree on (enums, limits, realtime event names). */

export const DiscussionGroupKind = { REGIONAL: 'REGIONAL', THEMATIC: 'THEMATIC' } as const;
export type DiscussionGroupKind = (typeof DiscussionGroupKind)[keyof typeof DiscussionGroupKind];

/** A member's choice for a thread or a category: notified of everything, or of nothing. */
export const WatchLevel = { WATCHING: 'WATCHING', MUTED: 'MUTED', NONE: 'NONE' } as const;
export type WatchLevel = (typeof WatchLevel)[keyof typeof WatchLevel];

export const PostRemovedBy = { AUTHOR: 'AUTHOR', MODERATOR: 'MODERATOR' } as const;
export type PostRemovedBy = (typeof PostRemovedBy)[keyof typeof PostRemovedBy];

export const DISCUSSION_LIMITS = {
  titleMin: 3,
  titleMax: 200,
  bodyMax: 20_000,
  tagsMax: 10,
  tagMax: 40,
  countriesMax: 30,
  caseReferenceMax: 120,
  reasonMin: 3,
  reasonMax: 1000,
  attachmentsMax: 10,
  searchQueryMax: 200,
} as const;

/** Socket events of live threads: the client joins a room; the server tells it what changed. */
export const THREAD_EVENTS = {
  join: 'thread.join',
  leave: 'thread.leave',
  postCreated: 'thread.post.created',
  postUpdated: 'thread.post.updated',
  threadUpdated: 'thread.updated',
  accessChanged: 'discussion.access.changed',
} as const;

/** What a live-thread event carries: ids only; the client reads the content through GraphQL. */
export interface ThreadEventPayload {
  threadId: string;
  postId?: string;
  seq?: number;
}
