import { PostRemovedBy } from '@cop/contracts';
import type { DiscussionPost, DiscussionThread } from './dto/discussion.types.js';

/** discussion_thread as selected by the services (snake_case from raw SQL). */
export interface ThreadRow {
  id: string;
  category_id: string;
  author_id: string;
  title: string;
  tags: string[];
  countries: string[];
  case_reference: string | null;
  language: string;
  last_seq: number;
  reply_count: number;
  last_post_at: Date;
  last_post_author_id: string | null;
  pinned_at: Date | null;
  locked_at: Date | null;
  created_at: Date;
}

export interface PostRow {
  id: string;
  thread_id: string;
  seq: number;
  author_id: string;
  body: string;
  body_html: string;
  reply_to_id: string | null;
  created_at: Date;
  edited_at: Date | null;
  edit_count: number;
  deleted_at: Date | null;
  deleted_as: PostRemovedBy | null;
  hidden_at: Date | null;
  hidden_reason: string | null;
  /** Joined from the thread. */
  locked_at?: Date | null;
}

export const THREAD_COLUMNS = `t.id, t.category_id, t.author_id, t.title, t.tags, t.countries, t.case_reference,
  t.language, t.last_seq, t.reply_count, t.last_post_at, t.last_post_author_id, t.pinned_at, t.locked_at, t.created_at`;

export const POST_COLUMNS = `p.id, p.thread_id, p.seq, p.author_id, p.body, p.body_html, p.reply_to_id, p.created_at,
  p.edited_at, p.edit_count, p.deleted_at, p.deleted_as, p.hidden_at, p.hidden_reason`;

export function toThread(row: ThreadRow): DiscussionThread {
  return {
    id: row.id,
    categoryId: row.category_id,
    authorId: row.author_id,
    lastPostAuthorId: row.last_post_author_id,
    title: row.title,
    tags: row.tags,
    countries: row.countries,
    caseReference: row.case_reference,
    language: row.language,
    pinned: row.pinned_at !== null,
    locked: row.locked_at !== null,
    replyCount: row.reply_count,
    lastSeq: row.last_seq,
    createdAt: row.created_at,
    lastPostAt: row.last_post_at,
  };
}

export interface Viewer {
  userId: string;
  moderator: boolean;
}

/**
 * A post as this viewer may see it: a deleted post keeps only who removed it; a hidden post shows
 * its text to moderators only (everyone else gets the notice; the author also sees the reason).
 */
export function toPost(row: PostRow, viewer: Viewer, threadLocked: boolean): DiscussionPost {
  const deleted = row.deleted_at !== null;
  const hidden = row.hidden_at !== null;
  const own = row.author_id === viewer.userId;
  const readable = !deleted && (!hidden || viewer.moderator);
  return {
    id: row.id,
    threadId: row.thread_id,
    authorId: row.author_id,
    replyToId: row.reply_to_id,
    seq: row.seq,
    opening: row.seq === 1,
    body: readable ? row.body : null,
    bodyHtml: readable ? row.body_html : null,
    createdAt: row.created_at,
    editedAt: row.edited_at,
    editCount: row.edit_count,
    deletedBy: deleted ? (row.deleted_as ?? PostRemovedBy.AUTHOR) : null,
    hidden,
    hiddenReason: hidden && (viewer.moderator || own) ? row.hidden_reason : null,
    canEdit: own && !deleted && !hidden && (!threadLocked || viewer.moderator),
    canDelete: !deleted && (own || viewer.moderator),
    canSeeHistory: !deleted && (own || viewer.moderator) && row.edit_count > 0,
  };
}
