import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ErrorCode,
  THREAD_EVENTS,
  WatchLevel,
  type LanguageCode,
  type ThreadEventPayload,
} from '@cop/contracts';
import { mentionedMemberIds, renderMarkdown } from '@cop/contracts/markdown';
import { isUUID } from 'class-validator';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../access/audit.service.js';
import { DiscussionAccess } from '../access/discussion.access.js';
import type { Principal } from '../access/principal.js';
import { AppError, notFound } from '../common/errors/app-error.js';
import { RealtimeHub } from '../common/realtime/realtime-hub.js';
import { badInput } from '../common/validation/validation.pipe.js';
import type { UserEntity } from '../identity/entities/user.entity.js';
import { MembersService } from '../identity/members.service.js';
import { FilesService } from '../files/files.service.js';
import { NotificationsService, type NewNotification } from '../notifications/notifications.service.js';
import {
  POST_COLUMNS,
  THREAD_COLUMNS,
  type PostRow,
  type ThreadRow,
  type Viewer,
} from './discussion.rows.js';
import type { EditPostInput, NewThreadInput, ReplyInput, ThreadFilter } from './dto/inputs.js';
import { ThreadSort } from './dto/enums.js';

/** The text-search configuration for content in each portal language ('simple' where none fits). */
export const SEARCH_CONFIG: Record<string, string> = {
  en: 'english',
  fr: 'french',
  es: 'spanish',
  ru: 'russian',
  ar: 'arabic',
  zh: 'simple',
};

export const POST_SUBJECT = 'discussion_post';

export interface ThreadPageRow extends ThreadRow {
  last_read_seq: number | null;
  read_at: Date | null;
  watch_level: 'WATCHING' | 'MUTED' | null;
  /** The author's public profile, joined so a page primes the member loader. */
  author: AuthorColumns | null;
  last_post_author: AuthorColumns | null;
}

export interface ThreadLinkRow {
  thread_id: string;
  target_type: string;
  target_id: string;
  created_at: Date;
}

export interface AuthorColumns {
  id: string;
  fullName: string;
  country: string | null;
  institution: string | null;
  practitionerType: string | null;
  position: string | null;
  languages: string[];
  expertise: string[];
  bio: string;
  role: string;
  photoKey: string | null;
}

const memberJson = (a: string, as: string) => `CASE WHEN ${a}.id IS NULL THEN NULL ELSE json_build_object(
  'id', ${a}.id, 'fullName', ${a}.full_name, 'country', ${a}.country, 'institution', ${a}.institution,
  'practitionerType', ${a}.practitioner_type, 'position', ${a}.position, 'languages', ${a}.languages,
  'expertise', ${a}.expertise, 'bio', ${a}.bio, 'role', ${a}.role, 'photoKey', ${a}.photo_key) END AS ${as}`;
const AUTHOR_JSON = `${memberJson('au', 'author')}, ${memberJson('lpa', 'last_post_author')}`;

const locked = () =>
  new AppError(ErrorCode.CONFLICT, 'This thread is locked: only moderators can post in it.');

/**
 * Threads and posts: reading (always filtered by what the caller can see), writing, edit history,
 * unread marks, subscriptions and the notifications they cause. Everything a caller cannot see
 * answers like a missing record. Live events are emitted after the transaction commits.
 */
@Injectable()
export class ThreadsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: DiscussionAccess,
    private readonly files: FilesService,
    private readonly notifications: NotificationsService,
    private readonly hub: RealtimeHub,
    private readonly audit: AuditService,
    private readonly members: MembersService,
  ) {}

  viewer(principal: Principal): Viewer {
    return { userId: principal.userId, moderator: this.access.isModerator(principal) };
  }

  // ---------------------------------------------------------------- reading

  /** A thread the caller can see, or NOT_FOUND. */
  async thread(
    principal: Principal,
    threadId: string,
    manager?: EntityManager,
    lock = false,
  ): Promise<ThreadRow> {
    if (!isUUID(threadId)) throw notFound('thread');
    const rows: ThreadRow[] = await (manager ?? this.db).query(
      `SELECT ${THREAD_COLUMNS} FROM discussion_thread t
       WHERE t.id = $2 AND ${this.access.visibleCategorySql('t.category_id', '$1')}${lock ? ' FOR UPDATE OF t' : ''}`,
      [principal.userId, threadId],
    );
    if (!rows[0]) throw notFound('thread');
    return rows[0];
  }

  /** A post the caller can see (with its thread's lock state), or NOT_FOUND. */
  async post(principal: Principal, postId: string, manager?: EntityManager): Promise<PostRow> {
    if (!isUUID(postId)) throw notFound('post');
    const rows: PostRow[] = await (manager ?? this.db).query(
      `SELECT ${POST_COLUMNS}, t.locked_at FROM discussion_post p JOIN discussion_thread t ON t.id = p.thread_id
       WHERE p.id = $2 AND ${this.access.visibleCategorySql('t.category_id', '$1')}`,
      [principal.userId, postId],
    );
    if (!rows[0]) throw notFound('post');
    return rows[0];
  }

  /**
   * A page of threads, pinned first then by last activity, with the caller's read state and watch
   * level joined in (so a page costs one query; the loaders are primed from it).
   */
  async page(
    principal: Principal,
    filter: ThreadFilter | undefined,
    first: number,
    offset: number,
  ): Promise<{ rows: ThreadPageRow[]; total: () => Promise<number> }> {
    const params: unknown[] = [principal.userId];
    const where = [this.access.visibleCategorySql('t.category_id', '$1')];
    const add = (sql: (p: string) => string, value: unknown) => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    if (filter?.categoryId) add((p) => `t.category_id = ${p}`, filter.categoryId);
    if (filter?.tag) add((p) => `t.tags @> ARRAY[${p}::text]`, filter.tag);
    if (filter?.country) add((p) => `t.countries @> ARRAY[${p}::text]`, filter.country);
    if (filter?.authorId) add((p) => `t.author_id = ${p}`, filter.authorId);
    if (filter?.unreadOnly) where.push('t.last_seq > coalesce(r.last_read_seq, 0)');
    if (filter?.watchingOnly) where.push(`s.level = 'WATCHING'`);
    const from = `FROM discussion_thread t
      LEFT JOIN discussion_thread_read r ON r.thread_id = t.id AND r.user_id = $1
      LEFT JOIN discussion_subscription s ON s.thread_id = t.id AND s.user_id = $1
      WHERE ${where.join(' AND ')}`;
    const order =
      filter?.sort === ThreadSort.NEWEST
        ? 't.created_at DESC, t.id'
        : '(t.pinned_at IS NULL), t.last_post_at DESC, t.id';
    const countParams = [...params];
    params.push(first, offset);
    const rows: ThreadPageRow[] = await this.db.query(
      `SELECT ${THREAD_COLUMNS}, r.last_read_seq, r.read_at, s.level AS watch_level, ${AUTHOR_JSON}
       ${from.replace(
         'WHERE',
         `LEFT JOIN app_user au ON au.id = t.author_id
          LEFT JOIN app_user lpa ON lpa.id = t.last_post_author_id
          WHERE`,
       )}
       ORDER BY ${order} LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    return {
      rows,
      total: async () => {
        const [row] = (await this.db.query(`SELECT count(*)::int AS n ${from}`, countParams)) as {
          n: number;
        }[];
        return row?.n ?? 0;
      },
    };
  }

  /** Posts of a visible thread in order, from `afterSeq` (exclusive). */
  async posts(
    principal: Principal,
    threadId: string,
    first: number,
    afterSeq: number,
  ): Promise<{ rows: PostRow[]; total: number; hasMore: boolean }> {
    const thread = await this.thread(principal, threadId);
    const rows: PostRow[] = await this.db.query(
      `SELECT ${POST_COLUMNS} FROM discussion_post p WHERE p.thread_id = $1 AND p.seq > $2 ORDER BY p.seq LIMIT $3`,
      [threadId, afterSeq, first + 1],
    );
    return { rows: rows.slice(0, first), total: thread.last_seq, hasMore: rows.length > first };
  }

  /** Posts by id, for loaders; only those in threads the user can see. */
  async postsByIds(userId: string, ids: readonly string[]): Promise<Map<string, PostRow>> {
    const rows: PostRow[] = ids.length
      ? await this.db.query(
          `SELECT ${POST_COLUMNS}, t.locked_at FROM discussion_post p JOIN discussion_thread t ON t.id = p.thread_id
           WHERE p.id = ANY($2::uuid[]) AND ${this.access.visibleCategorySql('t.category_id', '$1')}`,
          [userId, ids],
        )
      : [];
    return new Map(rows.map((r) => [r.id, r]));
  }

  /** Threads by id, for loaders; only those the user can see. */
  async threadsByIds(userId: string, ids: readonly string[]): Promise<Map<string, ThreadRow>> {
    const rows: ThreadRow[] = ids.length
      ? await this.db.query(
          `SELECT ${THREAD_COLUMNS} FROM discussion_thread t
           WHERE t.id = ANY($2::uuid[]) AND ${this.access.visibleCategorySql('t.category_id', '$1')}`,
          [userId, ids],
        )
      : [];
    return new Map(rows.map((r) => [r.id, r]));
  }

  /** The opening posts of these threads (for loaders); only threads the user can see. */
  async openingPosts(userId: string, threadIds: readonly string[]): Promise<Map<string, PostRow>> {
    const rows: PostRow[] = threadIds.length
      ? await this.db.query(
          `SELECT ${POST_COLUMNS}, t.locked_at FROM discussion_post p JOIN discussion_thread t ON t.id = p.thread_id
           WHERE p.thread_id = ANY($2::uuid[]) AND p.seq = 1 AND ${this.access.visibleCategorySql('t.category_id', '$1')}`,
          [userId, threadIds],
        )
      : [];
    return new Map(rows.map((r) => [r.thread_id, r]));
  }

  /** Links of these threads to other records (case-law records, JIT workspaces…), for loaders. */
  async linksOf(threadIds: readonly string[]): Promise<Map<string, ThreadLinkRow[]>> {
    const rows: ThreadLinkRow[] = threadIds.length
      ? await this.db.query(
          `SELECT thread_id, target_type, target_id, created_at FROM discussion_thread_link
           WHERE thread_id = ANY($1::uuid[]) ORDER BY created_at`,
          [threadIds],
        )
      : [];
    const map = new Map<string, ThreadLinkRow[]>();
    for (const r of rows) map.set(r.thread_id, [...(map.get(r.thread_id) ?? []), r]);
    return map;
  }

  /** The caller's read marks and watch levels for these threads (for loaders). */
  async readStates(
    userId: string,
    threadIds: readonly string[],
  ): Promise<Map<string, { lastReadSeq: number; readAt: Date | null; watch: 'WATCHING' | 'MUTED' | null }>> {
    const rows: {
      id: string;
      last_read_seq: number | null;
      read_at: Date | null;
      level: 'WATCHING' | 'MUTED' | null;
    }[] = threadIds.length
      ? await this.db.query(
          `SELECT t.id, r.last_read_seq, r.read_at, s.level FROM unnest($2::uuid[]) AS t(id)
             LEFT JOIN discussion_thread_read r ON r.thread_id = t.id AND r.user_id = $1
             LEFT JOIN discussion_subscription s ON s.thread_id = t.id AND s.user_id = $1`,
          [userId, threadIds],
        )
      : [];
    return new Map(
      rows.map((r) => [r.id, { lastReadSeq: r.last_read_seq ?? 0, readAt: r.read_at, watch: r.level }]),
    );
  }

  /** Edit history of a post: its author and moderators only; anyone else gets NOT_FOUND. */
  async revisions(
    principal: Principal,
    postId: string,
  ): Promise<
    { id: string; editor_id: string | null; title: string | null; body: string; created_at: Date }[]
  > {
    const post = await this.post(principal, postId);
    if (post.author_id !== principal.userId && !this.access.isModerator(principal)) throw notFound('post');
    return this.db.query(
      `SELECT id, editor_id, title, body, created_at FROM discussion_post_revision WHERE post_id = $1 ORDER BY created_at DESC`,
      [postId],
    );
  }

  // ---------------------------------------------------------------- writing

  async createThread(principal: Principal, input: NewThreadInput): Promise<ThreadRow> {
    const language = (input.language ?? (await this.localeOf(principal.userId))) as LanguageCode;
    const pending: NewNotification[] = [];
    const thread = await this.db.transaction(async (m) => {
      if (!(await this.access.canSeeCategory(principal.userId, input.categoryId, m))) {
        throw badInput([{ field: 'categoryId', code: 'unknownCategory', message: 'Choose a category.' }]);
      }
      const [row] = (await m.query(
        `INSERT INTO discussion_thread (category_id, author_id, title, tags, countries, case_reference, language,
           search_config, last_seq, last_post_author_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8::regconfig, 1, $2)
         RETURNING id`,
        [
          input.categoryId,
          principal.userId,
          input.title,
          input.tags ?? [],
          input.countries ?? [],
          input.caseReference || null,
          language,
          SEARCH_CONFIG[language] ?? 'simple',
        ],
      )) as { id: string }[];
      const threadId = row!.id;
      const postId = await this.insertPost(
        m,
        principal,
        threadId,
        1,
        input.body,
        null,
        language,
        input.attachmentIds,
      );
      await this.subscribe(m, principal.userId, threadId, 'STARTED');
      await this.markReadIn(m, principal.userId, threadId, 1);
      const mentioned = await this.recordMentions(m, input.categoryId, postId, principal.userId, input.body);
      const link = `/discussions/t/${threadId}#post-${postId}`;
      if (mentioned.length) pending.push(this.note('MENTION', mentioned, principal, postId, threadId, link));
      const watchers = await this.categoryWatchers(m, input.categoryId, [principal.userId, ...mentioned]);
      if (watchers.length) pending.push(this.note('NEW_THREAD', watchers, principal, postId, threadId, link));
      return this.thread(principal, threadId, m);
    });
    await this.publish(pending);
    return thread;
  }

  async reply(principal: Principal, input: ReplyInput): Promise<PostRow> {
    const pending: NewNotification[] = [];
    const { post, threadId } = await this.db.transaction(async (m) => {
      const thread = await this.thread(principal, input.threadId, m, true);
      if (thread.locked_at && !this.access.isModerator(principal)) throw locked();
      let replyTo: PostRow | null = null;
      if (input.replyToPostId) {
        const rows: PostRow[] = await m.query(
          `SELECT ${POST_COLUMNS} FROM discussion_post p WHERE p.id = $1 AND p.thread_id = $2`,
          [input.replyToPostId, thread.id],
        );
        replyTo = rows[0] ?? null;
        if (!replyTo) {
          throw badInput([
            {
              field: 'replyToPostId',
              code: 'unknownPost',
              message: 'The post you answer is not in this thread.',
            },
          ]);
        }
      }
      const seq = thread.last_seq + 1;
      const postId = await this.insertPost(
        m,
        principal,
        thread.id,
        seq,
        input.body,
        replyTo?.id ?? null,
        thread.language,
        input.attachmentIds,
      );
      await m.query(
        `UPDATE discussion_thread SET last_seq = $2, reply_count = reply_count + 1, last_post_at = now(),
           last_post_author_id = $3, updated_at = now() WHERE id = $1`,
        [thread.id, seq, principal.userId],
      );
      await this.subscribe(m, principal.userId, thread.id, 'REPLIED');
      await this.markReadIn(m, principal.userId, thread.id, seq);
      const mentioned = await this.recordMentions(
        m,
        thread.category_id,
        postId,
        principal.userId,
        input.body,
      );
      const link = `/discussions/t/${thread.id}#post-${postId}`;
      if (mentioned.length) pending.push(this.note('MENTION', mentioned, principal, postId, thread.id, link));
      const skip = [principal.userId, ...mentioned];
      const interested = await this.threadWatchers(m, thread, skip);
      if (replyTo && !skip.includes(replyTo.author_id) && !interested.includes(replyTo.author_id)) {
        const muted: unknown[] = await m.query(
          `SELECT 1 FROM discussion_subscription WHERE thread_id = $1 AND user_id = $2 AND level = 'MUTED'`,
          [thread.id, replyTo.author_id],
        );
        if (!muted.length) {
          interested.push(
            ...(await this.access.whoCanSeeCategory(thread.category_id, [replyTo.author_id], m)),
          );
        }
      }
      if (interested.length)
        pending.push(this.note('THREAD_REPLY', interested, principal, postId, thread.id, link));
      return { post: await this.post(principal, postId, m), threadId: thread.id };
    });
    await this.publish(pending);
    this.emit(threadId, THREAD_EVENTS.postCreated, { threadId, postId: post.id, seq: post.seq });
    return post;
  }

  async edit(principal: Principal, input: EditPostInput): Promise<PostRow> {
    const pending: NewNotification[] = [];
    const post = await this.db.transaction(async (m) => {
      const post = await this.post(principal, input.postId, m);
      const thread = await this.thread(principal, post.thread_id, m, true);
      if (post.author_id !== principal.userId) {
        throw new AppError(ErrorCode.FORBIDDEN, 'Only the author can edit a post.');
      }
      if (post.deleted_at || post.hidden_at) {
        throw new AppError(ErrorCode.CONFLICT, 'This post was removed and cannot be edited.');
      }
      if (thread.locked_at && !this.access.isModerator(principal)) throw locked();
      const opening = post.seq === 1;
      const titleChanged = opening && input.title !== undefined && input.title !== thread.title;
      const bodyChanged = input.body !== post.body;
      const fieldsChanged =
        opening &&
        ((input.tags !== undefined && input.tags.join('\n') !== thread.tags.join('\n')) ||
          (input.countries !== undefined && input.countries.join() !== thread.countries.join()) ||
          (input.caseReference !== undefined && (input.caseReference || null) !== thread.case_reference));
      const newFiles = input.attachmentIds?.length ?? 0;
      if (!bodyChanged && !titleChanged && !fieldsChanged && !newFiles) return post;
      if (bodyChanged || titleChanged) {
        await m.query(
          `INSERT INTO discussion_post_revision (post_id, editor_id, title, body) VALUES ($1, $2, $3, $4)`,
          [post.id, principal.userId, titleChanged ? thread.title : null, post.body],
        );
        await m.query(
          `UPDATE discussion_post SET body = $2, body_html = $3, edited_at = now(), edit_count = edit_count + 1
           WHERE id = $1`,
          [post.id, input.body, renderMarkdown(input.body)],
        );
      }
      if (opening && (titleChanged || fieldsChanged)) {
        await m.query(
          `UPDATE discussion_thread SET title = coalesce($2, title), tags = coalesce($3, tags),
             countries = coalesce($4, countries),
             case_reference = CASE WHEN $5::boolean THEN $6 ELSE case_reference END, updated_at = now()
           WHERE id = $1`,
          [
            thread.id,
            input.title ?? null,
            input.tags ?? null,
            input.countries ?? null,
            input.caseReference !== undefined,
            input.caseReference || null,
          ],
        );
      }
      if (newFiles) {
        await this.files.attach(principal, input.attachmentIds!, { type: POST_SUBJECT, id: post.id }, m);
      }
      const mentioned = await this.recordMentions(
        m,
        thread.category_id,
        post.id,
        principal.userId,
        input.body,
      );
      if (mentioned.length) {
        pending.push(
          this.note(
            'MENTION',
            mentioned,
            principal,
            post.id,
            thread.id,
            `/discussions/t/${thread.id}#post-${post.id}`,
          ),
        );
      }
      return this.post(principal, post.id, m);
    });
    await this.publish(pending);
    this.emit(post.thread_id, THREAD_EVENTS.postUpdated, {
      threadId: post.thread_id,
      postId: post.id,
      seq: post.seq,
    });
    if (post.seq === 1) this.emit(post.thread_id, THREAD_EVENTS.threadUpdated, { threadId: post.thread_id });
    return post;
  }

  /** The author removes their post, or a moderator removes anyone's (audited with the reason). */
  async delete(principal: Principal, postId: string, reason: string | null): Promise<PostRow> {
    const post = await this.db.transaction(async (m) => {
      const post = await this.post(principal, postId, m);
      await this.thread(principal, post.thread_id, m, true);
      const own = post.author_id === principal.userId;
      const moderator = this.access.isModerator(principal);
      if (!own && !moderator)
        throw new AppError(ErrorCode.FORBIDDEN, 'Only the author or a moderator can delete a post.');
      if (post.deleted_at) return post;
      if (!own && !reason) {
        throw badInput([
          { field: 'reason', code: 'reasonRequired', message: 'Give a reason for removing this post.' },
        ]);
      }
      await m.query(
        `UPDATE discussion_post SET deleted_at = now(), deleted_by = $2, deleted_as = $3 WHERE id = $1`,
        [post.id, principal.userId, own ? 'AUTHOR' : 'MODERATOR'],
      );
      if (post.seq > 1) {
        await m.query(
          `UPDATE discussion_thread SET reply_count = greatest(reply_count - 1, 0) WHERE id = $1`,
          [post.thread_id],
        );
      }
      await m.query(
        `UPDATE discussion_flag SET resolved_at = now(), resolved_by = $2, resolution = 'DISMISSED'
         WHERE post_id = $1 AND resolved_at IS NULL`,
        [post.id, principal.userId],
      );
      if (!own) {
        await this.audit.record(
          {
            action: 'discussion.post.deleted_by_moderator',
            actorId: principal.userId,
            targetType: POST_SUBJECT,
            targetId: post.id,
            details: { threadId: post.thread_id, authorId: post.author_id, reason },
          },
          m,
        );
      }
      return this.post(principal, post.id, m);
    });
    await this.notifications.withdraw(POST_SUBJECT, [post.id]);
    this.emit(post.thread_id, THREAD_EVENTS.postUpdated, {
      threadId: post.thread_id,
      postId: post.id,
      seq: post.seq,
    });
    return post;
  }

  /** Marks the thread read up to `seq` (never backwards) and its notifications read. */
  async markRead(principal: Principal, threadId: string, seq: number): Promise<ThreadRow> {
    const thread = await this.thread(principal, threadId);
    await this.markReadIn(
      this.db.manager,
      principal.userId,
      thread.id,
      Math.min(Math.max(seq, 0), thread.last_seq),
    );
    await this.notifications.markContextRead(principal.userId, POST_SUBJECT, thread.id);
    return thread;
  }

  async watchThread(principal: Principal, threadId: string, level: WatchLevel): Promise<ThreadRow> {
    const thread = await this.thread(principal, threadId);
    if (level === WatchLevel.NONE) {
      await this.db.query(`DELETE FROM discussion_subscription WHERE thread_id = $1 AND user_id = $2`, [
        thread.id,
        principal.userId,
      ]);
    } else {
      await this.db.query(
        `INSERT INTO discussion_subscription (user_id, thread_id, level, reason) VALUES ($1, $2, $3, 'MANUAL')
         ON CONFLICT (thread_id, user_id) WHERE thread_id IS NOT NULL
         DO UPDATE SET level = EXCLUDED.level, reason = 'MANUAL'`,
        [principal.userId, thread.id, level],
      );
    }
    return thread;
  }

  /** Any member who can see a post (not their own) flags it for the moderators, once. */
  async flag(principal: Principal, postId: string, reason: string): Promise<PostRow> {
    const post = await this.post(principal, postId);
    if (post.author_id === principal.userId) {
      throw new AppError(ErrorCode.CONFLICT, 'You cannot flag your own post; edit or delete it instead.');
    }
    if (post.deleted_at) throw new AppError(ErrorCode.CONFLICT, 'This post was already removed.');
    await this.db.query(
      `INSERT INTO discussion_flag (post_id, reporter_id, reason) VALUES ($1, $2, $3)
       ON CONFLICT (post_id, reporter_id) WHERE resolved_at IS NULL DO UPDATE SET reason = EXCLUDED.reason`,
      [post.id, principal.userId, reason],
    );
    return post;
  }

  async flaggedBy(userId: string, postIds: readonly string[]): Promise<Set<string>> {
    if (!postIds.length) return new Set();
    const rows: { post_id: string }[] = await this.db.query(
      `SELECT post_id FROM discussion_flag WHERE reporter_id = $1 AND post_id = ANY($2::uuid[]) AND resolved_at IS NULL`,
      [userId, postIds],
    );
    return new Set(rows.map((r) => r.post_id));
  }

  /**
   * Active members who can see the thread (or category) and whose name matches, for the
   * editor's @mention autocomplete. Nobody outside a restricted category is ever suggested.
   */
  async mentionCandidates(
    principal: Principal,
    query: string,
    where: { threadId?: string | null; categoryId?: string | null },
  ): Promise<UserEntity[]> {
    const text = query.trim().slice(0, 80);
    let categoryId: string | null = null;
    if (where.threadId) categoryId = (await this.thread(principal, where.threadId)).category_id;
    else if (
      where.categoryId &&
      isUUID(where.categoryId) &&
      (await this.access.canSeeCategory(principal.userId, where.categoryId))
    )
      categoryId = where.categoryId;
    if (!categoryId) throw notFound(where.threadId ? 'thread' : 'category');
    const ids: { id: string }[] = await this.db.query(
      `SELECT u.id FROM app_user u
       WHERE u.status = 'ACTIVE' AND u.id <> $2
         AND ($3 = '' OR u.full_name ILIKE '%' || $4 || '%' OR u.full_name % $3)
         AND ${this.access.visibleCategorySql('$1', 'u.id')}
       ORDER BY (u.full_name ILIKE $4 || '%') DESC, similarity(u.full_name, $3) DESC, u.full_name
       LIMIT 8`,
      [categoryId, principal.userId, text, text.replace(/[\\%_]/g, (c) => `\\${c}`)],
    );
    const users = await this.members.usersByIds(ids.map((r) => r.id));
    return ids.map((r) => users.get(r.id)).filter((u): u is UserEntity => !!u);
  }

  // ---------------------------------------------------------------- helpers

  private async insertPost(
    m: EntityManager,
    principal: Principal,
    threadId: string,
    seq: number,
    body: string,
    replyToId: string | null,
    language: string,
    attachmentIds: string[] | undefined,
  ): Promise<string> {
    const [row] = (await m.query(
      `INSERT INTO discussion_post (thread_id, seq, author_id, body, body_html, reply_to_id, search_config)
       VALUES ($1, $2, $3, $4, $5, $6, $7::regconfig) RETURNING id`,
      [
        threadId,
        seq,
        principal.userId,
        body,
        renderMarkdown(body),
        replyToId,
        SEARCH_CONFIG[language] ?? 'simple',
      ],
    )) as { id: string }[];
    if (attachmentIds?.length)
      await this.files.attach(principal, attachmentIds, { type: POST_SUBJECT, id: row!.id }, m);
    return row!.id;
  }

  /**
   * Records the members a post mentions, and returns those newly mentioned who can see the
   * category (never the author). Someone who cannot see it is not told, and not recorded.
   */
  private async recordMentions(
    m: EntityManager,
    categoryId: string,
    postId: string,
    authorId: string,
    body: string,
  ): Promise<string[]> {
    const ids = mentionedMemberIds(body).filter((id) => id !== authorId);
    if (!ids.length) return [];
    const visible = await this.access.whoCanSeeCategory(categoryId, ids, m);
    if (!visible.length) return [];
    const inserted: { user_id: string }[] = await m.query(
      `INSERT INTO discussion_mention (post_id, user_id) SELECT $1, unnest($2::uuid[])
       ON CONFLICT DO NOTHING RETURNING user_id`,
      [postId, visible],
    );
    const fresh = inserted.map((r) => r.user_id);
    const [{ thread_id: threadId }] = (await m.query(`SELECT thread_id FROM discussion_post WHERE id = $1`, [
      postId,
    ])) as { thread_id: string }[];
    await this.subscribe(m, fresh, threadId, 'MENTIONED');
    return fresh;
  }

  /** These members watch a thread (an existing choice, such as muting, is kept). */
  private async subscribe(
    m: EntityManager,
    userIds: string | string[],
    threadId: string,
    reason: string,
  ): Promise<void> {
    await m.query(
      `INSERT INTO discussion_subscription (user_id, thread_id, level, reason)
       SELECT unnest($1::uuid[]), $2, 'WATCHING', $3
       ON CONFLICT (thread_id, user_id) WHERE thread_id IS NOT NULL DO NOTHING`,
      [Array.isArray(userIds) ? userIds : [userIds], threadId, reason],
    );
  }

  private async markReadIn(m: EntityManager, userId: string, threadId: string, seq: number): Promise<void> {
    await m.query(
      `INSERT INTO discussion_thread_read (user_id, thread_id, last_read_seq, read_at) VALUES ($1, $2, $3, now())
       ON CONFLICT (user_id, thread_id)
       DO UPDATE SET last_read_seq = greatest(discussion_thread_read.last_read_seq, EXCLUDED.last_read_seq), read_at = now()`,
      [userId, threadId, seq],
    );
  }

  /** Members watching the thread, or its category without having muted the thread; able to see it. */
  private async threadWatchers(m: EntityManager, thread: ThreadRow, skip: string[]): Promise<string[]> {
    const rows: { user_id: string }[] = await m.query(
      `SELECT user_id FROM discussion_subscription WHERE thread_id = $1 AND level = 'WATCHING'
       UNION
       SELECT c.user_id FROM discussion_subscription c WHERE c.category_id = $2 AND c.level = 'WATCHING'
         AND NOT EXISTS (SELECT 1 FROM discussion_subscription x
                         WHERE x.thread_id = $1 AND x.user_id = c.user_id AND x.level = 'MUTED')`,
      [thread.id, thread.category_id],
    );
    const ids = rows.map((r) => r.user_id).filter((id) => !skip.includes(id));
    return this.access.whoCanSeeCategory(thread.category_id, ids, m);
  }

  private async categoryWatchers(m: EntityManager, categoryId: string, skip: string[]): Promise<string[]> {
    const rows: { user_id: string }[] = await m.query(
      `SELECT user_id FROM discussion_subscription WHERE category_id = $1 AND level = 'WATCHING'`,
      [categoryId],
    );
    const ids = rows.map((r) => r.user_id).filter((id) => !skip.includes(id));
    return this.access.whoCanSeeCategory(categoryId, ids, m);
  }

  private note(
    kind: NewNotification['kind'],
    recipients: string[],
    principal: Principal,
    postId: string,
    threadId: string,
    link: string,
  ): NewNotification {
    return {
      kind,
      recipients,
      actorId: principal.userId,
      subjectType: POST_SUBJECT,
      subjectId: postId,
      contextId: threadId,
      link,
    };
  }

  async publish(pending: NewNotification[]): Promise<void> {
    for (const n of pending) await this.notifications.notify(n);
  }

  emit(threadId: string, event: string, payload: ThreadEventPayload): void {
    this.hub.emit(`thread:${threadId}`, event, payload);
  }

  private async localeOf(userId: string): Promise<string> {
    const [row] = (await this.db.query(`SELECT locale FROM app_user WHERE id = $1`, [userId])) as {
      locale: string;
    }[];
    return row?.locale ?? 'en';
  }
}
